"""Turns the amounts found in a text into quantities: joins ranges ("35-40%", "between 2 and
3 million tons"), reads the qualifier and whether the number is a change, drops unitless numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from orewatch.extractors.quantities.amounts import Amount, AmountReader
from orewatch.extractors.quantities.lexicon import QuantityLexicon, get_lexicon
from orewatch.extractors.quantities.units import per_prefix

_LEVEL_PREPOSITIONS = {"below", "above", "under", "低于", "低於", "高于", "高於"}
# _INTRO and _BY are searched at the end of a window (every start tried): only when the
# window's last character can end them.
_INTRO_LAST = frozenset("nmNM从從于於在")
# Chinese adverbs between a change word and its figure ("涨幅均超过200%", "下挫已超20%") are
# skipped like "by" and 了.
_BY_LAST = frozenset("yY了均都已也再")
_INTRO = re.compile(r"(?:(?<![A-Za-z])(?i:between|from)[ \t]*|从|從|介于|介於|在)$")
_BY = re.compile(r"(?:(?<![A-Za-z])(?i:by)[ \t]*|了|均|都|已|也|再)$")
# One to three lowercase words between a change verb and its "by" (the verb's object).
_LOSS = re.compile(r"(?<![A-Za-z])(?i:lost|loses|lose)[ \t]*$")
_OBJECT_WORD = re.compile(r"\s+(?!by\b)[a-z][a-z-]*[ \t]*$")
_DASH = re.compile(r"[ \t]*(?:-|–|—|~|〜|至|到)[ \t]*$")
_TO = re.compile(r"[ \t]*(?i:to)[ \t]*$")
_AND = re.compile(r"[ \t]*(?i:and)[ \t]*(?:(?i:about|around|approximately)[ \t]+)?$")


def _priced(low_unit: str, high_unit: str) -> bool:
    """Whether a range's low end has the currency of a price written after its high end."""
    return high_unit.startswith(low_unit + "/")


def _span_start(a: Amount, left: _Left) -> int:
    return left.qualifier_start if left.qualifier_start is not None and left.qualifier_start < a.start else a.start


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity as read from the text, before attribution (offsets in the scanned text)."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    change: bool


@dataclass(frozen=True, slots=True)
class _Left:
    qualifier: str | None = None
    intro: str | None = None  # between / from
    change_sign: int = 0  # a change verb right before the number (or before "from")
    qualifier_start: int | None = None  # where the qualifier words begin: the span includes them
    loss: bool = False  # the change verb is "lost": a change of a rate or price, a company's loss of money


class QuantityScanner:
    """Finds quantities in a (prepared) text."""

    def __init__(self, lex: QuantityLexicon | None = None):
        self.lex = lex or get_lexicon()
        self.reader = AmountReader(self.lex)

    def scan(self, text: str, chinese_context: bool = False) -> list[Found]:
        amounts = self.reader.read_all(text, chinese_context)
        if not any(a.unit for a in amounts):
            return []
        found: list[Found] = []
        i = 0
        while i < len(amounts):
            a = amounts[i]
            b = amounts[i + 1] if i + 1 < len(amounts) else None
            if a.unit is None and (b is None or b.unit is None):
                i += 1  # a bare number (a year, a count) with no unit next to it
                continue
            left = self._left(text, a.start)
            joined = self._join(text, a, b, left) if b is not None else None
            if joined is not None:
                found.extend(joined)
                i += 2
                continue
            if a.unit is not None:
                found.append(self._single(a, left))
            i += 1
        return found

    # -- context -------------------------------------------------------------------------

    def _left(self, text: str, start: int) -> _Left:
        offset = max(0, start - 40)
        window = text[offset:start]
        qualifier = intro = qualifier_start = None
        change, by = 0, False
        for _ in range(4):
            q = self.lex.qualifiers_before.match_tail(window) if qualifier is None else None
            if q is not None:
                qualifier, at, _ = q
                if window[at:].strip().lower() in _LEVEL_PREPOSITIONS:
                    # "fall below $500", "rise above 10%": a level reached, not a change.
                    return _Left(qualifier, intro, 0, offset + at)
                window = window[:at]
                qualifier_start = offset + at
                continue
            last = window.rstrip(" \t")[-1:]
            m = _INTRO.search(window) if last in _INTRO_LAST and last else None
            if m and intro is None:
                word = m.group().strip().lower()
                intro = "between" if word in ("between", "介于", "介於", "在") else "from"
                window = window[: m.start()]
                continue
            m = _BY.search(window) if last in _BY_LAST and last else None
            if m:
                window = window[: m.start()]
                by = True
                continue
            c = self.lex.changes_before.match_tail(window)
            if c is None and by:
                # The verb's object between it and "by": "cut output by 20%", "raised prices by 3%".
                c = self._verb_before_object(window)
            if c is not None:
                change = c[0]
            break
        return _Left(qualifier, intro, change, qualifier_start, bool(change) and _LOSS.search(window) is not None)

    def _verb_before_object(self, window: str):
        """The change verb one to three lowercase words before the end of `window`, if any."""
        for _ in range(3):
            o = _OBJECT_WORD.search(window)
            if o is None:
                return None
            window = window[: o.start()]
            c = self.lex.changes_before.match_tail(window)
            if c is not None:
                return c
        return None

    def _single(self, a: Amount, left: _Left) -> Found:
        sign = left.change_sign if left.intro is None else 0
        if left.loss and a.unit is not None and a.unit != "%" and "/" not in a.unit:
            sign = 0  # "the miner lost 2 billion rand": a loss, not a change
        sign = sign or a.change_sign
        change = bool(sign) or (a.has_sign and a.unit == "%")
        value = a.value
        if sign < 0 and value > 0:
            value = -value
        qualifier = left.qualifier or a.qualifier or "exact"
        return Found(_span_start(a, left), a.end, value, None, a.unit, qualifier, change)

    # -- ranges --------------------------------------------------------------------------

    def _join(self, text: str, a: Amount, b: Amount, left: _Left) -> list[Found] | None:
        """A range, or two values of one unit ("rose from 10 to 20 tons"), else None."""
        between = text[a.end : b.start]
        if len(between) > 12 or b.unit is None and a.unit is None:
            return None
        units_fit = a.unit is None or b.unit is None or a.unit == b.unit or _priced(a.unit, b.unit)
        if not units_fit:
            return None
        if _DASH.fullmatch(between) or _DASH.match(between) and _DASH.match(between).end() == len(between):
            if left.intro == "from" and left.change_sign:
                return self._two(text, a, b, left)
            return [self._range(text, a, b, left)]
        if _TO.fullmatch(between):
            if left.intro == "from" and left.change_sign:
                return self._two(text, a, b, left)
            if left.change_sign and a.unit is not None and b.unit is not None and _priced(a.unit, b.unit):
                # "rose $10 to $345 per mtu": the change is in the price's unit.
                return [self._single(self._aligned(text, a, b)[0], left), self._single(b, _Left())]
            if left.intro == "from" or a.unit is None:
                return [self._range(text, a, b, left)]
            return None
        if _AND.fullmatch(between) and left.intro is not None:
            return [self._range(text, a, b, left)]
        return None

    def _aligned(self, text: str, a: Amount, b: Amount) -> tuple[Amount, Amount]:
        """Give the bare end of a range the other end's unit and scale (2 and 3 million tons),
        and the price denominator written once after the range ("$340-$350 per mtu")."""
        if a.unit is not None and b.unit is not None and _priced(a.unit, b.unit):
            a = replace(a, unit=b.unit, value=a.value * self._per_factor(text, b))
        if a.unit is None:
            a = replace(a, unit=b.unit)
            if a.scaled is None and b.scaled and abs(a.value * b.scaled) <= abs(b.value):
                a = replace(a, value=a.value * b.scaled, scaled=b.scaled)
        if b.unit is None:
            b = replace(b, unit=a.unit)
            if b.scaled is None and a.scaled:
                b = replace(b, value=b.value * a.scaled)
        return a, b

    def _per_factor(self, text: str, b: Amount) -> float:
        """The factor of the price denominator inside `b` ("$350 per mtu" -> 1.0, "/lb" -> per kg)."""
        m = self.lex.denominators.regex.search(text, b.start, b.end)
        return self.lex.denominators.lookup(m)[1] if m else 1.0

    def _range(self, text: str, a: Amount, b: Amount, left: _Left) -> Found:
        a, b = self._aligned(text, a, b)
        sign = left.change_sign or b.change_sign
        low, high = sorted((abs(a.value), abs(b.value)))
        if sign < 0:
            low, high = -high, -low
        qualifier = left.qualifier or b.qualifier or a.qualifier or "exact"
        unit, end = b.unit, b.end
        if "/" not in unit and (per := per_prefix(text, a.start)):
            unit, low, high = f"{unit}/{per}", low, high  # 每公斤1500至1600元
        elif unit.isalpha() and unit.isupper():  # a currency code
            # "$24,000-25,500 a tonne", "$15.50-16.20/lb": the denominator after the bare high end.
            priced, factor, end = self.reader.units.price(text, unit, 1.0, b.end, b.end)
            unit, low, high = priced, low * factor, high * factor
        return Found(_span_start(a, left), end, low, high, unit, qualifier, bool(sign))

    def _two(self, text: str, a: Amount, b: Amount, left: _Left) -> list[Found]:
        a, b = self._aligned(text, a, b)
        first = Found(_span_start(a, left), a.end, a.value, None, a.unit, left.qualifier or a.qualifier or "exact", False)
        second = Found(b.start, b.end, b.value, None, b.unit, b.qualifier or "exact", False)
        return [first, second]
