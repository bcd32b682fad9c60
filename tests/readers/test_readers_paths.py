"""Walking inputs: folders recursive and sorted, hidden files skipped, formats detected."""

from __future__ import annotations

import json
from pathlib import Path

from orewatch.readers import read_paths
from orewatch.readers.paths import format_of


def _article(path: Path, title: str) -> None:
    path.write_text(f"{title}\nAntimony prices climbed for a fifth week.\n", encoding="utf-8")


def test_paths_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    _article(tmp_path / "b" / "two.txt", "Two")
    _article(tmp_path / "a.txt", "One")
    _article(tmp_path / "c.txt", "Three")
    _article(tmp_path / ".draft.txt", "Hidden")
    _article(tmp_path / ".git" / "x.txt", "Hidden too")
    (tmp_path / "notes.md").write_text("# not an input\n", encoding="utf-8")
    result = read_paths([tmp_path])
    assert [a.title for a in result.articles] == ["One", "Two", "Three"]
    assert result.problems == []


def test_paths_missing_path_is_a_problem(tmp_path: Path):
    missing = tmp_path / "nope.txt"
    assert [str(p) for p in read_paths([missing]).problems] == [f"{missing}: no such file or directory"]


def test_paths_unknown_extension_is_sniffed(tmp_path: Path):
    jsonl = tmp_path / "export.dat"
    jsonl.write_text(json.dumps({"title": "Sniffed", "text": "Graphite exports fell."}) + "\n", encoding="utf-8")
    html = tmp_path / "page.download"
    html.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    feed = tmp_path / "feed"
    feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>", encoding="utf-8")
    assert (format_of(jsonl), format_of(html), format_of(feed)) == ("jsonl", "html", "feed")
    assert format_of(tmp_path / "x.TXT") == "text"
    assert [a.title for a in read_paths([jsonl]).articles] == ["Sniffed"]


def test_paths_whole_fixture_folder(fixtures_dir: Path):
    result = read_paths([fixtures_dir])
    assert len(result.articles) >= 18
    assert len({a.id for a in result.articles}) == len(result.articles) - 1  # feed.rss repeats the page's article
    messages = sorted(p.message for p in result.problems)
    assert any("truncated" in m for m in messages)
    assert "not valid JSON" in messages and "no article text found" in messages
