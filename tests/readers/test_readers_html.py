"""HTML files: main text without menus and ads, metadata, and pages with no article."""

from __future__ import annotations

from pathlib import Path

from orewatch.readers import read_paths
from orewatch.readers.htmlpage import has_prose


def test_html_article_text_and_metadata(fixtures_dir: Path):
    result = read_paths([fixtures_dir / "article_page.html"])
    assert result.problems == []
    (article,) = result.articles
    assert article.title == "Lynas to expand heavy rare earth separation in Malaysia"
    assert article.source == "Mining Ledger"
    assert article.published == "2025-10-28T11:24:00+08:00"
    assert article.url == "https://news.mining-ledger.example/metals/lynas-heavy-rare-earths"
    assert article.text.startswith("Lynas Rare Earths said on Tuesday")
    assert "dysprosium oxide rose 12%" in article.text
    assert article.fetched_at is None  # read from a file


def test_html_menus_ads_and_markers_left_out(fixtures_dir: Path):
    text = read_paths([fixtures_dir / "article_page.html"]).articles[0].text
    for boilerplate in ("Subscribe", "Advertisement", "credit cards", "Most read", "All rights reserved", "[3]", "[4][5]"):
        assert boilerplate not in text


def test_html_page_without_article_is_a_problem(fixtures_dir: Path):
    path = fixtures_dir / "no_article_page.html"
    result = read_paths([path])
    assert result.articles == []
    assert [str(p) for p in result.problems] == [f"{path}: no article text found"]


def test_html_prose_needs_one_long_line():
    assert not has_prose("Home\nMarkets\nSign in")
    assert has_prose("Home\nChina set a quota on gallium exports of 80 tonnes for the quarter.")
    assert has_prose("中国商务部宣布对镓出口实施配额管理,第四季度出口上限为80吨。")


def test_html_declared_gbk_charset(tmp_path: Path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        "<title>稀土出口配额公布</title></head><body><article>"
        "<p>商务部公布今年第一批稀土出口配额,总量为一万四千四百四十六吨,较去年同期有所下降。</p>"
        "<p>业内人士认为,配额收紧将推高海外稀土价格,日本企业已开始增加库存。</p>"
        "</article></body></html>"
    )
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gbk"))
    (article,) = read_paths([path]).articles
    assert article.title == "稀土出口配额公布"
    assert article.language == "zh"
    assert "一万四千四百四十六吨" in article.text
