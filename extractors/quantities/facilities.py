"""A plant's figure in a sentence that names it only as "the plant", "the refinery", "the
project" or "it" is where that plant is: the country of the sentence that introduced the plant
("a smelter at Sohar bought by an Omani group ... It can process 240,000 tonnes a year"), not
the subject of the sentence just before nor the article's most named country. linking.py asks
this for a production, capacity, processing or reserves figure its own sentence gives no
country."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.country import PHYSICAL_METRICS
from orewatch.extractors.quantities.roles import Role, mention_roles

_FACILITY = r"(?:plant|plants|refinery|smelter|mine|project|facility|factory|concentrator|complex|operation|line|site|deposit)(?![a-z])"
# Cheap gate over the figure's sentence: it opens on the facility named before, or on "it".
_ANAPHOR = re.compile(r"\s*(?:[a-z]+\s*,\s*)?(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?" + _FACILITY + r"|it\s)")
# Where a sentence introduces a facility: an indefinite noun phrase ("a direct lithium
# extraction plant", "an industrial rare earth processing plant", "A copper smelter at Sohar").
_INTRODUCED = re.compile(r"(?<![a-z])(?:a|an)\s+(?:[$\w.,-]+\s+){0,6}?" + _FACILITY)
_POSSESSIVE = re.compile(r"(?:'s|’s)\s")
_LOOK_BACK = 3
_NOT_A_HOME = frozenset({Role.COUNTERPART, Role.SOURCE, Role.DELIVERED, Role.OUTSIDE, Role.REPORTER, Role.BLOC})


def facility_home(scan, index: int) -> str | None:
    """The country of the facility that sentence `index` refers back to: in the nearest of the
    sentences before that introduces a facility, the place it names, else its first mention
    that can be a plant's home (its subject, or a country's own company: "Bolivia's state
    company signed ... to build a plant")."""
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        ctx = scan.context(back)
        hit = _INTRODUCED.search(ctx.low)
        if hit is None:
            continue
        mentions = [m for m in mention_roles(ctx) if m.role not in _NOT_A_HOME]
        places = [m for m in mentions if m.role == Role.LOCATIVE and m.start >= ctx.start + hit.start()]
        # A company's nationality ("a Danish-owned company plans a mine") says who owns the plant,
        # not where it is; a country's own company ("Turkey's state miner") is that country's.
        homes = [m for m in mentions if m.role != Role.OWNER or _POSSESSIVE.match(ctx.low, m.end - ctx.start)]
        chosen = places or homes
        return chosen[0].code if chosen else None
    return None


def facility_country(scan, d) -> str | None:
    """The country of draft `d` (linking.Draft) when it is a plant's figure named by an anaphor."""
    if d.metric not in PHYSICAL_METRICS or not _ANAPHOR.match(d.ctx.low):
        return None
    return facility_home(scan, d.index)
