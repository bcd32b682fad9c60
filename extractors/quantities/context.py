"""Reads a document for quantity attribution: its sentences and, only for the sentences a
quantity is read in (or whose context another sentence borrows), clause breaks, metric
triggers, years, world markers and non-quantity cues, as sorted offset lists that each
quantity then consults (most sentences of an article hold no quantity and are never read)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors._shared.sentences import sentence_starts
from orewatch.extractors.countries import BLOC_CODES
from orewatch.extractors.quantities import earlier, funded, refined
from orewatch.extractors.quantities.companies import company_mentions, stated_companies
from orewatch.extractors.quantities.lazy import once
from orewatch.extractors.quantities.lexicon import get_lexicon
from orewatch.extractors.quantities.tables import lowered, phrase_screen
from orewatch.records import Mention

# A clause ends at ; : and at a comma followed by a space (not inside 1,500), or at a dash
# between words; Chinese punctuation likewise. Written to start with a character class, so
# that the regex engine skips to candidates without trying every position.
_CLAUSE_BREAK = re.compile(r"[;:，；：,\-–—](?:(?<=,)(?=\s)|(?<=[;:，；：])|(?<=\s[-–—])(?=\s))")
_YEAR = re.compile(
    r"(?:19[5-9]\d|20[0-5]\d)(?<![\d.,$#]\d{4})(?![\d%]|\s*(?:[元吨噸万萬亿億]|tons|tonnes|yuan|dollars))"
)
# Where a year may start: _YEAR is tried only there (its look-ahead reads past the sentence).
_YEAR_DIGITS = re.compile(r"19[5-9]\d|20[0-5]\d")
_YEAR_WORD = re.compile(r"year(?![a-z])")
_RELATIVE_BEFORE = re.compile(r"(?<![a-z])(this|last|next|previous) $")
_RELATIVE_CN = re.compile(r"今年|去年|明年|本年|上年")
_RELATIVE_OFFSET = {"this": 0, "last": -1, "previous": -1, "next": 1, "今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1}
_WORLD_START = re.compile(r"global|world|全球|世界")
_WORLD = re.compile(r"(?:global(?:ly)?|world(?:'s|’s)?|worldwide)(?![a-z])|全球|世界")
# "the world's largest producer" names no world figure; "of the world's total" is a denominator.
_WORLD_SUPERLATIVE = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:largest|biggest|leading|top|second|third|no\.?|number)\b|最大|第一|第二")
# A world marker counts when it qualifies a figure's head: "global production", "the world's total".
_WORLD_HEAD = re.compile(
    r"(?:'s|’s)?(?:(?:\s+[\w-]+){0,3}?|[\u4e00-\u9fff]{0,6}?)\s*(?:production|output|reserves|supply|supplies|demand|consumption|capacity|total|"
    r"mining|processing|refining|exports|imports|market share|产量|產量|储量|儲量|需求|供应|供應|总量|總量|产能|產能|消费|消費)"
)
# A denominator sized by its own words: "of global output of 375,000 tons", "of world production last year, which totalled 390,000 tonnes".
_WORLD_FIGURE = re.compile(r"(?:\s+of|(?:\s+[\w-]+){0,3}?,\s*(?:which|that)\s+(?:totall?ed|reached|amounted\s+to|stood\s+at|came\s+to|was|were))"
    r"\s+(?:about|around|roughly|some|nearly|approximately|almost|more than|over|just)?\s*[\d$€£¥]")
# A place name followed by a capitalised word is part of a company's name ("Pilbara Minerals").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_DENOMINATOR = re.compile(r"(?:\bof\s+(?:the\s+)?|占|佔)$")


def _published_year(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return int(published[:4])
    except ValueError:
        return None


class Sentence:
    """One sentence with what was found inside it (offsets in the document). Its mentions
    are read when it is made; breaks, triggers, cues, years and world markers when first
    asked for, from the text of this sentence only (`DocScan`)."""

    def __init__(self, scan: DocScan, index: int):
        lo, hi = scan.bounds[index]
        self.start, self.end = lo, hi
        self.text = scan.text[lo:hi]
        self.low = scan.low[lo:hi]  # the sentence lowercased
        self.countries, self.places, self.bodies = scan.with_places(funded.yielding_funded(scan.text, _within(scan.countries, scan.country_starts, lo, hi)), lo, hi)
        self.elements: tuple[Mention, ...] = _within(scan.elements, scan.element_starts, lo, hi)
        self.published_year = scan.published_year
        self.article_element = scan.headline_element  # when the sentences before name none
        self.cjk = scan.cjk  # Chinese text
        self.cache: dict = {}  # per-sentence results (mention roles, periods)
        self._scan, self._index = scan, index

    # Found on first need, then kept in the instance.
    @once
    def fallback_element(self) -> str | None:
        """The element of the one or two sentences before, standing in for a sentence naming none."""
        return earlier.element_before(self._scan, self._index)

    @once
    def companies(self) -> list[Mention]:
        """Its mentions of companies whose country the article states (companies.py)."""
        return company_mentions(self, self._scan.companies)

    @once
    def quota_kind(self) -> str | None:
        """What the quota named last before this sentence limits (earlier.py)."""
        return earlier.quota_kind(self._scan, self._index)

    @once
    def breaks(self) -> tuple[tuple[int, int], ...]:
        """Clause breaks."""
        return self._scan.breaks(self.start, self.end)

    @once
    def triggers(self) -> tuple[tuple[int, int, str], ...]:
        """Metric triggers."""
        return refined.processed_outputs(self, self._scan.phrases(get_lexicon().metric_phrases, self.start, self.end))

    @once
    def cues(self) -> tuple[tuple[int, int, str], ...]:
        """Non-quantity cues (stock_index, exchange_rate, bond_yield)."""
        return self._scan.phrases(get_lexicon().not_quantity_phrases, self.start, self.end)

    @once
    def years(self) -> tuple[tuple[int, int], ...]:
        """(offset, year), relative years resolved."""
        return self._scan.years(self.start, self.end)

    @once
    def world(self) -> tuple[tuple[int, int], ...]:
        """World markers qualifying a figure's head."""
        return self._scan.world(self.start, self.end)

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets of the clause holding [start, end)."""
        lo, hi = self.start, self.end
        for b_start, b_end in self.breaks:
            if b_end <= start:
                lo = b_end
            elif b_start >= end:
                hi = b_start
                break
        return lo, hi

    def clauses(self) -> list[tuple[int, int]]:
        bounds, lo = [], self.start
        for b_start, b_end in self.breaks:
            bounds.append((lo, b_start))
            lo = b_end
        bounds.append((lo, self.end))
        return bounds

    def general_minerals(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names minerals in general ("critical minerals"; not "lithium mining projects")."""
        named = [m.end for m in self.elements]
        return any(not any(0 <= s - e <= 1 for e in named) for s, _, _ in self._scan.phrases(get_lexicon().mineral_phrases, lo, hi))

    def slice(self, start: int, end: int) -> str:
        return self.text[start - self.start : end - self.start]

    def has_cue(self, kind: str, lo: int | None = None, hi: int | None = None) -> bool:
        lo = self.start if lo is None else lo
        hi = self.end if hi is None else hi
        return any(k == kind and s >= lo and e <= hi for s, e, k in self.cues)


def _place(mention: Mention) -> tuple[int, int, str]:
    return mention.start, mention.end, mention.code


def _within(mentions: list[Mention], starts: list[int], lo: int, hi: int) -> tuple[Mention, ...]:
    """The mentions that start in [lo, hi) and end by hi."""
    i, j = bisect_left(starts, lo), bisect_left(starts, hi)
    return tuple(m for m in mentions[i:j] if m.end <= hi)


class DocScan:
    """What attribution needs from one document. Each pass over a sentence starts at the
    sentence but reads the whole text (look-behinds before it, a match's end after it), and
    none of the things it finds can run across a sentence start (they hold no sentence-final
    mark or line break): a sentence gets what one pass over the whole text would give it."""

    def __init__(self, doc: Doc, facts: DocFacts, cjk: bool | None = None):
        text = facts.text
        self.text = text
        self.low = lowered(text)
        self.cjk = has_cjk(text) if cjk is None else cjk
        self.published = doc._.published  # periods.py reads its month
        self.published_year = _published_year(self.published)
        headline = doc._.headline_reading or earlier.NO_HEADLINE  # what the title tells (extract.py)
        self.headline = tuple(code for code in headline.owners if code not in BLOC_CODES)  # owning countries, no blocs
        self.headline_quota, self.headline_element = headline.quota_kind, earlier.headline_element(doc)
        self.bounds = self._sentence_bounds(doc, facts)
        self.sentence_starts = [lo for lo, _ in self.bounds]
        self.countries = sorted(facts.mentions("countries"), key=_place)
        self.country_starts = [m.start for m in self.countries]
        self.elements = sorted(facts.mentions("elements"), key=_place)
        self.element_starts = [m.start for m in self.elements]
        self._contexts: dict[int, Sentence] = {}

    @staticmethod
    def _sentence_bounds(doc: Doc, facts: DocFacts) -> list[tuple[int, int]]:
        if not facts.n:
            return [(0, len(facts.text))]
        token_starts = facts.starts
        edges = [0, *(token_starts[i] for i in sentence_starts(doc) if token_starts[i] > 0), len(facts.text)]
        return list(zip(edges[:-1], edges[1:]))

    @once
    def companies(self) -> dict[str, str]:
        """Company name -> the country the article states for it."""
        return stated_companies(self.text, self.countries)

    # -- per sentence, on demand ---------------------------------------------------------

    def sentence_index(self, start: int) -> int:
        return max(0, bisect_right(self.sentence_starts, start) - 1)

    def context(self, index: int) -> Sentence:
        ctx = self._contexts.get(index)
        if ctx is None:
            ctx = self._contexts[index] = Sentence(self, index)
        return ctx

    # Each pass starts at the sentence and stops a few characters after it (`endpos`: past
    # the end of any match starting inside it and the character a look-ahead reads after it),
    # rather than reading on to the next match, which may be at the end of the text.

    def with_places(self, mentions: tuple[Mention, ...], lo: int, hi: int) -> tuple[tuple[Mention, ...], frozenset[int], frozenset[int]]:
        """The sentence's country mentions and, as mentions of their country, the places inside a country it names
        ("in Rotterdam", "Jiangxi's output") and the bodies and leaders that act for one ("the State Council", 全国,
        "Trump"), with the starts of the places and of the bodies: they attribute a figure as their country would
        (quantity_context.yaml `places`, `national`), except where country.py says otherwise."""
        lexicon = get_lexicon()
        screened = phrase_screen(lexicon.place_phrases, lexicon.national_phrases).may_find(self.low, self.cjk, lo, hi)  # one scan for both
        places = self.phrases(lexicon.place_phrases, lo, hi) if screened else ()
        national = self.phrases(lexicon.national_phrases, lo, hi) if screened else ()
        if not places and not national:
            return mentions, frozenset(), frozenset()
        field = mentions[0].field if mentions else "text"
        extra = [
            (Mention(code=code, text=self.text[s:e], field=field, start=s, end=e), is_place)
            for found, is_place in ((places, True), (national, False))
            for s, e, code in found
            if not any(m.start < e and s < m.end for m in mentions) and not _NAME_GOES_ON.match(self.text, e)
            # 美国国内 is the US's home market, "Australian Prime Minister Albanese" one mention
            # of Australia: a national word right after a country is that country's.
            and (is_place or not any(s - 30 <= m.end <= s for m in mentions))
        ]
        merged = tuple(sorted((*mentions, *(m for m, _ in extra)), key=_place))
        return (
            merged,
            frozenset(m.start for m, is_place in extra if is_place),
            frozenset(m.start for m, is_place in extra if not is_place),
        )

    def breaks(self, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        text, found = self.text, []
        for m in _CLAUSE_BREAK.finditer(text, lo, hi + 3):
            s, e = m.span()
            if text[s] in "-–—":
                s, e = s - 1, e + 1  # the spaces around a dash belong to the break
            if lo <= s and e <= hi:
                found.append((s, e))
        return tuple(found)

    def phrases(self, table, lo: int, hi: int) -> tuple[tuple[int, int, str], ...]:
        return tuple(item for item in table.find(self.low, self.cjk, lo, hi) if item[1] <= hi)

    def years(self, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        low = self.low
        years = []
        pos = lo
        while (digits := _YEAR_DIGITS.search(low, pos, hi + 3)) is not None:
            at = digits.start()
            if _YEAR.match(low, at):
                years.append((at, int(digits.group())))
                pos = at + 4
            else:
                pos = at + 1
        published = self.published_year
        if published:
            # "last year": the year word may start after `hi` by the width of "previous ".
            for m in _YEAR_WORD.finditer(low, lo, hi + 14):
                if m.start() >= hi + 9:
                    break
                before = _RELATIVE_BEFORE.search(low, max(0, m.start() - 9), m.start())
                if before and lo <= before.start() < hi:
                    years.append((before.start(), published + _RELATIVE_OFFSET[before.group(1)]))
            if self.cjk:
                years.extend((m.start(), published + _RELATIVE_OFFSET[m.group()]) for m in _RELATIVE_CN.finditer(low, lo, hi + 1))
            years.sort()
        return tuple(years)

    def world(self, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        low = self.low
        found = []
        for start in _WORLD_START.finditer(low, lo, hi + 5):
            s = start.start()
            if s >= hi:
                break
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
        return tuple(found)
