"""Reads single amounts around each number in a text: the number itself, its scale word, its
currency sign or unit, a price denominator and cents; ranges and context come later."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orewatch.extractors.quantities.lexicon import QuantityLexicon, UnitTerm, get_lexicon
from orewatch.extractors.quantities.numbers import (
    CN_NUMBER_PATTERN,
    EN_NUMBER_PATTERN,
    EN_NUMBER_SCAN_PATTERN,
    parse_chinese,
    parse_digits,
    parse_english_words,
)
from orewatch.extractors.quantities.tables import lowered, trie_pattern
from orewatch.extractors.quantities.units import UnitReader

# A decimal comma before a scale word, as European texts write it: "US$2,4 billion".
_DECIMAL_COMMA = r",\d{1,2}(?=[ \t]*(?i:billion|million|trillion|bn|mn)(?![a-z]))"
_ARABIC = (
    r"(?<![\d.])(?<!\d,)(?:\d{1,3}" + _DECIMAL_COMMA + r""
    r"|\d+/\d+(?![\d/])"  # 2/1000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"  # 1,458,000
    r"|\d{1,3}(?: \d{3})+(?![\d.,]| \d)"  # 10 000
    r"|\d+(?:\.\d+| \. \d+)?)"  # 6.2, tokenized newswire "6 . 2"
)
_CN_SCALE = re.compile(r"(?:(?P<many>[个個]?多)?(?P<scale>[十百千万萬亿億兆](?![克米瓦分]))+)+")
_CN_SCALE_CHARS = {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
_EN_SCALE = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?i:(?P<word>thousands?|millions?|billions?|trillion|mn|mln|bn|bln|tn|trn|lakhs?|crores?|cr))(?![A-Za-z])"
    r"|(?P<letter>[kKmMbBT])(?![A-Za-z])"
)
_APPROX_MORE = re.compile(r"[个個]?多|余|餘")


@dataclass(slots=True)
class _Reading:
    """An amount while it is read: where it starts and ends so far, its value and marks."""

    start: int
    end: int  # the end of the number itself
    value: float
    pos: int = -1  # how far the reading has got (the end of the number, then of its scale)
    sign: float = 1.0
    has_sign: bool = False
    prefix_unit: UnitTerm | None = None
    percent_factor: float | None = None
    scaled: float | None = None
    qualifier: str | None = None

    def __post_init__(self):
        self.pos = self.end


@dataclass(frozen=True, slots=True)
class Amount:
    """One number with what is glued to it; unit None when nothing marks what it counts."""

    start: int
    end: int
    value: float
    unit: str | None
    scaled: float | None = None  # the scale factor applied, if any
    qualifier: str | None = None  # from a word after the unit (左右, 以上, or more)
    change_sign: int = 0  # from a change noun after the unit ("a 5% rise")
    has_sign: bool = False  # written with a minus sign


def core_regex(lex: QuantityLexicon) -> re.Pattern:
    return re.compile(
        rf"(?P<ar>{_ARABIC})"
        rf"|(?P<en>(?i:{EN_NUMBER_PATTERN}))"
        rf"|(?P<a>(?<![A-Za-z])(?i:an?)[ \t]+(?=(?i:{lex.a_words})))"
        rf"|(?P<half>半(?=成))"
        rf"|(?P<cn>{CN_NUMBER_PATTERN})"
    )


# The same numbers as core_regex, found by patterns that start with a character class or a
# literal, which the regex engine scans for in C instead of trying every position: a digit
# (its left-context checks moved behind it), a Chinese numeral, an English number word in
# the lowercased text (its word boundary checked after it).
_ARABIC_FAST = re.compile(
    r"\d(?<![\d.]\d)(?<!\d,\d)(?:\d{0,2}" + _DECIMAL_COMMA + r"|\d*/\d+(?![\d/])"
    r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
    r"|\d{0,2}(?: \d{3})+(?![\d.,]| \d)"
    r"|\d*(?:\.\d+| \. \d+)?)"
)
_CN_FAST = re.compile(rf"(?P<half>半(?=成))|{CN_NUMBER_PATTERN}")
_CJK_OR_HALF = re.compile(r"[\u3400-\u9fff\uf900-\ufaff〇]")
_EN_FAST = re.compile(EN_NUMBER_SCAN_PATTERN)
_A_BEFORE = re.compile(r"(?<![a-z])an?[ \t]+$")


def _has_cjk_or_half(text: str) -> bool:
    """`_CJK_OR_HALF` in `text`; an ASCII text (a flag of the string: no scan) has none."""
    return not text.isascii() and _CJK_OR_HALF.search(text) is not None


class AmountReader:
    """Finds every number in a text and reads the amount written around it."""

    def __init__(self, lex: QuantityLexicon | None = None):
        self.lex = lex or get_lexicon()
        self.cores = core_regex(self.lex)
        self.units = UnitReader(self.lex, self.cores)
        self.a_words = re.compile(trie_pattern({w.lower() for w in self.lex.a_word_terms}))

    def cores_in(self, text: str, cjk: bool | None = None) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every number core, left to right, not overlapping; the
        same cores as `core_regex(...).finditer(text)`, found faster. `cjk`: whether the
        text holds a Chinese character (_CJK_OR_HALF), if the caller knows."""
        found = [(m.start(), m.end(), "ar") for m in _ARABIC_FAST.finditer(text)]
        if _has_cjk_or_half(text) if cjk is None else cjk:
            found.extend((m.start(), m.end(), "half" if m.group("half") else "cn") for m in _CN_FAST.finditer(text))
        low = lowered(text)
        for m in _EN_FAST.finditer(low):
            s = m.start()
            if s and (low[s - 1].isalnum() or low[s - 1] == "_"):
                continue  # inside a word: "often", "someone"
            found.append((s, m.end(), "en"))
        for m in self.a_words.finditer(low):
            a = _A_BEFORE.search(low, max(0, m.start() - 8), m.start())
            if a is not None and (core := self.cores.match(text, a.start())) and core.lastgroup == "a":
                found.append((a.start(), core.end(), "a"))
        if len(found) > 1:
            found.sort()
            kept, last = [], -1
            for core in found:
                if core[0] >= last:
                    kept.append(core)
                    last = core[1]
            found = kept
        return found

    def read_all(self, text: str, chinese_context: bool) -> list[Amount]:
        amounts: list[Amount] = []
        consumed = 0
        # Without a Chinese character no Chinese percent prefix (百分之) can precede a number.
        cjk = _has_cjk_or_half(text)
        for core in self.cores_in(text, cjk):
            if core[0] < consumed:
                continue
            amount = self._read(text, core, chinese_context, consumed, cjk)
            if amount is not None:
                amounts.append(amount)
                if amount.unit is not None:
                    consumed = amount.end
        return amounts

    # -- one amount ----------------------------------------------------------------------

    def _read(self, text: str, core: tuple[int, int, str], chinese: bool, floor: int, cjk: bool = True) -> Amount | None:
        """The amount around a number core (start, end, kind): its value, what stands left of
        it (a currency sign, a minus, 百分之) and right of it (a scale, a unit, a price
        denominator, cents, a qualifier, a change noun). `floor`: where the previous amount
        ended."""
        core_start, core_end, kind = core
        number = self._number(text, core_start, text[core_start:core_end], kind)
        if number is None:
            return None
        r = _Reading(core_start, core_start + len(number[1]), number[0])
        if not self._left(text, r, floor, cjk):
            return None
        self._scale(text, r, kind)
        if r.percent_factor is not None:
            letter = re.match(r"[ \t]?([kK])(?![A-Za-z])", text[r.pos :])
            if letter:
                r.value, r.pos = r.value * 1e3, r.pos + letter.end()
            return Amount(r.start, r.pos, r.sign * r.value * r.percent_factor, "%", r.scaled, r.qualifier, 0, r.has_sign)
        many = _APPROX_MORE.match(text, r.pos)
        if many and chinese:
            r.qualifier, r.pos = "approx", many.end()
        return self._unit(text, r, kind, chinese)

    @staticmethod
    def _number(text: str, core_start: int, raw: str, kind: str) -> tuple[float, str] | None:
        """(value, the text of the number) of a number core, or None."""
        if kind == "ar":
            value = parse_digits(raw)
        elif kind == "en":
            value = parse_english_words(raw)
        elif kind == "a":
            value, raw = 1.0, raw.rstrip()
        elif kind == "half":
            value = 0.5
        else:
            if raw[0] in "万萬亿億兆":
                return None  # 万一 ("in case"), 亿万: a word, not a number
            # 百分之七十百分位: a trailing 百/千 before 分 starts the next word, not this number.
            following = text[core_start + len(raw) : core_start + len(raw) + 1]
            if following == "分" and len(raw) > 1 and raw[-1] in "百佰千仟万萬":
                raw = raw[:-1]
            value = parse_chinese(raw)
        return None if value is None else (value, raw)

    def _left(self, text: str, r: _Reading, floor: int, cjk: bool) -> bool:
        """A currency sign or code, a minus sign, or a Chinese fraction (百分之) before the
        number; False when the number is part of a name (F-35, 第一)."""
        window_start = max(floor, r.start - 24)
        window = text[window_start : r.start]
        prefix = self.lex.prefix_units.match_tail(window)
        if prefix is not None:
            r.prefix_unit, at, negative = prefix
            r.start = window_start + at
            if negative:
                r.sign, r.has_sign = -1.0, True
            return True
        cn_prefix = self.lex.cn_percent_prefixes.match_tail(window) if cjk else None
        if cn_prefix is not None:
            r.percent_factor, at, _ = cn_prefix
            r.start = window_start + at
        elif not self._left_edge_ok(text, r.start):
            return False
        if window.endswith(("-", "负", "負")) and (r.start < 2 or text[r.start - 2] in " \t\n([{:=,;，：（"):
            r.sign, r.has_sign = -1.0, True
            r.start -= 1
        elif window.lower().endswith("minus "):
            r.sign, r.has_sign = -1.0, True
            r.start -= 6
        return True

    def _scale(self, text: str, r: _Reading, kind: str) -> None:
        """A scale after the number: 万/亿 (3.5万), million/bn, or a letter (5k$, 3M yuan)."""
        if kind == "ar" or r.percent_factor is not None:
            cn_scale = _CN_SCALE.match(text, r.pos)
            if cn_scale:
                factor = 1.0
                for ch in re.findall(r"[十百千万萬亿億兆]", cn_scale.group()):
                    factor *= _CN_SCALE_CHARS[ch]
                r.value, r.scaled, r.pos = r.value * factor, factor, cn_scale.end()
                if cn_scale.group("many"):
                    r.qualifier = "approx"
        if kind not in ("ar", "en"):
            return
        scale = _EN_SCALE.match(text, r.pos)
        if scale and scale.group("word"):
            factor = self.lex.scale_words[scale.group("word").lower()]
            r.value, r.scaled, r.pos = r.value * factor, factor, scale.end()
        elif scale and scale.group("letter") and kind == "ar":
            letter_end = scale.end()
            after = text[letter_end : letter_end + 8]
            if r.prefix_unit is not None or self.units.currency_or_points_follow(after):
                factor = self.lex.scale_letters[scale.group("letter")]
                r.value, r.scaled, r.pos = r.value * factor, factor, letter_end

    def _unit(self, text: str, r: _Reading, kind: str, chinese: bool) -> Amount | None:
        """The unit (after the number, else the currency before it) and what follows it: a
        price denominator, cents, a half (一吨半), a qualifier, a change noun ("a 5% rise")."""
        units = self.units
        unit_term, unit_end = units.suffix_unit(text, r.pos, r.value, kind)
        if unit_term is None and r.prefix_unit is None:
            return Amount(r.start, r.end if r.scaled is None else r.pos, r.sign * r.value, None, r.scaled, r.qualifier, 0, r.has_sign)
        # "港币100亿元", "新臺幣120億元": 元 only closes the amount the currency before it names
        if unit_term is not None and unit_term.code == "CNY" and text[unit_end - 1] in "元圆" and r.prefix_unit is not None and r.prefix_unit.kind == "currency":
            unit_term = r.prefix_unit
        unit_term = unit_term or r.prefix_unit
        unit, value, pos = units.resolve_unit(text, unit_term, r.value, r.pos if unit_end is None else unit_end, chinese)
        if unit is None:
            return None
        if unit == "%" and unit_term.kind == "tenths":
            value, pos = units.tenths_tail(text, value, pos)
        elif unit_term.kind in ("currency", "yen_sign", "pound"):
            value, pos = units.subunits(text, unit, value, pos, chinese)
            unit, value, pos = units.price(text, unit, value, pos, r.start)
        if text.startswith("半", pos) and r.scaled is None and unit_term.kind in ("mass", "currency"):
            value, pos = value + 0.5 * unit_term.factor, pos + 1  # 一吨半 = 1.5 t
        qualifier = r.qualifier
        after_q = self.lex.qualifiers_after.regex.match(text, pos)
        if after_q:
            qualifier, pos = self.lex.qualifiers_after.lookup(after_q), after_q.end()
        change_sign = 0
        after_c = self.lex.changes_after.regex.match(text, pos)
        if after_c:
            change_sign = self.lex.changes_after.lookup(after_c)
        return Amount(r.start, pos, r.sign * value, unit, r.scaled, qualifier, change_sign, r.has_sign)

    def _left_edge_ok(self, text: str, start: int) -> bool:
        """A number glued to letters (F-35, A380, COVID-19) or an ordinal (第一) is a name."""
        if start == 0:
            return True
        before = text[start - 1]
        if before.isascii() and before.isalpha():
            return False
        if before == "第":
            return False
        if before in "-/" and start >= 2 and text[start - 2].isascii() and text[start - 2].isalpha():
            return False
        return True
