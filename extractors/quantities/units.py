"""Reads what follows a number in a text: its unit (tonnes, %, a currency, 成 tenths), a
currency's subunits (cents, 角, 分), a price denominator (per kg, /t, 每吨), the Chinese
colloquial forms (一块二, 七成六); amounts.py reads the number and calls these."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.lexicon import QuantityLexicon, UnitTerm
from orewatch.extractors.quantities.numbers import (
    CN_DIGITS,
    cn_single_digit,
    parse_chinese,
    parse_digits,
    parse_english_words,
)

_WON_SCALED = 1e6
_PER_MASS = re.compile(r"[ \t]*(?:(?:per|a|an|each)[ \t]+(?:kilo|kg|tonne|ton|metric|pound|lb)|/[ \t]*(?:kg|t|mt|tonne)\b)", re.I)
_DIGIT_NEXT = re.compile(r"[ \t]*\d")
_GAP = re.compile(r"[ \t]*(?:-[ \t]*)?(?P<open>[(\[{<][ \t]*)?")
_ASIDE = re.compile(r"[ \t]*(?:\([^()]{1,40}\)|\))")
_CLOSERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# After 元/块 a bare digit is 角 and after 角/毛 it is 分 (一块二 = 1.2, 五块七毛八 = 5.78).
_BARE_SUBUNIT = re.compile(rf"(?P<zero>零)?(?P<d>[0-9{''.join(CN_DIGITS)}])(?=$|[\s,.;:!?，。；：！？、)\]到至~-]|以)")
_YUAN_NOT_MONEY = set("素件化锂鋰材前正电電系组組合体體论論宵旦月首代帅帥")
_TENTHS_NOT_PERCENT = set("为為本员員交功立果熟品就型分长長绩績都年人")
# 块 is colloquial for 元 only where it cannot be a measure word (分为4块 = in four parts).
_KUAI_OK = re.compile(rf"钱|錢|$|[。！？!?]|[{''.join(CN_DIGITS)}以]")


class UnitReader:
    """The unit rules over one lexicon; `cores` is the regex of number cores (for cents)."""

    def __init__(self, lex: QuantityLexicon, cores: re.Pattern):
        self.lex = lex
        self.cores = cores

    def currency_or_points_follow(self, after: str) -> bool:
        m = self.lex.suffix_units.match(after.lstrip(" "), 0)
        if m is not None:
            term = self.lex.suffix_units.lookup(m)
            return term.kind in ("currency", "yen_sign") or m.group().startswith(("个", "個"))
        return False

    def suffix_unit(self, text: str, pos: int, value: float, kind: str) -> tuple[UnitTerm | None, int | None]:
        gap = _GAP.match(text, pos)
        at = gap.end()
        m = self.lex.suffix_units.match(text, at)
        if m is None:
            return None, None
        term = self.lex.suffix_units.lookup(m)
        end = m.end()
        if gap.group("open"):
            closer = _CLOSERS[gap.group("open").strip()]
            close = re.match(rf"[ \t]*\{closer}", text[end:])
            if not close:
                return None, None
            end += close.end()
        word = m.group()
        if word.endswith("$") and _DIGIT_NEXT.match(text, end):
            return None, None  # "two US$25 million tranches": the sign is the next number's
        if word in ("元", "圆") and text[end : end + 1] in _YUAN_NOT_MONEY:
            return None, None
        if word in ("块", "塊") and not _KUAI_OK.match(text, end):
            return None, None
        if word.lower() == "won" and value < _WON_SCALED and not _PER_MASS.match(text, end):
            # "won" is Korea's currency only after a scale word ("500 billion won") or before
            # a price's mass ("11,200 won per kilogram")
            return None, None
        if term.kind == "tenths" and (value > 10 or text[end : end + 1] in _TENTHS_NOT_PERCENT):
            return None, None
        return term, end

    def resolve_unit(self, text: str, term: UnitTerm, value: float, pos: int, chinese: bool):
        if term.kind == "percent":
            return "%", value, pos
        if term.kind == "tenths":
            return "%", value * 10, pos
        if term.kind == "mass":
            return term.code, value * term.factor, pos
        if term.kind == "yen_sign":
            return ("CNY" if chinese else "JPY"), value, pos
        if term.kind == "pound":
            # "pounds" is money unless it reads as a weight: "pounds of", "a ten-pound bag".
            word_start = text.rfind("p", 0, pos)
            singular = not text[word_start:pos].lower().endswith("s")
            if re.match(r"[ \t]+of\b", text[pos:]) or singular:
                return "t", value * 0.00045359237, pos
            return "GBP", value, pos
        return term.code, value, pos

    def tenths_tail(self, text: str, value: float, pos: int) -> tuple[float, int]:
        """七成六 = 76%, 三成半 = 35%."""
        if text.startswith("半", pos):
            return value + 5, pos + 1
        digit = _BARE_SUBUNIT.match(text, pos)
        if digit and not digit.group("zero"):
            return value + cn_single_digit(digit.group("d")), digit.end()
        return value, pos

    def subunits(self, text: str, unit: str, value: float, pos: int, chinese: bool) -> tuple[float, int]:
        table = self.lex.subunits.get(unit)
        if table is None:
            return value, pos
        last_factor = 1.0
        for _ in range(2):
            m = re.match(r"[ \t]*(?:and[ \t]+|又|零)?", text[pos:])
            at = pos + m.end()
            core = self.cores.match(text, at)
            if core and core.lastgroup in ("ar", "en", "cn"):
                raw = core.group()
                n = parse_digits(raw) if core.lastgroup == "ar" else (
                    parse_english_words(raw) if core.lastgroup == "en" else parse_chinese(raw))
                gap = re.match(r"[ \t]*", text[core.end():]).end()
                sub = table.match(text, core.end() + gap)
                if n is not None and sub is not None and n < 100:
                    last_factor = table.lookup(sub)
                    value += n * last_factor
                    pos = sub.end()
                    continue
            if chinese and unit in ("CNY", "HKD") and last_factor > 0.01:
                bare = _BARE_SUBUNIT.match(text, pos)
                if bare:
                    factor = 0.01 if (bare.group("zero") or last_factor == 0.1) else 0.1
                    value += cn_single_digit(bare.group("d")) * factor
                    pos = bare.end()
            break
        return value, pos

    def price(self, text: str, unit: str, value: float, pos: int, start: int):
        m = self.lex.denominators.regex.match(text, pos)
        per = None
        if m:
            per, factor = self.lex.denominators.lookup(m)
            pos = m.end()
        elif (aside := _ASIDE.match(text, pos)) and (m := self.lex.denominators.regex.match(text, aside.end())):
            # "CNY 3,900 ($636.10) per kilogram": both amounts are per kilogram; the one in
            # brackets ends before ")" and the first before the bracketed conversion.
            per, factor = self.lex.denominators.lookup(m)
        elif (cn := per_prefix(text, start)) is not None:
            per, factor = cn, 1.0
        if per is None:
            return unit, value, pos
        return f"{unit}/{per}", value * factor, pos


_PER_PREFIX = re.compile(r"每(吨|噸|公吨|公噸|公斤|千克)$")


def per_prefix(text: str, start: int) -> str | None:
    """"每吨5万元" is a price per tonne: the denominator written before the number."""
    m = _PER_PREFIX.search(text, max(0, start - 3), start)
    if m is None:
        return None
    return "kg" if m.group(1) in ("公斤", "千克") else "t"
