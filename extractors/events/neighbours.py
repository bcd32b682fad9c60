"""Elements an event reads from the sentence next to its own (SPEC §2): where the sentence
names its elements only by a pointer, they are those of the sentence pointed at.

    previous  "The US will also prohibit imports of these materials."  ("these metals",
              "both metals", "the two minerals", "such materials")
    next      "The restrictions apply to the following elements: ..."; or the next sentence
              is a list: "The list includes gallium and germanium.", "Among the materials
              banned are gallium and antimony."

    breakdown "China set its first rare earth quota at 66,000 tonnes. ... Of the total, 56,000
              tonnes are for light rare earths and 10,000 for medium and heavy ones." (a
              sentence opened by "of the total", "of which", "the latest quota, including"
              within the next three: the groups and members of a group the event names)

    parties   (Chinese) an agreement whose sentence names no element is about the elements
              the nearest other sentence names with all its parties ("美方提交夥伴關係協議初稿"
              ... "希望烏克蘭向美國供應稀土" → REE): Chinese reports name a deal by its parties
              and say what it trades in another sentence ("礦產協議", "the minerals deal").

Pointers and breakdowns only for an event whose own sentence names no element (a breakdown:
for one that names a group); text-level regular expressions over one sentence (English; a
Chinese sentence never matches), except `parties`, which reads Chinese reports only.
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


# A sentence that splits the measure just named into parts: "Of the total, ...", "Of this,
# ...", "The latest quota, including ...", "The quota comprises ...".
BREAKDOWN = re.compile(
    r"^\s*(?:of\s+(?:the\s+total|this|that|which|these|them)\b"
    r"|the\s+(?:latest\s+|new\s+|same\s+)?(?:batch|quotas?)\s*,?\s*(?:including|comprising|covers?|comprises?|includes?)\b)",
    re.IGNORECASE,
)
BREAKDOWN_REACH = 3  # sentences after the event's
# The parts of a group (SPEC §2 table): what a breakdown of a rare earth measure may name.
GROUP_PARTS = {
    "REE": frozenset("LREE HREE Sc Y La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu".split()),
}


def neighbour_elements(
    events: list[Event], text: str, bounds: list[tuple[int, int]], elements: list[Mention]
) -> list[Event]:
    """`events` (of one Doc), those without elements given the elements of the neighbouring
    sentence they point at. `bounds`: the character (start, end) of each segment, in order."""
    if not elements or all(e.elements and GROUP_PARTS.keys().isdisjoint(e.elements) for e in events):
        return events  # nothing to complete, no group to break down
    bounds = sentences(text, bounds)
    starts = [b[0] for b in bounds]
    return [_completed(e, text, bounds, starts, elements) for e in events]


def sentences(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segments' character bounds less paragraph breaks (segments of whitespace only)."""
    return [b for b in bounds if not text[slice(*b)].isspace()]


def sentence_index(event: Event, bounds: list[tuple[int, int]], starts: list[int]) -> int | None:
    """The index in `bounds` (whose starts are `starts`) of the sentence `event` was read
    from; None for an event read from the title."""
    i = bisect_left(starts, event.start)
    return i if i < len(bounds) and bounds[i][0] == event.start else None


def _completed(event: Event, text: str, bounds, starts, elements: list[Mention]) -> Event:
    i = sentence_index(event, bounds, starts)
    if i is None:
        return event
    if event.elements:
        return _broken_down(event, text, bounds[i + 1 : i + 1 + BREAKDOWN_REACH], elements)
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


def _broken_down(event: Event, text: str, following, elements: list[Mention]) -> Event:
    """The event with the parts of its groups that a breakdown after it names."""
    parts = frozenset().union(*(GROUP_PARTS.get(code, ()) for code in event.elements))
    if not parts:
        return event
    for start, end in following:
        if BREAKDOWN.search(text[start:end]):
            named = [m.code for m in elements if start <= m.start and m.end <= end and m.code in parts]
            codes = tuple(dict.fromkeys((*event.elements, *named)))
            return replace(event, elements=codes) if codes != event.elements else event
    return event


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
