"""Money a multilateral lender puts in is no country's (SPEC §2: a figure's country is the
investor's; a development bank of many states is none): "the Asian Development Bank approved a
loan of $410 million", "a $180 million facility with the World Bank". Only where the sentence
names no country at all: a national development bank names its country ("the Development Bank of
Kazakhstan"), and a sentence naming a country leaves the choice to country.py."""

from __future__ import annotations

import re

_GATE = re.compile(r"bank|finance\s+corporation|\b(?:adb|aiib|ebrd|afdb|ifc)\b")
_MULTILATERAL = re.compile(
    r"(?<![a-z])(?:(?:asian|african|inter-american|islamic|caribbean|new)\s+development\s+bank|world\s+bank"
    r"|asian\s+infrastructure\s+investment\s+bank|european\s+bank\s+for\s+reconstruction|international\s+finance\s+corporation"
    r"|(?:adb|aiib|ebrd|afdb|ifc))(?![a-z])"
)


def multilateral_money(ctx) -> bool:
    """Whether the sentence's money is a multilateral lender's: it names one, and no country."""
    return not ctx.countries and bool(_GATE.search(ctx.low)) and bool(_MULTILATERAL.search(ctx.low))
