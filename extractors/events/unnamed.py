"""A trigger in a segment that names no one (no country, company, body or person among its
parties): the role rules can give it an actor only through an anaphor before it ("It will
build ..."), as a measure (its owner, the article's previous measure or the headline's country),
as a measure continued (its owner), or, for an agreement, as the article's agreement named again
("The agreement will ..."). Any other such trigger has no actor, no host and no partners, so it
cannot stand: building.py drops it before the role rules run (the same events, decided early;
"Experts said building a new plant can take years", "before signing new contracts")."""

from __future__ import annotations

from orewatch.extractors.events.cjk_roles import is_cjk
from orewatch.extractors.events.discourse import DocReading
from orewatch.extractors.events.partners import named_again
from orewatch.extractors.events.triggers import MEASURE_TYPES, Trigger


def nobody_acts(doc: DocReading, trigger: Trigger, continued: bool, seg_start: int) -> bool:
    """True when the trigger of a segment without parties cannot have an actor (the module
    docstring; Chinese segments, with their topic chains, are left to the rules)."""
    if continued or trigger.type in MEASURE_TYPES or is_cjk(doc.facts, trigger.start):
        return False
    if any(seg_start <= start and end <= trigger.start for start, end, _ in doc.anaphors):
        return False
    return trigger.type != "agreement" or not (doc.discourse.last_agreement and named_again(doc.facts, trigger, []))
