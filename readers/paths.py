"""Local inputs: walk files and folders, detect each file's format (extension, then content)
and hand it to its reader."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from orewatch.readers.decoding import read_text_file
from orewatch.readers.dump import is_search_dump, non_empty_lines, read_dump
from orewatch.readers.jsonl import iter_jsonl
from orewatch.readers.plaintext import read_plain_text
from orewatch.readers.results import Problem, ReadOptions, ReadResult
from orewatch.records import Article

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
_SNIFF_BYTES = 2048


def iter_files(folder: Path) -> Iterator[Path]:
    """Files of a known format under `folder`, recursively, in sorted order, hidden files and
    folders skipped (their names start with a dot)."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in KNOWN_SUFFIXES
        )
    yield from sorted(found)


def sniff_format(path: Path) -> str:
    """"text", "html", "feed" or "jsonl" from a file's first bytes (unknown extensions)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return "text"  # the text reader reports why it cannot be read
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        return "html"
    return "text"


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return sniff_format(path)


def read_text_path(path: Path, options: ReadOptions) -> ReadResult:
    """A .txt file: a "Search documents" dump when its content has that shape, else one
    plain-text article."""
    result = ReadResult()
    text = read_text_file(path, options.max_file_bytes)
    if isinstance(text, Problem):
        result.add(text)
        return result
    lines = non_empty_lines(text)
    if is_search_dump(lines):
        items = read_dump(lines, str(path), options)
    else:
        items = read_plain_text(text, str(path), options)
    for item in items:
        result.add(item)
    return result


def read_html_path(path: Path, options: ReadOptions) -> ReadResult:
    from orewatch.readers.htmlpage import read_html  # trafilatura: only for HTML files

    result = ReadResult()
    text = read_text_file(path, options.max_file_bytes)
    if isinstance(text, Problem):
        result.add(text)
        return result
    for item in read_html(text, str(path), options):
        result.add(item)
    return result


def iter_file(path: Path, options: ReadOptions) -> Iterator[Article | Problem]:
    """The articles and problems of one file of any supported format, in order; JSON Lines
    are streamed line by line, other formats hold one file (capped by max_file_bytes)."""
    kind = format_of(path)
    if kind == "jsonl":
        yield from iter_jsonl(path, options)
        return
    if kind == "html":
        result = read_html_path(path, options)
    elif kind == "feed":
        from orewatch.readers.feeds import read_feed_file  # feedparser: only for feed files

        result = read_feed_file(path, options)
    else:
        result = read_text_path(path, options)
    yield from result.articles
    yield from result.problems


def read_file(path: Path, options: ReadOptions) -> ReadResult:
    """One file of any supported format."""
    result = ReadResult()
    for item in iter_file(path, options):
        result.add(item)
    return result


def iter_paths(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Article | Problem]:
    """Every article in the given files and folders (folders recursively, sorted, hidden
    files skipped), and a Problem for each input or part of one that could not be read,
    one at a time: memory stays flat however many articles the inputs hold."""
    if isinstance(paths, (str, Path)):  # one path given bare, not a string to iterate
        paths = [paths]
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in iter_files(path):
                yield from iter_file(file, options)
        elif path.is_file():
            yield from iter_file(path, options)
        elif path.exists():
            yield Problem(str(path), "not a regular file")
        else:
            yield Problem(str(path), "no such file or directory")


def read_paths(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> ReadResult:
    """Every article in the given files and folders, collected (see iter_paths)."""
    result = ReadResult()
    for item in iter_paths(paths, options):
        result.add(item)
    return result
