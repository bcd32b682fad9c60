"""Reads a document once for quantity attribution: its sentences, clause breaks, metric
triggers, years, world markers and non-quantity cues, as sorted offset lists that each
quantity then consults by bisection (no regex runs per quantity or per sentence)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from orewatch.extractors.quantity_attribution import SentenceContext, pick_element
from orewatch.extractors.quantity_lexicon import get_lexicon, lowered
from orewatch.extractors.quantity_text import has_cjk

# A clause ends at ; : and at a comma followed by a space (not inside 1,500), or at a dash
# between words; Chinese punctuation likewise. Written to start with a character class, so
# that the regex engine skips to candidates without trying every position.
_CLAUSE_BREAK = re.compile(r"[;:，；：,\-–—](?:(?<=,)(?=\s)|(?<=[;:，；：])|(?<=\s[-–—])(?=\s))")
_YEAR = re.compile(
    r"(?:19[5-9]\d|20[0-5]\d)(?<![\d.,$#]\d{4})(?![\d%]|\s*(?:[元吨噸万萬亿億]|tons|tonnes|yuan|dollars))"
)
_YEAR_WORD = re.compile(r"year(?![a-z])")
_RELATIVE_BEFORE = re.compile(r"(?<![a-z])(this|last|next|previous) $")
_RELATIVE_CN = re.compile(r"今年|去年|明年|本年|上年")
_RELATIVE_OFFSET = {"this": 0, "last": -1, "previous": -1, "next": 1, "今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1}
_WORLD_START = re.compile(r"global|world|全球|世界")
_WORLD = re.compile(r"(?:global(?:ly)?|world(?:'s|’s)?|worldwide)(?![a-z])|全球|世界")
# "the world's largest producer" names no world figure; "of the world's total" is a denominator.
_WORLD_SUPERLATIVE = re.compile(
    r"\s*(?:'s\s+|’s\s+)?(?:largest|biggest|leading|top|second|third|no\.?|number)\b|最大|第一|第二"
)
# A world marker counts when it qualifies a figure's head: "global production", "the world's total".
_WORLD_HEAD = re.compile(
    r"(?:'s|’s)?(?:\s+[\w-]+){0,3}?\s*(?:production|output|reserves|supply|supplies|demand|consumption|capacity|total|"
    r"mining|processing|refining|exports|imports|market share|产量|產量|储量|儲量|需求|供应|供應|总量|總量|产能|產能|消费|消費)"
)
_WORLD_FIGURE = re.compile(r"\s+of\s+(?:about|around|roughly|some|nearly|approximately|almost|more than|over|just)?\s*[\d$€£¥]")
_DENOMINATOR = re.compile(r"(?:\bof\s+(?:the\s+)?|占|佔)$")


def _published_year(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return int(published[:4])
    except ValueError:
        return None


class DocScan:
    """What attribution needs from one document, found in one pass each."""

    def __init__(self, doc: Doc, text: str, cjk: bool | None = None):
        lex = get_lexicon()
        self.text = text
        self.low = low = lowered(text)
        cjk = has_cjk(text) if cjk is None else cjk
        self.published_year = _published_year(doc._.published)
        self.bounds = self._sentence_bounds(doc, text)
        self.sentence_starts = [lo for lo, _ in self.bounds]
        breaks = []
        for m in _CLAUSE_BREAK.finditer(text):
            s, e = m.span()
            if text[s] in "-–—":
                s, e = s - 1, e + 1  # the spaces around a dash belong to the break
            breaks.append((s, e))
        self.breaks = breaks
        self.break_starts = [s for s, _ in breaks]
        self.triggers = lex.metric_phrases.find(low, cjk)
        self.trigger_starts = [s for s, _, _ in self.triggers]
        self.cues = lex.not_quantity_phrases.find(low, cjk)
        self.cue_starts = [s for s, _, _ in self.cues]
        self.years = self._years(low, cjk)
        self.year_starts = [s for s, _ in self.years]
        self.world = self._world(low)
        self.countries = sorted((s.start_char, s.end_char, s.label_) for s in doc.spans.get("countries", ()))
        self.country_starts = [s for s, _, _ in self.countries]
        self.elements = sorted((s.start_char, s.end_char, s.label_) for s in doc.spans.get("elements", ()))
        self.element_starts = [s for s, _, _ in self.elements]
        self._contexts: dict[int, SentenceContext] = {}

    # -- whole-document passes -------------------------------------------------------------

    @staticmethod
    def _sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
        if not len(doc):
            return [(0, len(text))]
        columns = doc.to_array([SENT_START, IDX])
        chars = [int(c) for c in columns[columns[:, 0] == 1, 1] if c > 0]
        edges = [0, *chars, len(text)]
        return list(zip(edges[:-1], edges[1:]))

    def _years(self, low: str, cjk: bool) -> list[tuple[int, int]]:
        years = [(m.start(), int(m.group())) for m in _YEAR.finditer(low)]
        published = self.published_year
        if published:
            for m in _YEAR_WORD.finditer(low):
                before = _RELATIVE_BEFORE.search(low, max(0, m.start() - 9), m.start())
                if before:
                    years.append((before.start(), published + _RELATIVE_OFFSET[before.group(1)]))
            if cjk:
                years.extend((m.start(), published + _RELATIVE_OFFSET[m.group()]) for m in _RELATIVE_CN.finditer(low))
            years.sort()
        return years

    def _world(self, low: str) -> list[tuple[int, int]]:
        found = []
        for start in _WORLD_START.finditer(low):
            s = start.start()
            if s and low[s - 1].isascii() and low[s - 1].isalpha():
                continue
            m = _WORLD.match(low, s)
            if m is None:
                continue
            if _WORLD_SUPERLATIVE.match(low, m.end()) or not _WORLD_HEAD.match(low, m.end()):
                continue
            if _DENOMINATOR.search(low, max(0, s - 10), s) and not _WORLD_FIGURE.match(low, _WORLD_HEAD.match(low, m.end()).end()):
                continue  # "3% of global output", but not "a fraction of global output of 375,000 tons"
            found.append((s, m.end()))
        return found

    # -- per sentence --------------------------------------------------------------------

    def sentence_index(self, start: int) -> int:
        return max(0, bisect_right(self.sentence_starts, start) - 1)

    @staticmethod
    def _within(items, starts, lo: int, hi: int):
        """The items that start in [lo, hi) and end by hi."""
        i, j = bisect_left(starts, lo), bisect_left(starts, hi)
        return tuple(item for item in items[i:j] if item[1] <= hi)

    def context(self, index: int) -> SentenceContext:
        ctx = self._contexts.get(index)
        if ctx is not None:
            return ctx
        lo, hi = self.bounds[index]
        fallback = None
        # The element of the one or two sentences before stands in for a sentence naming none.
        for back in (index - 1, index - 2):
            if back < 0:
                break
            codes = [c for *_, c in self._within(self.elements, self.element_starts, *self.bounds[back])]
            if codes:
                fallback = pick_element(codes)
                break
        i, j = bisect_left(self.year_starts, lo), bisect_left(self.year_starts, hi)
        ctx = self._contexts[index] = SentenceContext(
            start=lo,
            text=self.text[lo:hi],
            countries=self._within(self.countries, self.country_starts, lo, hi),
            elements=self._within(self.elements, self.element_starts, lo, hi),
            fallback_element=fallback,
            published_year=self.published_year,
            breaks=self._within(self.breaks, self.break_starts, lo, hi),
            triggers=self._within(self.triggers, self.trigger_starts, lo, hi),
            cues=self._within(self.cues, self.cue_starts, lo, hi),
            years=tuple(self.years[i:j]),
            world=tuple(w for w in self.world if lo <= w[0] < hi),
            low=self.low[lo:hi],
        )
        return ctx
