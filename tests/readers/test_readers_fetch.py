"""Fetching against a real HTTP server on 127.0.0.1: pages, feeds, retries, Retry-After,
timeouts, size caps and robots.txt. Every failure is a Problem, never an exception."""

from __future__ import annotations

import socket
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from readers_http_server import Reply

from orewatch.readers import Fetcher, ReadOptions, canonical_url, read_feed, read_url
from orewatch.readers.fetch import parse_retry_after

FAST = ReadOptions(backoff_base=0.05, timeout=2.0)
FIXTURE_HOST = "https://news.mining-ledger.example"


def _page(fixtures_dir: Path, name: str = "article_page.html") -> Reply:
    return Reply(body=(fixtures_dir / name).read_bytes())


def test_fetch_html_page(server, fixtures_dir):
    url = server.route("/metals/lynas.html?utm_source=newsletter", _page(fixtures_dir))
    result = read_url(url, FAST)
    assert result.problems == []
    (article,) = result.articles
    assert article.title == "Lynas to expand heavy rare earth separation in Malaysia"
    assert article.url == f"{server.base}/metals/lynas.html"  # where we fetched it, canonical
    assert article.origin == url
    assert article.published == "2025-10-28T11:24:00+08:00"
    assert article.fetched_at and article.fetched_at.endswith("+00:00")
    assert "Advertisement" not in article.text


def test_fetch_sends_the_user_agent(server, fixtures_dir):
    url = server.route("/a.html", _page(fixtures_dir))
    read_url(url, FAST)
    agents = {agent for path, _, agent in server.hits}
    assert agents == {FAST.user_agent}


def test_fetch_feed_entries_fetched_through_their_links(server, fixtures_dir):
    feed = (fixtures_dir / "feed.rss").read_text(encoding="utf-8").replace(FIXTURE_HOST, server.base)
    server.route("/metals/lynas-heavy-rare-earths", _page(fixtures_dir))
    server.route("/metals/gallium-export-quota", _page(fixtures_dir, "article_page_minimal.html"))
    # the third entry's page is not routed: a 404
    feed_url = server.route("/feed.rss", Reply(body=feed.encode("utf-8"), content_type="application/rss+xml"))
    result = read_feed(feed_url, FAST)
    lynas, gallium = result.articles
    assert lynas.url == f"{server.base}/metals/lynas-heavy-rare-earths"  # utm_source dropped
    assert lynas.source == "Mining Ledger"  # the page's own metadata first
    assert lynas.fetched_at is not None
    # the page has no title or date: the entry's stand in
    assert gallium.title == "China sets gallium export quota for exporters"
    assert gallium.published == "2025-11-03T08:00:00+00:00"
    assert gallium.source == "Mining Ledger - Metals"  # the feed's title
    assert gallium.text.startswith("China's commerce ministry set a quota on gallium exports")
    (problem,) = result.problems
    assert str(problem) == f"{server.base}/metals/podcast-week-45: HTTP 404"
    assert server.hit_count("/robots.txt") == 1  # once per host, for the feed and its 3 pages


def test_fetch_404_is_a_problem_without_retry(server):
    url = f"{server.base}/missing.html"
    result = read_url(url, FAST)
    assert result.articles == []
    assert [str(p) for p in result.problems] == [f"{url}: HTTP 404"]
    assert server.hit_count("/missing.html") == 1


def test_fetch_500_then_200_is_retried(server, fixtures_dir):
    url = server.route("/flaky.html", Reply(status=500, body=b"oops"), _page(fixtures_dir))
    result = read_url(url, FAST)
    assert result.problems == []
    assert len(result.articles) == 1
    assert server.hit_count("/flaky.html") == 2


def test_fetch_persistent_500_gives_up_after_the_retries(server):
    url = server.route("/down.html", Reply(status=500, body=b"oops"))
    result = read_url(url, ReadOptions(retries=2, backoff_base=0.01))
    assert [p.message for p in result.problems] == ["HTTP 500 after 3 attempts"]
    assert server.hit_count("/down.html") == 3


def test_fetch_429_honours_retry_after(server, fixtures_dir):
    url = server.route(
        "/busy.html", Reply(status=429, body=b"slow down", headers={"Retry-After": "1"}), _page(fixtures_dir)
    )
    started = time.monotonic()
    result = read_url(url, FAST)
    elapsed = time.monotonic() - started
    assert len(result.articles) == 1
    hits = [at for path, at, _ in server.hits if path == "/busy.html"]
    assert len(hits) == 2
    assert hits[1] - hits[0] >= 1.0  # waited as told, not the 0.05 s backoff
    assert elapsed >= 1.0


def test_fetch_retry_after_is_capped(server, fixtures_dir):
    url = server.route(
        "/busy.html", Reply(status=503, headers={"Retry-After": "3600"}), _page(fixtures_dir)
    )
    started = time.monotonic()
    result = read_url(url, ReadOptions(max_retry_after=0.2))
    assert len(result.articles) == 1
    assert time.monotonic() - started < 2.0


def test_fetch_timeout_is_a_problem(server):
    url = server.route("/slow.html", Reply(body=b"<p>late</p>", delay=2.0))
    started = time.monotonic()
    result = read_url(url, ReadOptions(timeout=0.5, retries=1, backoff_base=0.01))
    elapsed = time.monotonic() - started
    assert [p.message for p in result.problems] == ["timed out after 0.5s"]
    assert server.hit_count("/slow.html") == 2  # a timeout is retried
    assert elapsed < 1.9


def test_fetch_body_over_the_cap_is_refused(server):
    big = b"<html><body>" + b"<p>Rare earth prices rose again.</p>" * 200 + b"</body></html>"
    declared = server.route("/big.html", Reply(body=big))
    streamed = server.route("/big-stream.html", Reply(body=big, send_length=False))
    options = ReadOptions(max_response_bytes=1000, backoff_base=0.01)
    for url in (declared, streamed):
        result = read_url(url, options)
        assert [str(p) for p in result.problems] == [f"{url}: response larger than 1000 bytes"]
    assert server.hit_count("/big.html") == 1  # not retried


def test_fetch_robots_disallow(server, fixtures_dir):
    server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    blocked = server.route("/private/report.html", _page(fixtures_dir))
    allowed = server.route("/public/report.html", _page(fixtures_dir))
    with Fetcher(FAST) as fetcher:
        assert [str(p) for p in read_url(blocked, FAST, fetcher=fetcher).problems] == [
            f"{blocked}: disallowed by robots.txt"
        ]
        assert len(read_url(allowed, FAST, fetcher=fetcher).articles) == 1
    assert server.hit_count("/private/report.html") == 0
    assert server.hit_count("/robots.txt") == 1


def test_fetch_robots_for_our_user_agent_only(server, fixtures_dir):
    server.route("/robots.txt", Reply(body=b"User-agent: orewatch\nDisallow: /\n", content_type="text/plain"))
    url = server.route("/page.html", _page(fixtures_dir))
    assert read_url(url, FAST).problems[0].message == "disallowed by robots.txt"
    polite_off = ReadOptions(respect_robots=False)
    assert len(read_url(url, polite_off).articles) == 1


def test_fetch_connection_refused_is_a_problem():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x.html"
    result = read_url(url, ReadOptions(retries=0))
    assert result.problems[0].message.startswith("connection failed")


def test_fetch_non_html_and_bad_urls_are_problems(server):
    pdf = server.route("/report.pdf", Reply(body=b"%PDF-1.7", content_type="application/pdf"))
    assert read_url(pdf, FAST).problems[0].message == "not an HTML page (content type application/pdf)"
    assert read_url("ftp://example.com/x", FAST).problems[0].message == "not an http(s) URL"
    assert read_feed("not a url", FAST).problems[0].message == "not an http(s) URL"


def test_fetch_feed_that_is_not_a_feed(server, fixtures_dir):
    url = server.route("/page.html", _page(fixtures_dir))
    assert [p.message for p in read_feed(url, FAST).problems] == ["not an RSS/Atom feed"]


@pytest.mark.parametrize(
    ("value", "low", "high"),
    [("1", 1.0, 1.0), ("0", 0.0, 0.0), ("soon", None, None), (None, None, None)],
)
def test_fetch_parse_retry_after_seconds(value, low, high):
    parsed = parse_retry_after(value)
    assert parsed == low == high or (parsed is not None and low <= parsed <= high)


def test_fetch_parse_retry_after_http_date():
    when = datetime.now(timezone.utc) + timedelta(seconds=30)
    assert 25 <= parse_retry_after(format_datetime(when, usegmt=True)) <= 30
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past


def test_fetch_article_id_uses_the_canonical_url(server, fixtures_dir):
    url = server.route("/x.html", _page(fixtures_dir))
    (article,) = read_url(url + "?utm_source=a#top", FAST).articles
    from orewatch.records import article_id

    assert article.id == article_id(canonical_url(url), article.title, article.source, article.published)


def test_fetch_feed_relative_links_resolve_against_the_feed(server, fixtures_dir):
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Relative Wire</title><id>urn:x</id><updated>2025-11-01T00:00:00Z</updated>"
        '<entry><title>Tin</title><id>urn:y</id><updated>2025-11-01T00:00:00Z</updated>'
        '<link href="pages/tin.html"/></entry></feed>'
    )
    server.route("/news/pages/tin.html", _page(fixtures_dir, "article_page_minimal.html"))
    feed_url = server.route("/news/feed.atom", Reply(body=atom.encode(), content_type="application/atom+xml"))
    result = read_feed(feed_url, FAST)
    assert result.problems == []
    assert result.articles[0].url == f"{server.base}/news/pages/tin.html"
