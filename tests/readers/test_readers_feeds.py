"""Local RSS/Atom files: entries that carry text become articles without fetching."""

from __future__ import annotations

from pathlib import Path

from orewatch.readers import read_paths
from orewatch.readers.feeds import fragment_text


def test_feeds_local_rss_entries_with_text(fixtures_dir: Path):
    path = fixtures_dir / "feed.rss"
    result = read_paths([path])
    first, second = result.articles
    assert first.title == "Lynas to expand heavy rare earth separation in Malaysia"
    assert first.url == "https://news.mining-ledger.example/metals/lynas-heavy-rare-earths"
    assert first.published == "2025-10-28T11:24:00+08:00"  # the entry's own offset
    assert first.source == "Mining Ledger - Metals"
    assert first.text.startswith("Lynas Rare Earths said")  # full content preferred to summary
    assert "[3]" not in first.text
    assert second.published == "2025-11-03T08:00:00+00:00"
    assert second.text.startswith("China's commerce ministry set a quota")
    assert first.fetched_at is None


def test_feeds_local_entry_without_text_is_a_problem(fixtures_dir: Path):
    path = fixtures_dir / "feed.rss"
    (problem,) = read_paths([path]).problems
    assert problem.origin == str(path)
    assert "entry 3" in problem.message and "no text" in problem.message


def test_feeds_local_atom(fixtures_dir: Path):
    result = read_paths([fixtures_dir / "feed.atom"])
    assert result.problems == []
    chile, indonesia = result.articles
    assert chile.published == "2025-11-10T09:15:00-03:00"
    assert chile.url == "https://battery-metals.example.com/2025/11/chile-lithium"  # no fragment
    assert chile.source == "Battery Metals Weekly"
    assert indonesia.language == "zh"
    assert indonesia.published == "2025-11-08T16:30:00+08:00"  # naive: the configured zone


def test_feeds_xml_that_is_not_a_feed(tmp_path: Path):
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><settings><item>1</item></settings>", encoding="utf-8")
    assert [p.message for p in read_paths([path]).problems] == ["not an RSS/Atom feed"]


def test_feeds_fragment_text_keeps_blocks_apart():
    html = "<p>Tin rose 4%.</p><p>Tungsten <b>held</b> steady.</p><script>x()</script><ul><li>One</li><li>Two</li></ul>"
    assert fragment_text(html) == "Tin rose 4%.\nTungsten held steady.\nOne\nTwo"
