"""A plant whose owner the text leaves unnamed, or names with no country ("Jiaxin International
said output at its Boguty mine in Kazakhstan, which started production last year, ...", "In
Indonesia, a third leach line at a nickel plant started up in September"): it is still a new
plant (SPEC §2 `capacity_expansion`), with no actor, and the country it stands in is its host
(CONVENTIONS: a company's country comes only from the text; the host is a partner).

The place must be the plant's: a country after "in", "at" or "near" within a few words of the
trigger ("its mine in Kazakhstan, which started production"), or the place that opens the
sentence ("In Indonesia, ..."). A plant placed nowhere ("new mines are coming on stream"), or
a country named for something else further on ("new mines in Africa and a wave of output in
China"), stays a generic statement. Body text only: a headline's plant is the body's."""

from __future__ import annotations

import re

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind
from orewatch.extractors.events.nearby import prep_before

# The plant is reported as running or starting: only then is an unnamed owner's plant news of its
# own ("its mine in Kazakhstan, which started production"); a plant to be built with no actor is
# most often a generic statement ("new mines in Korea will need years", "to build smelters in
# Indonesia").
OPERATING = re.compile(
    r"\b(?:start\w*|began|begun|begins?|commenc\w*|on ?stream|online|into (?:operation|production|service)"
    r"|commissioned|trial|nameplate|design (?:capacity|output|rate)|full capacity|restart\w*|reopen\w*)\b"
)
STARTED_REACH = 2  # "began construction of", "has started building"
PLACE_PREPS = frozenset({"in", "at", "near"})  # "its mine in Kazakhstan", "a refinery near Rostock, Germany"
PLACE_REACH = 4  # words between the place and the trigger: "Kazakhstan , which started production"


def plant_hosts(w: DocFacts, trigger, bounds: tuple[int, int], parties: list[Party], field: str) -> tuple[str, ...]:
    """The countries a new plant with no actor stands in; () for any other event."""
    if trigger.type != "capacity_expansion" or field != "text":
        return ()
    # the verb that starts the works may stand just before the trigger: "started building a plant"
    if not OPERATING.search(w.span_text(max(bounds[0], trigger.start - STARTED_REACH), trigger.end).lower()):
        return ()
    found: list[str] = []
    for p in parties:
        if p.kind != NameKind.COUNTRY or p.code in found or not (bounds[0] <= p.start and p.end <= bounds[1]):
            continue
        gap = max(p.start - trigger.end, trigger.start - p.end, 0)
        opens = p.start - 1 == bounds[0] and w.lower(bounds[0]) in PLACE_PREPS
        if opens or (gap <= PLACE_REACH and (prep_before(w, p, PLACE_PREPS, bounds[0]) or _placed_in_part(w, p, bounds[0]))):
            found.append(p.code)
    return tuple(found)


# A part of a country named before it: "in northern Vietnam", "in central Chile".
PARTS = frozenset("northern southern eastern western central north south east west northeast northwest southeast southwest".split())


def _placed_in_part(w: DocFacts, p: Party, floor: int) -> bool:
    j = p.start - 1
    return j - 1 >= floor and w.lower(j) in PARTS and w.lower(j - 1) in PLACE_PREPS
