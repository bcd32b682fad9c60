"""Regex tables of lexicon terms, built once and matched many times: `TermTable` (terms at a
position: unit words after a number), `TailTable` (terms ending a text: the words right
before a number), `PhraseTable` (every phrase of a text in one pass: metric words), and the
trie-compressed alternation they use (PERFORMANCE-NOTES: a naive alternation of hundreds of
terms is ten times slower)."""

from __future__ import annotations

import re
from functools import lru_cache


NOT_AFTER_LETTER = r"(?<![A-Za-z])"


def term_pattern(term: str) -> str:
    """A regex for one lexicon term: spaces match any run of blanks; a term that ends in a
    letter must not run on into a longer word; one that starts with a letter must not
    start inside one."""
    body = r"[ \t]*".join(re.escape(part) for part in term.split(" "))
    if term[-1].isascii() and term[-1].isalpha():
        body += r"(?![A-Za-z])"
    if term[0].isascii() and term[0].isalpha():
        body = NOT_AFTER_LETTER + body
    return body


def alternation(terms, keep=None) -> str:
    """The terms longest first; `keep`: only those it accepts, in the same order. Terms next
    to each other that start with a letter share one look-behind, tested once rather than
    once per term (round 11 speed: `(?<!x)a|(?<!x)b` is `(?<!x)(?:a|b)`, same order)."""
    unique = sorted(set(terms), key=len, reverse=True)
    runs: list[list[str]] = []  # consecutive patterns, grouped by whether they open with the look-behind
    for pattern in (term_pattern(t) for t in unique if keep is None or keep(t)):
        led = pattern.startswith(NOT_AFTER_LETTER)
        if runs and runs[-1][0].startswith(NOT_AFTER_LETTER) == led:
            runs[-1].append(pattern)
        else:
            runs.append([pattern])
    parts = []
    for run in runs:
        if len(run) > 1 and run[0].startswith(NOT_AFTER_LETTER):
            parts.append(NOT_AFTER_LETTER + "(?:" + "|".join(p[len(NOT_AFTER_LETTER):] for p in run) + ")")
        else:
            parts.extend(run)
    return "|".join(parts) or r"(?!x)x"


class TermTable:
    """Terms in two groups, exact case and any case, matched as one regex; lookup by text."""

    def __init__(self, exact: dict[str, object], anycase: dict[str, object], *, lead: str = "", tail: str = ""):
        self.exact = exact
        self.anycase = {k.lower(): v for k, v in anycase.items()}
        self.regex = re.compile(
            lead + rf"(?:(?P<cs>{alternation(exact)})|(?P<ci>(?i:{alternation(self.anycase)})))" + tail
        )
        # Without a lead, a term can only match where its first character stands: `match`
        # tries the terms that start with that character (one regex per character seen).
        self.tail = tail
        dispatch = not lead and all(t and not t[0].isspace() for t in (*exact, *self.anycase))
        self._by_char: dict[str, re.Pattern | None] | None = {} if dispatch else None
        # Each first character of the any-case terms, as the expression that matches a text
        # character to it: a character is compared with each once, not with every term.
        self._anycase_firsts = {c: re.compile(rf"(?i:{re.escape(c)})") for c in {t[0] for t in self.anycase}}

    def match(self, text: str, pos: int) -> re.Match | None:
        """`self.regex.match(text, pos)`, faster."""
        by_char = self._by_char
        if by_char is None or pos >= len(text):
            return self.regex.match(text, pos)
        ch = text[pos]
        if ch in by_char:
            regex = by_char[ch]
        else:
            regex = by_char[ch] = self._regex_for(ch)
        return regex.match(text, pos) if regex is not None else None

    def _regex_for(self, ch: str) -> re.Pattern | None:
        exact = [t for t in self.exact if t[0] == ch]
        firsts = {c for c, first in self._anycase_firsts.items() if first.fullmatch(ch)}
        anycase = {t for t in self.anycase if t[0] in firsts}
        if not exact and not anycase:
            return None
        return re.compile(
            rf"(?:(?P<cs>{alternation(self.exact, lambda t: t[0] == ch)})"
            rf"|(?P<ci>(?i:{alternation(self.anycase, lambda t: t in anycase)})))" + self.tail
        )

    def lookup(self, match: re.Match) -> object:
        if match.group("cs") is not None:
            return self.exact[match.group("cs")]
        key = re.sub(r"[ \t]+", " ", match.group("ci").lower())
        return self.anycase[key]


class TailTable:
    """Terms matched at the very end of a text (the words right before a number) by looking
    up its last characters: much cheaper than an end-anchored regex search over a window."""

    def __init__(self, exact: dict[str, object], anycase: dict[str, object], *, sign: bool = False):
        self.exact = exact
        self.anycase = {k.lower(): v for k, v in anycase.items()}
        self.lengths = sorted({len(t) for t in (*exact, *self.anycase)}, reverse=True)
        # Term lengths by last character (lowercased): most windows end in a character no
        # term ends with, and are rejected with one lookup.
        by_last: dict[str, set[int]] = {}
        for term in (*exact, *self.anycase):
            by_last.setdefault(term[-1].lower(), set()).add(len(term))
        self.by_last = {ch: sorted(ns, reverse=True) for ch, ns in by_last.items()}
        self.sign = sign

    def match_tail(self, window: str) -> tuple[object, int, bool] | None:
        """(meaning, start of the term in window, minus sign seen) or None."""
        end = len(window.rstrip(" \t"))
        negative = False
        if self.sign and end and window[end - 1] == "-":
            negative = True
            end = len(window[: end - 1].rstrip(" \t"))
        if not end:
            return None
        lengths = self.by_last.get(window[end - 1].lower())
        if lengths is None:
            return None
        lowered = None
        for n in lengths:
            if n > end:
                continue
            start = end - n
            piece = window[start:end]
            value = self.exact.get(piece)
            if value is None:
                if lowered is None:
                    lowered = window[:end].lower()
                value = self.anycase.get(lowered[start:end])
            if value is None:
                continue
            if piece[0].isascii() and piece[0].isalpha() and start and window[start - 1].isascii() and window[start - 1].isalpha():
                continue
            return value, start, negative
        return None


def trie_pattern(terms) -> str:
    """One regex for many literal terms, compressed into a trie (a naive alternation tries
    every term at every character; the trie tries one branch per distinct first letter)."""
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or r"(?!x)x"


def lowered(text: str) -> str:
    """`text.lower()` with the same length (a few characters lower to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class PhraseTable:
    """Finds lexicon phrases in a whole text in one pass: Latin terms in the lowercased text,
    whole words only (a term ending in "*" takes any ending), other terms (Chinese) anywhere.
    `find` gives sorted (start, end, meaning) triples."""

    def __init__(self, terms: dict[str, object]):
        self.latin: dict[str, tuple[object, bool]] = {}
        self.other: dict[str, object] = {}
        for term, meaning in terms.items():
            stem = re.sub(r"\s+", " ", term.rstrip("*").lower())
            if stem[0].isascii():
                self.latin[stem] = (meaning, term.endswith("*"))
            else:
                self.other[stem] = meaning
        self.stem_lengths = sorted({len(t) for t, (_, s) in self.latin.items() if s}, reverse=True)
        self.latin_regex = re.compile(
            rf"(?<![a-z])(?P<t>{trie_pattern(self.latin)})(?P<tail>[a-z]*)" if self.latin else r"(?!x)x"
        )
        self.other_regex = re.compile(trie_pattern(self.other)) if self.other else None
        self.longest = max(map(len, (*self.latin, *self.other)), default=0)

    def find(self, low: str, cjk: bool, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, object]]:
        """The phrases of `low` that start in [lo, hi), as in a scan of the whole text
        whenever no phrase runs across `lo` (a sentence start: phrases hold no sentence-final
        mark or line break). The word-boundary check looks before `lo`; the scan reads on a
        phrase's length past `hi`, so that a phrase starting before `hi` is the one the whole
        text gives, or else visibly ends after `hi` (its word ending may be cut off there)."""
        found = []
        latin = self.latin
        if hi is None:
            hi = endpos = len(low)
        else:
            endpos = min(len(low), hi + self.longest + 1)
        for m in self.latin_regex.finditer(low, lo, endpos):
            if m.start() >= hi:
                break
            term, tail = m.group("t"), m.group("tail")
            meaning, stem = latin[term]
            if tail and not stem and term[-1].isalpha():
                # The longest term did not end the word: a shorter stem may ("producers"
                # is not "produce", but a stem "produc*" would take it).
                for n in self.stem_lengths:
                    if n < len(term) and (short := latin.get(term[:n])) is not None and short[1]:
                        meaning, stem = short
                        break
                else:
                    continue
            found.append((m.start(), m.end() if stem else m.start() + len(term), meaning))
        if cjk and self.other_regex is not None:
            for m in self.other_regex.finditer(low, lo, endpos):
                if m.start() >= hi:
                    break
                found.append((m.start(), m.end(), self.other[m.group()]))
            found.sort()
        return found


class PhraseScreen:
    """Where any of several PhraseTables may find a phrase, in one scan: their Latin terms in
    one trie behind the same lead (round 10b speed: a sentence's places and national bodies).
    Each table's match is a match of this trie at the same place, so no match starting in
    [lo, hi) means none of the tables finds a phrase there. Chinese text is not screened (the
    tables' other terms are looked for in it)."""

    def __init__(self, tables: tuple[PhraseTable, ...]):
        stems = set().union(*(t.latin for t in tables))
        self.regex = re.compile(rf"(?<![a-z])(?:{trie_pattern(stems)})" if stems else r"(?!x)x")
        self.longest = max(t.longest for t in tables)

    def may_find(self, low: str, cjk: bool, lo: int, hi: int) -> bool:
        if cjk:
            return True
        m = self.regex.search(low, lo, min(len(low), hi + self.longest + 1))
        return m is not None and m.start() < hi


@lru_cache(maxsize=8)
def phrase_screen(*tables: PhraseTable) -> PhraseScreen:
    return PhraseScreen(tables)
