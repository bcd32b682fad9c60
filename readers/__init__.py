"""Readers turn files, URLs and feeds into `Article` records (SPEC §1).

Public API (stable; flows/, the CLI and evaluation code call only these):
- `read_paths(paths, options) -> ReadResult`: files and folders of any local format
  (.txt plain text or "Search documents" dump, .html/.htm, .jsonl/.ndjson, .xml/.rss/.atom).
- `iter_paths(paths, options)`: the same, one Article or Problem at a time (flat memory).
- `read_url(url, options) -> ReadResult`: one HTML page.
- `read_feed(url, options) -> ReadResult`: an RSS/Atom feed, each entry fetched through its link.
- `iter_jsonl(path, options)`: Articles and Problems from a JSON Lines file, streamed.
- `canonical_url(url)`, `Fetcher` (share one across many read_url/read_feed calls).
- `ReadOptions`, `ReadResult`, `Problem`.
Nothing here raises for a bad input: each becomes a `Problem` ("ORIGIN: MESSAGE").
"""

from orewatch.readers.jsonl import iter_jsonl
from orewatch.readers.paths import iter_paths, read_paths
from orewatch.readers.results import Problem, ReadOptions, ReadResult
from orewatch.readers.urls import canonical_url

# The web readers import httpx, trafilatura and feedparser (~0.3 s): loaded on first use, so
# that reading local JSON Lines or text (`orewatch extract FILE`) does not pay for them.
_LAZY = {"read_feed": "orewatch.readers.feeds", "Fetcher": "orewatch.readers.fetch", "read_url": "orewatch.readers.web"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Fetcher",
    "Problem",
    "ReadOptions",
    "ReadResult",
    "canonical_url",
    "iter_jsonl",
    "iter_paths",
    "read_feed",
    "read_paths",
    "read_url",
]
