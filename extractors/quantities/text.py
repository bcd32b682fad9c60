"""Prepares text for quantity scanning: full-width forms to ASCII, URLs blanked, and spaces
between Chinese characters removed, keeping a map back to the original character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orewatch.extractors._shared.cjk import has_cjk

# Full-width ASCII variants (Ａ-ｚ, ０-９, ％, ．) become ASCII, one character for one, so offsets
# stay put. The ideographic comma-like full-width comma "，" is left alone here: between
# full-width digits it is a thousands separator (１１１，１１１), elsewhere a list separator.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C}
_FULLWIDTH.update({0x3000: 0x20, 0x2212: 0x2D, 0xFFE5: 0xA5, 0x00A0: 0x20, 0x202F: 0x20, 0x2009: 0x20})
_FULLWIDTH_GROUP_COMMA = re.compile(r"(?<=[０-９])，(?=[０-９]{3})")
_URL = re.compile(r"(?:https?://|www\.)\S+")
# Whitespace inside Chinese text ("百 分 之 五", "六   个百分点", "１０ 成") is layout, not a
# word boundary: it goes when a CJK character stands on either side and a CJK character or a
# digit on the other.
_CJK_GAP = re.compile(
    r"(?<=[\u3400-\u9fff\uf900-\ufaff])[ \t]+(?=[\u3400-\u9fff\uf900-\ufaff0-9.])"
    r"|(?<=[0-9.])[ \t]+(?=[\u3400-\u9fff\uf900-\ufaff])"
)


@dataclass(frozen=True, slots=True)
class ScanText:
    """The scanning form of a text, and where each of its characters came from."""

    text: str
    origin: tuple[int, ...] | None  # None: offsets are the same as the original's

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) offsets of the scanning-form span [start, end)."""
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


# Any character `prepare` rewrites: most English text has none and skips the translation.
_NEEDS_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3000\u2212\uffe5\u00a0\u202f\u2009]")


def prepare(text: str, cjk: bool | None = None) -> ScanText:
    """`cjk`: whether the text has CJK characters, if the caller already knows."""
    if not text.isascii() and _NEEDS_FULLWIDTH.search(text):  # (an ASCII text has none: no scan)
        text = _FULLWIDTH_GROUP_COMMA.sub(",", text).translate(_FULLWIDTH)
    if "://" in text or "www." in text:
        text = _URL.sub(lambda m: " " * len(m.group()), text)
    if not (has_cjk(text) if cjk is None else cjk):
        return ScanText(text, None)
    pieces, origin, last = [], [], 0
    for gap in _CJK_GAP.finditer(text):
        pieces.append(text[last : gap.start()])
        origin.extend(range(last, gap.start()))
        last = gap.end()
    if not pieces:
        return ScanText(text, None)
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    return ScanText("".join(pieces), tuple(origin))
