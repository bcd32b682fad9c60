"""HTML pages (files or fetched): main text and metadata through trafilatura, the publication
time from the page's own metadata when it carries one with a time and offset."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from trafilatura import bare_extraction
from trafilatura.utils import load_html

from orewatch.readers.articles import NO_TEXT, build_article
from orewatch.readers.dates import parse_published
from orewatch.readers.results import Problem, ReadOptions
from orewatch.records import Article

# Metadata that states when a page was first published (property, name or itemprop values).
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
    "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "date",
)


def _meta_published(tree) -> str | None:
    """The raw published-time string from <meta>, JSON-LD or <time datetime>, if any."""
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META and meta.get("content") and key not in found:
            found[key] = meta.get("content")
    for key in _PUBLISHED_META:
        if key in found:
            return found[key]
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return item["datePublished"]
    for time in tree.iterfind(".//time[@datetime]"):
        return time.get("datetime")
    return None


# Navigation, forms and link lists extract as short lines only; an article has at least one
# line of prose this wide (about ten English words; a CJK character counts twice, so a
# 25-character Chinese sentence is enough).
MIN_PROSE_LINE_WIDTH = 50


def _width(line: str) -> int:
    return len(line) + sum(1 for ch in line if ch >= "\u3000")


def has_prose(text: str) -> bool:
    """True when `text` has at least one line wide enough to be article prose."""
    return any(_width(line.strip()) >= MIN_PROSE_LINE_WIDTH for line in text.split("\n"))


def _own_sitename(sitename: str | None, url: str | None) -> str | None:
    """The page's declared site name; None when trafilatura only echoed the host name."""
    if not sitename:
        return None
    if url:
        parts = urlsplit(url)
        hosts = {parts.netloc.lower(), (parts.hostname or "").lower()}
        hosts |= {h.removeprefix("www.") for h in hosts}
        if sitename.lower() in hosts:
            return None
    return sitename


def _better_date(page: str | None, fallback: str | None) -> str | None:
    """The page's date, unless the fallback (a feed entry's) is the same day with a time."""
    if page and fallback and len(page) == 10 and fallback.startswith(page):
        return fallback
    return page or fallback


def read_html(
    html: str | bytes,
    origin: str,
    options: ReadOptions,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
    fallback_title: str | None = None,
    fallback_published: str | None = None,
    fallback_source: str | None = None,
) -> list[Article | Problem]:
    """One article from an HTML page; `url` is where it was fetched from (None for files)."""
    tree = load_html(html)
    if tree is None:
        return [Problem(origin, "not an HTML page")]
    raw_date = _meta_published(tree)
    published = parse_published(raw_date, options.timezone) if raw_date else None
    try:
        doc = bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
        )
    except Exception as error:  # noqa: BLE001
        # One odd page (pathological markup) must not stop a night's run: it becomes a Problem.
        return [Problem(origin, f"HTML extraction failed: {type(error).__name__}: {error}")]
    text = (doc.text if doc is not None else "") or ""
    if not has_prose(text):
        return [Problem(origin, NO_TEXT)]
    title = (doc.title or "").strip() or fallback_title
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1] if "\n" in text else ""  # the headline repeated as text
    if published is None and doc.date:
        published = parse_published(doc.date, options.timezone)
    published = _better_date(published, fallback_published)
    link = url or (doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None)
    source = _own_sitename(doc.sitename, url or doc.url) or fallback_source or options.source
    if not source and url:
        source = urlsplit(url).hostname
    article, problems = build_article(
        title=title, text=text, origin=origin, options=options, url=link, source=source,
        published=published, fetched_at=fetched_at,
    )
    return ([article] if article else []) + problems
