"""Reads the numbers quantities are made of: digits with separators, English number words and
Chinese numerals (including financial forms and 万/亿 sections), each to a float."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.tables import trie_pattern

# --- English number words -------------------------------------------------------------

_EN_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_EN_MULT = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
EN_NUMBER_WORDS = tuple(_EN_SMALL) + tuple(_EN_MULT)

# A run of number words ("one hundred", "forty-five", "five million", "one point three");
# "hundred"/"thousand"... never start a run (they need a number before them).
_EN_WORD = r"(?:" + "|".join(sorted(_EN_SMALL, key=len, reverse=True)) + r")"
_EN_ANY = r"(?:" + "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True)) + r"|point)"
EN_NUMBER_PATTERN = rf"\b{_EN_WORD}(?:(?:[ \t]+|-|[ \t]+and[ \t]+(?={_EN_WORD}\b)){_EN_ANY})*\b"


# EN_NUMBER_PATTERN without its leading word boundary (the caller checks it), over lowercased
# text, with the word lists as tries: the same matches (a greedy optional branch tries the
# longer word first, as the longest-first alternation does), twice as fast.
_EN_WORD_TRIE = trie_pattern(_EN_SMALL)
EN_NUMBER_SCAN_PATTERN = (
    rf"{_EN_WORD_TRIE}(?:(?:[ \t]+|-|[ \t]+and[ \t]+(?={_EN_WORD_TRIE}\b)){trie_pattern((*EN_NUMBER_WORDS, 'point'))})*\b"
)


def parse_english_words(text: str) -> float | None:
    """"one hundred and five" -> 105.0, "forty-two" -> 42.0, "one point three" -> 1.3."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if "point" in words:
        i = words.index("point")
        whole = parse_english_words(" ".join(words[:i])) if i else 0.0
        digits = "".join(str(_EN_SMALL[w]) for w in words[i + 1 :] if _EN_SMALL.get(w, 99) < 10)
        if whole is None or not digits:
            return None
        return whole + float("0." + digits)
    total, current = 0.0, 0.0
    for word in words:
        if word in _EN_SMALL:
            current += _EN_SMALL[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _EN_MULT:
            total += (current or 1) * _EN_MULT[word]
            current = 0.0
        else:
            return None
    return total + current


# --- Digits ----------------------------------------------------------------------------

_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def parse_digits(text: str) -> float | None:
    """"1,500" -> 1500.0, "10 000" -> 10000.0, "6 . 2" -> 6.2, "2/1000" -> 0.002."""
    if "/" in text:
        num, _, den = text.partition("/")
        a, b = parse_digits(num), parse_digits(den)
        return None if a is None or not b else a / b
    if _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")  # "2,4" before "billion" (amounts.py)
    cleaned = text.replace(",", "").replace(" ", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


# --- Chinese numerals ------------------------------------------------------------------

CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
CN_POINT = "点點"
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

# A Chinese numeral, with an optional decimal part (四点五, 一百二十点五).
CN_NUMBER_PATTERN = (
    rf"[{CN_NUMERAL_CHARS}]+(?:[{CN_POINT}][{''.join(CN_DIGITS)}]+)?"
)


def parse_chinese(text: str) -> float | None:
    """"三十四" -> 34, "一千五百" -> 1500, "四十九兆九千五百九十二億" -> 4.99592e13,
    "拾万零五十六点叁叁" -> 100056.33."""
    whole, frac = text, ""
    for point in CN_POINT:
        if point in text:
            whole, _, frac = text.partition(point)
            break
    total, section, number = 0.0, 0.0, 0.0
    largest_big = 0.0
    for ch in whole:
        if ch in CN_DIGITS:
            number = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            section += (number or 1) * CN_SMALL_UNITS[ch]
            number = 0.0
        elif ch in CN_BIG_UNITS:
            unit = CN_BIG_UNITS[ch]
            section += number
            if unit >= largest_big:
                # 一万亿: the larger unit multiplies everything read so far.
                total = ((total + section) or 1) * unit
                largest_big = unit
            else:
                total += (section or 1) * unit
            section, number = 0.0, 0.0
        else:
            return None
    value = total + section + number
    if frac:
        digits = "".join(str(CN_DIGITS[c]) for c in frac if c in CN_DIGITS)
        if len(digits) != len(frac):
            return None
        value += float("0." + digits)
    return value


def cn_single_digit(ch: str) -> int | None:
    """The value of one Chinese or ASCII digit character, else None."""
    if ch.isdigit() and ch.isascii():
        return int(ch)
    return CN_DIGITS.get(ch)
