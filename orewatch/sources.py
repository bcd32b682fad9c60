"""Reads `sources.toml`: the folders, files, URLs and feeds of the nightly run, each with
its time zone, and the schedule. A wrong entry is one clear line naming the entry."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from orewatch import DEFAULT_TIMEZONE
from orewatch.readers import Problem, ReadOptions, ReadResult, iter_paths
from orewatch.records import Article

KINDS = ("folder", "file", "url", "feed")
DEFAULT_CRON = "0 2 * * *"
DEFAULT_SOURCES_FILE = "sources.toml"
FEED_SUFFIXES = (".rss", ".xml", ".atom", "/feed", "/rss", "/feed/", "/rss/")


class SourcesError(ValueError):
    """A problem in sources.toml; its message is one line naming the file and the entry."""


@dataclass(frozen=True, slots=True)
class Source:
    """One place to read articles from."""

    name: str
    kind: str  # folder | file | url | feed
    location: str  # an absolute path for folder/file, a URL for url/feed
    timezone: str = DEFAULT_TIMEZONE
    publisher: str | None = None  # default `source` for articles that name none

    @property
    def is_remote(self) -> bool:
        return self.kind in ("url", "feed")


def _options(source: Source) -> ReadOptions:
    return ReadOptions(timezone=source.timezone, source=source.publisher)


def iter_source(source: Source) -> Iterator[Article | Problem]:
    """Every article of one source, and its problems, one at a time: local files and folders
    are streamed (flat memory); a page or a feed is read whole. Problems are yielded, never
    raised (the readers' contract)."""
    if source.is_remote:
        result = read_source(source)
        yield from result.articles
        yield from result.problems
        return
    yield from iter_paths([source.location], _options(source))


def read_source(source: Source) -> ReadResult:
    """Every article of one source, with its time zone and default publisher, collected;
    problems are returned, never raised (the readers' contract)."""
    from orewatch.readers import read_feed, read_url  # the web readers load on first use

    if source.kind == "feed":
        return read_feed(source.location, _options(source))
    if source.kind == "url":
        return read_url(source.location, _options(source))
    result = ReadResult()
    for item in iter_source(source):
        result.add(item)
    return result


@dataclass(frozen=True, slots=True)
class SourcesConfig:
    sources: tuple[Source, ...]
    cron: str = DEFAULT_CRON
    schedule_timezone: str = "UTC"
    batch_size: int = 1000


def resolve_sources_path(arg: str | None) -> Path:
    """`--sources`, else `OREWATCH_SOURCES`, else ./sources.toml."""
    return Path(arg or os.environ.get("OREWATCH_SOURCES") or DEFAULT_SOURCES_FILE)


def _check_timezone(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise SourcesError(f"{where}: timezone must be a string such as {DEFAULT_TIMEZONE!r}")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise SourcesError(f"{where}: unknown timezone {value!r} (use an IANA name such as {DEFAULT_TIMEZONE!r})")
    return value


def _parse_source(entry: object, index: int, base: Path, default_tz: str, path: Path) -> Source:
    where = f"{path}: [[source]] #{index}"
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: must be a table with name, kind and path or url")
    name = entry.get("name") or f"source-{index}"
    where = f"{path}: [[source]] #{index} ({name!r})"
    unknown = set(entry) - {"name", "kind", "path", "url", "timezone", "publisher"}
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise SourcesError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    timezone = _check_timezone(entry.get("timezone", default_tz), where)
    if kind in ("folder", "file"):
        raw = entry.get("path")
        if not isinstance(raw, str) or not raw:
            raise SourcesError(f"{where}: a {kind} source needs a path")
        location = (base / raw).resolve()
        if kind == "folder" and not location.is_dir():
            raise SourcesError(f"{where}: folder {raw!r} does not exist")
        if kind == "file" and not location.is_file():
            raise SourcesError(f"{where}: file {raw!r} does not exist")
        return Source(str(name), kind, str(location), timezone, entry.get("publisher"))
    url = entry.get("url")
    parsed = urlparse(url) if isinstance(url, str) else None
    if not parsed or parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SourcesError(f"{where}: a {kind} source needs an http(s) url, not {url!r}")
    return Source(str(name), kind, url, timezone, entry.get("publisher"))


def load_sources(path: Path) -> SourcesConfig:
    """Parse and check sources.toml; relative paths count from the file's own folder."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file (pass --sources or set OREWATCH_SOURCES)")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML ({exc})")
    defaults = data.get("defaults", {})
    schedule = data.get("schedule", {})
    default_tz = _check_timezone(defaults.get("timezone", DEFAULT_TIMEZONE), f"{path}: [defaults]")
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{path}: no [[source]] entries")
    base = path.resolve().parent
    sources = tuple(_parse_source(e, i, base, default_tz, path) for i, e in enumerate(entries, 1))
    cron = schedule.get("cron", DEFAULT_CRON)
    if not isinstance(cron, str) or len(cron.split()) != 5:
        raise SourcesError(f"{path}: [schedule] cron must have five fields, like '0 2 * * *', not {cron!r}")
    batch_size = defaults.get("batch_size", 1000)
    if not isinstance(batch_size, int) or batch_size < 1:
        raise SourcesError(f"{path}: [defaults] batch_size must be a positive integer")
    return SourcesConfig(
        sources=sources,
        cron=cron,
        schedule_timezone=_check_timezone(schedule.get("timezone", "UTC"), f"{path}: [schedule]"),
        batch_size=batch_size,
    )


def sources_from_arguments(items: list[str], timezone: str = DEFAULT_TIMEZONE) -> tuple[Source, ...]:
    """Sources for `orewatch ingest PATH|URL...`: an http(s) URL is a page, or a feed when
    prefixed with `feed:` or when its path ends like a feed (.rss, .xml, .atom, /feed);
    everything else is a local file or folder."""
    sources = []
    for item in items:
        if item.startswith("feed:"):
            sources.append(Source(item, "feed", item[len("feed:"):], timezone))
        elif item.startswith(("http://", "https://")):
            kind = "feed" if urlparse(item).path.lower().endswith(FEED_SUFFIXES) else "url"
            sources.append(Source(item, kind, item, timezone))
        else:
            location = Path(item).resolve()
            kind = "folder" if location.is_dir() else "file"
            sources.append(Source(item, kind, str(location), timezone))
    return tuple(sources)
