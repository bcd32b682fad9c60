"""Cheap tests that a case-insensitive search can match a text at all, run before the search.

`re` cannot skip ahead through a text for a case-insensitive alternation that starts with
`\\b` or a lookbehind: it tries every branch at every character (~80 µs for a news article).
`str.lower()` and `in` cost a few µs. The screen must never say no where the search would
find something: the characters that such a search matches to an ASCII letter without
`lower()` making them that letter (İ ı ſ; the Kelvin sign lowers to "k") send the text to the
search itself.
"""

from __future__ import annotations

from collections.abc import Iterable

FOLD_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")  # İ ı ſ


def may_hold(text: str, words: Iterable[str]) -> bool:
    """False only when no word of `words` (lower-case ASCII) is in `text`, in any case: a
    case-insensitive search that must match one of them cannot match there."""
    if any(c in text for c in FOLD_EXCEPTIONS):
        return True
    low = text.lower()
    return any(w in low for w in words)
