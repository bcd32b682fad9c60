"""A cheap language guess from the script of the characters (no model, no dictionary)."""

from __future__ import annotations

import re

_SAMPLE_CHARS = 3000  # the head of an article tells its script; keeps the cost per article flat
CJK_SHARE_FOR_CHINESE = 0.3  # share of CJK ideographs among visible characters -> "zh"
KANA_SHARE_FOR_JAPANESE = 0.1  # Japanese mixes kana into its kanji; Chinese has none

# Compiled character classes count in C; ASCII-only text (most English) returns at once.
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")


def _visible(sample: str) -> int:
    return len(sample) - sum(sample.count(space) for space in (" ", "\n", "\t", "\r", "\u3000"))


def detect_language(title: str, text: str) -> str:
    """"zh" when CJK ideographs are over 30% of the visible characters of title + text,
    "ja" / "ko" when kana / hangul are, else "en" (the readers' default: the corpus is
    English or Chinese)."""
    sample = f"{title}\n{text[:_SAMPLE_CHARS]}"
    if sample.isascii():
        return "en"
    visible = _visible(sample)
    if not visible:
        return "en"
    if len(_KANA.findall(sample)) / visible > KANA_SHARE_FOR_JAPANESE:
        return "ja"
    if len(_HANGUL.findall(sample)) / visible > CJK_SHARE_FOR_CHINESE:
        return "ko"
    if len(_CJK.findall(sample)) / visible > CJK_SHARE_FOR_CHINESE:
        return "zh"
    return "en"
