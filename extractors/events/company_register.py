"""The companies whose country the text states, and what later names them (issue 10, round 10).

SPEC §2 and CONVENTIONS: a company's country comes only from the text, and the company an article
is about is named again later by its bare name ("Andesal plans a plant") or a company word ("the
miner will double capacity", "the new owner said it ..."). A nationality is stated:

- before the company noun: a country word, possessive or adjective, then a few lower-case words
  with a company noun ("a Moroccan mining group", "Chile's state-owned mining company"), or right
  before a name ("Chile's Andesal"), or by a seat ("Perth-based Ruvuma Graphite", seats.py);
- by ownership: "a miner controlled by a Chinese state group", "a Chinese-owned refiner";
- in an apposition after the name: "Norland Metals, a Finnish company, ...".

A listing place ("an Australian-listed company") states no nationality: no intro. A name so placed
(not one after a company noun: "Australian miner X" cost the withheld dev set events) is
registered: its later mentions, and its first word when it has several ("Norland"), are parties
of that country (kind `seated`: a company whose country the text gives). Every intro not named as
a counterparty is an intro point (token, code, states an owner): the discourse's last company from
there on, for "the company", "the miner"; an owner's for "its owner" (event_actors.yaml `anaphors`).

Cheap: only the words right around the Doc's country and seat parties are read, and a name is
searched for only once registered."""

from __future__ import annotations

import re

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors._shared.word_classes import COMPANY_NOUNS_REGISTER, OWNER_PARTICIPLES_REGISTER
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind

# The nouns that name a company (a company word of a nationality phrase): word_classes.yaml
# `company_nouns`, its core and the register's trades and forms.
COMPANY_NOUNS = COMPANY_NOUNS_REGISTER
# Lower-case words that may stand between a country word and its company noun ("state-owned
# mining", "battery materials"); any lower-case alphabetic word of up to DESCRIPTOR_MAX counts.
DESCRIPTOR_MAX = 4
# The participles that mark a country word as an owner's: word_classes.yaml `owner_participles`.
OWNERSHIP = OWNER_PARTICIPLES_REGISTER
DETERMINERS = frozenset({"a", "an", "the"})
# Capitalised words that open no company name.
NOT_NAMES = frozenset(
    "The A An In On At Its It This That These Those Their He She They We Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December".split()
)
NAME_MAX = 4
# A possessive's capitalised words that name the state or a place, not a company.
STATE_WORDS = frozenset(
    "ministry department government president prime minister state national central federal bank agency "
    "authority commission council parliament cabinet office bureau court customs senate congress foreign "
    "trade energy industry economy finance mines mining environment supreme defence defense army navy".split()
)
PLACE_NOUNS = frozenset(
    "region province state island islands basin desert belt county district area coast valley mine mines "
    "project deposit deposits field fields plant refinery smelter port zone park river lake mountains "
    "highlands copperbelt corridor formation".split()
)
# A company named after these is a counterparty or an owner, not the one the article goes on about.
COUNTERPARTY_PREPS = frozenset("to with from for by against between than".split())
PLACE_PREPS = frozenset({"in", "at", "near", "from", "of", "to", "across"})  # "a plant in Sulawesi": a place


def company_register(facts: DocFacts, parties: list[Party]) -> tuple[list[Party], list[tuple[int, str, bool]]]:
    """The `company` parties of registered names (not inside a party already found) and the
    intro points (token, code, whether it states an owner), sorted."""
    intros: list[tuple[int, str, bool]] = []
    names: dict[tuple[str, ...], str] = {}
    for p in parties:
        if p.kind == NameKind.SEATED:
            intro = (p.end - 1, p.code, _name_at(facts, p.end))
        elif p.kind == NameKind.COUNTRY:
            intro = _before_noun(facts, p) or _owner_of(facts, p) or _apposition(facts, p)
        else:
            continue
        if intro is None:
            continue
        at, code, name = intro
        if not _counterparty(facts, p):
            intros.append((at, code, _owned(facts, p)))
        if name:
            names.setdefault(name, code)
    if not names:
        return [], sorted(intros)
    return _mentions(facts, names, parties), sorted(intros)


def _before_noun(facts: DocFacts, p: Party) -> tuple[int, str, tuple[str, ...]] | None:
    """"Chile's state-owned mining company Andesal", "a Moroccan mining group", "Chinese-owned refiner"."""
    k = p.end
    if k < facts.n and facts.lower(k) in ("'s", "’s"):
        k += 1
        name = _name_at(facts, k)
        if name and name[0].lower() not in STATE_WORDS and (k + len(name) >= facts.n or facts.lower(k + len(name)) not in PLACE_NOUNS):
            if not any(facts.lower(i) in COMPANY_NOUNS for i in range(k, k + len(name))):
                return k, p.code, name  # "Chile's Andesal", "Japan's Sojitz"; not "Vietnam's Ministry", "Myanmar's Wa region"
    if k + 1 < facts.n and facts.lower(k) == "-" and facts.lower(k + 1) == "listed":
        return None  # "an Australian-listed developer": a listing place, no nationality
    owned = k + 1 < facts.n and facts.lower(k) == "-" and facts.lower(k + 1) in OWNERSHIP
    for j in range(k, min(facts.n, k + DESCRIPTOR_MAX + 1)):
        word = facts.lower(j)
        if word in COMPANY_NOUNS:
            return j, p.code, ()  # the intro only: a name after the noun ("Australian miner X") is left unregistered
        if not (word == "-" or (word.replace("-", "").isalpha() and facts.token_text(j).islower())):
            break
    return (k + 1, p.code, ()) if owned else None  # "the Chinese-owned Basamuk refinery": its owner is Chinese


def _owned(facts: DocFacts, p: Party) -> bool:
    """The country word states an owner: "owned by a Chinese group", "the Chinese-owned refinery"."""
    j = p.start - 1 - (p.start > 0 and facts.lower(p.start - 1) in DETERMINERS)
    hyphen = p.end + 1 < facts.n and facts.lower(p.end) == "-" and facts.lower(p.end + 1) in OWNERSHIP
    return hyphen or (j > 0 and facts.lower(j) == "by" and facts.lower(j - 1) in OWNERSHIP)


def _counterparty(facts: DocFacts, p: Party) -> bool:
    """"a deal with a French carmaker", "concessions held by a Chinese company": the company is
    named as an object, not as the one the article goes on about ("owned by" names an owner)."""
    j = p.start - 1 - (p.start > 0 and facts.lower(p.start - 1) in DETERMINERS)
    return j >= 0 and facts.lower(j) in COUNTERPARTY_PREPS and not (facts.lower(j) == "by" and facts.lower(j - 1) in OWNERSHIP)


def _owner_of(facts: DocFacts, p: Party) -> tuple[int, str, tuple[str, ...]] | None:
    """"a miner controlled by a Chinese state group": the owner's country is the company's
    (the noun or name before the participle)."""
    j = p.start - 1
    if j >= 0 and facts.lower(j) in DETERMINERS:
        j -= 1
    if j < 2 or facts.lower(j) != "by" or facts.lower(j - 1) not in OWNERSHIP:
        return None
    k = j - 2 - (facts.token_text(j - 2) == ",")
    if k < 0:
        return None  # a plant's owner ("The refinery, owned by a Chinese group") is an intro with no name
    return k, p.code, () if facts.lower(k) in COMPANY_NOUNS else _name_ending(facts, k)


def _apposition(facts: DocFacts, p: Party) -> tuple[int, str, tuple[str, ...]] | None:
    """"Norland Metals, a Finnish company, ...": a name, a comma, a determiner, the country word
    and its company noun."""
    j = p.start - 1
    if j < 2 or facts.lower(j) not in DETERMINERS or facts.token_text(j - 1) != ",":
        return None
    if _before_noun(facts, p) is None:
        return None
    name = _name_ending(facts, j - 2)
    return (j - 2, p.code, name) if name else None


def _name_at(facts: DocFacts, i: int) -> tuple[str, ...]:
    """The capitalised words from token i (a company's name), or ()."""
    words = []
    while i < facts.n and len(words) < NAME_MAX and _capitalised(facts.token_text(i)):
        words.append(facts.token_text(i))
        i += 1
    return tuple(words) if words and words[0] not in NOT_NAMES else ()


def _name_ending(facts: DocFacts, i: int) -> tuple[str, ...]:
    """The capitalised words ending at token i, or ()."""
    words = []
    while i >= 0 and len(words) < NAME_MAX and _capitalised(facts.token_text(i)):
        words.insert(0, facts.token_text(i))
        i -= 1
    while words and words[0] in NOT_NAMES:
        del words[0]
    return tuple(words)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace(".", "").isalnum()


def _mentions(facts: DocFacts, names: dict[tuple[str, ...], str], parties: list[Party]) -> list[Party]:
    """Every mention of a registered name (or of the first word of a name of several words, not
    after a place preposition), outside the parties already found."""
    forms: dict[tuple[str, ...], str] = dict(names)
    for name, code in names.items():
        if len(name) > 1 and len(name[0]) > 2:
            forms.setdefault(name[:1], code)
    firsts = {name[0] for name in forms}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(firsts, key=len, reverse=True))) + r")\b")
    taken = [(p.start, p.end) for p in parties]
    found: list[Party] = []
    for hit in pattern.finditer(facts.text):
        i = facts.token_at(hit.start())
        if i < 0 or facts.token_text(i) != hit.group(0):
            continue
        for name in sorted(forms, key=len, reverse=True):
            end = i + len(name)
            if end <= facts.n and tuple(facts.token_text(k) for k in range(i, end)) == name:
                if len(name) == 1 and name not in names and i > 0 and facts.lower(i - 1) in PLACE_PREPS:
                    break
                if not any(s < end and i < e for s, e in taken):
                    found.append(Party(i, end, forms[name], NameKind.SEATED))
                    taken.append((i, end))
                break
    return found
