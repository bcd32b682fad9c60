"""The host of a company's plant or stake when its own clause names no country (issue 10, round 10).

CONVENTIONS: the host country where the plant, mine or asset is becomes a partner of a company's
`capacity_expansion` or `investment`; a domestic one has none. Articles about a company place its
assets once and then go on about "the company", "its owner" or the bare name: "... the Khoemacau
mine in north-western Botswana. The new owner said it plans to lift output" (host BWA). The host is:

1. a region or city of the seat table (seats.py) placed after the trigger in its sentence ("to build
   a plant in Minaçu, in the state of Goiás": BRA);
2. else the country of the article's dateline ("PORT MORESBY - ...", "GABORONE, May 2 -"):
   `Discourse.last_place` (a country named in passing, "smelters in China", is too often elsewhere).

The actor's own country is no host (a domestic plant has no partners)."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.countries import BLOC_CODES
from orewatch.extractors.events.discourse import Discourse, Party
from orewatch.extractors.events.labels import FoundBy, NameKind
from orewatch.extractors.events.seats import seat_table

DATELINE_MARKS = frozenset({"-", "–", "—", ",", ":", "("})
REGION_PREPS = frozenset({"in", "at", "near", "of"})  # "in the state of Goiás"
REGION_REACH = 14  # tokens after the trigger in which its region may stand
PREP_REACH = 4  # tokens before the region in which its preposition stands


def company_host(w: DocFacts, trigger, seg_end: int, actor: str | None, discourse: Discourse) -> tuple[str, ...]:
    """The host (one code) of a company's plant or stake whose clause names none, or ()."""
    code = _region_after(w, trigger.end, min(seg_end, trigger.end + REGION_REACH)) or discourse.last_place
    return (code,) if code and code != actor else ()


def _region_after(w: DocFacts, start: int, end: int) -> str | None:
    table = seat_table()
    for i in range(start, end):
        if not w.token_text(i)[:1].isupper():
            continue
        for size in (3, 2, 1):
            code = table.get(w.span_text(i, i + size)) if i + size <= end else None
            if code and any(w.lower(k) in REGION_PREPS for k in range(max(start, i - PREP_REACH), i)):
                return code
    return None


def remember_places(w: DocFacts, discourse: Discourse, found: list[Party], seg_start: int) -> None:
    """The dateline's country, when the text opens on one."""
    for m in found:
        if m.kind == NameKind.COUNTRY and m.start == 0 and _dateline(w, m) and m.code not in BLOC_CODES:  # not "BRUSSELS"
            discourse.last_place = m.code


def _dateline(w: DocFacts, m: Party) -> bool:
    """The text opens on a place, then a dash, a comma or a colon ("PORT MORESBY - ...")."""
    return m.end < w.n and w.token_text(m.end) in DATELINE_MARKS


COMPANY_TYPES = frozenset({"capacity_expansion", "investment"})


def host_partners(doc, draft, seg_end: int) -> tuple[str, ...]:
    """The host of a draft event (building.Draft) whose actor is a company: of no stated country,
    named by a company word ("the new owner"), or building in its own clause."""
    company = draft.unplaced_company or draft.found_by in (FoundBy.ANAPHOR, FoundBy.BUILDER)
    if draft.trigger.type not in COMPANY_TYPES or not company:
        return ()
    return company_host(doc.facts, draft.trigger, seg_end, draft.actor, doc.discourse)


def named_by_company(parties: list[Party], code: str | None, trigger) -> bool:
    """The nearest party of `code` before the trigger is a company ("Lynas is building ...")."""
    before = [m for m in parties if m.code == code and m.end <= trigger.start]
    return bool(before) and before[-1].kind == NameKind.COMPANY
