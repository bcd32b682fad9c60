"""Reads single amounts around each number in a text: the number itself, its scale word, its
currency sign or unit, a price denominator and cents; ranges and context come later."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orewatch.extractors.quantities.lexicon import QuantityLexicon, UnitTerm, get_lexicon, lowered, trie_pattern
from orewatch.extractors.quantities.numbers import (
    CN_DIGITS,
    CN_NUMBER_PATTERN,
    EN_NUMBER_PATTERN,
    EN_NUMBER_SCAN_PATTERN,
    cn_single_digit,
    parse_chinese,
    parse_digits,
    parse_english_words,
)

_ARABIC = (
    r"(?<![\d.])(?<!\d,)(?:\d+/\d+(?![\d/])"  # 2/1000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"  # 1,458,000
    r"|\d{1,3}(?: \d{3})+(?![\d.,]| \d)"  # 10 000
    r"|\d+(?:\.\d+| \. \d+)?)"  # 6.2, tokenized newswire "6 . 2"
)
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CN_SCALE = re.compile(r"(?:(?P<many>[个個]?多)?(?P<scale>[十百千万萬亿億兆](?![克米瓦分]))+)+")
_CN_SCALE_CHARS = {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
_EN_SCALE = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?i:(?P<word>thousands?|millions?|billions?|trillion|mn|mln|bn|bln|tn|trn|lakhs?|crores?|cr))(?![A-Za-z])"
    r"|(?P<letter>[kKmMbBT])(?![A-Za-z])"
)
_APPROX_MORE = re.compile(r"[个個]?多|余|餘")
_GAP = re.compile(r"[ \t]*(?:-[ \t]*)?(?P<open>[(\[{<][ \t]*)?")
_ASIDE = re.compile(r"[ \t]*(?:\([^()]{1,40}\)|\))")
_CLOSERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# After 元/块 a bare digit is 角 and after 角/毛 it is 分 (一块二 = 1.2, 五块七毛八 = 5.78).
_BARE_SUBUNIT = re.compile(rf"(?P<zero>零)?(?P<d>[0-9{''.join(CN_DIGITS)}])(?=$|[\s,.;:!?，。；：！？、)\]到至~-]|以)")
_YUAN_NOT_MONEY = set("素件化锂鋰材前正电電系组組合体體论論宵旦月首代帅帥")
_TENTHS_NOT_PERCENT = set("为為本员員交功立果熟品就型分长長绩績都年人")
# 块 is colloquial for 元 only where it cannot be a measure word (分为4块 = in four parts).
_KUAI_OK = re.compile(rf"钱|錢|$|[。！？!?]|[{''.join(CN_DIGITS)}以]")


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
    r"\d(?<![\d.]\d)(?<!\d,\d)(?:\d*/\d+(?![\d/])"
    r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
    r"|\d{0,2}(?: \d{3})+(?![\d.,]| \d)"
    r"|\d*(?:\.\d+| \. \d+)?)"
)
_CN_FAST = re.compile(rf"(?P<half>半(?=成))|{CN_NUMBER_PATTERN}")
_CJK_OR_HALF = re.compile(r"[\u3400-\u9fff\uf900-\ufaff〇]")
_EN_FAST = re.compile(EN_NUMBER_SCAN_PATTERN)
_A_BEFORE = re.compile(r"(?<![a-z])an?[ \t]+$")


class AmountReader:
    """Finds every number in a text and reads the amount written around it."""

    def __init__(self, lex: QuantityLexicon | None = None):
        self.lex = lex or get_lexicon()
        self.cores = core_regex(self.lex)
        self.a_words = re.compile(trie_pattern({w.lower() for w in self.lex.a_word_terms}))

    def cores_in(self, text: str, cjk: bool | None = None) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every number core, left to right, not overlapping; the
        same cores as `core_regex(...).finditer(text)`, found faster. `cjk`: whether the
        text holds a Chinese character (_CJK_OR_HALF), if the caller knows."""
        found = [(m.start(), m.end(), "ar") for m in _ARABIC_FAST.finditer(text)]
        if _CJK_OR_HALF.search(text) if cjk is None else cjk:
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
        cjk = _CJK_OR_HALF.search(text) is not None
        for start, end, kind in self.cores_in(text, cjk):
            if start < consumed:
                continue
            amount = self._read(text, start, text[start:end], kind, chinese_context, consumed, cjk)
            if amount is not None:
                amounts.append(amount)
                if amount.unit is not None:
                    consumed = amount.end
        return amounts

    # -- one amount ----------------------------------------------------------------------

    def _read(self, text: str, core_start: int, raw: str, kind: str, chinese: bool, floor: int, cjk: bool = True) -> Amount | None:
        core_end = core_start + len(raw)
        if kind == "ar":
            value = parse_digits(raw)
        elif kind == "en":
            value = parse_english_words(raw)
        elif kind == "a":
            value, raw = 1.0, raw.rstrip()
        elif kind == "half":
            value = 0.5
        else:
            # 百分之七十百分位: a trailing 百/千 before 分 starts the next word, not this number.
            if raw[0] in "万萬亿億兆":
                return None  # 万一 ("in case"), 亿万: a word, not a number
            following = text[core_end : core_end + 1]
            if following == "分" and len(raw) > 1 and raw[-1] in "百佰千仟万萬":
                raw = raw[:-1]
            value = parse_chinese(raw)
        if value is None:
            return None
        start, end = core_start, core_start + len(raw)
        lex = self.lex

        # Left: a currency sign or code, a minus sign, or a Chinese fraction (百分之).
        window_start = max(floor, start - 24)
        window = text[window_start:start]
        prefix_unit: UnitTerm | None = None
        sign = 1.0
        has_sign = False
        percent_factor = None
        prefix = lex.prefix_units.match_tail(window)
        if prefix is not None:
            prefix_unit, at, negative = prefix
            start = window_start + at
            if negative:
                sign, has_sign = -1.0, True
        else:
            cn_prefix = lex.cn_percent_prefixes.match_tail(window) if cjk else None
            if cn_prefix is not None:
                percent_factor, at, _ = cn_prefix
                start = window_start + at
            elif not self._left_edge_ok(text, start):
                return None
            if window.endswith(("-", "负", "負")) and (start < 2 or text[start - 2] in " \t\n([{:=,;，：（"):
                sign, has_sign = -1.0, True
                start -= 1
            elif window.lower().endswith("minus "):
                sign, has_sign = -1.0, True
                start -= 6

        # Right: scale, unit, price denominator, cents.
        pos = end
        scaled = None
        qualifier = None
        if kind == "ar" or percent_factor is not None:
            cn_scale = _CN_SCALE.match(text, pos)
            if cn_scale:
                factor = 1.0
                for ch in re.findall(r"[十百千万萬亿億兆]", cn_scale.group()):
                    factor *= _CN_SCALE_CHARS[ch]
                value, scaled, pos = value * factor, factor, cn_scale.end()
                if cn_scale.group("many"):
                    qualifier = "approx"
        if kind in ("ar", "en"):
            scale = _EN_SCALE.match(text, pos)
            if scale and scale.group("word"):
                factor = lex.scale_words[scale.group("word").lower()]
                value, scaled, pos = value * factor, factor, scale.end()
            elif scale and scale.group("letter") and kind == "ar":
                letter_end = scale.end()
                after = text[letter_end : letter_end + 8]
                if prefix_unit is not None or self._currency_or_points_follow(after):
                    factor = lex.scale_letters[scale.group("letter")]
                    value, scaled, pos = value * factor, factor, letter_end
        if percent_factor is not None:
            letter = re.match(r"[ \t]?([kK])(?![A-Za-z])", text[pos:])
            if letter:
                value, pos = value * 1e3, pos + letter.end()
            return Amount(start, pos, sign * value * percent_factor, "%", scaled, qualifier, 0, has_sign)

        many = _APPROX_MORE.match(text, pos)
        if many and chinese:
            qualifier, pos = "approx", many.end()

        unit_term, unit_end = self._suffix_unit(text, pos, value, kind)
        if unit_term is None and prefix_unit is None:
            return Amount(start, end if scaled is None else pos, sign * value, None, scaled, qualifier, 0, has_sign)
        unit_term = unit_term or prefix_unit
        if unit_term is not None and unit_end is None:
            unit_end = pos
        pos = unit_end
        unit, value, pos = self._resolve_unit(text, unit_term, value, pos, chinese)
        if unit is None:
            return None
        if unit == "%" and unit_term.kind == "tenths":
            value, pos = self._tenths_tail(text, value, pos)
        elif unit_term.kind in ("currency", "yen_sign", "pound"):
            value, pos = self._subunits(text, unit, value, pos, chinese)
            unit, value, pos = self._price(text, unit, value, pos, start, window)
        if text.startswith("半", pos) and scaled is None and unit_term.kind in ("mass", "currency"):
            value, pos = value + 0.5 * unit_term.factor, pos + 1  # 一吨半 = 1.5 t
        after_q = self.lex.qualifiers_after.regex.match(text, pos)
        if after_q:
            qualifier, pos = self.lex.qualifiers_after.lookup(after_q), after_q.end()
        change_sign = 0
        after_c = self.lex.changes_after.regex.match(text, pos)
        if after_c:
            change_sign = self.lex.changes_after.lookup(after_c)
        return Amount(start, pos, sign * value, unit, scaled, qualifier, change_sign, has_sign)

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

    def _currency_or_points_follow(self, after: str) -> bool:
        m = self.lex.suffix_units.match(after.lstrip(" "), 0)
        if m is not None:
            term = self.lex.suffix_units.lookup(m)
            return term.kind in ("currency", "yen_sign") or m.group().startswith(("个", "個"))
        return False

    def _suffix_unit(self, text: str, pos: int, value: float, kind: str) -> tuple[UnitTerm | None, int | None]:
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
        if word in ("元", "圆") and text[end : end + 1] in _YUAN_NOT_MONEY:
            return None, None
        if word in ("块", "塊") and not _KUAI_OK.match(text, end):
            return None, None
        if term.kind == "tenths" and (value > 10 or text[end : end + 1] in _TENTHS_NOT_PERCENT):
            return None, None
        return term, end

    def _resolve_unit(self, text: str, term: UnitTerm, value: float, pos: int, chinese: bool):
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

    def _tenths_tail(self, text: str, value: float, pos: int) -> tuple[float, int]:
        """七成六 = 76%, 三成半 = 35%."""
        if text.startswith("半", pos):
            return value + 5, pos + 1
        digit = _BARE_SUBUNIT.match(text, pos)
        if digit and not digit.group("zero"):
            return value + cn_single_digit(digit.group("d")), digit.end()
        return value, pos

    def _subunits(self, text: str, unit: str, value: float, pos: int, chinese: bool) -> tuple[float, int]:
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

    def _price(self, text: str, unit: str, value: float, pos: int, start: int, window: str):
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
