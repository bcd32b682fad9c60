"""Partners an event reads from the sentence next to its own (SPEC §2: "all the counterparties
the text names for that measure, wherever in the article"), for a restriction or tariff whose
own sentence names none:

    next      "Beijing on Wednesday barred exports of gallium. The ban applies to shipments to
              the United States." (the next sentence opens by naming the measure, or "it")
    previous  "Exports of antimony to the US fell to zero. Beijing banned the shipments in
              December." (the event's sentence points back: "the shipments", "these metals")

A country counts only where the sentence names it as the measure's target: after a
preposition of the event's type ("to the US", "imports from China", "duties on Japan") or as
the maker of the goods ("on Chinese goods"); never the actor itself. Text-level regular
expressions over one sentence (English; a Chinese sentence never matches).
"""

from __future__ import annotations

import re
from dataclasses import replace

from orewatch.extractors.events.neighbours import POINTS_BACK, sentence_index, sentences
from orewatch.records import Event, Mention

# The goods of the sentence before, named again: "Beijing banned the shipments".
GOODS_BACK = re.compile(r"\bthe\s+(?:shipments|exports|imports|cargoes)\b", re.IGNORECASE)

# The words before a country that make it the target, by event type.
_LISTED = r"\s+(?:the\s+)?(?:[\w.]+(?:\s+[\w.]+)?\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?){0,3}$"  # "from India and Chile"
_TARGET_BEFORE = {
    "export_restriction": re.compile(r"\b(?:to|against|targeting|into)" + _LISTED, re.I),
    "import_restriction": re.compile(r"\b(?:from|against|targeting)" + _LISTED, re.I),
    "tariff": re.compile(r"\b(?:on|from|against|targeting)" + _LISTED, re.I),
}
# "on Chinese goods", "US imports": the goods of a country.
_GOODS_AFTER = re.compile(r"^[\s-]+(?:[a-z-]+\s+)?(?:goods|imports|products|shipments|exports|materials?)\b", re.I)
# A sentence that opens by naming the measure of the sentence before ("The ban applies to ...",
# "The measure targets ...", "It covers ...").
NAMES_THE_MEASURE = re.compile(
    r"^\s*(?:(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bans?|measures?|dut(?:y|ies)|tariffs?|controls?|restrictions?|curbs?|lev(?:y|ies)|rules?"
    r"|quotas?|requirements?|licen[cs]es?|embargo(?:es)?|move)"
    r"|(?:it|they))\s+(?:\w+\s+)?(?:appl(?:y|ies)|targets?|covers?|affects?|hits?|is\s+aimed|are\s+aimed)\b",
    re.IGNORECASE,
)


def neighbour_partners(
    events: list[Event], text: str, bounds: list[tuple[int, int]], countries: list[Mention]
) -> list[Event]:
    """`events` (of one Doc), those of a type with targets and without partners given the
    targets named in the neighbouring sentence that speaks of their measure. `bounds`: the
    character (start, end) of each segment, in order."""
    if not countries or not any(e.type in _TARGET_BEFORE and not e.partners for e in events):
        return events
    bounds = sentences(text, bounds)
    starts = [b[0] for b in bounds]
    return [_completed(e, text, bounds, starts, countries) for e in events]


def _completed(event: Event, text: str, bounds, starts, countries: list[Mention]) -> Event:
    target = _TARGET_BEFORE.get(event.type)
    if target is None or event.partners:
        return event
    i = sentence_index(event, bounds, starts)
    if i is None:
        return event
    pointed = []
    if i + 1 < len(bounds) and NAMES_THE_MEASURE.search(text[slice(*bounds[i + 1])]):
        pointed.append(bounds[i + 1])
    if i > 0 and (POINTS_BACK.search(event.sentence) or GOODS_BACK.search(event.sentence)):
        pointed.append(bounds[i - 1])
    codes = tuple(
        dict.fromkeys(
            m.code
            for start, end in pointed
            for m in countries
            if start <= m.start and m.end <= end and m.code != event.actor and _is_target(m, text, start, target)
        )
    )
    return replace(event, partners=codes) if codes else event


def _is_target(m: Mention, text: str, sentence_start: int, target: re.Pattern[str]) -> bool:
    before = text[max(sentence_start, m.start - 60) : m.start]
    return bool(target.search(before) or _GOODS_AFTER.match(text, m.end))
