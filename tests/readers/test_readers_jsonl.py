"""JSON Lines: one article per line, bad lines reported with their number, streamed."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from orewatch.readers import Problem, ReadOptions, iter_jsonl, read_paths
from orewatch.records import Article


def test_jsonl_reads_good_lines_and_reports_the_bad_one(fixtures_dir: Path):
    path = fixtures_dir / "articles.jsonl"
    result = read_paths([path])
    assert len(result.articles) == 4
    assert [str(p) for p in result.problems] == [f"{path}:3: not valid JSON"]
    assert [a.origin for a in result.articles] == [f"{path}:{n}" for n in (1, 2, 4, 6)]


def test_jsonl_fields(fixtures_dir: Path):
    first, second, third, fourth = read_paths([fixtures_dir / "articles.jsonl"]).articles
    assert first.url == "https://metals.example.net/news/kazakh-tungsten?id=42"
    assert first.source == "Steppe Metals Review"
    assert first.published == "2025-10-21T09:30:00+05:00"  # its own offset is kept
    assert "[2]" not in first.text
    assert second.language == "zh"
    assert second.published == "2025-06-21T20:15:00+08:00"  # naive: the configured zone
    assert third.published == "2025-08-02"
    assert fourth.source is None


def test_jsonl_missing_fields_and_wrong_types(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    lines = [
        {"title": "No body here"},
        {"text": "A body without a title."},
        {"title": "Numbers", "text": 42},
        ["not", "an", "object"],
        {"title": "Fine", "text": "Cobalt exports resumed.", "published": 1761622440},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = read_paths([path])
    assert [p.message for p in result.problems] == [
        "missing text", "missing title", "field 'text' is not a string", "not a JSON object",
    ]
    assert result.articles[0].published == "2025-10-28T11:34:00+08:00"  # Unix time, local zone


def test_jsonl_is_streamed_line_by_line(tmp_path: Path):
    path = tmp_path / "growing.jsonl"
    record = {"title": "Tin smelter restarts", "text": "A tin smelter in Yunnan restarted."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    items = iter_jsonl(path, ReadOptions())
    assert inspect.isgenerator(items)
    assert isinstance(next(items), Article)
    with path.open("a", encoding="utf-8") as handle:  # written after reading began
        handle.write(json.dumps({**record, "title": "Second"}) + "\n")
    assert next(items).title == "Second"


def test_jsonl_many_articles(tmp_path: Path):
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(3000):
            handle.write(json.dumps({"title": f"Report {n}", "text": "Lithium output rose 5% [1]."}) + "\n")
    items = list(iter_jsonl(path, ReadOptions()))
    assert len(items) == 3000 and not any(isinstance(i, Problem) for i in items)
    assert len({i.id for i in items}) == 3000


def test_jsonl_overlong_line_is_skipped(tmp_path: Path):
    path = tmp_path / "long.jsonl"
    path.write_text(
        json.dumps({"title": "Big", "text": "x" * 70_000}) + "\n"
        + json.dumps({"title": "Small", "text": "Nickel fell."}) + "\n",
        encoding="utf-8",
    )
    result = read_paths([path], ReadOptions(max_article_chars=100))
    assert [a.title for a in result.articles] == ["Small"]
    assert result.problems[0].origin == f"{path}:1"
    assert "line longer than" in result.problems[0].message


def test_jsonl_binary_and_empty(tmp_path: Path):
    (tmp_path / "bin.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.jsonl").write_bytes(b"")
    result = read_paths([tmp_path / "bin.jsonl", tmp_path / "empty.jsonl"])
    assert [p.message for p in result.problems] == ["binary file, not text", "empty file"]


def test_jsonl_a_publication_known_to_the_month_only_is_kept_as_that_month(tmp_path: Path):
    from orewatch.extractors import extract_articles
    from orewatch.records import article_id

    path = tmp_path / "month.jsonl"
    line = {"title": "Harbour ministry halts nickel ore shipments", "published": "2024-09",
            "text": "Indonesia banned exports of nickel ore, the trade ministry said."}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (article,) = read_paths([path]).articles
    assert article.published == "2024-09"
    # Its id is the one it had when readers dropped month-only dates: a month names no day.
    assert article.id == article_id(None, line["title"], None, None)
    (event,) = extract_articles([article])[0].events
    assert (event.type, event.actor, event.date, event.date_precision) == (
        "export_restriction", "IDN", "2024-09", "published")
