"""Elements an event reads from the sentence next to its own (SPEC §2): where the sentence
names its elements only by a pointer, they are those of the sentence pointed at.

    previous  "The US will also prohibit imports of these materials."  ("these metals",
              "both metals", "the two minerals", "such materials")
    next      "The restrictions apply to the following elements: ..."; or the next sentence
              is a list: "The list includes gallium and germanium.", "Among the materials
              banned are gallium and antimony."

    parties   (Chinese) an agreement whose sentence names no element is about the elements
              the nearest other sentence names with all its parties ("美方提交夥伴關係協議初稿"
              ... "希望烏克蘭向美國供應稀土" → REE): Chinese reports name a deal by its parties
              and say what it trades in another sentence ("礦產協議", "the minerals deal").

Only for an event whose own sentence names no element; text-level regular expressions over
one sentence (English; a Chinese sentence never matches).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.records import Event, Mention

PARTY_TYPES = frozenset({"agreement"})

_KINDS = r"(?:critical\s+|strategic\s+|key\s+|raw\s+|rare\s+)?(?:minerals?|metals?|materials?|elements?|items|commodities)"
POINTS_BACK = re.compile(rf"\b(?:these|those|such|both|the\s+two|the\s+three|the\s+same)\s+{_KINDS}\b", re.IGNORECASE)
POINTS_AHEAD = re.compile(r"\b(?:the\s+following|as\s+follows|listed\s+below)\b|:\s*$", re.IGNORECASE)
# A next sentence that is the list of what a measure covers.
IS_LIST = re.compile(
    rf"^\s*(?:the\s+(?:list|items|products|measures?|controls?|restrictions?|ban)\s+(?:includes?|covers?)"
    rf"|among\s+the\s+{_KINDS}\b|(?:they|these|it)\s+(?:includes?|covers?)\b)",
    re.IGNORECASE,
)


def neighbour_elements(
    events: list[Event], text: str, bounds: list[tuple[int, int]], elements: list[Mention]
) -> list[Event]:
    """`events` (of one Doc), those without elements given the elements of the neighbouring
    sentence they point at. `bounds`: the character (start, end) of each segment, in order."""
    if not elements or all(e.elements for e in events):
        return events
    bounds = [b for b in bounds if not text[slice(*b)].isspace()]  # paragraph breaks
    starts = [b[0] for b in bounds]
    return [_completed(e, text, bounds, starts, elements) for e in events]


def _completed(event: Event, text: str, bounds, starts, elements: list[Mention]) -> Event:
    if event.elements:
        return event
    i = bisect_left(starts, event.start)
    if i >= len(bounds) or bounds[i][0] != event.start:
        return event
    pointed = None
    if POINTS_BACK.search(event.sentence) and i > 0:
        pointed = bounds[i - 1]
    elif i + 1 < len(bounds) and (
        POINTS_AHEAD.search(event.sentence) or IS_LIST.search(text[slice(*bounds[i + 1])])
    ):
        pointed = bounds[i + 1]
    if pointed is None:
        return event
    codes = tuple(dict.fromkeys(m.code for m in elements if pointed[0] <= m.start and m.end <= pointed[1]))
    return replace(event, elements=codes) if codes else event


def party_elements(
    events: list[Event], bounds: list[tuple[int, int]], codes: list[frozenset[str]], elements: list[Mention]
) -> list[Event]:
    """`events` (of one Doc), each Chinese agreement without elements given those of the
    nearest other segment that names all its parties and an element. `bounds`: the character
    (start, end) of each segment, `codes`: the party codes each names."""
    if not elements or all(e.elements or e.type not in PARTY_TYPES for e in events):
        return events
    named = [tuple(dict.fromkeys(m.code for m in elements if b[0] <= m.start and m.end <= b[1])) for b in bounds]
    starts = [b[0] for b in bounds]
    out = []
    for e in events:
        if e.elements or e.type not in PARTY_TYPES or not has_cjk(e.sentence):
            out.append(e)
            continue
        parties, at = {e.actor, *e.partners}, bisect_left(starts, e.start)
        near = sorted(range(len(bounds)), key=lambda i: (abs(i - at), i > at))
        found = next((named[i] for i in near if i != at and named[i] and parties <= codes[i]), ())
        out.append(replace(e, elements=found) if found else e)
    return out
