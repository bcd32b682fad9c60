"""Finds date expressions in a sentence and resolves them against the publication date.

Only short strings are read, with our own regular expressions (no dateparser search over
article text: see PERFORMANCE-NOTES). Each expression gets a `role` from the words before
it, because an event's date is when the measure was announced or taken:

- ``when``: a plain date ("on June 7, 2025", "in May", "last week", "on Tuesday");
- ``effective``: when it takes effect ("from Dec. 1", "effective Sept. 15", "10月1日起");
  it stands in only when the sentence has no ``when`` date;
- ``since`` after a record ("the first release since 2011", "the highest since 2013"): the
  event's date only when the sentence gives no other;
- ``deadline`` ("until", "by", "through"), ``period`` ("quotas for 2011", "the first half
  of 2014") and ``operation`` (a plant "due to start production in 2027") are never an
  event's date.

Each expression is resolved to a date and a precision by date_resolution.py (SPEC §2: "early
2025" is quarter precision); date_screen.py skips the patterns a sentence cannot match.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime

from orewatch.extractors._shared.cjk import inside_title
from orewatch.extractors.events.date_resolution import resolve
from orewatch.extractors.events.date_roles import EARLIER_ACT_BEFORE, EXTENSION_END, OPERATION_BEFORE, PAST_ACT_BEFORE, RECORD_SINCE, STANDING_SINCE
from orewatch.extractors.events.date_screen import DateScreen

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?P<year>(?:19[89]|20[0-4])\d)"
_REL_YEAR = r"(?P<rel>this|last|next)\s+year"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Ordered: the first pattern to claim a stretch of text wins (longest forms first).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso_day", re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    # 下月1日, 上個月15號: a day of the month before or after the publication's (day precision).
    ("zh_rel_mday", re.compile(r"(?P<zhmrel>上|本|下)(?:个|個)?月(?P<day>\d{1,2})[日号號]")),
    ("zh_day", re.compile(r"(?:(?P<year>\d{4})年)?(?P<mnum>\d{1,2})月(?P<day>\d{1,2})[日号號]")),
    ("zh_month", re.compile(r"(?:(?P<year>\d{4})年|(?P<zhrel>今年|去年|明年))?(?P<mnum>\d{1,2})月(?!\d)")),
    # 年初, 今年初, 去年年底, 2024年底: the start or the end of a year (quarter precision).
    ("zh_part_year", re.compile(r"(?:(?P<year>\d{4})|(?P<zhrel>今|去|明))?年年?(?P<zhpart>初|底|末)(?!步)")),
    ("zh_year", re.compile(r"(?P<year>\d{4})年(?!\d)")),
    ("zh_rel", re.compile(r"(?P<zhrel>今年|去年|明年|上月|上个月|上個月|本月|(?:下月|下个月|下個月)(?=起|开始|開始)|昨天|昨日|前天|(?<![目此之以提事先当當日])前日(?=[宣公发發表称稱起晚在正召])|今天|今日|日前|近日|近期)")),
    # 上周, 本週 (last week, this week), 下周起 (from next week: only as a start) without a weekday after them: month precision.
    ("zh_week", re.compile(r"(?P<zhweek>上|本|下(?=(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?:起|开始|開始)))(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天末])")),
    # 7日 (the 7th, month unsaid: of the publication month, or the one before); not "21日内"
    # (within 21 days), not the second day of a span ("6日-8日"), not 1号文件 (号 names documents).
    # Taiwan's press puts the day in brackets after 昨/今 ("昨（9）日", "今（16）日"): the same day.
    ("zh_mday", re.compile(r"(?<![\d月年\-－~～.])(?:[昨今前][（(])?(?P<day>[12]?\d|3[01])[）)]?日(?![内內])")),
    # 星期二, 周五, 上週一, 本周二, 下周三: a weekday (bare: the latest on or before publication;
    # 上 of the week before, 本/这 of the publication's week, 下 of the week after).
    ("zh_weekday", re.compile(r"(?P<zhwweek>上|本|这|這|下)?(?:个|個)?(?:星期|禮拜|礼拜|周|週)(?P<zhwd>[一二三四五六日天])")),
    (
        "month_day",
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+(?:{_YEAR}|{_REL_YEAR}))?"
        ),
    ),
    (
        "day_month",
        re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:{_YEAR}|{_REL_YEAR}))?"),
    ),
    (
        "part_month",
        re.compile(rf"\b(?P<part>early|mid|late|end\s+of|beginning\s+of)[-\s]+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
    ),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+(?:{_YEAR}|{_REL_YEAR})\b")),
    (
        "quarter",
        re.compile(
            rf"\b(?:Q(?P<qnum>[1-4])|(?P<qord>first|second|third|fourth)\s+quarter)"
            rf"(?:\s+(?:of\s+)?(?:{_YEAR}|{_REL_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "half",
        re.compile(
            r"\b(?:H[12]|(?:first|second)\s+half|first\s+(?:six|nine|three|\w+)\s+months)"
            rf"(?:\s+of)?(?:\s+(?:{_YEAR}|{_REL_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "part_year",
        re.compile(
            r"\b(?:the\s+)?(?P<part>early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)"
            rf"[-\s]+(?:the\s+)?(?:{_YEAR}|{_REL_YEAR}|(?P<theyear>year))\b",
            re.I,
        ),
    ),
    ("earlier_year", re.compile(r"\b(?:earlier|later)\s+this\s+year\b", re.I)),
    # "three months after Beijing suspended its ban", "two weeks ago": counted back from publication.
    ("span_ago", re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                            r"(?P<unit>days?|weeks?|months?|years?)\s+(?:ago|after|since)\b", re.I)),
    ("rel_year", re.compile(rf"\b{_REL_YEAR}\b", re.I)),
    ("rel_month", re.compile(r"\b(?P<mrel>last|this|next)\s+month\b|\bearlier\s+this\s+month\b", re.I)),
    ("rel_week", re.compile(r"\b(?P<wrel>last|this|next)\s+week\b|\bearlier\s+this\s+week\b", re.I)),
    ("rel_day", re.compile(r"\b(?P<drel>yesterday|today)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<wlast>last)\s+)?{_WEEKDAY}\b")),
    ("month", re.compile(rf"\b{_MONTH}(?!\w)")),
    ("year", re.compile(rf"(?<![\d.,$])\b{_YEAR}\b(?![\d%.,]\d|\s*(?:-|–|to)\s*\d)")),
]

# Words just before an expression that say what it is.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|through|thru|by|before|expires?\s+on|expire\s+on|ends?\s+on|due\s+by|deadline\s+of"
    r"|valid\s+until)\s+(?:the\s+)?(?:end\s+of\s+)?$"
    # Chinese: the end of a span or a deadline ("8月1日至12月31日", "截至6月底").
    r"|(?:至|到|截至|截止到?)$",
    re.I,
)
_EFFECTIVE_BEFORE = re.compile(
    r"(?:\b(?:from|starting|starting\s+from|starting\s+on|starting\s+in|beginning\s+in|effective|effective\s+from|effective\s+on"
    r"|takes?\s+effect(?:\s+on|\s+from)?|took\s+effect(?:\s+on)?|come\s+into\s+(?:force|effect)(?:\s+on)?"
    r"|comes\s+into\s+(?:force|effect)(?:\s+on)?|as\s+of|beginning|begins|start\s+on)\s+(?:the\s+)?|[自从從])$",
    re.I,
)
# Chinese: the date is when it starts ("10月1日起"), takes effect or goes into production
# ("2013年投产", "2023年底建成投产", "明年1月1日施行").
_EFFECTIVE_AFTER = re.compile(r"^\s*(?:起|开始|開始|投产|投產|建成|竣工|生效|施行|正式实施|正式實施)")
# Chinese: a date inside a relative clause before the measure's noun ("暂停实施今年10月9日公布的
# 管制措施", "去年12月出台、禁止…的规定") dates an earlier act on that measure, not the act the
# sentence reports: it stands in only after the sentence's plain dates (role ``earlier``).
_EARLIER_ACT_AFTER = re.compile(r"^\s*(?:上旬|中旬|下旬|初|底|末|份)?(?:公布|宣布|发布|發布|出台|推出|颁布|頒布|通过|通過|实施|實施|签署|簽署)(?:的|、)")
# Chinese: a date before 前/之前/以前 is a deadline ("计划2026年前将产能扩大至…": by 2026)
_DEADLINE_AFTER = re.compile(r"^(?:之前|以前|前(?![日天]))")
_PERIOD_BEFORE = re.compile(
    r"\bfor\s+(?:the\s+)?(?:whole\s+|full\s+)?(?:year\s+)?$|\b(?:of|in)\s+the\s+$|\brest\s+of\s+$"
    # "95,000 tons a year in 2026": the year of a rate, not of the decision.
    r"|\b(?:a|per|each|every)\s+year\s+in\s+$|\bannually\s+in\s+$",
    re.I,
)
# "May" is a modal verb as often as a month: read it only after a preposition.
_MAY_OK_BEFORE = re.compile(r"\b(?:in|since|from|of|early|late|mid|until|by|on|during)\s+$", re.I)
_YEAR_OK_BEFORE = re.compile(r"\b(?:in|since|during|from|of|year|until|by|early|late|mid|throughout)\s+$", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|would|(?:is|are)\s+set\s+to|expected\s+to|scheduled\s+to"
    r"|due\s+to\s+take|later\s+this\s+year)\b"
    # Chinese 将 speaks of the future of its own clause only (no comma before the date).
    r"|[将將](?=[^，,；;]*$)",
    re.I,
)
_PAST_BEFORE = re.compile(r"(?:已|已经|已經)[于於自从從]$")
_QUARTER_OF_TIME_AFTER = re.compile(r"^\s+quarter\b", re.I)
# "took effect on Saturday", "came into force in May": a start told in the past lies on or
# before publication, like a plain date.
_PAST_START_BEFORE = re.compile(r"\b(?:took|came|went|kicked|began|started|became)\b[^.;]{0,30}$", re.I)
# A year that modifies the measure's noun ("the second batch of 2024 rare earth quotas", "its
# 2011 rare earths export quota"): the period the measure covers, not the day it was set.
_MODIFIES_MEASURE = re.compile(
    r"^(?:\s+[a-z][a-z-]*){0,3}\s+(?:quotas?|caps?|targets?|allocations?|batch(?:es)?|budgets?)\b"
)
# A numbered document's date is part of its name, as a date inside 《》 is ("Announcement No. 18
# of 2025", "Decision n° 001/ARECOMS/2025 of February 22nd 2025", "Regulations No. 18 and 19 of 2025").
_NUMBERED_NAME_BEFORE = re.compile(r"(?:\bNo\.?|\b[Nn]°|\b[Nn]umber)\s*[\w/.-]*\d[\w/.-]*(?:\s+(?:and|&)\s+[\w/.-]+)?\s+(?:of|dated)\s+$")
# The same after the noun: "the first batch of last year", "quotas for 2011".
_OF_MEASURE_BEFORE = re.compile(r"\b(?:quotas?|caps?|targets?|allocations?|batch(?:es)?|budgets?)\s+(?:of|for)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression found in a sentence, resolved; offsets count in the sentence text."""

    start: int
    end: int
    text: str
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # day | month | quarter | year
    role: str  # when | earlier | effective | deadline | period | since | operation


def parse_published(published: str | None) -> date | None:
    """The publication day in the source's own local time ("2025-10-28T11:24:00+08:00"); for a
    publication known to the month only ("2025-04", ISO 8601 reduced precision), the month's
    last day: its dates ("on 11 April", "last week") then resolve inside that month or before."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
        if not m:
            return None
        try:
            if m[3] is None:  # "2025-04": a month only; its last day, so that the whole month has passed
                return date(int(m[1]), int(m[2]), monthrange(int(m[1]), int(m[2]))[1])
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None


def published_fallback(published: date | None) -> tuple[str | None, str | None]:
    """The date an event takes when its sentence names none: the publication month."""
    if published is None:
        return None, None
    return f"{published.year:04d}-{published.month:02d}", "published"


def find_dates(text: str, published: date | None) -> list[DateExpr]:
    """All date expressions in `text` (a sentence), resolved against `published`. A month
    without a year is the latest one on or before publication, or the next one when the
    sentence speaks of the future ("will ... in November") or of an effective date."""
    taken: list[tuple[int, int]] = []
    found: list[DateExpr] = []
    screen = DateScreen(text)
    for kind, pattern in _PATTERNS:
        if not screen.may_match(kind):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            before, after = text[max(0, start - 40) : start], text[end : end + 40]
            # An implausible match still claims its text, so that a shorter pattern does not
            # read a piece of it ("the April 2023 quarter" is not April).
            taken.append((start, end))
            if not _plausible(kind, m, before, after) or inside_title(text, start, end):  # "《关于下达2011年…的通知》": part of a name
                continue
            # Future only when the sentence says so before the date ("will ... in November");
            # never after 已 ("already": "已于4月10日起暂停" started on the past April 10). A start
            # told in the past ("took effect on Saturday") lies on or before publication too.
            role, past = _role(kind, before, after), bool(_PAST_BEFORE.search(before))
            role = "deadline" if role == "when" and EXTENSION_END.search(text, max(0, start - 150), start) else role
            future = not past and bool(_FUTURE.search(text, 0, start)) and not PAST_ACT_BEFORE.search(before)
            past = past or (role == "effective" and not future and bool(_PAST_START_BEFORE.search(before)))
            resolved = resolve(kind, m, published, "when" if past else role, future)
            if resolved is None:
                continue
            value, precision, _ = resolved
            found.append(DateExpr(start, end, m.group(0), value, precision, role))
    return sorted(found, key=lambda d: d.start)


def _plausible(kind: str, m: re.Match[str], before: str, after: str) -> bool:
    if _NUMBERED_NAME_BEFORE.search(before):
        return False  # "Decision No. 001/2025 of February 22nd 2025": part of a document's name
    if kind == "month" and m.group("month") == "May" and not _MAY_OK_BEFORE.search(before):
        return False
    if kind in ("month", "month_year") and _QUARTER_OF_TIME_AFTER.match(after):
        return False  # "the December quarter", "the April 2023 quarter": a reporting period
    if kind == "year":
        if _QUARTER_OF_TIME_AFTER.match(after):
            return False
        # A bare year is a modifier as often as a date ("its 2011 quota"): prepositions only.
        return bool(_YEAR_OK_BEFORE.search(before))
    return True



def _role(kind: str, before: str, after: str) -> str:
    if kind == "half":
        return "period"
    if OPERATION_BEFORE.search(before):
        return "operation"
    if RECORD_SINCE.search(before) or STANDING_SINCE.search(before):  # a standing measure's start: "standing"
        return "since" if RECORD_SINCE.search(before) else "standing"
    if _DEADLINE_BEFORE.search(before) or (kind.startswith("zh_") and _DEADLINE_AFTER.match(after)):
        return "deadline"
    if _EFFECTIVE_BEFORE.search(before) or _EFFECTIVE_AFTER.match(after):
        return "effective"
    if _EARLIER_ACT_AFTER.match(after) or EARLIER_ACT_BEFORE.search(before):  # "the offtake signed in 2022"
        return "earlier"
    if kind in ("year", "month_year", "quarter") and _PERIOD_BEFORE.search(before):
        return "period"
    if kind == "year" and _MODIFIES_MEASURE.match(after):
        return "period"
    if kind in ("year", "rel_year") and _OF_MEASURE_BEFORE.search(before):
        return "period"
    return "when"


def choose_date(
    candidates: list[DateExpr], trigger_start: int, trigger_end: int, roles: tuple[str, ...] = ("when", "effective")
) -> DateExpr | None:
    """The event's date among a sentence's expressions: the plain date nearest the trigger;
    an effective date only when there is no plain one; deadlines and periods never."""
    for role in roles:
        pool = [d for d in candidates if d.role == role]
        if pool:
            return min(pool, key=lambda d: _distance(d, trigger_start, trigger_end))
    return None


def _distance(d: DateExpr, start: int, end: int) -> int:
    if d.end <= start:
        return start - d.end
    if d.start >= end:
        return d.start - end
    return 0
