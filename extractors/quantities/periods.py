"""The year a figure refers to (SPEC §2 `year`), read from the periods its sentence names: a
year or "last year" (context.py), a fiscal year ("in 2025-26" is the year it ends), a span of
the current year ("in the first half", "the first ten months"), a year to a month ("the
fiscal year to March"), the period of the sentences before ("over the same period", "in the
year"), and the year before that period ("16,800 won a year earlier"). A period named after a
comparison word ("up 22% from 2024", "against 980 crore in 2024-25", "more than in the same
period of 2025") is the base the figure is compared with, not the figure's own."""

from __future__ import annotations

import re
from typing import NamedTuple

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
# A span of the current year, unless a year follows it ("the first half of 2025", "of last year").
_SPAN = re.compile(
    rf"(?<![a-z])(?:first|second|third|fourth)\s+(?:half|quarter|{_COUNT}\s+months)(?:\s+of\s+the\s+year)?"
    rf"(?!\s+of\s+(?:(?:19|20)\d\d|last|previous|next|the\s+previous|fy|fiscal))|(?<![a-z])(?:so\s+far\s+this\s+year|year\s+to\s+date)"
)
# A span from January, the year to date (README: "January-May" gives the publication year),
# unless a year follows it: "January-October", "from January to September", "Jan-Aug"; Chinese
# 1-10月, 一至九月, 前三季度, 上半年 (not after a year of their own: 2024年1-5月, 明年上半年).
_MONTH_SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_END_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
_YTD_EN = re.compile(
    rf"(?<![a-z])jan(?:uary)?\.?\s*(?:-|–|to|through|thru)\s*{_END_MONTH}(?![a-z])(?!\.?\s*\d*,?\s*(?:of\s+)?(?:(?:19|20)\d\d|last|previous))"
)
_ZH_NUM = "一二三四五六七八九十"
_YTD_ZH = re.compile(rf"(?<![\d年.])(?:1|一)\s*(?:-|－|—|–|~|～|至|到)\s*(\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s*月(?!\s*\d{{1,2}}\s*日)|(?<![年度])(?:前[一二三四1-4]季度|上半年)")
_YTD_GATE = re.compile(r"jan|月|季度|上半年")


def _month_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word[0] in _ZH_NUM:
        tens, _, units = word.partition("十")
        return (_ZH_NUM.index(tens) + 1 if tens else 1) * 10 + (_ZH_NUM.index(units) + 1 if units else 0) if "十" in word else _ZH_NUM.index(word) + 1
    return next((i + 1 for i, m in enumerate(_MONTH_SHORT) if word.startswith(m)), None)


def _year_to_date(low: str, base: int, year: int, month: int | None) -> list:
    """The spans from January in `low` (a sentence at `base`): the publication year, or the year
    before when the span ends after the publication month."""
    marks = []
    for m in (*_YTD_EN.finditer(low), *_YTD_ZH.finditer(low)):
        ends = _month_number(m.group(1)) if m.lastindex and m.group(1) else None
        marks.append(Period(base + m.start(), year if month is None or ends is None or ends <= month else year - 1, "span"))
    return marks


# A year to a month: "the fiscal year to March", "in the year to June", "the year ended June 30".
_YEAR_TO = re.compile(rf"(?<![a-z])year\s+(?:to|ended|ending)\s+({'|'.join(_MONTHS)})(?!\s*\d*,?\s*(?:19|20)\d\d)")
# The period of the sentences before.
_ANAPHORIC = re.compile(
    rf"(?<![a-z])(?:in|over|during|for)\s+the\s+(?:same\s+(?:period|(?:fiscal\s+|financial\s+)?year|{_COUNT}\s+months|quarter|half)"
    rf"|(?:fiscal\s+|financial\s+)?year|{_COUNT}\s+months)(?![a-z])(?!\s+(?:of|to|ended|ending|before|earlier)\s)"
)
# "the same period", "the ten months": a span of months said before, not a year.
_MONTHS_BACK = re.compile(r"period|months|quarter|half")
# The year before the sentence's period.
_PRIOR = re.compile(r"(?<![a-z])(?:a|one)\s+year\s+(?:earlier|before|ago)(?![a-z])")
_MAY_PERIOD = re.compile(r"half|quarter|months|year|period")
# A fiscal year written as two years: "2025-26", "2024/25".
_FISCAL_TAIL = re.compile(r"\s*[-–/]\s*(\d\d)(?!\d)")
# A word that makes the period after it the base a figure is compared with.
_COMPARING = re.compile(r"(?<![a-z])(?:than|against|compared\s+(?:with|to)|versus|vs\.?|below|above)(?![a-z])")
# A word that makes the period after it the time of another event ("the highest since 2019",
# "shipped before controls were introduced in September 2024").
_OTHER_TIME = re.compile(r"(?<![a-z])(?:since|before|until)(?![a-z])")
_FROM = re.compile(r"(?<![a-z])from(?![a-z])")
# A clause that opens with a comparison: the base of the figure of the clause before.
_BASE_CLAUSE = re.compile(r"[,;]?\s*(?:(?:up|down)\s+from|against|compared\s+(?:with|to)|versus)(?![a-z])[^,;:]*?(?:19|20)\d\d")
_FIGURE = re.compile(r"\d")
# How many sentences back the period of "the same period" is looked for.
REACH = 4


class Period(NamedTuple):
    start: int  # offset in the document
    year: int | None
    kind: str  # "year", "span", "anaphoric", "prior"


def _published(ctx) -> tuple[int | None, int | None]:
    published = getattr(ctx._scan, "published", None) or ""
    try:
        return int(published[:4]), int(published[5:7])
    except ValueError:
        return ctx.published_year, None


def periods(ctx, depth: int = 0) -> tuple[Period, ...]:
    """The periods sentence `ctx` names, in order (cached on it; `depth`: how many sentences
    after the one asking it is read, for "the same period")."""
    found = ctx.cache.get("periods")
    if found is not None:
        return found
    low, base = ctx.low, ctx.start
    marks = []
    for at, year in ctx.years:
        tail = _FISCAL_TAIL.match(low, at - base + 4) if low[at - base: at - base + 4].isdigit() else None
        if tail and int(tail.group(1)) == (year + 1) % 100:
            year += 1  # "in 2025-26": the fiscal year ends in 2026
        marks.append(Period(at, year, "year"))
    year, month = _published(ctx)
    if year is not None and _MAY_PERIOD.search(low):  # one search gates the four patterns
        marks += [Period(base + m.start(), year, "span") for m in _SPAN.finditer(low)]
        for m in _YEAR_TO.finditer(low):
            ends = _MONTHS.index(m.group(1)) + 1
            marks.append(Period(base + m.start(), year if month is None or ends <= month else year - 1, "span"))
        marks += [Period(base + m.start(), None, "months" if _MONTHS_BACK.search(m.group()) else "anaphoric")
                  for m in _ANAPHORIC.finditer(low)]
        marks += [Period(base + m.start(), None, "prior") for m in _PRIOR.finditer(low)]
    if year is not None and _YTD_GATE.search(low):
        marks += _year_to_date(low, base, year, month)
    # A span inside a year's own phrase ("the first half of this year") is that year once.
    marks = sorted({p.start: p for p in marks}.values())
    result = tuple(_resolve(ctx, marks, depth))
    if depth == 0:
        ctx.cache["periods"] = result
    return result


def _resolve(ctx, marks: list[Period], depth: int):
    own = None
    for p in marks:
        if p.kind in ("anaphoric", "months"):
            p = p._replace(year=period_before(ctx, depth, spans=p.kind == "months"))
        elif p.kind == "prior":
            base = own if own is not None else period_before(ctx, depth)
            p = p._replace(year=None if base is None else base - 1)
        if p.year is not None:
            if own is None and p.kind != "prior" and not _after(ctx, p.start):
                own = p.year
            yield p


def _after(ctx, at: int, words: re.Pattern | None = None) -> bool:
    """Whether the period at `at` follows a comparison word (or one of `words`) in its clause."""
    lo, _ = ctx.clause_bounds(at, at + 1)
    between = ctx.low[lo - ctx.start: at - ctx.start]
    if words is not None:
        return bool(words.search(between))
    if _COMPARING.search(between) or _OTHER_TIME.search(between):
        return True
    last_from = None
    for last_from in _FROM.finditer(between):
        pass
    # "fell to A$5.2 billion in 2025-26 from A$6.8 billion in 2024-25", "up 22% from 2024"
    return last_from is not None and bool(_FIGURE.search(between, 0, last_from.start()))


def own_period(ctx, depth: int = 0, spans: bool = False) -> int | None:
    """The sentence's own period: its first one that is no base of comparison (with `spans`,
    its first span of months: "the ten months" goes back to "the first ten months")."""
    kinds = ("span", "months") if spans else ("year", "span", "anaphoric", "months")
    return next((p.year for p in periods(ctx, depth) if p.kind in kinds and not _after(ctx, p.start)), None)


def period_before(ctx, depth: int = 0, spans: bool = False) -> int | None:
    """The period of the nearest of the sentences before that names one (a span of months)."""
    if depth >= REACH:
        return None
    scan, index = ctx._scan, ctx._index
    for back in range(index - 1, max(-1, index - 1 - REACH), -1):
        found = own_period(scan.context(back), depth + 1, spans)
        if found is not None:
            return found
    return None


def _excluded(ctx, start: int, end: int, change: bool, at: int) -> str | None:
    """"base" when the period at `at`, after the figure text[start:end], is what the figure is
    compared with: after a comparison word, or after "from" when the figure is a change ("up
    22% from 2024") or another figure stands between ("to 31.2 Mt from 35.5 Mt in 2024"; not
    "30,000 tonnes a year from 2029", the start of a plant); "other" when it dates another
    event ("since 2021"); None when it is the figure's own."""
    between = ctx.low[end - ctx.start: at - ctx.start]
    if _COMPARING.search(between):
        return "base"
    found = _FROM.search(between)
    if found and (change or _FIGURE.search(between, found.end())):
        return "base"
    return "other" if _OTHER_TIME.search(between) else None


# A year that names a quota: "the 2023 total rare earth mining quota", "2011 export quotas", "this
# year's tungsten mining quotas", "quotas for 2024" (the year mark, then up to six words, then the
# quota noun; or the quota noun, then "for", then the year).
_YEAR_NAMES_QUOTA = re.compile(r"(?:(?:19|20)\d\d)?[^,;:.\d]{0,60}?(?<![a-z])(?:quotas?|allowances?)(?![a-z])")
_QUOTA_FOR = re.compile(r"(?<![a-z])(?:quotas?|allowances?)\s+for\s+(?:the\s+)?$")
# A comparison word between the quota's year and a figure: the figure may be a base ("down from
# 45,000 tonnes", "versus rises of 25% and 24.7% in 2022").
_COMPARED_BETWEEN = re.compile(r"(?<![a-z])(?:from|than|against|versus|compared)(?![a-z])")


def quota_year(ctx, start: int) -> int | None:
    """The year the sentence's quota is named for, to an amount after it that is no comparison base."""
    if not any(m == "quota" for *_, m in ctx.triggers):
        return None
    low, base = ctx.low, ctx.start
    for at, year in ctx.years:
        if at < start and (_YEAR_NAMES_QUOTA.match(low, at - base) or _QUOTA_FOR.search(low, max(0, at - base - 25), at - base)):
            return None if _COMPARED_BETWEEN.search(low, at - base, start - base) else year
    return None


def figure_year(ctx, start: int, end: int, clause: tuple[int, int], change: bool) -> int | None:
    """The year of the figure text[start:end] (clause: the bounds of its clause)."""
    if not change and (named := quota_year(ctx, start)) is not None:
        # "its first batch of 2011 export quotas at 14,446 tons at the end of 2010"; a change keeps
        # its own period ("versus rises of 25% in 2022").
        return named
    c_start, c_end = clause
    marks = [p for p in periods(ctx) if c_start <= p.start < c_end and not start <= p.start < end]
    kinds = {p.start: (_excluded(ctx, start, end, change, p.start) if p.start > end else
                       ("base" if _after(ctx, p.start, _COMPARING) else "other" if _after(ctx, p.start, _OTHER_TIME) else None))
             for p in marks}
    own = [p for p in marks if kinds[p.start] is None]
    if own:  # the nearest, counted from the figure's edges ("A$6.8 billion in 2024-25")
        return min(own, key=lambda p: start - p.start if p.start < start else p.start - end).year
    if _BASE_CLAUSE.match(ctx.low, c_end - ctx.start):
        # The clause after is the base it is compared with: "rose to 1,240 crore, against 980 crore in 2024-25".
        kinds["next"] = "base"
    quote = _open_quote(ctx, start)
    for lo, hi in reversed(ctx.clauses()):
        # A short time phrase opening the sentence or a clause before ("In 2024, ...") governs
        # the clauses after it, and so does the clause a colon closes ("issued the 2026 quotas
        # in June: 135,000 tonnes ..."); not inside a quotation opened after it.
        if hi > c_start or hi <= quote:
            continue
        short = len(ctx.slice(lo, hi).split()) <= 8 or hi - lo <= 12
        if short or ctx.text[hi - ctx.start: hi - ctx.start + 1] == ":":
            found = [p for p in periods(ctx) if lo <= p.start < hi and not _after(ctx, p.start) and p.kind != "prior"]
            if found:
                return found[-1].year
    if "base" in kinds.values():
        # Only a base of comparison in its clause: the figure is of the period the sentence,
        # or the sentences before, speak of ("sold 214,000 t last year, up 22% from 2024").
        before = [p for p in periods(ctx) if p.start < start and p.kind != "prior" and not _after(ctx, p.start)]
        return before[-1].year if before else period_before(ctx)
    return None


def shares_take_years(drafts) -> None:
    """A share with no year takes the year of the figure before it in its sentence, past any
    change between ("produced 2.2 Mt in 2024, more than 55% of global output"; "sold 214,000 t
    last year, up 22% from 2024, with 93% of the volume shipped abroad")."""
    for i, cur in enumerate(drafts):
        if cur.unit != "%" or cur.year is not None:
            continue
        for prev in reversed(drafts[:i]):
            if prev.index != cur.index or (prev.unit == "%" and not prev.found.change):
                break
            if prev.unit != "%":
                cur.year = prev.year
                break


def _open_quote(ctx, start: int) -> int:
    """Where the quotation holding offset `start` opens (“ not yet closed by ”), else -1."""
    before = ctx.text[: start - ctx.start]
    opened = before.rfind("“")
    return ctx.start + opened if opened > before.rfind("”") else -1
