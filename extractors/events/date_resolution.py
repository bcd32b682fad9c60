"""Resolves a date expression found by dates.py to a calendar date and its precision, against
the article's publication day (SPEC §2): "early 2025" is quarter precision (2025-01), "late
2024" and "end of last year" quarter (2024-10), "mid-2025" quarter (2025-07), "last week"
month, "this year" and "earlier this year" year; a weekday is the latest such day on or
before publication, or the next one for an effective date. One function per kind of
expression, in `RESOLVERS`."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}  # 星期一 … 星期日/天
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Where a vague part of a year starts (quarter precision, first month of the quarter).
PART_OF_YEAR = {"early": 1, "beginning": 1, "start": 1, "mid": 7, "middle": 7, "late": 10, "end": 10}


def _ymd(value: date, precision: str) -> str:
    if precision == "day":
        return value.isoformat()
    if precision == "year":
        return f"{value.year:04d}"
    return f"{value.year:04d}-{value.month:02d}"


def _rel_year(rel: str | None, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year + {"this": 0, "last": -1, "next": 1, "今年": 0, "去年": -1, "明年": 1}.get(
        (rel or "this").lower() if rel and rel.isascii() else (rel or "this"), 0
    )


def _month_number(m: re.Match[str]) -> int:
    if "mnum" in m.re.groupindex and m.group("mnum"):
        return int(m.group("mnum"))
    return MONTHS[m.group("month").lower().rstrip(".")]


def _year_of(m: re.Match[str], published: date | None, month: int, day: int, role: str) -> int | None:
    """The explicit or relative year, else the year that puts (month, day) nearest publication:
    on or before it for a plain date, on or after it for an effective date."""
    groups = m.re.groupindex
    if "year" in groups and m.group("year"):
        return int(m.group("year"))
    if "rel" in groups and m.group("rel"):
        return _rel_year(m.group("rel"), published)
    if "zhrel" in groups and m.group("zhrel"):
        return _rel_year(m.group("zhrel"), published)
    if published is None:
        return None
    if role == "effective" or role == "deadline":
        return published.year + (1 if (month, day) < (published.month, published.day) and month < published.month else 0)
    return published.year - (1 if (month, day) > (published.month, published.day) and month > published.month else 0)


def _weekday_date(weekday: int, published: date, forward: bool) -> date:
    if forward:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


Resolved = tuple[str, str, str] | None  # (date, precision, role)


def resolve(kind: str, m: re.Match[str], published: date | None, role: str, future: bool = False) -> Resolved:
    """(date, precision, role) of the expression `m` of `kind`, or None when it cannot be
    placed (a relative date without a publication date, an impossible day). `future`: the
    sentence speaks of the future, so a month without a year is the next one."""
    if kind in RELATIVE and published is None:
        return None
    return RESOLVERS[kind](m, published, role, future)


def _day(m, published, role, future) -> Resolved:
    month, day = _month_number(m), int(m.group("day"))
    year = _year_of(m, published, month, day, "effective" if future else role)
    if year is None:
        return None
    try:
        return _ymd(date(year, month, day), "day"), "day", role
    except ValueError:
        return None


def _month(m, published, role, future) -> Resolved:
    month = _month_number(m)
    if not 1 <= month <= 12:
        return None
    year = _year_of(m, published, month, 1, "effective" if future else role)
    if year is None:
        return None
    return f"{year:04d}-{month:02d}", "month", role


def _year(m, published, role, future) -> Resolved:
    return m.group("year"), "year", role


def _quarter(m, published, role, future) -> Resolved:
    g = m.group
    q = int(g("qnum")) if g("qnum") else ORDINAL_QUARTERS[g("qord").lower()]
    year = int(g("year")) if g("year") else _rel_year(g("rel"), published)
    if year is None:
        return None
    return f"{year:04d}-{3 * q - 2:02d}", "quarter", role


def _half(m, published, role, future) -> Resolved:
    year = int(m.group("year")) if m.group("year") else _rel_year(m.group("rel"), published)
    return (f"{year:04d}", "year", "period") if year else None


def _part_of_year(m, published, role, future) -> Resolved:
    part = m.group("part").lower().split()[0]
    year = int(m.group("year")) if m.group("year") else _rel_year(m.group("rel"), published)
    if year is None:
        return None
    return f"{year:04d}-{PART_OF_YEAR[part]:02d}", "quarter", role


# --- relative to the publication day (never resolved without one) --------------------------

def _earlier_this_year(m, published, role, future) -> Resolved:
    return f"{published.year:04d}", "year", role


def _relative_year(m, published, role, future) -> Resolved:
    return f"{_rel_year(m.group('rel'), published):04d}", "year", role


def _chinese_relative(m, published, role, future) -> Resolved:
    rel = m.group("zhrel")
    if rel in ("今年", "去年", "明年"):
        return f"{_rel_year(rel, published):04d}", "year", role
    if rel in ("上月", "上个月", "上個月"):
        return _ymd(published.replace(day=1) - timedelta(days=1), "month"), "month", role
    if rel in ("下月", "下个月", "下個月"):
        return _ymd((published.replace(day=1) + timedelta(days=32)).replace(day=1), "month"), "month", role
    if rel == "本月":
        return _ymd(published, "month"), "month", role
    if rel in ("日前", "近日", "近期"):  # "a few days ago", "recently": the month of publication
        return _ymd(published, "month"), "month", role
    if rel in ("昨天", "昨日"):
        return _ymd(published - timedelta(days=1), "day"), "day", role
    if rel in ("前天", "前日"):  # the day before yesterday
        return _ymd(published - timedelta(days=2), "day"), "day", role
    return _ymd(published, "day"), "day", role


def _relative_month(m, published, role, future) -> Resolved:
    rel = (m.group("mrel") or "this").lower()
    first = published.replace(day=1)
    if rel == "last":
        return _ymd(first - timedelta(days=1), "month"), "month", role
    if rel == "next":
        return _ymd((first + timedelta(days=32)).replace(day=1), "month"), "month", role
    return _ymd(published, "month"), "month", role


def _relative_week(m, published, role, future) -> Resolved:
    shift = {"last": -7, "next": 7}.get((m.group("wrel") or "this").lower(), 0)
    return _ymd(published + timedelta(days=shift), "month"), "month", role


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _span_ago(m, published, role, future) -> Resolved:
    """"three months after X", "two weeks ago": that long before publication (days: day
    precision; weeks and months: month; years: year)."""
    n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    if unit == "year":
        return f"{published.year - n:04d}", "year", role
    if unit == "month":
        months = published.year * 12 + published.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month", role
    back = published - timedelta(days=n * (7 if unit == "week" else 1))
    return _ymd(back, "day" if unit == "day" else "month"), "day" if unit == "day" else "month", role


def _relative_day(m, published, role, future) -> Resolved:
    shift = -1 if m.group("drel").lower() == "yesterday" else 0
    return _ymd(published + timedelta(days=shift), "day"), "day", role


def _weekday(m, published, role, future) -> Resolved:
    weekday = WEEKDAYS[m.group("weekday").lower()]
    if m.group("wlast"):
        day = _weekday_date(weekday, published - timedelta(days=1), forward=False)
    else:
        day = _weekday_date(weekday, published, forward=role == "effective")
    return _ymd(day, "day"), "day", role


def _chinese_part_of_year(m, published, role, future) -> Resolved:
    """年初 (early in the year) → its January, 年底/年末 (the end) → its October, quarter
    precision like "early 2025" and "late 2024"; the year written, relative or of publication."""
    if m.group("year"):
        year = int(m.group("year"))
    elif published is None:
        return None
    else:
        year = _rel_year((m.group("zhrel") or "今") + "年", published)
    return f"{year:04d}-{1 if m.group('zhpart') == '初' else 10:02d}", "quarter", role


def _chinese_weekday(m, published, role, future) -> Resolved:
    weekday = ZH_WEEKDAYS[m.group("zhwd")]
    week = m.group("zhwweek")
    if week:  # a weekday of a named week (Monday to Sunday): 上 the one before, 下 the one after
        monday = published - timedelta(days=published.weekday())
        day = monday + timedelta(days=weekday + {"上": -7, "下": 7}.get(week, 0))
    else:
        day = _weekday_date(weekday, published, forward=role == "effective" or future)
    return _ymd(day, "day"), "day", role


def _chinese_week(m, published, role, future) -> Resolved:
    """上周 (last week) → the month of the day seven days before publication, 本周 (this
    week) → the month of publication, 下周 (next week) → the month of the day seven days
    after, as "last week", "this week" and "next week"."""
    shift = {"上": -7, "下": 7}.get(m.group("zhweek"), 0)
    return _ymd(published + timedelta(days=shift), "month"), "month", role


def _chinese_relative_month_day(m, published, role, future) -> Resolved:
    """下月1日, 上月15日: that day of the month after or before the publication's."""
    first = published.replace(day=1)
    rel = m.group("zhmrel")
    if rel == "上":
        first = (first - timedelta(days=1)).replace(day=1)
    elif rel == "下":
        first = (first + timedelta(days=32)).replace(day=1)
    try:
        return _ymd(first.replace(day=int(m.group("day"))), "day"), "day", role
    except ValueError:
        return None


def _chinese_day_of_month(m, published, role, future) -> Resolved:
    """7日 with no month: the latest 7th on or before publication, or the next one for an
    effective date or a sentence about the future."""
    day, first = int(m.group("day")), published.replace(day=1)
    forward = role == "effective" or future
    if forward and day < published.day:
        first = (first + timedelta(days=32)).replace(day=1)
    elif not forward and day > published.day:
        first = (first - timedelta(days=1)).replace(day=1)
    try:
        return _ymd(first.replace(day=day), "day"), "day", role
    except ValueError:
        return None


RESOLVERS: dict[str, Callable[..., Resolved]] = {
    **dict.fromkeys(("iso_day", "zh_day", "month_day", "day_month"), _day),
    **dict.fromkeys(("zh_month", "month_year", "month", "part_month"), _month),
    "zh_year": _year,
    "year": _year,
    "quarter": _quarter,
    "half": _half,
    "part_year": _part_of_year,
    "earlier_year": _earlier_this_year,
    "rel_year": _relative_year,
    "zh_rel": _chinese_relative,
    "rel_month": _relative_month,
    "rel_week": _relative_week,
    "rel_day": _relative_day,
    "span_ago": _span_ago,
    "weekday": _weekday,
    "zh_weekday": _chinese_weekday,
    "zh_week": _chinese_week,
    "zh_mday": _chinese_day_of_month,
    "zh_rel_mday": _chinese_relative_month_day,
    "zh_part_year": _chinese_part_of_year,
}
RELATIVE = frozenset({"span_ago", "earlier_year", "rel_year", "zh_rel", "rel_month", "rel_week", "rel_day", "weekday", "zh_weekday", "zh_week", "zh_mday", "zh_rel_mday"})
