"""Web pages: fetch one URL under the fetching policy and read it as an HTML article."""

from __future__ import annotations

from orewatch.readers.decoding import BINARY, declared_html_charset, decode_bytes
from orewatch.readers.fetch import Fetcher, Response
from orewatch.readers.htmlpage import read_html
from orewatch.readers.results import Problem, ReadOptions, ReadResult

_HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml", "text/plain"})


def article_from_response(
    response: Response,
    origin: str,
    options: ReadOptions,
    *,
    fallback_title: str | None = None,
    fallback_published: str | None = None,
    fallback_source: str | None = None,
) -> ReadResult:
    """A fetched page as an article (or the Problem saying why not)."""
    result = ReadResult()
    if response.content_type not in _HTML_TYPES:
        result.add(Problem(origin, f"not an HTML page (content type {response.content_type})"))
        return result
    html = decode_bytes(response.body, response.charset or declared_html_charset(response.body))
    if html is None:
        result.add(Problem(origin, BINARY))
        return result
    for item in read_html(
        html, origin, options, url=response.url, fetched_at=response.fetched_at,
        fallback_title=fallback_title, fallback_published=fallback_published,
        fallback_source=fallback_source,
    ):
        result.add(item)
    return result


def read_url(
    url: str, options: ReadOptions = ReadOptions(), *, fetcher: Fetcher | None = None
) -> ReadResult:
    """One HTML page at `url` as an article; never raises for network or content failures.

    Pass a `fetcher` to share connections and robots.txt across many URLs.
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        response = fetcher.fetch(url)
        if isinstance(response, Problem):
            return ReadResult(problems=[response])
        return article_from_response(response, url, options)
    finally:
        if own:
            fetcher.close()
