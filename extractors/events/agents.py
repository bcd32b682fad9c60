"""Who the words after a trigger name as its agent: the agent of a passive ("controls imposed
by Beijing"), the owner of a plant ("a refinery run by a US group ... will raise capacity"), the
one the money comes from ("a loan from the Export-Import Bank") and the one who said it ("…, China's commerce ministry said"). roles.py weighs them against the names
before the trigger."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party, RoleWords
from orewatch.extractors.events.labels import NameKind
from orewatch.extractors.events.nearby import SKIPPABLE
from orewatch.extractors.events.trigger_filters import BUILD_WORDS, PUNCT_STOPS
from orewatch.extractors.events.triggers import Trigger

PASSIVE_WINDOW = 6
NEW_NOUN_PHRASE = frozenset({"a", "an"})
# "the licences held by a Canadian explorer": who holds or runs the thing acted on, not who acts.
HOLDER_PARTICIPLES = frozenset("held owned operated run controlled majority-owned".split())
_ENDS_PASSIVE_SEARCH = NEW_NOUN_PHRASE | HOLDER_PARTICIPLES
FUNDER_WINDOW = 10  # tokens after an investment word in which "from X" names who pays


LOAN_PAPERS = frozenset("agreement agreements facility facilities deal".split())


def funder(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """Who the money comes from: "a loan of up to $1.6 billion from the Export-Import Bank",
    "£35 million from the National Wealth Fund" (the recipient is named before)."""
    for i in range(trigger.end, min(seg[1], trigger.end + FUNDER_WINDOW)):
        text = w.token_text(i)
        if text in PUNCT_STOPS and not (text == "-" and not w.space_after(i)):  # "$120-million"
            return None
        # "a loan agreement with Export Finance Australia": the other side of a loan's agreement lends.
        if w.lower(i) == "from" or (w.lower(i) == "with" and w.lower(i - 1) in LOAN_PAPERS):
            for m in mentions:
                if i < m.start <= i + 3 and all(w.lower(k) in SKIPPABLE for k in range(i + 1, m.start)):
                    return m.code
            return None
    return None

# "by major suppliers", "by other producers": up to two modifiers before the generic noun.
GENERIC_AGENT_REACH = 3


def passive_agent(
    w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party], generic: Collection[int] = ()
) -> str | None:
    """"controls imposed by Beijing"; a new noun phrase before "by" ("to nationalise a mine
    operated by a French firm") or a holder ("licences held by ...") has its own agent,
    not the trigger's. "" (no one) for an agent that names no one: "a cushion against export
    controls by major suppliers" (`generic`: the indices of the plural subjects naming no one)."""
    for i in range(trigger.end, min(seg[1], trigger.end + PASSIVE_WINDOW)):
        text = w.token_text(i)
        word = text.lower()
        if (text in PUNCT_STOPS and text != "(") or word in _ENDS_PASSIVE_SEARCH:
            return None
        if word == "by":
            for m in mentions:
                if i < m.start <= i + 4:
                    return m.code
            return "" if any(i < g <= i + GENERIC_AGENT_REACH for g in generic) else None
    return None

def speaker(
    w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party], words: RoleWords
) -> str | None:
    """"..., China's commerce ministry said" / "according to the Pentagon"."""
    reporting = words.reporting
    for i in reporting[bisect_left(reporting, trigger.end) : bisect_left(reporting, seg[1])]:
        word = w.lower(i)
        if word == "according":
            after = [m for m in mentions if i < m.start <= i + 5]
            return after[0].code if after else None
        near = [m for m in mentions if trigger.end <= m.start and m.end <= i and i - m.end <= 4 and not _market_seat(w, m)]
        if near:
            return max(near, key=lambda m: m.end).code
    return None


# "a trader in Hong Kong said": where a market participant sits is no one who acts (an official
# in Beijing still speaks for China).
MARKET_SPEAKERS = frozenset(
    "trader traders analyst analysts buyer buyers dealer dealers broker brokers consultant consultants "
    "executive executives investor investors banker bankers".split()
)


def _market_seat(w: DocFacts, m: Party) -> bool:
    """The mention follows "in"/"at"/"from" after a market participant ("a trader in Hong Kong")."""
    return m.start >= 2 and w.lower(m.start - 1) in ("in", "at", "from") and w.lower(m.start - 2) in MARKET_SPEAKERS


# "a further 20% tariff on all Chinese goods that Washington imposed in March": the subject of a
# relative clause whose verb imposes the measure is its actor (the goods' country is its target).
RELATIVE_WINDOW = 10
RELATIVE_PRONOUNS = frozenset({"that", "which"})
IMPOSING_VERBS = frozenset(
    "imposed imposes introduced introduces set sets levied levies announced adopted applied applies placed "
    "slapped raised issued enacted put".split()
)


def relative_agent(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """The country named between "that"/"which" and an imposing verb after the trigger."""
    for i in range(trigger.end, min(seg[1], trigger.end + RELATIVE_WINDOW)):
        if w.token_text(i) in PUNCT_STOPS:
            return None
        if w.lower(i) in RELATIVE_PRONOUNS:
            for m in mentions:
                if i < m.start <= i + 2 and m.end < w.n and w.lower(m.end) in IMPOSING_VERBS:
                    return m.code
            return None
    return None


OWNER_PARTICIPLES = (HOLDER_PARTICIPLES - {"held"}) | {"wholly-owned"}  # "held by" names a stake, not a plant's owner
# Who built or developed a plant builds it (CONVENTIONS: a plant built by the local unit of a Chinese
# company in Indonesia is CHN -> IDN): "a smelter built by a Turkish group", round 11.
BUILDER_PARTICIPLES = frozenset("built constructed developed".split())
# A country glued by a hyphen to one of these before the facility names its builder or owner:
# "a China-backed plant", "a Korean-built line" ("-funded", "-financed" name a lender too often).
COMPOUND_OWNERS = OWNER_PARTICIPLES | BUILDER_PARTICIPLES | {"backed"}
# Before "by", who owns or builds it: "owned by a Chinese group", "built by a Turkish group".
BY_PARTICIPLES = OWNER_PARTICIPLES | BUILDER_PARTICIPLES
OWNER_REACH = 8  # tokens after the trigger's end in which the participle may stand
OWNER_DETERMINERS = frozenset({"a", "an", "the"})
WISH_VERBS = frozenset("hope hopes hoped hoping wish wishes wished want wants wanted dream dreams".split())
BUILD_VERBS = BUILD_WORDS | {"built", "constructed"}  # "the refinery a Canadian group (has) built"


def plant_owner(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """The owner of a plant that opens, grows or restarts is who builds it (SPEC §2: the actor
    is who expands; the place it stands in stays a partner): the country word after "owned /
    operated / run by (a)", a few words before the trigger, inside its span or just after it
    ("a nickel plant in Indonesia, owned by a Chinese group, began production"); the subject of an
    object relative that builds it ("the refinery a Canadian group is building"). A company named with no country
    ("owned by Vale") leaves the actor to the other rules."""
    if trigger.type != "capacity_expansion":
        return None
    if compounded := compound_owner(w, trigger, mentions):  # "a China-backed plant": the compound decides
        return compounded
    if (whose := whose_owner(w, trigger, seg, mentions)) is not None:
        return whose
    if w.lower(trigger.end - 1) in BUILD_VERBS:  # "the refinery a Canadian group is building": the relative's subject
        inside = [m for m in mentions if trigger.start < m.start and m.end < trigger.end]
        wished = any(w.lower(i) in WISH_VERBS for i in range(trigger.start, trigger.end))  # "the plants Europe hopes to build"
        if not inside and not wished and _no_relative_subject(w, trigger):
            return None  # "the plant it is building": the subject before tells
        return inside[0].code if inside and not wished else ""  # a builder the text does not place: no one
    for i in range(max(seg[0], trigger.start - OWNER_REACH), min(seg[1] - 1, trigger.end + OWNER_REACH)):
        if w.token_text(i) in PUNCT_STOPS - {","}:
            if i >= trigger.end:
                return None
            continue
        if w.lower(i) in BY_PARTICIPLES and w.lower(i + 1) == "by":
            j = i + 2 + (w.lower(i + 2) in OWNER_DETERMINERS)
            if j + 2 < w.n and w.token_text(j + 1) == "-" and w.lower(j + 2) == "listed":
                return None  # "developed by an Australian-listed company": a listing is no nationality
            return next((m.code for m in mentions if m.start == j and m.kind == NameKind.COUNTRY), None)
    return None


def compound_owner(w: DocFacts, trigger: Trigger, mentions: list[Party]) -> str | None:
    """"inaugurated a China-backed ferronickel plant", "a Korean-built line ... was commissioned":
    a country glued by a hyphen to an owner or builder participle inside the trigger's span (the
    state named before it, who opens the plant, is then its host: partners.py)."""
    if trigger.type != "capacity_expansion":
        return None
    for m in mentions:
        # the compound inside the span, or glued to the facility that opens it ("Chinese-owned smelters ... are building")
        if (trigger.start - 3 <= m.start and m.end + 1 < trigger.end and m.kind == NameKind.COUNTRY
                and w.token_text(m.end) == "-" and w.lower(m.end + 1) in COMPOUND_OWNERS):
            return m.code
    return None


# Between a facility and its build verb, a pronoun subject ("the plant it is building") names no
# new builder: the one it stands for, the clause's subject, does. (A passive, "the plant being
# built", names no builder at all: the investors before it are not its builders.)
PRONOUN_SUBJECTS = frozenset("it they he she we".split())
AUXILIARIES = frozenset("is was are were has have had will would be been".split())


def _no_relative_subject(w: DocFacts, trigger: Trigger) -> bool:
    """A pronoun, then only auxiliaries, between the facility and its build verb."""
    between = [w.lower(i) for i in range(trigger.start + 1, trigger.end - 1)]
    return bool(between) and between[0] in PRONOUN_SUBJECTS and all(t in AUXILIARIES for t in between[1:])


WHOSE_REACH = 8  # tokens before "whose" in which the antecedent's country word stands


def whose_owner(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """"a loan for a line at Uzbekistan's state-owned Almaz complex, whose concentrator started
    operating": the plant of a whose-relative belongs to its antecedent, the possessor country named
    in it (round 11), not to the main clause's subject; None when the antecedent names none."""
    k = trigger.start - 1 - (trigger.start >= 2 and w.lower(trigger.start - 1) in OWNER_DETERMINERS)
    while k > seg[0] and k > trigger.start - 5 and w.lower(k) != "whose":
        k -= 1  # "whose third concentrator", "whose new smelter": the plant's modifiers
    if w.lower(k) != "whose" or k < 2 or w.token_text(k - 1) != ",":
        return None
    owners = [m for m in mentions if max(seg[0], k - WHOSE_REACH) <= m.start and m.end < k - 1 and m.kind == NameKind.COUNTRY
              and w.lower(m.end) in ("'s", "’s")]
    return owners[-1].code if owners else None
