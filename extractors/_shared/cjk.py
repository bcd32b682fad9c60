"""Chinese, Japanese and Korean characters: the one definition of which characters are CJK,
for the tokenizer (which splits each into a token of its own) and for the rules (which ask
whether a text or a token is Chinese).

A text "has CJK" when it holds an ideograph (the unified ideographs, extension A and the
compatibility ideographs). CJK punctuation (、。「」) and full-width forms (ＡＢ，１２) are
not Chinese by themselves, but the tokenizer splits them like ideographs.

A Chinese lexicon term is written once, in either script: `script_variants` gives its
Simplified and Traditional forms, character by character (lexicons/cjk_variants.yaml).

A Chinese semicolon (；) ends a clause with its own subject: `semicolon_part` gives the part of
a sentence that holds a trigger (events/phases.py, events/own_elements.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from orewatch.extractors._shared.lexicons import load_lexicon

IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCTUATION = "\u3000-\u303f"
FULLWIDTH_FORMS = "\uff00-\uffef"
# One token each: PhraseMatcher patterns such as 中国 or 稀土 (two tokens) then match inside
# running Chinese text, which has no spaces.
CJK_TOKEN_CHAR = f"[{CJK_PUNCTUATION}{IDEOGRAPHS}{FULLWIDTH_FORMS}]"

_IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Chinese (CJK) ideograph. An ASCII text (a flag Python keeps on
    every string: no scan) holds none."""
    return not text.isascii() and _IDEOGRAPH.search(text) is not None


def starts_cjk(text: str) -> bool:
    """Whether `text` starts with a CJK ideograph (a token of Chinese text): `_IDEOGRAPH.match`,
    as three comparisons (the event rules ask ~250,000 times over 2,222 articles)."""
    c = text[:1]
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"


def semicolon_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The characters (lo, hi) of the part of `text` between Chinese semicolons (；) that holds
    text[start:end]: a semicolon ends a clause with its own subject."""
    k = text.find("；", end)
    return text.rfind("；", 0, start) + 1, len(text) if k < 0 else k


TITLE_OPEN, TITLE_CLOSE = "《", "》"  # the marks around a Chinese document's or book's title
TITLE_REACH = 60  # characters a title may run before or after a word inside it


def inside_title(text: str, start: int, end: int, reach: int | None = None) -> bool:
    """Whether text[start:end] lies inside a 《title》 ("《外商投资…规定》": the words name the
    document); `reach` bounds how far (in characters) the marks may be from the span."""
    opened = text.rfind(TITLE_OPEN, 0 if reach is None else max(0, start - reach), start)
    after = text[end:] if reach is None else text[end : end + reach]
    return opened != -1 and TITLE_CLOSE not in text[opened:start] and TITLE_CLOSE in after


@lru_cache(maxsize=1)
def _script_tables() -> tuple[dict[int, str], dict[int, str]]:
    """(Simplified → Traditional, Traditional → Simplified) translation tables."""
    pairs = load_lexicon("cjk_variants")["pairs"].split()
    to_simplified: dict[str, str] = {}
    for pair in pairs:
        to_simplified.setdefault(pair[1], pair[0])
    return str.maketrans({pair[0]: pair[1] for pair in pairs}), str.maketrans(to_simplified)


def script_variants(term: str) -> list[str]:
    """`term` and, for a Chinese term, its Traditional and Simplified forms ("暂停" → 暂停,
    暫停; "關稅" → 關稅, 关税): a lexicon lists a term once and matches it in both scripts."""
    if not has_cjk(term):
        return [term]
    traditional, simplified = _script_tables()
    return list(dict.fromkeys((term, term.translate(traditional), term.translate(simplified))))
