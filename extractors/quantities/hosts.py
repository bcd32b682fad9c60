"""A plant's or mine's figure whose clause names no country but its owner's nationality ("a
Chinese-owned smelter in Chingola added capacity for 100,000 tonnes", "Australian miner Ghanzi
raised throughput at its mine to 5.2 million tonnes", "the Emirati group will build a
concentrator able to treat 1.5 million tonnes"): the figure is the host's (gold conventions,
"Company mine or plant output is production of the country where the mine or plant is"), so
it is the country the sentences before or the article are about (topics.py); the owner's
nationality only when they name none. Only a nationality marked as a foreign owner's (below)
stands for the host."""

from __future__ import annotations

import re

from orewatch.extractors._shared.word_classes import (
    OWNER_PARTICIPLES_HOST_BY,
    OWNER_PARTICIPLES_HOST_HYPHEN,
    alternation,
)
from orewatch.extractors.quantities.topics import topic

# A nationality marked as a foreign owner's: "-owned", "-backed", "-controlled", "-listed", "owned
# by a Chinese group"; a partner or side ("the Chinese partner", "the French side"); after "with"
# ("signed a memorandum with a Japanese company", the subject being another firm); a firm the
# article has already introduced ("the Emirati group"). A bare nationality ("a Belgian refiner raised its capacity",
# "Finnish refiner Kokkola Cobalt") may be the host itself and keeps its country.
# The participles: word_classes.yaml `owner_participles`.
_FOREIGN_AFTER = re.compile(
    r"(?:\s+state)?-" + alternation(OWNER_PARTICIPLES_HOST_HYPHEN) + r"(?![a-z])"
    r"|(?:\s+[a-z-]+){0,2}?\s+(?:partners?|side|investors?)(?![a-z])"
)
_FOREIGN_BEFORE = re.compile(
    r"(?<![a-z])(?:with|the|" + alternation(OWNER_PARTICIPLES_HOST_BY) + r"\s+by)\s+(?:an?\s+|the\s+)?$"
)


def foreign(ctx, m) -> bool:
    """Whether nationality mention `m` is marked as a foreign owner's (see above)."""
    base = ctx.start
    return bool(_FOREIGN_AFTER.match(ctx.low, m.end - base) or _FOREIGN_BEFORE.search(ctx.low, max(0, m.start - base - 30), m.start - base))


# The figures of a plant or a mine whose host matters more than its owner (a company's output
# the text does not locate stays no country's: country.py).
HOSTED_METRICS = frozenset({"capacity", "processing", "reserves"})


class HostedBy(str):
    """The owner's code (country.py), standing for the host until linking.py asks `host_of`."""


def host_of(scan, d) -> str:
    """The country of draft `d` (linking.Draft) whose country is a `HostedBy` owner's code."""
    return topic(scan, d.index) or str(d.country)
