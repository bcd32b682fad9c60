"""Full-text search: BM25 ranking over titles and texts, Chinese by character pairs, the
best sentence marked, and an index that says when it is stale."""

from __future__ import annotations

import duckdb
import pytest

from orewatch.records import Article, Extraction, article_id
from orewatch.storage.errors import QueryError
from orewatch.storage.search import (
    build_search_index,
    query_terms,
    search_articles,
    search_index_needs_build,
)
from orewatch.storage.writer import store_batch

TEXTS = {
    "Gallium licences": "China requires an export licence for every gallium shipment. Prices rose.",
    "Germanium prices": "Germanium prices doubled. Exports of germanium fell by half.",
    "中国对稀土实施出口管制": "中国商务部宣布对稀土实施出口管制。出口企业须申请许可证。",
    "锂价下跌": "碳酸锂价格下跌。市场担忧需求放缓。",
}


def _store(db_path, titles) -> None:
    articles = [Article(id=article_id(None, t, "Wire", "2025-05-01"), title=t, text=TEXTS[t], url=None,
                        source="Wire", published="2025-05-01T08:00:00+00:00", language="en")
                for t in titles]
    store_batch(db_path, [Extraction(a, (), (), (), ()) for a in articles])


@pytest.fixture
def indexed(db_path):
    _store(db_path, TEXTS)
    assert build_search_index(db_path) == 4
    return db_path


def test_search_query_terms_cut_chinese_into_pairs():
    assert query_terms("Export LICENCE, gallium") == ["export", "licence", "gallium"]
    assert query_terms("稀土 出口") == ["稀土", "出口"]
    assert query_terms("稀土出口") == ["稀土", "土出", "出口"]
    assert query_terms("锂 price") == ["锂", "price"]


def test_search_ranks_english_by_bm25_and_marks_the_sentence(indexed):
    hits = search_articles(indexed, "export licence gallium")
    assert [h.title for h in hits] == ["Gallium licences", "Germanium prices"]
    assert hits[0].score > hits[1].score
    assert hits[0].sentence == "China requires an **export** **licence** for every **gallium** shipment."
    assert hits[1].sentence == "**Exports** of germanium fell by half."


def test_search_chinese_queries_find_chinese_articles(indexed):
    for query in ("稀土 出口", "稀土出口"):
        hits = search_articles(indexed, query)
        assert [h.title for h in hits] == ["中国对稀土实施出口管制"]
        assert hits[0].sentence == "中国对**稀土**实施**出口**管制"
    assert [h.title for h in search_articles(indexed, "锂")] == ["锂价下跌"]


def test_search_refuses_an_empty_query_and_a_missing_index(db_path, indexed, tmp_path):
    with pytest.raises(QueryError, match="nothing to search for"):
        search_articles(indexed, " ,. ")
    other = tmp_path / "other.duckdb"
    _store(other, ["Germanium prices"])
    with pytest.raises(QueryError, match="no search index yet"):
        search_articles(other, "germanium")


def test_search_index_is_stale_after_new_articles(db_path):
    _store(db_path, ["Gallium licences"])
    assert search_index_needs_build(db_path)
    build_search_index(db_path)
    assert not search_index_needs_build(db_path)
    _store(db_path, ["Germanium prices"])
    assert search_index_needs_build(db_path)
    build_search_index(db_path)
    assert [h.title for h in search_articles(db_path, "germanium")] == ["Germanium prices"]


def test_search_keeps_no_copy_of_the_texts(indexed):
    con = duckdb.connect(str(indexed), read_only=True)
    try:
        tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables() "
                             "WHERE schema_name LIKE 'fts%' ORDER BY 2").fetchall()
    finally:
        con.close()
    assert {t for _, t in tables} == {"dict", "docs", "fields", "search_state", "stats", "stopwords", "terms"}
