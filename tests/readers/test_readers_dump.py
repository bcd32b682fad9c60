""""Search documents" dumps: groups read, headers ignored, markers removed, headers unglued,
truncated groups reported with their line."""

from __future__ import annotations

import re
from pathlib import Path

from orewatch.readers import ReadOptions, read_paths
from orewatch.readers.dump import is_search_dump, non_empty_lines


def test_dump_with_header_lines_reads_every_group(fixtures_dir: Path):
    result = read_paths([fixtures_dir / "dump_with_headers.txt"])
    assert result.problems == []
    assert [a.title for a in result.articles] == [
        "镓锗出口许可收紧,欧洲芯片厂商加紧寻找替代来源",
        "澳大利亚批准新的重稀土分离项目,年产能达1500吨",
        "印尼镍出口禁令三年后,下游电池产业链初具规模",
    ]
    first = result.articles[0]
    assert first.source == "Jin Rong Jie"
    assert first.published == "2025-09-12T09:05:00+08:00"
    assert first.language == "en"  # Chinese title, English body
    assert first.url is None
    assert first.origin.endswith("dump_with_headers.txt:5")
    assert first.id.startswith("ar_")


def test_dump_bodies_have_no_citation_markers(fixtures_dir: Path):
    for article in read_paths([fixtures_dir / "dump_with_headers.txt"]).articles:
        assert not re.search(r"\[\d", article.text), article.text


def test_dump_glued_headers_become_their_own_paragraph(fixtures_dir: Path):
    articles = read_paths([fixtures_dir / "dump_with_headers.txt"]).articles
    lines = articles[0].text.split("\n")
    assert lines[0] == "Core Insights"
    assert "Group 1: Supply Situation" in lines
    assert lines[lines.index("Group 1: Supply Situation") - 1] == ""  # a paragraph break
    assert lines[lines.index("Group 1: Supply Situation") + 1].startswith("China produces roughly 98%")
    assert "Key Project Facts" in articles[1].text.split("\n")
    assert "Group 2" in articles[2].text.split("\n")
    for article in articles:
        assert " - Group" not in article.text
        assert not re.search(r"(Insights|Viewpoint|Points|Facts|Outlook) - ", article.text)


def test_dump_missing_header_lines_and_blank_lines(fixtures_dir: Path):
    result = read_paths([fixtures_dir / "dump_missing_headers.txt"])
    assert result.problems == []
    assert [a.source for a in result.articles] == ["Hua Er Jie Jian Wen", "Sou Hu Cai Jing"]
    assert result.articles[1].published == "2025-06-10T08:45:00+08:00"
    assert result.articles[1].text.startswith("Core Viewpoint\nThe US International Development")


def test_dump_truncated_last_group_is_a_problem_naming_the_line(fixtures_dir: Path):
    path = fixtures_dir / "dump_truncated.txt"
    result = read_paths([path])
    assert len(result.articles) == 2
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.origin == f"{path}:12"
    assert "truncated" in problem.message
    assert str(problem).startswith(f"{path}:12: group '稀土配额公布在即")


def test_dump_cut_after_a_title_is_a_problem(tmp_path: Path):
    path = tmp_path / "cut.txt"
    path.write_text(
        "Search documents\n镍价反弹\nJin Rong Jie· 2025-05-05 10:00\n"
        "Core Insights - Nickel rebounded 6% on Indonesian supply worries [1]\n锂矿减产\n",
        encoding="utf-8",
    )
    result = read_paths([path])
    assert [a.title for a in result.articles] == ["镍价反弹"]
    assert [p.origin for p in result.problems] == [f"{path}:5"]


def test_dump_naive_times_take_the_configured_zone(fixtures_dir: Path):
    options = ReadOptions(timezone="Europe/Berlin")
    article = read_paths([fixtures_dir / "dump_missing_headers.txt"], options).articles[0]
    assert article.published == "2025-06-03T16:20:00+02:00"


def test_dump_ids_are_stable_and_distinct(fixtures_dir: Path):
    first = [a.id for a in read_paths([fixtures_dir / "dump_with_headers.txt"]).articles]
    again = [a.id for a in read_paths([fixtures_dir / "dump_with_headers.txt"]).articles]
    assert first == again
    assert len(set(first)) == 3


def test_dump_detection_tells_a_byline_from_a_dump():
    byline_article = "Title\nMetals Desk· 2025-06-12 09:30\n\nFirst paragraph.\nSecond paragraph.\n"
    assert not is_search_dump(non_empty_lines(byline_article))
    single_group = "Title\nMetals Desk· 2025-06-12 09:30\nCore Insights - one point [1]\n"
    assert is_search_dump(non_empty_lines(single_group))
    with_header = "Search documents\nTitle\nMetals Desk· 2025-06-12 09:30\nBody\nMore\n"
    assert is_search_dump(non_empty_lines(with_header))
    assert not is_search_dump(non_empty_lines("Title\nJust a text.\n"))


def test_dump_seed_files_read_cleanly(shared_seeds: Path):
    result = read_paths(sorted(shared_seeds.glob("00[13]_*.txt")))
    assert result.problems == []
    assert len(result.articles) >= 2
    for article in result.articles:
        assert not re.search(r"\[\d", article.text)
        assert not re.search(r"[\].] Group \d", article.text)
        assert article.published and article.published.endswith("+08:00")


def test_dump_source_line_without_title_is_a_problem(tmp_path: Path):
    path = tmp_path / "no_title.txt"
    path.write_text(
        "Search documents\nJin Rong Jie· 2025-05-05 10:00\nCore Insights - Tin rose 3% [1]\n"
        "锡价上涨\nJin Rong Jie· 2025-05-06 10:00\nCore Insights - Tin rose again [2]\n",
        encoding="utf-8",
    )
    result = read_paths([path])
    assert [a.title for a in result.articles] == ["锡价上涨"]
    assert [str(p) for p in result.problems] == [f"{path}:2: source line without a title before it"]


def test_dump_with_wrapped_bodies_keeps_every_line(tmp_path: Path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Search documents\n钴价\nJin Rong Jie· 2025-05-05 10:00\nCore Insights - Cobalt rose [1]\n"
        "- Congo extended its ban [2]\n锂价\nJin Rong Jie· 2025-05-06 10:00\n"
        "Core Insights - Lithium fell [3]\nShort last paragraph.\n",
        encoding="utf-8",
    )
    result = read_paths([path])
    assert result.problems == []
    assert result.articles[1].text.endswith("Lithium fell\nShort last paragraph.")
