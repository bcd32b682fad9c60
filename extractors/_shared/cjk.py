"""Chinese, Japanese and Korean characters: the one definition of which characters are CJK,
for the tokenizer (which splits each into a token of its own) and for the rules (which ask
whether a text or a token is Chinese).

A text "has CJK" when it holds an ideograph (the unified ideographs, extension A and the
compatibility ideographs). CJK punctuation (、。「」) and full-width forms (ＡＢ，１２) are
not Chinese by themselves, but the tokenizer splits them like ideographs.
"""

from __future__ import annotations

import re

IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCTUATION = "\u3000-\u303f"
FULLWIDTH_FORMS = "\uff00-\uffef"
# One token each: PhraseMatcher patterns such as 中国 or 稀土 (two tokens) then match inside
# running Chinese text, which has no spaces.
CJK_TOKEN_CHAR = f"[{CJK_PUNCTUATION}{IDEOGRAPHS}{FULLWIDTH_FORMS}]"

_IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Chinese (CJK) ideograph."""
    return _IDEOGRAPH.search(text) is not None


def starts_cjk(text: str) -> bool:
    """Whether `text` starts with a CJK ideograph (a token of Chinese text)."""
    return _IDEOGRAPH.match(text) is not None


TITLE_OPEN, TITLE_CLOSE = "《", "》"  # the marks around a Chinese document's or book's title
TITLE_REACH = 60  # characters a title may run before or after a word inside it


def inside_title(text: str, start: int, end: int, reach: int | None = None) -> bool:
    """Whether text[start:end] lies inside a 《title》 ("《外商投资…规定》": the words name the
    document); `reach` bounds how far (in characters) the marks may be from the span."""
    opened = text.rfind(TITLE_OPEN, 0 if reach is None else max(0, start - reach), start)
    after = text[end:] if reach is None else text[end : end + reach]
    return opened != -1 and TITLE_CLOSE not in text[opened:start] and TITLE_CLOSE in after
