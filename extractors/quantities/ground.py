"""A tonnage the ground holds is reserves (SPEC §2 `reserves`), read from the words right before
it: a holding verb ("the two areas hold an estimated 3.2 million tonnes", "the brines hold
between 5 and 19 million tonnes", "hold combined resources of about 1.4 million tonnes") or a
resource noun with "of" ("a resource of 694 million tonnes", "estimated resources of 16.1
million tonnes"); not stocks held in a warehouse or by traders. phrases.of_resources reads the
noun after the figure ("7.4 million tonnes of graphite resources")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orewatch.extractors.quantities.attribution import Figure
    from orewatch.extractors.quantities.context import Sentence

_GATE = re.compile(r"(?<![a-z])(?:hold|held|host|resource)")
_QUALIFIER = (
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|at\s+least|more\s+than|over|up\s+to|between|"
    r"an\s+estimated|a\s+combined|an\s+inferred)\s+)?"
)
_KIND = r"(?:(?:estimated|combined|proven|probable|total|identified|inferred|measured|indicated|mineral|known)\s+)*"
_HELD_BEFORE = re.compile(
    r"(?<![a-z])(?:holds?|held|holding|hosts?|hosted|hosting)\s+" + _KIND + r"(?:(?:resources?|reserves?)\s+of\s+)?" + _QUALIFIER + r"$"
    r"|(?<![a-z])(?:an?\s+|estimated\s+|combined\s+|total\s+|inferred\s+)" + _KIND + r"resources?\s+of\s+" + _QUALIFIER + r"$"
)
# Stocks held above ground are no reserves: "warehouses held 4,100 tonnes", "traders hold ...".
_STOCKS = re.compile(r"(?<![a-z])(?:stocks?|inventor(?:y|ies)|warehouses?|traders?|stockpiles?|bonded)(?![a-z])")


def held_in_ground(ctx: Sentence, fig: Figure) -> bool:
    """Whether the tonnage `fig` is what a deposit, brine or area holds."""
    low, base = ctx.low, ctx.start
    if not _GATE.search(low) or not _HELD_BEFORE.search(low, max(fig.clause_start - base, fig.start - base - 70), fig.start - base):
        return False
    return not _STOCKS.search(low, fig.clause_start - base, fig.clause_end - base)
