"""Plain-text articles: the first non-empty line is the title, an optional byline
("Mondo Finance Updated on 2024-01-31", "Publisher· 2025-10-28 11:24") gives source and date,
the rest is the text."""

from __future__ import annotations

import re

from orewatch.readers.articles import build_article
from orewatch.readers.dates import parse_published
from orewatch.readers.results import Problem, ReadOptions
from orewatch.records import Article

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
_DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:Z|\s?[+-]\d{2}:?\d{2})?"
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}[:：]\d{2})?"
    rf"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_TIME}"
    rf"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}{_TIME})"
)
# A byline: an optional publisher, a separator or a word such as "Updated on", then a date
# that ends the line.
BYLINE = re.compile(
    r"^(?:By\s+)?(?P<source>.*?)[\s·•・|,\-–—]*"
    r"(?:(?:Last\s+)?(?:Updated|Published|Posted|Released)(?:\s+(?:on|at))?\s*:?\s*|(?:更新于|发布于|发布时间)\s*[:：]?\s*)?"
    rf"(?P<date>{_DATE})\s*$",
    re.IGNORECASE,
)
_MAX_BYLINE_CHARS = 120
_MAX_SOURCE_WORDS = 8  # more words before the date and it is a sentence, not a byline


def parse_byline(line: str, tz_name: str) -> tuple[str | None, str] | None:
    """(source or None, ISO date) when `line` clearly is a byline, else None."""
    line = line.strip()
    if len(line) > _MAX_BYLINE_CHARS:
        return None
    match = BYLINE.match(line)
    if not match:
        return None
    source = match.group("source").strip(" \t·•・|,-–—")
    if len(source.split()) > _MAX_SOURCE_WORDS or source.endswith((".", "。")):
        return None
    published = parse_published(match.group("date"), tz_name)
    if published is None:
        return None
    return (source or None), published


def read_plain_text(text: str, origin: str, options: ReadOptions) -> list[Article | Problem]:
    """One article from a plain-text file's content."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return [Problem(origin, "empty file (only whitespace)")]
    title = lines[first].strip().lstrip("\ufeff")
    rest = lines[first + 1 :]
    source = published = None
    second = next((i for i, line in enumerate(rest) if line.strip()), None)
    if second is not None:
        byline = parse_byline(rest[second], options.timezone)
        if byline is not None:
            source, published = byline
            rest = rest[second + 1 :]
    article, problems = build_article(
        title=title, text="\n".join(rest), origin=origin, options=options,
        source=source, published=published,
    )
    return ([article] if article else []) + problems
