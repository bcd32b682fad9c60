"""Full-text search: BM25 ranking over titles and texts, Chinese by character pairs, the
best sentence marked, and an index that says when it is stale."""

from __future__ import annotations

import duckdb
import pytest

from orewatch.records import Article, Extraction, article_id
from orewatch.storage.errors import QueryError
from orewatch.storage.search import (
    update_search_index,
    load_fts,
    query_terms,
    search_articles,
    search_index_needs_update,
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
    assert update_search_index(db_path) == 4
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
    assert search_index_needs_update(db_path)
    update_search_index(db_path)
    assert not search_index_needs_update(db_path)
    _store(db_path, ["Germanium prices"])
    assert search_index_needs_update(db_path)
    update_search_index(db_path)
    assert [h.title for h in search_articles(db_path, "germanium")] == ["Germanium prices"]


def test_search_keeps_no_copy_of_the_texts(indexed):
    con = duckdb.connect(str(indexed), read_only=True)
    try:
        columns = con.execute("SELECT table_name, column_name FROM duckdb_columns() "
                              "WHERE schema_name = 'search_index'").fetchall()
    finally:
        con.close()
    assert set(columns) == {
        ("stopwords", "sw"), ("terms", "termid"), ("terms", "term"),
        ("docs", "docid"), ("docs", "article_id"), ("docs", "content_hash"), ("docs", "len"),
        ("retired", "docid"),
        ("postings", "termid"), ("postings", "docids"), ("postings", "tfs"), ("postings", "lens"),
        ("state", "updated_at"), ("state", "articles"), ("state", "last_fetched_at"),
    }


WORDS = "export licence gallium germanium price rose fell china quota 稀土 出口 管制 the of".split()
QUERIES = ("export licence gallium", "稀土 出口", "price", "report rose", "the", "Café")


def _random_articles(rng, start: int, count: int, words=WORDS) -> list[Article]:
    articles = []
    for n in range(start, start + count):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 25)))
        title = f"Report {n % 7} no {n}" + (" café" if n % 11 == 0 else "")
        articles.append(Article(id=article_id(None, f"{title} {n}", "Wire", "2025-05-01"), title=title,
                                text=text, url=None, source="Wire", published="2025-05-01T08:00:00+00:00",
                                language="en"))
    return articles


def _fts_ranking(db_path, query: str) -> list[tuple[str, float]]:
    """The reference: the fts extension's own index over the stored articles, built whole in a
    scratch database with the same four fields, and its match_bm25 scores, best first."""
    con = duckdb.connect()
    try:
        load_fts(con)
        con.execute(f"ATTACH '{db_path}' AS stored (READ_ONLY)")
        con.execute(r"""
            CREATE TABLE source AS
            SELECT article_id,
                   regexp_replace(title, '\p{Han}+', ' ', 'g') AS title,
                   regexp_replace(text, '\p{Han}+', ' ', 'g') AS text,
                   array_to_string(flatten(list_transform(regexp_extract_all(title, '\p{Han}+'),
                       run -> list_transform(range(1, length(run) + 1), i -> substr(run, i, 1))
                              || list_transform(range(1, length(run)), i -> substr(run, i, 2)))), ' ') AS title_han,
                   array_to_string(flatten(list_transform(regexp_extract_all(text, '\p{Han}+'),
                       run -> list_transform(range(1, length(run) + 1), i -> substr(run, i, 1))
                              || list_transform(range(1, length(run)), i -> substr(run, i, 2)))), ' ') AS text_han
            FROM stored.articles""")
        con.execute(r"""PRAGMA create_fts_index('source', 'article_id', 'title', 'text', 'title_han', 'text_han',
                        stemmer = 'porter', stopwords = 'english', ignore = '[^a-z0-9\p{Han}]+',
                        strip_accents = 1, lower = 1)""")
        return con.execute(
            "SELECT name, round(score, 9) AS score FROM (SELECT name, fts_main_source.match_bm25(name, ?) AS score "
            "FROM fts_main_source.docs) WHERE score IS NOT NULL ORDER BY round(score, 9) DESC, name LIMIT 40",
            [" ".join(query_terms(query))]).fetchall()
    finally:
        con.close()


def _assert_ranking_equals_fts(db_path) -> None:
    for query in QUERIES:
        expected = _fts_ranking(db_path, query)
        hits = search_articles(db_path, query, limit=40)
        assert [(h.article_id, h.score) for h in hits] == expected, query


def test_search_ranking_equals_fts_match_bm25(db_path):
    """The index gives fts's own BM25 scores and order, ties broken by article_id, on 300
    articles whose words repeat (so that many scores tie), some empty, some accented."""
    import random

    store_batch(db_path, [Extraction(a, (), (), (), ()) for a in _random_articles(random.Random(3), 0, 300)])
    update_search_index(db_path)
    _assert_ranking_equals_fts(db_path)


def test_search_index_updated_batch_by_batch_ranks_as_one_built_whole(db_path, monkeypatch):
    """Articles stored in three runs, the index updated after each in batches of 40, and
    some articles read again with other words: the same scores as fts's index built whole
    over what is stored at the end; only the new versions were indexed each time."""
    import random

    import orewatch.storage.search as search

    monkeypatch.setattr(search, "ARTICLES_PER_BATCH", 40)
    rng = random.Random(5)
    first = _random_articles(rng, 0, 150)
    store_batch(db_path, [Extraction(a, (), (), (), ()) for a in first])
    assert update_search_index(db_path) == 150
    store_batch(db_path, [Extraction(a, (), (), (), ()) for a in _random_articles(rng, 150, 90)])
    assert update_search_index(db_path) == 240
    reread = [Article(id=a.id, title=a.title, text=a.text + " quota quota germanium", url=None, source="Wire",
                      published=a.published, language="en") for a in first[:12]]
    store_batch(db_path, [Extraction(a, (), (), (), ()) for a in reread])
    con = duckdb.connect(str(db_path), read_only=True)
    docids_before = dict(con.execute("SELECT article_id, docid FROM search_index.docs").fetchall())
    con.close()
    assert search_index_needs_update(db_path)
    assert update_search_index(db_path) == 240
    assert not search_index_needs_update(db_path)
    con = duckdb.connect(str(db_path), read_only=True)
    docids_after = dict(con.execute("SELECT article_id, docid FROM search_index.docs").fetchall())
    retired = {r[0] for r in con.execute("SELECT docid FROM search_index.retired").fetchall()}
    con.close()
    changed = {a.id for a in reread}
    assert {a for a in docids_after if docids_after[a] != docids_before[a]} == changed
    assert retired == {docids_before[a] for a in changed}
    assert min(docids_after[a] for a in changed) > max(docids_before.values())
    _assert_ranking_equals_fts(db_path)


def test_search_reindex_starts_over_without_retired_versions(db_path):
    """A rebuild indexes every article again from docid 0 and forgets replaced versions;
    the ranking is unchanged."""
    import random

    articles = _random_articles(random.Random(9), 0, 60)
    store_batch(db_path, [Extraction(a, (), (), (), ()) for a in articles])
    update_search_index(db_path)
    store_batch(db_path, [Extraction(Article(id=a.id, title=a.title, text="quota " + a.text, url=None,
                                             source="Wire", published=a.published, language="en"),
                                     (), (), (), ()) for a in articles[:5]])
    update_search_index(db_path)
    before = [(h.article_id, h.score) for h in search_articles(db_path, "quota price", limit=60)]
    assert update_search_index(db_path, rebuild=True) == 60
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*), min(docid), max(docid) FROM search_index.docs").fetchone() == (60, 0, 59)
    assert con.execute("SELECT count(*) FROM search_index.retired").fetchone() == (0,)
    con.close()
    assert [(h.article_id, h.score) for h in search_articles(db_path, "quota price", limit=60)] == before


def test_search_index_of_an_earlier_orewatch_is_replaced(indexed):
    """A database searched by an earlier orewatch holds fts's own index (schema
    fts_main_search_source, rebuilt whole each night): the update drops it and builds this one."""
    con = duckdb.connect(str(indexed))
    load_fts(con)
    con.execute("CREATE TEMP TABLE search_source AS SELECT article_id, title, text FROM articles")
    con.execute("PRAGMA create_fts_index('search_source', 'article_id', 'title', 'text')")
    con.execute("CREATE TABLE fts_main_search_source.search_state AS SELECT current_timestamp AS built_at")
    con.execute("DROP SCHEMA search_index CASCADE")
    assert _schemas(con) >= {"fts_main_search_source"}
    con.close()
    with pytest.raises(QueryError, match="no search index yet"):
        search_articles(indexed, "gallium")
    assert search_index_needs_update(indexed)
    assert update_search_index(indexed) == 4
    assert [h.title for h in search_articles(indexed, "gallium")] == ["Gallium licences"]
    con = duckdb.connect(str(indexed), read_only=True)
    schemas = _schemas(con)
    con.close()
    assert "fts_main_search_source" not in schemas and "search_index" in schemas


def _schemas(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT schema_name FROM duckdb_schemas() "
                                      "WHERE database_name = current_database()").fetchall()}
