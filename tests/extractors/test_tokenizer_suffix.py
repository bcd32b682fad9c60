"""The tokenizer's suffix search looks at the end of a string only (_shared/tokenizer.EndSearch):
it must find what the plain search over the whole string finds."""

from __future__ import annotations

import random

import spacy

from orewatch.extractors._shared.cjk import CJK_TOKEN_CHAR
from orewatch.extractors._shared.tokenizer import EndSearch

SUFFIXES = list(spacy.blank("en").Defaults.suffixes) + [CJK_TOKEN_CHAR]
# Characters that make suffixes: dots, units after digits, currencies, quotes, CJK, a newline.
ALPHABET = "ab.Z9km²$US'’s…\n)\"°Fe中。，x -"
EDGES = [
    "", ".", "..", "a....", "wait......", "........x", "x.......\n", "1" * 20 + "km", "12km²",
    "U.S.", "30°F.", "price$", "中国出口了一百万吨铁矿石。", "中国出口了一百万吨铁矿石", "China's",
    "x" * 30 + "..", "x" * 30 + "...\n", "(2024),", "US$", "5US$", "a" * 9 + "\n",
]


def _same(search: EndSearch, text: str) -> None:
    got, want = search(text), search.regex.search(text)
    assert (got and got.span()) == (want and want.span()), repr(text)


def test_end_search_matches_the_plain_search():
    search = EndSearch(SUFFIXES)
    assert search.window is not None
    for text in EDGES:
        _same(search, text)
    rng = random.Random(7)
    for _ in range(20_000):
        _same(search, "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 24))))


def test_end_search_falls_back_to_the_plain_search_for_unbounded_suffixes():
    search = EndSearch([r"\.\.+", "x+"])
    assert search.window is None
    _same(search, "abxxxxxxxxxxxxx")
