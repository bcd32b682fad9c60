"""Publication dates: a short date string in, ISO 8601 out, with the source's UTC offset.

Cheap parsers first (`datetime.fromisoformat`, RFC 2822, numeric and Chinese patterns), one
shared, language-restricted dateparser last, and only ever on short strings, never on article
text (PERFORMANCE-NOTES: dateparser costs 10 ms per unreadable string without `languages`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from orewatch import DEFAULT_TIMEZONE

# Words that introduce a date on a byline ("Updated on 2024-01-31"); dateparser reads none of
# them, so they are stripped first.
_PREFIX = re.compile(
    r"^(?:(?:last\s+)?updated|published|posted|released|first\s+published|date|更新于|发布于|发布时间|发表于)"
    r"(?:\s+(?:on|at))?\s*[:：]?\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)
_CHINESE = re.compile(
    r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?$"
)
# ISO 8601 reduced precision: a publication known to the month only ("2025-05").
_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])$")
_HAS_TIME = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
_MAX_DATE_CHARS = 64  # longer strings are not dates: never hand article text to dateparser


@lru_cache(maxsize=16)
def zone(name: str) -> ZoneInfo | timezone:
    """The IANA zone `name`; UTC when the name is unknown (documented fallback)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


@lru_cache(maxsize=1)
def _date_parser():
    # One parser for the whole process: building one costs ~70 ms. Relative expressions
    # ("yesterday") are not publication dates, so that parser is left out.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en", "zh"],
        settings={
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def format_datetime(moment: datetime, tz_name: str) -> str:
    """ISO 8601 to the second; a naive time is taken to be in `tz_name`."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(tz_name))
    return moment.replace(microsecond=0).isoformat()


def _from_groups(match: re.Match, tz_name: str) -> str | None:
    g = match.groupdict()
    try:
        if g["H"] is None:
            return date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat()
        moment = datetime(
            int(g["y"]), int(g["m"]), int(g["d"]), int(g["H"]), int(g["M"]), int(g["S"] or 0)
        )
    except ValueError:
        return None
    return format_datetime(moment, tz_name)


def parse_published(value: str | None, tz_name: str = DEFAULT_TIMEZONE) -> str | None:
    """"2025-10-28 11:24" -> "2025-10-28T11:24:00+08:00" (naive times in `tz_name`);
    a date without a time stays a date ("2024-01-31"); a month alone stays a month ("2025-05",
    "May 2025" -> "2025-05": ISO 8601 reduced precision); unreadable or vague -> None."""
    if not value:
        return None
    text = " ".join(str(value).split())
    text = _PREFIX.sub("", text).strip(" ,|·-")
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    if _MONTH.match(text):
        return text
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return format_datetime(datetime.fromisoformat(text), tz_name)
    except ValueError:
        pass
    for pattern in (_NUMERIC, _CHINESE):
        match = pattern.match(text)
        if match:
            return _from_groups(match, tz_name)
    try:  # RFC 2822, the date format of RSS: "Tue, 28 Oct 2025 11:24:00 +0800"
        return format_datetime(parsedate_to_datetime(text), tz_name)
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_with_dateparser(text, tz_name)


def _parse_with_dateparser(text: str, tz_name: str) -> str | None:
    data = _date_parser().get_date_data(text)
    moment = data.date_obj if data else None
    if moment is None or data.period not in ("day", "month"):
        return None  # "2025" alone says too little to place an article
    if data.period == "month":  # "October 2025": known to the month only
        return moment.strftime("%Y-%m")
    if not _HAS_TIME.search(text) and moment.tzinfo is None:
        return moment.date().isoformat()
    return format_datetime(moment, tz_name)


def utc_now() -> str:
    """The current time, UTC, ISO 8601 to the second (for `fetched_at`)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
