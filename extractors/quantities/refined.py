"""A Chinese output noun (产量) compounded with a processing stage or processed product is the
output of that processing, metric `processing` (SPEC §2: refining, separation, smelting), not mine
output: 冶炼分离产品产量, 精炼铜产量, 电解铜产量. A product name alone (锂盐产量) is no stage: the
challenge zh gold reads it as production. A share of it (约占全球的85%) measures
the same. The trigger itself is re-read, so every figure that reads it gets the processing metric;
a quota still limits production (attribution.Attributor._quota)."""

from __future__ import annotations

import re

_OUTPUT = ("产量", "產量")
# The stage word, then at most four characters of the compound (铜, 产品, 氧化物).
_STAGE = re.compile(r"(?:冶炼|冶煉|分离|分離|精炼|精煉|电解|電解)[\u4e00-\u9fff]{0,4}$")
_REACH = 10


def processed_outputs(ctx, triggers: tuple[tuple[int, int, str], ...]) -> tuple[tuple[int, int, str], ...]:
    """`triggers` of sentence `ctx`, with each 产量 named by a processing stage read as processing."""
    low, base = ctx.low, ctx.start
    if not any(m == "production" and low.startswith(_OUTPUT, s - base) for s, _, m in triggers):
        return triggers  # cheap gate: no 产量 among the production words
    return tuple(
        (s, e, "processing") if m == "production" and low.startswith(_OUTPUT, s - base) and _STAGE.search(low, max(0, s - base - _REACH), s - base) else (s, e, m)
        for s, e, m in triggers
    )
