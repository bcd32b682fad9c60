"""Cleaning rules applied to article bodies before extraction: citation markers out,
glued section headers and " - " bullets turned into line breaks, whitespace tidied.

Only these constructions are touched; every other character of the body is kept as read.
"""

from __future__ import annotations

import re

# A numeric citation marker: [3], [3][14], [1, 4], [2-5], [1，4]. Up to three digits, so a
# bracketed year such as [2025] and any non-numeric bracket ([Reuters], [sic]) are content.
_ONE_MARKER = r"\[\d{1,3}(?:\s*[,，;–-]\s*\d{1,3})*\]"
CITATION_MARKERS = re.compile(rf"[ \t]*{_ONE_MARKER}(?:\s*{_ONE_MARKER})*")
# A marker cut off by a truncated dump at the very end of a body: "... [9][11".
_TAIL_CHARS = 60
_TRAILING_CUT_MARKER = re.compile(rf"[ \t]*(?:{_ONE_MARKER})*\[\d{{1,3}}(?:\s*[,，;–-]\s*\d{{0,3}})*\s*$")


def remove_citation_markers(text: str) -> str:
    """Drop numeric citation markers and the spaces before them ("total [3][14]." -> "total.")."""
    if "[" not in text:
        return text
    text = CITATION_MARKERS.sub("", text)
    # Only the tail can hold a cut-off marker; scanning just it keeps long texts cheap.
    head, tail = text[:-_TAIL_CHARS], text[-_TAIL_CHARS:]
    return head + _TRAILING_CUT_MARKER.sub("", tail) if "[" in tail else text


def tidy_whitespace(text: str) -> str:
    """Unix newlines, no trailing spaces on lines, at most one blank line, no outer blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n").strip()


# ---- glued section headers -------------------------------------------------------------
#
# Dump bodies are one line: "Core Insights - first point [1] - second point [2]. Group 2:
# Production Capacity - third point [3]". A section header is a Title-Case phrase of 1-6 words
# ("Core Insights", "Group 2", "Supply Chain Dynamics"), optionally followed by ":" and a
# Title-Case phrase ("Group 2: Production Capacity"), standing right before " - " and right
# after the start of the body or the end of the previous point (a citation marker or
# sentence-final punctuation).

# Lower-case words allowed inside a Title-Case phrase ("Emerging Players in the Market").
_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or over the to under vs vs. with its their".split()
)
_CAPITALIZED = re.compile(r"^[A-Z][\w'’.&/]*(?:-[\w'’.&]+)*$")
_NUMBER = re.compile(r"^\d+[A-Za-z]?$")
_BULLET_SEPARATOR = re.compile(r" +- +")
# Where a previous point ends: after a citation marker, or sentence-final punctuation + space.
_POINT_END = re.compile(r"(?:\]|[.!?。！？])\s+")
# "U.S." or "U.K." ends with a dot but does not end a sentence.
_INITIALISM = re.compile(r"(?:\b[A-Z]\.){2,}$")
_MAX_HEADER_CHARS = 160


def _title_case_words(phrase: str, max_words: int) -> bool:
    words = phrase.split()
    if not 1 <= len(words) <= max_words:
        return False
    if not _CAPITALIZED.match(words[0]) or words[-1].lower() in _SMALL_WORDS:
        return False
    return all(
        _CAPITALIZED.match(w) or _NUMBER.match(w) or w.lower() in _SMALL_WORDS for w in words
    )


def is_section_header(phrase: str) -> bool:
    """True for "Core Insights", "Group 2", "Group 2: Production Capacity" and the like."""
    phrase = phrase.strip()
    if not phrase or len(phrase) > _MAX_HEADER_CHARS:
        return False
    label, colon, subtitle = phrase.partition(":")
    if not _title_case_words(label, 6):
        return False
    return not colon or _title_case_words(subtitle, 10)


def _split_header(segment: str) -> tuple[str, str] | None:
    """(content before, header) when `segment` ends with a section header, else None.

    The longest header wins, so "[5]. Group 4: Impact on U.S. Defense Industry" keeps
    "U.S." inside the header instead of splitting after it.
    """
    starts = [0] + [m.end() for m in _POINT_END.finditer(segment)]
    for start in starts:
        if len(segment) - start > _MAX_HEADER_CHARS:
            continue
        if is_section_header(segment[start:]):
            return segment[:start], segment[start:].strip()
    return None


def _ends_point(segment: str) -> bool:
    """True when `segment` ends a bullet point: empty, a citation marker or a sentence end."""
    tail = segment.rstrip()
    if not tail or tail.endswith("]"):
        return True
    if tail[-1] in ".!?。！？":
        return not _INITIALISM.search(tail)
    return False


def split_bullets_and_headers(body: str) -> str:
    """One-line dump body -> points on their own lines, each section header as its own
    paragraph (a blank line before it), citation markers removed.

    A " - " that neither follows a header nor ends a point ("the talks - which began in
    May - ended") is content and stays; a header is always followed by a point that starts
    with a capital.
    """
    blocks: list[tuple[str, str]] = []  # ("header" | "point", text)
    pending = ""  # the current point so far (may hold in-sentence dashes)
    last = 0
    for sep in _BULLET_SEPARATOR.finditer(body):
        segment = pending + body[last : sep.start()]
        # A point starts with a capital ("Exports to the U.S. - mainly magnets" is one point).
        next_starts_point = not body[sep.end() : sep.end() + 1].islower()
        found = _split_header(segment) if next_starts_point else None
        if found is not None:
            before, header = found
            blocks.append(("point", before))
            blocks.append(("header", header))
            pending = ""
        elif _ends_point(segment):
            blocks.append(("point", segment))
            pending = ""
        else:
            pending = segment + sep.group(0)
        last = sep.end()
    blocks.append(("point", pending + body[last:]))

    out: list[str] = []
    for kind, text in blocks:
        text = remove_citation_markers(text).strip()
        if not text:
            continue
        if kind == "header" and out:
            out.append("")  # paragraph break before a new section
        out.append(text)
    return "\n".join(out)
