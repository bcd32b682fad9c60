"""Stories: which event reports are of one real-world measure (SPEC §2 "Stories").

`assign_stories(reports)` is a pure function from a set of reports to their story ids, used
by storage at ingest (orewatch.storage.stories) and by evaluation (pairwise same-story
precision and recall). The result depends only on the set, never on the order or batches in
which reports arrive. Why it works the way it does: docs/stories.md.

Within a block (same type and actor; agreements: one block, their parties compared instead),
reports are taken in three passes, each in a fixed order:
1. dated reports of a measure (date to the day, month or quarter; phase proposed, announced or
   effective), most specific first: each joins the measure of its month (or of its effective
   month) whose elements and partners nest with its own, else starts one;
2. undated reports (`published` or `year` precision): each joins the nearest measure within
   45 days of its publication (any in that year for a year), else the undated reports group
   among themselves; they never join two measures together;
3. suspensions, extensions and liftings: each joins the measure dated before it that it names
   most fully (a dated measure before an undated one, then the latest of equals), else they
   group among themselves.
A quarter-precision report agrees with each month of its quarter.
A story's id is derived from its kind, type, actor and month; when one block has several
stories in one month, the one with most articles keeps that id and the others add the
elements and partners of their most specific report.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from orewatch.records import Extraction, event_id, stable_id

#: An undated report joins a measure dated within this many days of its publication (SPEC §2).
WINDOW_DAYS = 45
#: Phases that act on an earlier measure and belong to its story (SPEC §2).
ACTS_ON = frozenset({"suspended", "extended", "lifted"})
#: Precisions that place a report in a month of its own.
DATED = frozenset({"day", "month", "quarter"})


@dataclass(frozen=True, slots=True)
class StoryReport:
    """One event as the clustering sees it: its own fields and its article's publication."""

    event_id: str
    article_id: str
    type: str
    actor: str | None
    partners: tuple[str, ...]
    elements: tuple[str, ...]
    date: str | None
    date_precision: str | None
    phase: str = "announced"
    effective_date: str | None = None
    published: str | None = None  # the article's publication time, ISO 8601; its day is used


def story_block(type_: str, actor: str | None) -> tuple[str, str]:
    """The block a report is clustered in: (type, actor); all agreements form one block,
    since which party a report names as the actor is arbitrary."""
    return (type_, "") if type_ == "agreement" else (type_, actor or "")


def lone_story_id(event_id_: str) -> str:
    """The story of a report left out of clustering (an event an editor rejected)."""
    return stable_id("st", "lone", event_id_)


def reports_of(extractions: Iterable[Extraction]) -> list[StoryReport]:
    """The reports of extracted articles, one per stored event (repeats in an article once)."""
    reports: dict[str, StoryReport] = {}
    for extraction in extractions:
        article = extraction.article
        for event in extraction.events:
            eid = event_id(article.id, event)
            reports.setdefault(eid, StoryReport(
                eid, article.id, event.type, event.actor, event.partners, event.elements, event.date,
                event.date_precision, event.phase, event.effective_date, article.published,
            ))  # fmt: skip
    return list(reports.values())


def assign_stories(reports: Iterable[StoryReport]) -> dict[str, str]:
    """event_id -> story_id for every report; a function of the set of reports only."""
    blocks: dict[tuple[str, str], list[StoryReport]] = defaultdict(list)
    for report in reports:
        blocks[story_block(report.type, report.actor)].append(report)
    assigned: dict[str, str] = {}
    for block, members in blocks.items():
        assigned.update(_block_stories(block, members))
    return assigned


# --------------------------------------------------------------------------- dates


def _month(value: str | None) -> str | None:
    return value[:7] if value and len(value) >= 7 and value[4] == "-" else None


def _span(value: str | None) -> tuple[date, date] | None:
    """The days a date string covers: a day, a whole month or a whole year."""
    try:
        if not value:
            return None
        year = int(value[:4])
        if len(value) >= 10:
            day = date(year, int(value[5:7]), int(value[8:10]))
            return day, day
        if len(value) >= 7:
            month = int(value[5:7])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _quarter(value: str) -> set[str]:
    """The months of a quarter-precision date ("early 2025" is 2025-01: January to March)."""
    year, month = int(value[:4]), int(value[5:7])
    return {f"{year:04d}-{m:02d}" for m in range(month, min(month + 3, 13))}


def _gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two spans; 0 when they overlap."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


# --------------------------------------------------------------------------- reports and measures


@dataclass(slots=True)
class _Report:
    """A report with what the passes compare, computed once."""

    raw: StoryReport
    elements: frozenset[str]
    partners: frozenset[str]
    span: tuple[date, date] | None  # when it says the measure was taken (or its publication)
    months: frozenset[str]  # the month it dates the measure to (dated reports only)
    effect_months: frozenset[str]  # the month it says the measure takes effect

    @property
    def specificity(self) -> int:
        return len(self.elements) + len(self.partners)


def _prepare(report: StoryReport, share: Callable[[Any], Any] = lambda value: value) -> _Report:
    """What the passes compare of a report; `share` returns one object for equal values, so
    that a block's reports share their element sets, months and spans (see _block_stories)."""
    partners = set(report.partners)
    if report.type == "agreement":  # all parties, whichever one a report calls the actor
        partners |= {report.actor} if report.actor else set()
    published = _span((report.published or "")[:10])
    dated = report.date_precision in DATED and _month(report.date)
    months = _quarter(report.date) if dated and report.date_precision == "quarter" else {_month(report.date)}
    span = _span(report.date) if dated or report.date_precision == "year" else published
    if dated and len(months) > 1:  # a quarter agrees with each of its months
        span = (span[0], _span(max(months))[1]) if span else span
    effect = {_month(report.effective_date)} - {None}
    if report.phase == "effective" and dated:
        effect.add(_month(report.date))
    return _Report(report, share(frozenset(report.elements)), share(frozenset(partners)), share(span or published),
                   share(frozenset(months) if dated else frozenset()), share(frozenset(effect)))


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


@dataclass(eq=False, slots=True)
class _Measure:
    """A story being built: what its reports say the measure is, and who reported it."""

    kind: str  # "dated", "undated" or "acts_on": the pass that started it
    index: int
    founder: _Report
    elements: frozenset[str] = frozenset()
    partners: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    effect_months: frozenset[str] = frozenset()
    spans: list[tuple[date, date]] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    event_ids: list[str] = field(default_factory=list)

    def fits(self, report: _Report) -> bool:
        return _nested(self.elements, report.elements) and _nested(self.partners, report.partners)

    def add(self, report: _Report, defining: bool) -> None:
        """Add a report; a defining one (a dated report) also widens what the measure is. A
        report that the measure takes effect dates the effect, not the decision: it widens
        the effective months only."""
        if defining:
            self.elements |= report.elements
            self.partners |= report.partners
            if report.raw.phase != "effective":
                self.months |= report.months
            self.effect_months |= report.effect_months
            if report.span:
                self.spans.append(report.span)
        self.articles.add(report.raw.article_id)
        self.event_ids.append(report.raw.event_id)

    @property
    def start(self) -> date | None:
        return min((s[0] for s in self.spans), default=None)

    def taken_before(self, day: date) -> bool:
        """Dated wholly before `day` by at least one of its reports (a measure dated only to
        the month of a lifting may be the measure that replaces it, not the one lifted)."""
        return any(s[1] < day for s in self.spans)

    def overlap(self, report: _Report) -> int:
        return len(self.elements & report.elements) + len(self.partners & report.partners)

    def distance(self, span: tuple[date, date]) -> int | None:
        return min((_gap(s, span) for s in self.spans), default=None)


class _Block:
    """The measures of one block, built pass by pass."""

    def __init__(self) -> None:
        self.measures: list[_Measure] = []

    def start(self, kind: str, report: _Report) -> None:
        measure = _Measure(kind, len(self.measures), report)
        measure.add(report, defining=True)
        self.measures.append(measure)

    def of_kind(self, *kinds: str) -> list[_Measure]:
        return [m for m in self.measures if m.kind in kinds]


def _most_reported(candidates: Sequence[_Measure]) -> _Measure:
    return max(candidates, key=lambda m: (len(m.articles), -m.index))


def _best_attested(candidates: Sequence[tuple[int, _Measure]]) -> _Measure:
    """Among the measures within reach of a report that gives no date of its own ((days away,
    measure) pairs), the one reported by most articles, then the nearest. Publication days
    place such a report only roughly, and a measure with a single report near it is as often
    an extraction slip (a wrong partner, a wrong date) as a second measure of the block."""
    return min(candidates, key=lambda c: (-len(c[1].articles), c[0], c[1].index))[1]


# --------------------------------------------------------------------------- the three passes


class _MonthIndex:
    """Measures by month and by element, so that a report meets only the measures it could
    fit (two non-empty element sets that share no element never nest)."""

    def __init__(self) -> None:
        self.by_month: dict[str, dict[int, _Measure]] = defaultdict(dict)
        self.by_element: dict[tuple[str, str], dict[int, _Measure]] = defaultdict(dict)

    def put(self, months: Iterable[str], measure: _Measure) -> None:
        for month in months:
            self.by_month[month][measure.index] = measure
            for element in measure.elements or ("",):
                self.by_element[(month, element)][measure.index] = measure

    def fitting(self, months: Iterable[str], report: _Report) -> dict[int, _Measure]:
        found: dict[int, _Measure] = {}
        for month in months:
            if not report.elements:
                found.update(self.by_month.get(month, {}))
                continue
            for element in (*report.elements, ""):
                found.update(self.by_element.get((month, element), {}))
        return {i: m for i, m in found.items() if m.fits(report)}


def _dated_pass(block: _Block, reports: list[_Report]) -> None:
    decided, effective = _MonthIndex(), _MonthIndex()
    # Decisions before reports of taking effect, so that those join the decision's story;
    # the most specific first, so that partial reports join the fullest one.
    order = sorted(reports, key=lambda r: (r.raw.phase == "effective", -r.specificity,
                                           r.raw.date or "", r.raw.event_id))
    for report in order:
        candidates = decided.fitting(report.months, report) | effective.fitting(report.effect_months, report)
        if candidates:
            measure = _most_reported(list(candidates.values()))
            measure.add(report, defining=True)
        else:
            block.start("dated", report)
            measure = block.measures[-1]
        decided.put(measure.months, measure)  # again: the measure may name more elements now
        effective.put(measure.effect_months, measure)


def _undated_pass(block: _Block, reports: list[_Report]) -> None:
    dated = block.of_kind("dated")
    order = sorted(reports, key=lambda r: (r.span or (date.max,), -r.specificity, r.raw.event_id))
    for report in order:
        if report.span is None:
            block.start("undated", report)
            continue
        # A year-precision report ("earlier this year") joins a measure of that year.
        window = 0 if report.raw.date_precision == "year" else WINDOW_DAYS
        near = [(d, m) for m in dated if m.fits(report) and (d := m.distance(report.span)) is not None
                and d <= window]
        if not near:  # group with other undated reports of the same measure
            near = [(d, m) for m in block.of_kind("undated") if m.fits(report)
                    and (d := m.distance(report.span)) is not None and d <= WINDOW_DAYS]
        if near:
            _best_attested(near).add(report, defining=False)
        else:
            block.start("undated", report)


def _acts_on_pass(block: _Block, reports: list[_Report]) -> None:
    measures = block.of_kind("dated", "undated")
    order = sorted(reports, key=lambda r: (r.span or (date.max,), -r.specificity, r.raw.event_id))
    for report in order:
        day = report.span[0] if report.span else date.max
        earlier = [m for m in measures if m.fits(report) and m.taken_before(day)]
        # The measure it names most fully, a dated one before an undated one (an undated story
        # is most often a late recall of a dated measure, outside its 45 days), then the latest.
        if earlier:
            max(earlier, key=lambda m: (m.overlap(report), m.kind == "dated", m.start, len(m.articles),
                                        -m.index)).add(
                report, defining=False)
            continue
        near = [(d, m) for m in block.of_kind("acts_on") if m.fits(report) and report.span
                and (d := m.distance(report.span)) is not None and d <= WINDOW_DAYS]
        if near:
            _best_attested(near).add(report, defining=False)
        else:
            block.start("acts_on", report)


def _block_stories(block_key: tuple[str, str], reports: list[StoryReport]) -> dict[str, str]:
    # Equal values are one object: a block can hold tens of thousands of reports (every
    # agreement is in one), and most name the same few elements, parties and months.
    shared: dict = {}
    prepared = [_prepare(r, lambda value: shared.setdefault(value, value)) for r in reports]
    del shared
    block = _Block()
    _dated_pass(block, [r for r in prepared if r.raw.phase not in ACTS_ON and r.months])
    _undated_pass(block, [r for r in prepared if r.raw.phase not in ACTS_ON and not r.months])
    _acts_on_pass(block, [r for r in prepared if r.raw.phase in ACTS_ON])
    assigned = {}
    for measure, story in _story_ids(block_key, block.measures).items():
        assigned.update(dict.fromkeys(measure.event_ids, story))
    return assigned


# --------------------------------------------------------------------------- ids


def _story_month(measure: _Measure) -> str:
    founder = measure.founder
    if founder.months:
        return min(founder.months)
    return founder.span[0].isoformat()[:7] if founder.span else "undated"


def _story_ids(block_key: tuple[str, str], measures: list[_Measure]) -> dict[_Measure, str]:
    """Ids from what the measure is, not from which reports it has (docs/stories.md)."""
    by_base: dict[tuple, list[_Measure]] = defaultdict(list)
    for measure in measures:
        by_base[(measure.kind, *block_key, _story_month(measure))].append(measure)
    ids: dict[_Measure, str] = {}
    taken: set[str] = set()
    for base, group in sorted(by_base.items()):
        primary = _most_reported(group)
        for measure in sorted(group, key=lambda m: m.index):
            if measure is primary:
                story = stable_id("st", *base)
            else:
                f = measure.founder
                story = stable_id("st", *base, ",".join(sorted(f.elements)), ",".join(sorted(f.partners)))
            if story in taken:  # cannot happen for nested profiles; kept unique regardless
                story = stable_id("st", *base, measure.founder.raw.event_id)
            taken.add(story)
            ids[measure] = story
    return ids
