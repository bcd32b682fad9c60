"""The words next to a name, as the role rules read them: the word before it (skipping
determiners such as "the", "its"), whether a preposition of a set stands before it, and where
the background a trigger is named in begins ("following China's curbs")."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind
from orewatch.extractors.events.scope import POSSESSIVES

SKIPPABLE = frozenset({"the", "a", "an", "its", "their", "both", "all", "other", "fellow"})
# Conjunctions a clause may open on before its definite subject: "as the licence requirement ...",
# "and the quota ...".
CLAUSE_CONJUNCTIONS = frozenset("as while because since after although though when and but".split())
# A possessor's act named by one of these nouns ("reacted to Indonesia's decision to ban",
# "fixated on China's announcement that it was imposing"): the possessor acts, whatever
# preposition comes before it.
DECISION_NOUNS = frozenset("decision decisions announcement move moves plan plans pledge threat threats".split())
# "tariffs on Chinese imports following rare earth export restrictions": what follows the
# preposition is the background of the clause, and whoever the clause is about does not own it.
BACKGROUND_MARKERS = frozenset({"following"})
# "the following export controls": "following" pointing at a list is no background.
LIST_POINTERS = frozenset({"the", "these", "those", "this"})
BACKGROUND_REACH = 10  # tokens between the marker and the trigger, no punctuation between


def word_before(w: DocFacts, i: int, floor: int) -> str:
    """The lower-cased word before token i, past determiners; "" at `floor`."""
    j = i - 1
    while j >= floor and w.lower(j) in SKIPPABLE:
        j -= 1
    return w.lower(j) if j >= floor else ""


def prep_before(w: DocFacts, m: Party, preps: frozenset[str], floor: int) -> bool:
    """A preposition of `preps` right before the mention, across determiners and name-like
    modifiers only ("to the US", "by NYSE-listed MP Materials", not "to join the EU")."""
    j = m.start - 1
    for _ in range(5):
        if j < floor:
            return False
        text = w.token_text(j)
        lower = text.lower()
        if lower in preps:
            return True
        hyphenated = text == "-" or (j + 1 < w.n and w.token_text(j + 1) == "-")
        if not (lower in SKIPPABLE or hyphenated or text.istitle() or text.isupper()):
            return False
        j -= 1
    return False


APPOSITION_DETERMINERS = frozenset({"a", "an", "the"})


def apposition_of(w: DocFacts, m: Party, preps: frozenset[str], floor: int) -> bool:
    """The mention qualifies an apposition of a name a preposition of `preps` introduces: "with
    Harz Metall, a German magnet maker", "to Kalinga Alloys, an Indian steelmaker" (round 10):
    a determiner (or none) and a comma before it, a capitalised name before the comma."""
    j = m.start - 1
    if j >= floor and w.lower(j) in APPOSITION_DETERMINERS:
        j -= 1
    if j < floor or w.token_text(j) != ",":
        return False
    j -= 1
    name_end = j
    while j >= floor and (w.token_text(j).istitle() or w.token_text(j).isupper() or w.token_text(j) in ("&", "-")):
        j -= 1
    return j < name_end and j >= floor and w.lower(j) in preps


def background_start(w: DocFacts, trigger_start: int, floor: int, stops: frozenset[str]) -> int:
    """The first token after a background marker ("following") shortly before the trigger with
    no token of `stops` between (`floor` when there is none): the names before it do not act.
    "Zimbabwe became a key supplier, following investments by Chinese firms" names no investor;
    "a counteraction following the U.S.'s ban" leaves the ban to the U.S."""
    for j in range(trigger_start - 1, max(floor, trigger_start - BACKGROUND_REACH) - 1, -1):
        word = w.lower(j)
        if word in stops and not (word == "-" and not w.space_after(j)):  # "multi-billion-dollar"
            return floor
        if word in BACKGROUND_MARKERS and not (j > floor and w.lower(j - 1) in LIST_POINTERS):
            return j + 1
    return floor


# "the new duties", "the earlier export suspension", "these controls": a measure named again.
DEFINITE_DETERMINERS = frozenset("the this these that those its their".split())
DEFINITE_MODIFIERS_MAX = 2  # lower-case words between the determiner and the trigger
# "the controls it had announced on Oct. 9", "the ban, imposed in 2023": a relative clause or a
# participle after the noun tells which measure it is, and its date is that measure's own.
RELATIVE_OPENERS = frozenset("it they that which who we he she".split())


def named_again(w: DocFacts, start: int, end: int, floor: int) -> bool:
    """The measure in tokens [start, end) is named again: a definite determiner before it,
    past at most two lower-case words ("the new duties", "the earlier export suspension"), and
    no relative clause or participle after it that would tell it apart ("the controls it had
    announced on Oct. 9")."""
    after = [j for j in range(end, min(w.n, end + 2)) if w.token_text(j) != ","][:1]
    if after and (w.lower(after[0]) in RELATIVE_OPENERS or w.lower(after[0]).endswith("ed")):
        return False
    if any(w.lower(j) in RELATIVE_OPENERS for j in range(start + 1, end)):
        return False  # inside a longer trigger: "the end-use reviews it had imposed on graphite"
    return _definite_before(w, start, floor)


def _definite_before(w: DocFacts, start: int, floor: int) -> bool:
    for j in range(start - 1, max(floor, start - 1 - DEFINITE_MODIFIERS_MAX) - 1, -1):
        text = w.token_text(j)
        if text.lower() in DEFINITE_DETERMINERS:
            return True
        if not (text.isalpha() and text.islower()):
            return False
    return False


# ", which has courted Australian miners,": a relative clause set off by commas describes the
# name before it; the names inside it do not act in the main clause.
COMMA_RELATIVE_OPENERS = frozenset({"which", "who", "whose", "where"})
RELATIVE_STOPS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})


def inside_relative(w: DocFacts, m: Party, trigger_start: int, floor: int) -> bool:
    """The mention lies in a relative clause (", which ... ,") closed before the trigger:
    "The Philippine government, which has courted Australian miners, imposed a duty"."""
    j = m.start - 1
    while j > floor and w.lower(j) not in RELATIVE_STOPS:
        j -= 1
    opened = j > floor and w.lower(j) == "," and w.lower(j + 1) in COMMA_RELATIVE_OPENERS
    return opened and any(w.lower(k) == "," for k in range(m.end, trigger_start))


OWN_OWNERS = frozenset({"its", "their"})


def owned_elsewhere(w: DocFacts, m: Party, trigger_start: int, floor: int) -> bool:
    """True when the possessive mention `m` ("Washington's tariffs") is set against the clause's
    own measure by "its own"/"their own" between it and the trigger: "Beijing answered
    Washington's tariffs with its own levy and export controls" — the levy and the controls are
    the subject's, not the possessor's."""
    if m.end >= trigger_start or w.lower(m.end) not in POSSESSIVES:
        return False
    return any(
        w.lower(j) == "own" and w.lower(j - 1) in OWN_OWNERS for j in range(max(m.end + 1, floor + 1), trigger_start)
    )


def fronted_place(w: DocFacts, place, m, floor: int) -> bool:
    """"In the United States, the Defense Logistics Agency bought ...": a place opening the sentence
    with "In", closed by a comma, sets the scene; the name after the comma is the subject, not the
    next member of a list of places."""
    k = floor + (w.lower(floor) == "in" and floor + 1 < w.n and w.lower(floor + 1) == "the")
    if not (w.lower(floor) == "in" and place.start == k + 1 and place.end < m.start and w.token_text(place.end) == ","):
        return False
    return m.end < w.n and w.lower(m.end) not in ("and", "or", ",")  # "In Canada, Australia and Chile": a list


NAME_GAP_MAX = 2  # capitalized words between a country and the body it names ("US International ...")


def country_of_name(w: DocFacts, m: Party, mentions: list[Party]) -> Party | None:
    """The country mention that opens the name of a body or company ("financing from the US
    International Development Finance Corporation"): the whole name has the role of its
    first word, so what stands before the country decides."""
    if m.kind == NameKind.COUNTRY:
        return None
    for c in mentions:
        gap = range(c.end, m.start)
        if c.kind == NameKind.COUNTRY and c.end <= m.start and len(gap) <= NAME_GAP_MAX and all(
            w.token_text(k).istitle() for k in gap
        ):
            return c
    return None
