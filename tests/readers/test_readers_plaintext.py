"""Plain-text files: title, optional byline, body; encodings; empty, binary and oversized files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from orewatch.readers import ReadOptions, read_paths
from orewatch.readers.plaintext import parse_byline
from orewatch.records import article_id


def test_plaintext_title_byline_and_body(fixtures_dir: Path):
    result = read_paths([fixtures_dir / "plain_article.txt"])
    assert result.problems == []
    (article,) = result.articles
    assert article.title == "Vietnam courts Japanese buyers for its untapped rare earth deposits"
    assert article.source == "Ore Ledger"
    assert article.published == "2025-03-14"  # a date without a time stays a date
    assert article.text.startswith("Vietnam is seeking Japanese and South Korean partners")
    assert "Updated on" not in article.text
    assert article.language == "en"
    assert article.id == article_id(None, article.title, "Ore Ledger", "2025-03-14")


def test_plaintext_citation_markers_removed_other_brackets_kept(fixtures_dir: Path):
    text = read_paths([fixtures_dir / "plain_article.txt"]).articles[0].text
    assert "[2]" not in text and "[4][7]" not in text and "[1, 3]" not in text
    assert "after China." in text
    assert "[Reuters]" in text


def test_plaintext_without_byline_keeps_the_second_line(tmp_path: Path):
    path = tmp_path / "no_byline.txt"
    path.write_text(
        "Zambia raises copper royalties\nThe mining ministry raised royalties on copper to 10% in 2025.\n",
        encoding="utf-8",
    )
    (article,) = read_paths([path]).articles
    assert article.published is None and article.source is None
    assert article.text == "The mining ministry raised royalties on copper to 10% in 2025."


def test_plaintext_source_option_is_the_default_publisher(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Gallium price climbs\nPrices rose again this week in Rotterdam.\n", encoding="utf-8")
    (article,) = read_paths([path], ReadOptions(source="Metals Desk")).articles
    assert article.source == "Metals Desk"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mondo Metals Updated on 2024-01-31", ("Mondo Metals", "2024-01-31")),
        ("Metals Desk· 2025-10-28 11:24", ("Metals Desk", "2025-10-28T11:24:00+08:00")),
        ("By Ore Wire | October 28, 2025", ("Ore Wire", "2025-10-28")),
        ("Published: 2025-10-28T11:24:00+05:30", (None, "2025-10-28T11:24:00+05:30")),
        ("矿业观察 2025年9月18日 10:30", ("矿业观察", "2025-09-18T10:30:00+08:00")),
    ],
)
def test_plaintext_byline_parsed(line, expected):
    assert parse_byline(line, "Asia/Shanghai") == expected


@pytest.mark.parametrize(
    "line",
    [
        "China exported 530,000 tons of magnets in 2022, far more than other countries.",
        "The plant will open on 2026-01-01 after a delay that the company blamed on permits.",
        "Rare earths are called industrial vitamins",
    ],
)
def test_plaintext_sentences_are_not_bylines(line):
    assert parse_byline(line, "Asia/Shanghai") is None


def test_plaintext_gbk_encoded_chinese(fixtures_dir: Path):
    (article,) = read_paths([fixtures_dir / "gbk_article.txt"]).articles
    assert article.title == "稀土永磁企业加快海外布局"
    assert article.source == "矿业观察"
    assert article.published == "2025-09-18T10:30:00+08:00"
    assert article.language == "zh"
    assert "钕铁硼" in article.text


def test_plaintext_utf8_with_bom(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff锂价下跌\n碳酸锂价格本周下跌5%。\n".encode("utf-8"))
    (article,) = read_paths([path]).articles
    assert article.title == "锂价下跌"
    assert article.language == "zh"


def test_plaintext_binary_file_is_a_problem(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    result = read_paths([path])
    assert result.articles == []
    assert [str(p) for p in result.problems] == [f"{path}: binary file, not text"]


def test_plaintext_empty_file_is_a_problem(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n", encoding="utf-8")
    result = read_paths([tmp_path / "empty.txt", tmp_path / "blank.txt"])
    assert result.articles == []
    assert [p.message for p in result.problems] == ["empty file", "empty file (only whitespace)"]


def test_plaintext_oversized_file_refused_without_reading(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    started = time.perf_counter()
    result = read_paths([path])
    assert time.perf_counter() - started < 1.0
    assert result.articles == []
    (problem,) = result.problems
    assert "52428800 bytes" in problem.message and "20000000" in problem.message


def test_plaintext_long_text_is_cut_with_a_problem(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("Long report\n" + "Cobalt output rose. " * 100, encoding="utf-8")
    result = read_paths([path], ReadOptions(max_article_chars=500))
    assert len(result.articles[0].text) == 500
    assert "cut to 500" in result.problems[0].message
