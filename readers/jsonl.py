"""JSON Lines: one article object per line, streamed (files of 10k+ articles are never loaded
whole); a bad line is a Problem naming its line, the others are still read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from orewatch.readers.articles import build_article
from orewatch.readers.dates import format_datetime, parse_published, zone
from orewatch.readers.decoding import BINARY, EMPTY, looks_binary
from orewatch.readers.results import Problem, ReadOptions
from orewatch.records import Article

_STRING_FIELDS = ("title", "text", "url", "source", "published", "language", "fetched_at")
_BYTES_PER_CHAR = 4  # UTF-8 worst case: a line may hold max_article_chars of text


def _published(value: object, tz_name: str) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # A Unix timestamp: shown in the source's zone, like the other dates of the input.
        return format_datetime(datetime.fromtimestamp(value, timezone.utc).astimezone(zone(tz_name)), tz_name)
    return parse_published(value, tz_name) if isinstance(value, str) else None


def _article_from_object(
    data: object, origin: str, options: ReadOptions
) -> list[Article | Problem]:
    if not isinstance(data, dict):
        return [Problem(origin, "not a JSON object")]
    for name in _STRING_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str) and not (
            name == "published" and isinstance(value, (int, float))
        ):
            return [Problem(origin, f"field {name!r} is not a string")]
    if not (data.get("text") or "").strip():
        return [Problem(origin, "missing text")]
    if not (data.get("title") or "").strip():
        return [Problem(origin, "missing title")]
    # An unreadable date loses the date, not the article.
    published = _published(data.get("published"), options.timezone)
    article, problems = build_article(
        title=data["title"],
        text=data["text"],
        origin=origin,
        options=options,
        url=data.get("url"),
        source=data.get("source"),
        published=published,
        language=data.get("language"),
        fetched_at=data.get("fetched_at"),
    )
    return ([article] if article else []) + problems


def iter_jsonl(path: str | Path, options: ReadOptions = ReadOptions()) -> Iterator[Article | Problem]:
    """Articles and Problems, in line order, reading one line at a time."""
    path = Path(path)
    name = str(path)
    limit = options.max_article_chars * _BYTES_PER_CHAR + 65536
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Problem(name, f"cannot read file: {error.strerror or error}")
        return
    with handle:
        if looks_binary(handle.read(8192)):
            yield Problem(name, BINARY)
            return
        handle.seek(0)
        seen_content = False
        line_no = 0
        while True:
            raw = handle.readline(limit)
            if not raw:
                break
            line_no += 1
            origin = f"{name}:{line_no}"
            if len(raw) == limit and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of an overlong line
                    raw = handle.readline(limit)
                yield Problem(origin, f"line longer than {limit} bytes")
                continue
            if line_no == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            seen_content = True
            try:
                data = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Problem(origin, "not valid UTF-8")
                continue
            except ValueError:
                yield Problem(origin, "not valid JSON")
                continue
            yield from _article_from_object(data, origin, options)
        if not seen_content:
            yield Problem(name, EMPTY)
