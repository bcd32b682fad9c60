"""Bytes to text: BOMs, UTF-8, a declared charset, then charset-normalizer; binary refused."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from orewatch.readers.results import Problem

BINARY = "binary file, not text"
EMPTY = "empty file"
_SNIFF_BYTES = 8192
# Codecs charset-normalizer sometimes prefers for short GBK Chinese text; the corpus is Chinese,
# not Korean or Japanese, so GB18030 (a superset of GBK and GB2312) wins when it also fits.
_CJK_RIVALS_OF_GB = frozenset(
    {
        "cp949", "euc_kr", "johab", "cp932", "shift_jis", "shift_jis_2004", "euc_jp",
        "euc_jis_2004", "iso2022_jp",
    }
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def looks_binary(head: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 BOM mean a binary file."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if any."""
    match = _META_CHARSET.search(data[:4096]) or re.search(
        rb"""<\?xml[^>]+encoding=["']([A-Za-z0-9_\-.]+)""", data[:200]
    )
    return match.group(1).decode("ascii", "ignore") if match else None


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str | None:
    """The text of `data`, or None when it is binary or undecodable."""
    if data.startswith(codecs.BOM_UTF8):
        text = _try(data[3:], "utf-8")
        if text is not None:
            return text
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _try(data, "utf-16")
    if looks_binary(data[:_SNIFF_BYTES]) or b"\x00" in data:
        return None
    for encoding in ("utf-8", declared):
        text = _try(data, encoding)
        if text is not None:
            return text
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    encoding = best.encoding
    if encoding in _CJK_RIVALS_OF_GB and any(m.encoding == "gb18030" for m in matches):
        encoding = "gb18030"
    return _try(data, encoding)


def read_file_bytes(path: Path, max_bytes: int, origin: str | None = None) -> bytes | Problem:
    """A whole single-article file's bytes, or the Problem that stops it (checked before
    reading: unreadable, empty, over `max_bytes`; then binary)."""
    origin = origin or str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            return Problem(origin, EMPTY)
        if size > max_bytes:
            return Problem(origin, f"file is {size} bytes, over the {max_bytes}-byte limit for one article")
        data = path.read_bytes()
    except OSError as error:
        return Problem(origin, f"cannot read file: {error.strerror or error}")
    if looks_binary(data[:_SNIFF_BYTES]):
        return Problem(origin, BINARY)
    return data


def read_text_file(path: Path, max_bytes: int, origin: str | None = None) -> str | Problem:
    """A whole single-article file as text, or the Problem that stops it (see
    `read_file_bytes`; then undecodable or only whitespace)."""
    origin = origin or str(path)
    data = read_file_bytes(path, max_bytes, origin)
    if isinstance(data, Problem):
        return data
    declared = declared_html_charset(data) if data.lstrip()[:1] == b"<" else None
    text = decode_bytes(data, declared)
    if text is None:
        return Problem(origin, BINARY)
    if not text.strip():
        return Problem(origin, EMPTY + " (only whitespace)")
    return text
