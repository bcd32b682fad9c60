"""A state's stockpile (metrics.yaml `stockpile`: stockpile, stockpiling, 储备, 收储): what is bought
for it or held in it, and the money it needs, is metric `other` (CONVENTIONS: purchases for a state
stockpile), and a purchase for it is the state's. Whether a stockpile is named in a stretch of the
sentence is decided here, once, for attribution.py (the metric, a sum's default) and offtakes.py
(a state buyer)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orewatch.extractors.quantities.context import Sentence

STOCKPILE = "stockpile"  # the metrics.yaml trigger


def names_a_stockpile(ctx: Sentence, lo: int, hi: int) -> bool:
    """Whether a stockpile word starts in text[lo:hi] (offsets in the Doc's text)."""
    return any(t[2] == STOCKPILE and lo <= t[0] < hi for t in ctx.triggers)


# The money a stockpile needs, in a clause after the one that names it ("收储镓、锗等矿产，所需
# 资金约3000亿韩元", "a stockpile of cobalt, with a budget of $500 million"): the size of a state's
# purchases, metric `other` like the purchases themselves (CONVENTIONS), not an investment.
_FUNDS_BEFORE = re.compile(r"(?:资金|資金|经费|經費|预算|預算|budget|funding)[^，,。；;]{0,8}$")


def funds_a_stockpile(ctx: Sentence, start: int) -> bool:
    """Whether the sum at `start` is a stockpile's funds (a stockpile word before it in its sentence)."""
    if not names_a_stockpile(ctx, ctx.start, start):
        return False
    clause_start = ctx.clause_bounds(start, start + 1)[0]
    return bool(_FUNDS_BEFORE.search(ctx.low, max(0, clause_start - ctx.start, start - ctx.start - 20), start - ctx.start))
