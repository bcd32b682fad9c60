"""Which element a figure is of when its sentence names several: a named element beats its
group (pick_element); a figure that is one item of a list of figures takes the element named
right before it ("terbium at X and dysprosium at Y"), or that of the clause before naming one
with its own figure ("钕价格上涨23%，截至5月27日涨至118.45万元/吨")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # attribution.py imports this module
    from orewatch.extractors.quantities.attribution import Figure
    from orewatch.extractors.quantities.context import Sentence

_DIGIT = re.compile(r"\d")
# A conjunction that opens a clause of its own inside a comma-free stretch of text.
_SUBORDINATOR = re.compile(r"(?<![a-z])(?:while|whereas|after|before|because|following|alongside)\s")
GROUP_ELEMENTS = frozenset({"REE", "LREE", "HREE"})


def pick_element(codes: list[str]) -> str | None:
    """One element or group for a figure: a named element beats its group; several named
    elements (an NdPr price) or several groups give None (SPEC §2)."""
    distinct = set(codes)
    specific = distinct - GROUP_ELEMENTS
    if len(specific) == 1:
        return next(iter(specific))
    if specific:
        return None
    return next(iter(distinct)) if len(distinct) == 1 else None


def listed_element(ctx: Sentence, fig: Figure) -> str | None:
    """In a list of figures each after its element ("neodymium oxide at 289,000 yuan/t and
    dysprosium oxide at 1,600 yuan/kg", "其中轻稀土7.7万吨、中重稀土1.22万吨"), the elements
    named since the figure before (or the clause start) are the figure's."""
    c_start = fig.clause_start
    head = ctx.slice(c_start, fig.start)
    digits = list(_DIGIT.finditer(head))
    lo = c_start + digits[-1].end() if digits else c_start
    return pick_element([m.code for m in ctx.elements if m.start >= lo and m.end <= fig.start])


def clause_before_element(ctx: Sentence, fig: Figure) -> str | None:
    """The element of the nearest clause before the figure's (in its sentence) that names one
    with a figure of its own: a list of figures goes on ("..., a decline of 10,000 yuan/t in
    europium oxide prices, standing at 270,000 yuan/t"); a list of elements split by commas,
    or an aside ("a by-product of copper mining"), does not."""
    for lo, hi in reversed(ctx.clauses()):
        if hi > fig.clause_start or not _DIGIT.search(ctx.slice(lo, hi)):
            continue
        codes = [m.code for m in ctx.elements if m.start >= lo and m.end <= hi]
        if codes:
            return pick_element(codes)
    return None


_RATE_OPENS = re.compile(r"\s*(?:其)?(?:税率|稅率)")


def rate_clause_element(ctx: Sentence, fig: Figure) -> str | None:
    """A Chinese clause opening with 税率 ("…征收出口税，税率约为5%") gives the rate of the tax of
    the clause before it: that clause's element."""
    if not _RATE_OPENS.match(ctx.slice(fig.clause_start, fig.clause_end)):
        return None
    for lo, hi in reversed(ctx.clauses()):
        if hi <= fig.clause_start:
            return pick_element([m.code for m in ctx.elements if m.start >= lo and m.end <= hi])
    return None


def subordinate_bounds(ctx: Sentence, fig: Figure) -> tuple[int, int]:
    """The figure's clause cut at the subordinating conjunctions around it: "China imposed
    34% tariffs on US goods while also curbing rare earth exports", "would slap 100% tariffs
    after China's move on rare earths" (the rare earths are not what the tariff falls on)."""
    lo, hi = fig.clause_start, fig.clause_end
    base, low = ctx.start, ctx.low
    before = [m.end() for m in _SUBORDINATOR.finditer(low, lo - base, fig.start - base)]
    after = _SUBORDINATOR.search(low, fig.end - base, hi - base)
    return (base + before[-1] if before else lo), (base + after.start() if after else hi)


# The goods a tariff falls on: its "on" phrase, right after the rate ("duties of 32% on
# titanium dioxide"), after the rate's tariff noun ("a 100% import duty on electric vehicles"),
# or after the tariff word the rate continues ("tariffs on solar wafers will rise to 50%", "a
# 25% tariff on rare earth magnets, rising to 50%", "a 10% tariff on all goods, and raised it
# to 20%"). The phrase ends at a clause mark, a number, or a word that starts another phrase.
_ON_GOODS = re.compile(
    r"\s+on\s+((?:(?!(?:will|would|could|to|from|rising|rises?|effective|while|after|before|because|which|that|starting|"
    r"beginning|by|as|until|when|and\s+(?:to|duties|tariffs|levies|raised|imposed|will))(?![a-z]))[^,;:\d])*)"
)
_TARIFF_NOUN = re.compile(
    r"[ \t-]*(?:(?!(?:and|or|to|from|of|in|on|at|for|with|will|would)\s)[a-z-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|levies|tax|taxes)(?![a-z])"
)


def tariff_goods(ctx: Sentence, fig: Figure) -> tuple[bool, str | None]:
    """(whether an English tariff rate's sentence names the goods it falls on, their element
    or None): "a 25% tariff on U.S. goods" names no element, whatever the sentences around say."""
    if ctx.cjk:
        return False, None
    base, low = ctx.start, ctx.low
    head = _TARIFF_NOUN.match(low, fig.end - base)
    anchors = [fig.end - base, head.end()] if head else [fig.end - base]
    before = [t[1] - base for t in ctx.triggers if t[2] == "tariff" and t[1] <= fig.start]
    anchors += sorted(before, reverse=True)[:1]
    for at in anchors:
        goods = _ON_GOODS.match(low, at)
        if goods:
            lo, hi = base + goods.start(1), base + goods.end(1)
            return True, pick_element([m.code for m in ctx.elements if m.start >= lo and m.end <= hi])
    return False, None
