"""Splits a Doc into the units the event rules read: segments (sentences, further split at
the bullet dashes of dumps whose bullets run together) and, inside a segment, clauses.

Both are found from regex hits over the Doc's text, mapped to tokens with its facts; no
Python loop runs over every token (PERFORMANCE-NOTES: that alone would cost more than the
matchers). Clause boundaries are found once per Doc, and only when a segment needs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from orewatch.extractors._shared.cjk import starts_cjk
from orewatch.extractors._shared.facts import DocFacts, doc_facts
from orewatch.extractors._shared.sentences import sentence_starts

# A comma before one of these words opens a new clause ("..., which", "..., as").
CLAUSE_OPENERS = frozenset(
    "which while but as although though whereas after following amid before because since when "
    "where who adding saying citing with".split()
)
# A comma before a span of time and one of these opens a clause too (", hours after the ministry
# reinstated ...", ", days before"; not ", a week after": round 10).
TIMED_OPENERS = frozenset({"after", "before"})
TIME_SPANS = frozenset("hours days weeks months minutes moments shortly soon just".split())
# These open a clause even without a comma.
BARE_CLAUSE_OPENERS = frozenset({"but", "while", "whereas", "although", "however"})
# A dash standing alone between spaces: " - ", " – ", " — " (the dash first, so that `re`
# skips to dashes instead of trying the lookbehind at every character).
_BULLET_DASH = re.compile(r"[-–—](?<=\s[-–—])(?=\s)")
# A separator: the clause starts at the token after it.
_SEPARATOR = re.compile(r"[;；,，]")
# A bare opener in any case, found case-insensitively (a regex alternation of words runs its
# branches at every character: ten times slower than str.find over the lower-cased text).
_BARE_OPENER = re.compile(r"(?i:(?<![a-z])(" + "|".join(sorted(BARE_CLAUSE_OPENERS)) + r")(?![a-z]))")


def segments(doc: Doc) -> list[tuple[int, int]]:
    """Sentences, further split at bullet dashes (" - ") of dumps whose bullets run together."""
    if len(doc) == 0:
        return []
    index = doc_facts(doc)
    dashes = []
    for hit in _BULLET_DASH.finditer(index.text):
        i = index.is_token(hit.start(), hit.end())
        if i is not None:
            dashes.append(i)
    starts = sentence_starts(doc)
    ends = [*starts[1:], len(doc)]
    if not dashes:
        return list(zip(starts, ends))
    out = []
    for sent_start, sent_end in zip(starts, ends):
        start = sent_start
        for i in dashes[bisect_right(dashes, sent_start) : bisect_left(dashes, sent_end)]:
            if i > start:
                out.append((start, i))
                start = i + 1
        if start < sent_end:
            out.append((start, sent_end))
    return [(s, e) for s, e in out if e > s]


@dataclass(frozen=True, slots=True)
class Clauses:
    """The clauses of the segment [start, end): `breaks` are the tokens that open one."""

    start: int
    end: int
    breaks: tuple[int, ...]

    def of(self, i: int) -> int:
        """The clause number of token i (counted from 0; clamped into the segment)."""
        i = min(max(i, self.start), self.end - 1)
        return bisect_right(self.breaks, i)

    def bounds(self, i: int) -> tuple[int, int]:
        """The token range of the clause holding token i."""
        c = self.of(i)
        return (self.breaks[c - 1] if c else self.start, self.breaks[c] if c < len(self.breaks) else self.end)


def clauses(index: DocFacts, start: int, end: int) -> Clauses:
    """The clauses of segment [start, end): a new clause after ";", after a comma before an
    opener word ("..., which"), between Chinese clauses separated by a comma, at ", and" before
    a capitalised word (a new subject), and at a bare opener ("but", "however")."""
    marks = _clause_marks(index)
    breaks = []
    for i, mark in marks[bisect_right(marks, (start,)) : bisect_left(marks, (end,))]:
        if i <= start:
            continue
        if mark in (";", "；") or mark == "bare":
            breaks.append(i)
            continue
        lower = index.lower(i)
        if (
            lower in CLAUSE_OPENERS
            # Chinese separates clauses with commas: "巴铁要卖稀土给美国，赴美签字".
            or (i >= start + 2 and starts_cjk(index.token_text(i - 2)) and starts_cjk(index.token_text(i)))
            # ", and Japanese officials said ...": a new subject, not the end of a list.
            or (mark == "," and lower == "and" and i + 1 < end and index.token_text(i + 1).istitle())
            or (mark == "," and lower in TIME_SPANS and any(index.lower(k) in TIMED_OPENERS for k in range(i + 1, min(end, i + 3))))
        ):
            breaks.append(i)
    return Clauses(start, end, tuple(sorted(set(breaks))))


def clause_ids(doc: Doc, start: int, end: int) -> list[int]:
    """The clause number of each token of the segment [start, end), counted from 0."""
    found = clauses(doc_facts(doc), start, end)
    return [found.of(i) for i in range(start, end)]


def _clause_marks(index: DocFacts) -> list[tuple[int, str]]:
    """(token, mark) for every token that may open a clause, sorted: the token after a
    separator token (mark: the separator) and each bare opener word (mark: "bare")."""
    if index.clause_marks is not None:
        return index.clause_marks
    text, n = index.text, index.n
    marks = []
    for hit in _SEPARATOR.finditer(text):
        i = index.is_token(hit.start(), hit.end())
        if i is not None and i + 1 < n:  # not "1,000"
            marks.append((i + 1, hit.group()))
    for start, end in _opener_words(text):
        i = index.is_token(start, end)
        if i is not None:  # not "butter"
            marks.append((i, "bare"))
    marks.sort()
    index.clause_marks = marks
    return marks


def _opener_words(text: str) -> list[tuple[int, int]]:
    """Character spans of the bare opener words, in any case, as whole words."""
    lower = text.lower()
    if len(lower) != len(text) or not lower.isascii() and any(c in lower for c in "\u017f\u212a\u0131"):
        # Lower-casing moved offsets, or a letter the regex folds to ASCII: the slow way.
        return [m.span() for m in _BARE_OPENER.finditer(text)]
    found = []
    for word in BARE_CLAUSE_OPENERS:
        at = lower.find(word)
        while at != -1:
            end = at + len(word)
            if not (at and "a" <= lower[at - 1] <= "z") and not (end < len(lower) and "a" <= lower[end] <= "z"):
                found.append((at, end))
            at = lower.find(word, at + 1)
    return found
