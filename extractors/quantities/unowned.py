"""Money that is no single country's (SPEC §2: a figure's country is the investor's), decided here
for both country.py (a figure's own sentence) and linking.py (the sentences before): money two
countries hold jointly, and money a multilateral lender puts in."""

from __future__ import annotations

import re

from orewatch.extractors.countries import BLOC_CODES as BLOCS

# Money that belongs to two countries jointly has no country (SPEC §2): "the two governments
# will jointly invest $3 billion", "$1 billion in joint investment from both sides" (not two
# firms of one country: "JOGMEC and Sojitz will jointly take a 30% stake"), and a
# deal's value where the sentence names two countries ("a $500 million deal", "價值5億美元的協議").
_JOINT = re.compile(r"(?<![a-z])(?:both|two)\s+(?:sides|governments|countries|nations)(?![a-z])|双方|雙方|两国政府|兩國政府")
_DEAL_AFTER = re.compile(r"(?:\s+[a-z-]+)?\s+(?:deal|agreement|accord|pact)(?![a-z])|(?:的)?[\u4e00-\u9fff]{0,2}?(?:协议|協議)")
_DEAL_BEFORE = re.compile(r"(?<![a-z])(?:deal|agreement|accord|pact)\s+(?:worth|valued\s+at)\s+$")

# A multilateral lender's money is no country's: "the Asian Development Bank approved a loan of
# $410 million", "a $180 million facility with the World Bank". Only where the sentence names no
# country at all: a national development bank names its country ("the Development Bank of
# Kazakhstan"), and a sentence naming a country leaves the choice to country.py.
_GATE = re.compile(r"bank|finance\s+corporation|\b(?:adb|aiib|ebrd|afdb|ifc)\b")
_MULTILATERAL = re.compile(
    r"(?<![a-z])(?:(?:asian|african|inter-american|islamic|caribbean|new)\s+development\s+bank|world\s+bank"
    r"|asian\s+infrastructure\s+investment\s+bank|european\s+bank\s+for\s+reconstruction|international\s+finance\s+corporation"
    r"|(?:adb|aiib|ebrd|afdb|ifc))(?![a-z])"
)


def no_single_country(ctx, start: int, end: int, metric: str) -> bool:
    """Whether the figure text[start:end] of `metric` is money no single country owns: an
    investment two countries hold jointly, or a multilateral lender's."""
    return metric == "investment" and (_joint(ctx, start, end) or _multilateral(ctx))


def _joint(ctx, start: int, end: int) -> bool:
    """Whether the money figure text[start:end] is two countries' jointly."""
    low, base = ctx.low, ctx.start
    c_start, c_end = ctx.clause_bounds(start, end)
    if _JOINT.search(low, c_start - base, c_end - base):
        return True
    deal = _DEAL_AFTER.match(low, end - base) or _DEAL_BEFORE.search(low, max(0, start - base - 30), start - base)
    return bool(deal) and len({m.code for m in ctx.countries if m.code not in BLOCS}) >= 2


def _multilateral(ctx) -> bool:
    """Whether the sentence's money is a multilateral lender's: it names one, and no country."""
    return not ctx.countries and bool(_GATE.search(ctx.low)) and bool(_MULTILATERAL.search(ctx.low))
