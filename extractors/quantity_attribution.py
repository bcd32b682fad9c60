"""Says what a quantity measures and whose it is: metric, country, element and year, read from
its clause and sentence (SPEC §2; decisions in docs/extractors-quantities.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orewatch.extractors.quantity_lexicon import get_lexicon

GROUP_ELEMENTS = frozenset({"REE", "LREE", "HREE"})

# A clause ends at ; : and at a comma followed by a space (not inside 1,500), or at a dash
# between words; Chinese punctuation likewise.
_CLAUSE_BREAK = re.compile(r"[;:]|,(?=\s)|\s[-–—]\s|[，；：]")
_WORLD = re.compile(r"\b(?:global(?:ly)?|world(?:'s|’s)?|worldwide)\b|全球|世界", re.IGNORECASE)
# "the world's largest producer" names no world figure; "of the world's total" is a denominator.
_WORLD_SUPERLATIVE = re.compile(
    r"\s*(?:'s\s+|’s\s+)?(?:largest|biggest|leading|top|second|third|No\.?|number)\b|最大|第一|第二", re.IGNORECASE
)
# A world marker counts when it qualifies a figure's head: "global production", "the world's total".
_WORLD_HEAD = re.compile(
    r"(?:'s|’s)?(?:\s+[\w-]+){0,3}?\s*(?:production|output|reserves|supply|supplies|demand|consumption|capacity|total|"
    r"mining|processing|refining|exports|imports|market share|产量|產量|储量|儲量|需求|供应|供應|总量|總量|产能|產能|消费|消費)",
    re.IGNORECASE,
)
_JOINT = re.compile(r"^\s*(?:and|&|-|–|与|與|和|、)\s*(?:the\s+)?$|^\s*(?:-|–)$", re.IGNORECASE)
_DENOMINATOR = re.compile(r"(?:\bof\s+(?:the\s+)?|占|佔)$", re.IGNORECASE)
# Counterparts of a flow or target of a measure: "imports from China", "a tariff on US goods".
_COUNTERPART = re.compile(
    r"(?:\b(?:from|to|on|against|into|toward|towards)\s+(?:the\s+|all\s+)?"
    r"|(?:从|從|对|對|向|自|往)[\u4e00-\u9fff]{0,5}|原产于|原產於|原产|原產)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d.,$#])(?:19[5-9]\d|20[0-5]\d)(?![\d%]|\s*(?:[元吨噸万萬亿億]|tons|tonnes|yuan|dollars))")
_RELATIVE_YEAR = re.compile(r"\b(this|last|next|previous|past) year\b|今年|去年|明年|本年|上年", re.IGNORECASE)
_RELATIVE_OFFSET = {"this": 0, "last": -1, "previous": -1, "next": 1, "今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1}
_OF_PHRASE = re.compile(r"\s*(?:of|in)\s+([^,;:，；：]{0,60})", re.IGNORECASE)
_PRICE_UNITS = ("/kg", "/t", "/mtu")
_NOT_FOR_MASS = {"price", "investment", "tariff", "other", "price_change"}


@dataclass(frozen=True, slots=True)
class Attribution:
    metric: str
    country: str | None
    element: str | None
    year: int | None


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """One sentence with the mentions inside it (offsets in the document)."""

    start: int
    text: str
    countries: tuple[tuple[int, int, str], ...]
    elements: tuple[tuple[int, int, str], ...]
    fallback_element: str | None  # the element of the sentences just before, if one
    published_year: int | None

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets of the clause holding [start, end)."""
        rel_start, rel_end = start - self.start, end - self.start
        lo, hi = 0, len(self.text)
        for brk in _CLAUSE_BREAK.finditer(self.text):
            if brk.end() <= rel_start:
                lo = brk.end()
            elif brk.start() >= rel_end:
                hi = brk.start()
                break
        return self.start + lo, self.start + hi

    def clauses(self) -> list[tuple[int, int]]:
        bounds, lo = [], 0
        for brk in _CLAUSE_BREAK.finditer(self.text):
            bounds.append((self.start + lo, self.start + brk.start()))
            lo = brk.end()
        bounds.append((self.start + lo, self.start + len(self.text)))
        return bounds

    def slice(self, start: int, end: int) -> str:
        return self.text[start - self.start : end - self.start]


def pick_element(codes: list[str]) -> str | None:
    """One element or group for a figure: a named element beats its group; several named
    elements (an NdPr price) or several groups give None (SPEC §2)."""
    distinct = set(codes)
    specific = distinct - GROUP_ELEMENTS
    if len(specific) == 1:
        return next(iter(specific))
    if specific:
        return None
    return next(iter(distinct)) if len(distinct) == 1 else None


class Attributor:
    def __init__(self):
        self.metrics = get_lexicon().metrics
        self._sentence_triggers: tuple[int, str, list] = (-1, "", [])

    def attribute(self, ctx: SentenceContext, start: int, end: int, unit: str, change: bool) -> Attribution:
        c_start, c_end = ctx.clause_bounds(start, end)
        metric = self.metric(ctx, start, end, c_start, c_end, unit, change)
        return Attribution(
            metric=metric,
            country=self.country(ctx, start, end, c_start, c_end, metric),
            element=self.element(ctx, c_start, c_end),
            year=self.year(ctx, start, end, c_start, c_end),
        )

    # -- metric --------------------------------------------------------------------------

    def _triggers(self, text: str, offset: int) -> list[tuple[int, int, str]]:
        found = []
        for metric, pattern in self.metrics:
            for m in pattern.finditer(text):
                found.append((offset + m.start(), offset + m.end(), metric))
        return found

    def _in_sentence(self, ctx) -> list[tuple[int, int, str]]:
        """The sentence's triggers, found once for all quantities in it."""
        key, text, found = self._sentence_triggers
        if key != ctx.start or text is not ctx.text:
            found = sorted(self._triggers(ctx.text, ctx.start))
            self._sentence_triggers = (ctx.start, ctx.text, found)
        return found

    def metric(self, ctx, start, end, c_start, c_end, unit, change) -> str:
        if unit.endswith(_PRICE_UNITS):
            return "price"
        allowed = self._allowed(unit, change)
        in_sentence = self._in_sentence(ctx)
        clause = [t for t in in_sentence if t[0] >= c_start and t[1] <= c_end]
        if change:
            # What changed is named before the change verb: "the price of yttrium ... surged".
            preceding = [t for t in in_sentence if t[1] <= start]
            if preceding:
                metric = self._quota(ctx, max(preceding)[2])
                if metric == "price" and unit == "%":
                    return "price_change"
                if metric in allowed:
                    return metric
        if unit == "%":
            of = _OF_PHRASE.match(ctx.slice(end, c_end))
            if of and not change:
                for _, _, m in sorted(self._triggers(of.group(1), 0)):
                    if m in allowed:
                        return m
        for pool in (clause, None):
            if pool is None:
                pool = in_sentence
            best = None
            for t_start, t_end, m in pool:
                if m not in allowed or (t_start < end and t_end > start):
                    continue
                # Distance from the number; a trigger before it governs more often than one
                # after it, so those count a little nearer.
                distance = start - t_end if t_end <= start else (t_start - end) * 1.5 + 0.5
                if best is None or distance < best[0]:
                    best = (distance, m)
            if best is not None:
                return self._quota(ctx, best[1])
        return "other"

    def _quota(self, ctx, metric: str) -> str:
        """A quota's amount takes the metric of what it limits: exports when the sentence
        speaks of exports, else production (mining, smelting quotas)."""
        if metric != "quota":
            return metric
        names = {m for *_, m in self._in_sentence(ctx)}
        return "exports" if "exports" in names else "production"

    @staticmethod
    def _allowed(unit: str, change: bool) -> set[str]:
        every = {"quota", "reserves", "production", "processing", "capacity", "exports", "imports",
                 "consumption", "demand", "price", "investment", "tariff", "other"}
        if unit == "t":
            return every - _NOT_FOR_MASS
        if unit == "%":
            return every - ({"price", "tariff", "investment"} if change else {"price"})
        return every - {"tariff"}

    # -- country -------------------------------------------------------------------------

    def country(self, ctx, start, end, c_start, c_end, metric: str = "") -> str | None:
        candidates = []
        for m_start, m_end, code in ctx.countries:
            if m_start < end and m_end > start:
                continue
            if _COUNTERPART.search(ctx.slice(max(ctx.start, m_start - 14), m_start)):
                continue
            candidates.append((m_start, m_end, code))
        for w in _WORLD.finditer(ctx.text):
            w_start, w_end = ctx.start + w.start(), ctx.start + w.end()
            if _WORLD_SUPERLATIVE.match(ctx.text, w.end()) or not _WORLD_HEAD.match(ctx.text, w.end()):
                continue
            if _DENOMINATOR.search(ctx.slice(max(ctx.start, w_start - 10), w_start)):
                continue
            candidates.append((w_start, w_end, "WLD"))
        before = sorted(c for c in candidates if c[1] <= start)
        if before:
            chosen = before[-1]
            if metric == "investment" and len(before) > 1:
                # A deal between two countries ("the U.S. and Australia will invest $1 billion")
                # belongs to both: country null (SPEC §2).
                prev = before[-2]
                if prev[2] != chosen[2] and _JOINT.match(ctx.slice(prev[1], chosen[0])):
                    return None
            return chosen[2]
        after = [c for c in candidates if c[0] >= end and c[1] <= c_end]
        if after:
            return min(after)[2]
        return None

    # -- element -------------------------------------------------------------------------

    def element(self, ctx, c_start, c_end) -> str | None:
        in_clause = [code for s, e, code in ctx.elements if s >= c_start and e <= c_end]
        if in_clause:
            return pick_element(in_clause)
        in_sentence = [code for _, _, code in ctx.elements]
        if in_sentence:
            return pick_element(in_sentence)
        return ctx.fallback_element

    # -- year ----------------------------------------------------------------------------

    def _years_in(self, text: str, offset: int, published: int | None, skip: tuple[int, int]):
        out = []
        for m in _YEAR.finditer(text):
            s = offset + m.start()
            if skip[0] <= s < skip[1]:
                continue
            out.append((s, int(m.group())))
        if published:
            for m in _RELATIVE_YEAR.finditer(text):
                key = (m.group(1) or m.group()).lower()
                if key == "past":
                    continue
                out.append((offset + m.start(), published + _RELATIVE_OFFSET[key]))
        return out

    def year(self, ctx, start, end, c_start, c_end) -> int | None:
        years = self._years_in(ctx.slice(c_start, c_end), c_start, ctx.published_year, (start, end))
        if years:
            return min(years, key=lambda y: abs(y[0] - start))[1]
        # A short time phrase opening the sentence or a clause before ("In 2024, ...",
        # "in the whole year of 2022, ...") governs the clauses after it.
        for lo, hi in reversed(ctx.clauses()):
            if hi > c_start:
                continue
            clause = ctx.slice(lo, hi)
            if len(clause.split()) <= 8 or len(clause) <= 12:
                found = self._years_in(clause, lo, ctx.published_year, (0, 0))
                if found:
                    return found[-1][1]
        return None
