""""Search documents" dumps (SPEC §1): optional header lines, then groups of a title, a line
`Source Name· YYYY-MM-DD HH:MM` and one long body line; each group is one article."""

from __future__ import annotations

import re

from orewatch.readers.articles import build_article
from orewatch.readers.cleaning import split_bullets_and_headers
from orewatch.readers.dates import parse_published
from orewatch.readers.results import Problem, ReadOptions
from orewatch.records import Article

# "Sou Hu Cai Jing· 2025-10-28 11:24": the separator is U+00B7 (also accepted: U+2022, U+30FB).
SOURCE_LINE = re.compile(
    r"^(?P<source>[^·•・]*?)\s*[·•・]\s*"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)
HEADER_LINES = frozenset({"workflow", "icon", "search documents"})
_HEADER_ZONE = 6  # header lines, when present, are among the first lines of the file
# A title is a headline; a longer line before a source line is a body whose title is missing.
_MAX_TITLE_CHARS = 300

Line = tuple[int, str]  # (1-based line number, stripped text)


def non_empty_lines(text: str) -> list[Line]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [(n, line.strip().lstrip("\ufeff")) for n, line in enumerate(lines, 1) if line.strip()]


def is_search_dump(lines: list[Line]) -> bool:
    """True when the content has the dump's shape, whatever the file is called.

    A single source line as the second line of a longer text is a plain-text byline instead.
    """
    groups = [i for i, (_, line) in enumerate(lines) if SOURCE_LINE.match(line)]
    if not groups:
        return False
    if any(line.lower() in HEADER_LINES for _, line in lines[:_HEADER_ZONE]):
        return True
    return len(groups) >= 2 or groups[0] != 1 or len(lines) == 3


def _group_problem(origin: str, line_no: int, message: str) -> Problem:
    return Problem(f"{origin}:{line_no}", message)


def read_dump(lines: list[Line], origin: str, options: ReadOptions) -> list[Article | Problem]:
    """Every complete group as an Article; an incomplete one (truncated dump, missing title)
    as a Problem naming its line. Lines before the first title are header lines."""
    out: list[Article | Problem] = []
    groups = [i for i, (_, line) in enumerate(lines) if SOURCE_LINE.match(line)]
    # In the usual dump every body is one line; then extra short lines at the end of the file
    # are the title of a group the dump lost. A dump with wrapped bodies keeps them as text.
    one_line_bodies = all(nxt - 1 - (at + 1) <= 1 for at, nxt in zip(groups, groups[1:], strict=False))
    for k, at in enumerate(groups):
        line_no, source_line = lines[at]
        previous = groups[k - 1] if k else -1
        title_at = at - 1
        if (
            title_at <= previous
            or len(lines[title_at][1]) > _MAX_TITLE_CHARS
            or lines[title_at][1].lower() in HEADER_LINES
        ):
            out.append(_group_problem(origin, line_no, "source line without a title before it"))
            title_at = None
        last = k == len(groups) - 1
        end = len(lines) if last else groups[k + 1] - 1
        body = lines[at + 1 : end]
        if last and one_line_bodies and len(body) > 1 and len(body[-1][1]) <= _MAX_TITLE_CHARS:
            # The dump was cut after the next group's title.
            dangling_no, dangling = body.pop()
            out.append(
                _group_problem(
                    origin, dangling_no,
                    f"title {dangling[:60]!r} has no source line and no body (truncated dump?)",
                )
            )
        if title_at is None:
            continue
        title = lines[title_at][1]
        if not body:
            out.append(
                _group_problem(origin, line_no, f"group {title[:60]!r} has no body line (truncated dump?)")
            )
            continue
        match = SOURCE_LINE.match(source_line)
        text = "\n".join(split_bullets_and_headers(line) for _, line in body)
        article, problems = build_article(
            title=title,
            text=text,
            origin=f"{origin}:{lines[title_at][0]}",
            options=options,
            source=match.group("source") or None,
            published=parse_published(match.group("date"), options.timezone),
            clean=False,
        )
        out.extend(([article] if article else []) + problems)
    return out
