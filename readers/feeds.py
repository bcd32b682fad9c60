"""RSS and Atom feeds: fetched feeds (each entry's link fetched as an article) and local feed
files (each entry's own content or summary is the article; nothing is fetched)."""

from __future__ import annotations

from pathlib import Path

import feedparser
from lxml import html as lxml_html

from orewatch.readers.articles import build_article, one_line
from orewatch.readers.dates import parse_published
from orewatch.readers.decoding import read_file_bytes
from orewatch.readers.fetch import Fetcher
from orewatch.readers.results import Problem, ReadOptions, ReadResult
from orewatch.readers.web import article_from_response

_BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
    "article",
)


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (an entry's content), one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for block in root.iter(*_BLOCK_TAGS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def parse_feed(data: bytes, content_type: str | None = None, base_url: str | None = None):
    """feedparser on bytes we fetched ourselves (feedparser never fetches), or None when the
    bytes are not an RSS/Atom feed. `base_url` resolves relative entry links."""
    headers = {"content-type": content_type} if content_type else {}
    if base_url:
        headers["content-location"] = base_url
    feed = feedparser.parse(data, response_headers=headers)
    if not feed.get("version"):  # "rss20", "atom10", ...; empty for any other document
        return None
    return feed


def entry_published(entry, tz_name: str) -> str | None:
    """The entry's own date string (keeping its offset), not feedparser's UTC struct."""
    for key in ("published", "updated", "created"):
        if entry.get(key):
            value = parse_published(entry[key], tz_name)
            if value:
                return value
    return None


def entry_text(entry) -> str:
    """The entry's full content when it has some, else its summary, as plain text."""
    for content in entry.get("content") or []:
        text = fragment_text(content.get("value", ""))
        if text:
            return text
    return fragment_text(entry.get("summary", "") or "")


def _entry_name(entry, index: int) -> str:
    title = one_line(entry.get("title"))
    return f"entry {index} ({title[:60]!r})" if title else f"entry {index}"


def read_feed_file(path: Path, options: ReadOptions) -> ReadResult:
    """A local RSS/Atom file: entries that carry text become articles, without fetching."""
    result = ReadResult()
    origin = str(path)
    data = read_file_bytes(path, options.max_file_bytes, origin)
    if isinstance(data, Problem):
        result.add(data)
        return result
    feed = parse_feed(data)
    if feed is None:
        result.add(Problem(origin, "not an RSS/Atom feed"))
        return result
    source = one_line(feed.feed.get("title")) or None
    for index, entry in enumerate(feed.entries, 1):
        body = entry_text(entry)
        if not body:
            result.add(
                Problem(origin, f"{_entry_name(entry, index)} has no text (local feeds are not fetched)")
            )
            continue
        article, problems = build_article(
            title=entry.get("title"), text=body, origin=origin, options=options,
            url=entry.get("link"), source=source,
            published=entry_published(entry, options.timezone),
        )
        result.add(article)
        result.problems.extend(problems)
    return result


def read_feed(
    url: str, options: ReadOptions = ReadOptions(), *, fetcher: Fetcher | None = None
) -> ReadResult:
    """Each entry of the RSS/Atom feed at `url`, fetched through its link; the entry's title,
    date and the feed's title stand in when the page lacks them."""
    result = ReadResult()
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        response = fetcher.fetch(url)
        if isinstance(response, Problem):
            result.add(response)
            return result
        feed = parse_feed(response.body, response.content_type, response.url)
        if feed is None:
            result.add(Problem(url, "not an RSS/Atom feed"))
            return result
        source = one_line(feed.feed.get("title")) or None
        for index, entry in enumerate(feed.entries, 1):
            result.extend(_read_entry(entry, index, url, source, fetcher, options))
    finally:
        if own:
            fetcher.close()
    return result


def _read_entry(
    entry, index: int, feed_url: str, source: str | None, fetcher: Fetcher, options: ReadOptions
) -> ReadResult:
    link = entry.get("link")
    published = entry_published(entry, options.timezone)
    if not link:
        # No page to fetch: the entry's own text, if it carries any, is the article.
        result = ReadResult()
        body = entry_text(entry)
        if not body:
            result.add(Problem(feed_url, f"{_entry_name(entry, index)} has no link and no text"))
            return result
        article, problems = build_article(
            title=entry.get("title"), text=body, origin=feed_url, options=options,
            source=source, published=published,
        )
        result.add(article)
        result.problems.extend(problems)
        return result
    response = fetcher.fetch(link)
    if isinstance(response, Problem):
        return ReadResult(problems=[response])
    return article_from_response(
        response, link, options, fallback_title=one_line(entry.get("title")) or None,
        fallback_published=published, fallback_source=source,
    )
