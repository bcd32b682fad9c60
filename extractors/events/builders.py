"""Who builds a plant named in a clause of its own (issue 10, round 10): a relative clause on a
company ("a stake in Ostsee Lithium, which is building a refinery") or a purpose infinitive after
it ("a loan to Terra Rara to build a separation plant", "a grant to Kivu Metals to expand its
smelter"). The builder is that company, not the state, bank or fund that lends to it or buys into
it (the investment is theirs): its country when the text states it (a company party,
company_register.py), else no one (SPEC §2 and CONVENTIONS: the host is a partner).

An apposition's participle builds too: "Pacific Nickel, a venture planning a refinery" (round 11).

Cheap: read only when the word before the trigger is "to" or a relative's verb, four words at most."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.company_register import COMPANY_NOUNS, NOT_NAMES
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind

RELATIVES = frozenset({"which", "that", "who"})
# Words between the relative pronoun and the build verb: "which is building", "that plans to
# expand", "which will also restart", "which has started building".
RELATIVE_VERB_WORDS = frozenset(
    "is are was were has have had will would also now currently plans planned aims intends expects "
    "is set to be been started begun began still".split()
)
RELATIVE_REACH = 5
APPOSITION_OPENERS = frozenset({"a", "an"})
# "signed a memorandum with the government of X to study a plant": who signs studies, not X
STUDY_WORDS = frozenset("study plan consider weigh mull".split())
BUILDER_NOUNS = COMPANY_NOUNS | {"venture"}  # a venture has no nationality of its own: not a register noun
DOMESTIC = "domestic"


def clause_builder(w: DocFacts, trigger, floor: int, mentions: list[Party]) -> str | None:
    """The code of the company whose relative or purpose clause builds the plant; "" for a
    company the text does not place; None when the trigger is in no such clause."""
    if trigger.type != "capacity_expansion" or trigger.start < floor + 2:
        return None
    before = trigger.start - 1
    if w.lower(before) == "to" and not w.token_text(before - 1)[:1].isupper():
        j = before - 1  # "plans to build": "to" after a verb; the purpose infinitive needs the name right before it
        while j > floor and w.lower(j) in RELATIVE_VERB_WORDS:
            j -= 1
        if w.lower(j) not in RELATIVES:
            return None
        name_end = j - 1 if w.token_text(j - 1) == "," else None
    elif w.lower(before) == "to" and w.lower(trigger.start) not in STUDY_WORDS:
        name_end = before  # "a loan to Terra Rara to build"; not a place ("its plant in Malaysia to boost output")
        if any(m.end == before and m.kind == NameKind.COUNTRY for m in mentions):
            return None
    elif (w.lower(trigger.start).endswith("ing") and w.lower(before) in BUILDER_NOUNS and w.lower(before - 1) in APPOSITION_OPENERS
          and before - 3 >= floor and w.token_text(before - 2) == ","):
        name_end = before - 3  # "Pacific Nickel, a venture planning a refinery": the apposition's company (round 11)
    else:
        j = before
        while j > floor and j > before - RELATIVE_REACH and w.lower(j) in RELATIVE_VERB_WORDS:
            j -= 1
        if j == before or w.lower(j) not in RELATIVES or w.token_text(j - 1) != ",":
            return None
        name_end = j - 1
    code = None if name_end is None else _name_code(w, name_end, floor, mentions)
    if code == "" and DOMESTIC in w.span_text(trigger.start, trigger.end).lower():
        return None  # CONVENTIONS: a company whose operations the text calls domestic is of the funder's country
    return code


def _name_code(w: DocFacts, end: int, floor: int, mentions: list[Party]) -> str | None:
    """The party ending at token `end` (a country or a company of a stated country): its code;
    capitalised words that are no party: "" (a company the text does not place); else None."""
    party = next((m for m in mentions if m.end == end and m.start >= floor), None)
    if party is not None:
        return party.code if party.kind in (NameKind.COUNTRY, NameKind.COMPANY, NameKind.SEATED) else None
    start = end
    while start > floor and w.token_text(start - 1)[:1].isupper() and w.token_text(start - 1).replace("-", "").isalnum():
        start -= 1
    if start == end or w.token_text(start) in NOT_NAMES or w.lower(start - 1) in COMPANY_NOUNS | {"state"}:
        return None  # "a plan by state miner MIND ID to build": the descriptor's rules decide
    return ""
