"""Assembles an `Article` from what a reader found: cleaned text, canonical URL, stable id,
language, and the options' defaults."""

from __future__ import annotations

from orewatch.readers.cleaning import remove_citation_markers, tidy_whitespace
from orewatch.readers.language import detect_language
from orewatch.readers.results import Problem, ReadOptions
from orewatch.readers.urls import canonical_url, is_web_url
from orewatch.records import Article, article_id

NO_TEXT = "no article text found"
_MAX_TITLE_CHARS = 300  # a title taken from the first line of text is cut here


def one_line(text: str | None) -> str:
    """Whitespace folded to single spaces (titles, sources)."""
    return " ".join((text or "").split())


def build_article(
    *,
    title: str | None,
    text: str,
    origin: str,
    options: ReadOptions,
    url: str | None = None,
    source: str | None = None,
    published: str | None = None,
    language: str | None = None,
    fetched_at: str | None = None,
    clean: bool = True,
) -> tuple[Article | None, list[Problem]]:
    """The Article, or None and the Problem saying why not (no text).

    `clean=False` when the caller already cleaned the body (dump bodies). A body longer than
    `options.max_article_chars` is cut there, with a Problem saying so.
    """
    problems: list[Problem] = []
    body = tidy_whitespace(remove_citation_markers(text) if clean else text)
    if not body:
        return None, [Problem(origin, NO_TEXT)]
    if len(body) > options.max_article_chars:
        problems.append(
            Problem(origin, f"text of {len(body)} characters cut to {options.max_article_chars}", warning=True)
        )
        body = body[: options.max_article_chars]
    clean_title = one_line(remove_citation_markers(title or ""))
    if not clean_title:  # an untitled page: its first line stands in, so that ids differ
        clean_title = one_line(body.split("\n", 1)[0])[:_MAX_TITLE_CHARS]
    link = canonical_url(url) if url and is_web_url(url) else None
    publisher = one_line(source) or options.source
    article = Article(
        id=article_id(link, clean_title, publisher, published),
        title=clean_title,
        text=body,
        url=link,
        source=publisher,
        published=published,
        language=one_line(language) or detect_language(clean_title, body),
        fetched_at=fetched_at,
        origin=origin,
    )
    return article, problems
