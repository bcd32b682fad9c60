"""The segment an event is read from (a sentence, or one bullet of a sentence that runs several
together): its token and character bounds, its text, and its dates, found on first need
(most triggers end without an actor and never need them)."""

from __future__ import annotations

import re
from datetime import date

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.date_roles import ACT_TOLD_AS_MADE, PRESENT_RELEASE
from orewatch.extractors.events.dates import DateExpr, choose_date, find_dates, published_fallback
from orewatch.records import Mention

# A clause opened by one of these is background to the main clause (see `Segment.date`).
SUBORDINATE_OPENERS = frozenset({"after", "following", "as", "amid", "since", "because", "when", "while"})


class Segment:
    """One segment of a Doc: tokens [start, end), characters [start_char, end_char)."""

    def __init__(self, facts: DocFacts, bounds: tuple[int, int], published: date | None):
        self.facts = facts
        self.start, self.end = bounds
        self.start_char = facts.starts[self.start]
        self.end_char = facts.ends[self.end - 1]
        self.text = facts.text[self.start_char : self.end_char]
        self.published = published
        self._dates: list[DateExpr] | None = None
        self.told_ahead = False  # the last date() found an act told as made before a start ahead (round 11)

    def elements(self, mentions: list[Mention], body: bool) -> tuple[str, ...]:
        """The element codes named in the segment, in order. In body text an element inside a
        company's name ("Zhejiang Huayou Cobalt", "Cornish Lithium": a capitalized word after
        another, not opening the segment) names the company, not what the event is about; it
        counts only when the segment names no other element."""
        inside = [m for m in mentions if self.start_char <= m.start and m.end <= self.end_char]
        named = [m for m in inside if body and self._in_name(m)]
        kept = [m for m in inside if m not in named] or inside
        return tuple(dict.fromkeys(m.code for m in kept))

    def element_tokens(self, mentions: list[Mention]) -> list[tuple[int, int]]:
        """The token ranges of the element mentions inside the segment."""
        return [self.facts.tokens_of(m) for m in mentions if self.start_char <= m.start and m.end <= self.end_char]

    def _in_name(self, m: Mention) -> bool:
        w = self.facts
        i = w.token_at(m.start)
        return i > self.start and m.text[:1].isupper() and w.token_text(i - 1).istitle()

    def dates(self) -> list[DateExpr]:
        """The segment's date expressions, found on first need."""
        if self._dates is None:
            self._dates = find_dates(self.text, self.published)
        return self._dates

    def date(self, trigger, clause: tuple[int, int], acted: bool = False) -> tuple[str | None, str | None]:
        """(date, precision) of an event: the date in the trigger's clause nearest the
        trigger, else one in the segment before that clause, else the publication month.
        `acted`: the event suspends, extends or lifts the measure, so a start the measure has
        stood since ("in force since 1 July 2021") is not its date (round 10)."""
        if self._dates is None:
            self._dates = find_dates(self.text, self.published)
        self.told_ahead = False
        offset, starts, ends = self.start_char, self.facts.starts, self.facts.ends
        clause_start = starts[clause[0]] - offset
        clause_end = ends[clause[1] - 1] - offset
        t_start = starts[trigger.start] - offset
        t_end = ends[trigger.end - 1] - offset
        # A clause opened by "after", "as", "amid" ... is background to the main clause: the
        # main clause's date ("prices rose 22% since the start of the year, after China cut
        # its quotas") is not the measure's.
        subordinate = self.facts.lower(clause[0]) in SUBORDINATE_OPENERS
        pools = (
            # "..., three years after protests halted the mine": the span dates what follows it (round 11)
            [d for d in self._dates if clause_start <= d.start and d.end <= clause_end and not (d.start >= t_end and _span_after(d))],
            [] if subordinate else [d for d in self._dates if d.end <= clause_start and not LATER.search(self.text, d.end, t_start)],
        )
        # A date of the decision anywhere before beats one of its taking effect (SPEC §2:
        # "On May 4, the regulator said that from June 1 ..." is of May 4).
        plain = ("when",) if acted else ("when", "standing")
        for roles in (plain, ("earlier",), "release", "ahead", ("effective",), ("since",)):
            if roles == "release":  # "The Ministry announces that ... from 1 October": the release's day
                if self.published is not None and PRESENT_RELEASE.search(self.text, 0, t_start):
                    return self.published.isoformat(), "day"
                continue
            if roles == "ahead":  # "has announced a ban ... starting in March": the act is of now
                if self._ahead(pools) and ACT_TOLD_AS_MADE.search(self.text, 0, t_end):
                    said, self.told_ahead = self._said_on(clause_end), True
                    return (said[0].date, said[0].precision) if said else published_fallback(self.published)
                continue
            for pool in pools:
                chosen = min((d for d in pool if d.role in roles), default=None,
                             key=lambda d: max(0, t_start - d.end, d.start - t_end))
                if chosen is not None:
                    chosen = _refined(chosen, pools[0] + pools[1] + self._said_on(clause_end), t_start, t_end)
                    return chosen.date, chosen.precision
        return published_fallback(self.published)

    def _ahead(self, pools) -> bool:
        """A start of effect in reach that lies after the publication."""
        if self.published is None:
            return False
        day = self.published.isoformat()
        return any(d.role == "effective" and d.date and d.date > day[: len(d.date)] for pool in pools for d in pool)

    def stood_since(self) -> bool:
        """The segment gives the start a measure has stood since ("in force since 1 July 2021")."""
        return any(d.role == "standing" for d in self.dates())

    def _said_on(self, after: int) -> list[DateExpr]:
        """The dates right after a reporting verb past the trigger's clause ("..., the ministry
        said on Friday"): the day of the announcement the sentence reports."""
        return [d for d in self.dates() if d.start >= after and SAID_ON.search(self.text[max(0, d.start - 16) : d.start])]


# Chinese: "after that", "later" between a date and the trigger ("2010年，…；此后又从2011年5月起…",
# "国务院5月发出…；工信部稍后亦公布…"): the date is of what came before.
LATER = re.compile(r"此后|此後|随后|隨後|其后|其後|之后|之後|后来|後來|稍后|稍後|嗣后|嗣後")
# Chinese: a sentence opened by "the same day" (同日, 当天) tells an act of the day of the one before.
SAME_DAY = re.compile(r"^\W*(?:同日|同一天|同一日|当天|當天|当日|當日)")


def same_day(text: str, last: tuple[str, str] | None) -> tuple[str, str] | None:
    """The day of the article's latest event dated to the day, for a sentence opened by 同日."""
    return last if last is not None and SAME_DAY.match(text) else None


def _span_after(d: DateExpr) -> bool:
    """A span counted back to what follows it ("three years after X", "two months since X")."""
    return d.text.lower().endswith((" after", " since"))


# A reporting verb right before a date: "said on Friday", "announced Tuesday".
SAID_ON = re.compile(r"\b(?:said|says|announced|stated)(?: on)? $")


def _refined(chosen: DateExpr, pool: list[DateExpr], t_start: int, t_end: int) -> DateExpr:
    """A year alone ("今年", "2025年", "this year") is often the period of the measure's noun
    ("确定今年全国…指标", "下达了2025年第一批…指标", "its third batch of quotas this year"), not
    the day of the act: a finer plain date of that same year in reach ("今年3月，…", "上月",
    "..., the ministry said on Friday") is the act's."""
    if chosen.precision != "year":
        return chosen
    finer = [d for d in pool if d.role == "when" and d.precision != "year" and d.date[:4] == chosen.date]
    return choose_date(finer, t_start, t_end, ("when",)) or chosen
