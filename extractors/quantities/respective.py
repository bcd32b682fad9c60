"""Figures given respectively (Chinese 分别): "智利和阿根廷去年的锂产量分别约为1.4万吨和5500吨" gives
the first figure to the first country of the coordinated list, the second to the second."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.roles import JOINER

_RESPECTIVELY = re.compile(r"分别|分別")
_FIGURE = re.compile(r"\d[\d,.]*")


def respective_owner(ctx, before: list, start: int) -> str | None:
    """The code of the country that the figure at `start` belongs to, when a list of countries
    (`before`: the mentions before the figure, in order) is followed by 分别 and the figures in
    the same order; None otherwise."""
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if m.code == run[0].code or not JOINER.fullmatch(ctx.slice(m.end, run[0].start)):
            break
        run.insert(0, m)
    if len(run) < 2:
        return None
    between = ctx.slice(run[-1].end, start)
    word = _RESPECTIVELY.search(between)
    if word is None:
        return None
    k = len(_FIGURE.findall(between, word.end()))
    return run[k].code if k < len(run) else None
