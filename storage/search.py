"""Full-text search over articles: a BM25 index kept up to date batch by batch, and its queries.

The index is orewatch's own tables (schema `search_index`, sql/search/schema.sql), cut and
scored exactly as DuckDB's fts extension would (its `stem` function is used, loaded from its
PyPI package `duckdb-extension-fts`, pinned to DuckDB's version, never downloaded). fts itself
only rebuilds an index whole, which costs memory and time in proportion to the whole database
each night; here `update_search_index` indexes only the article versions the index lacks, a
bounded batch at a time, so its memory stays flat and its cost follows what arrived.
How Chinese is indexed (single characters and character pairs): sql/search/index_batch.sql.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import duckdb
import duckdb_extension_fts

from orewatch.storage.db import reader_connection, writer_connection
from orewatch.storage.errors import QueryError
from orewatch.storage.migrations import transaction
from orewatch.storage.read import reading
from orewatch.storage.search_local import copy_articles, lake_article_count, search_index_store
from orewatch.storage.sqlfiles import execute_script, sql_literal, sql_text
from orewatch.storage.stores import Store, resolve_store

FTS_EXTENSION = (Path(duckdb_extension_fts.__file__).resolve().parent / "extensions"
                 / f"v{duckdb.__version__}" / "fts.duckdb_extension")
INDEX_SCHEMA = "search_index"
# Article versions indexed per transaction: bounds the memory an update takes (their words
# and terms), and sets how many postings rows a term gets per batch. 1,000 fit a writer's
# 64MB after 100,000 articles (DuckDB's peak 103 MB with its allocator's own; 5,000 needed 160MB).
ARTICLES_PER_BATCH = 1_000

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[A-Za-z0-9À-ɏ]+")
# A sentence ends after . ! ? (not after an initial such as the U. of U.S.) or a Chinese stop.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+|(?<=[。！？；])|\n+")


@dataclass(frozen=True)
class SearchHit:
    """One ranked article and the sentence that best matches the query, terms marked **so**."""

    rank: int
    score: float
    article_id: str
    title: str
    source: str | None
    published_at: datetime | None
    url: str | None
    sentence: str


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension from the installed wheel; never try the network for it."""
    con.execute("SET autoinstall_known_extensions = false")
    con.execute(f"LOAD '{FTS_EXTENSION}'")


def _lake(target) -> Store | None:
    """The lake a target names, or None (a file, or an open connection)."""
    if isinstance(target, duckdb.DuckDBPyConnection):
        return None
    store = resolve_store(target)
    return store if store.is_lake else None


def update_search_index(target: str | os.PathLike | Store | duckdb.DuckDBPyConnection | None,
                        rebuild: bool = False,
                        on_batch: Callable[[int, int], None] | None = None) -> int:
    """Index every stored article version the index lacks, ARTICLES_PER_BATCH at a time, one
    transaction each; returns the articles the index then covers. rebuild: drop the index and
    index everything again (what `orewatch search --reindex` does; it also drops the postings
    of replaced versions). on_batch(indexed, pending) is called after each batch. For a lake,
    the index lives in this machine's local index file (storage/search_local.py), updated
    from a fresh copy of the lake's articles."""
    lake = _lake(target)
    if lake:
        target = search_index_store(lake)
        copy_articles(lake, target)
    with writer_connection(target) as con:
        load_fts(con)
        with transaction(con):
            if rebuild:
                con.execute(f"DROP SCHEMA IF EXISTS {INDEX_SCHEMA} CASCADE")
            execute_script(con, sql_text("search", "schema"))
            if not con.execute(f"SELECT count(*) FROM {INDEX_SCHEMA}.stopwords").fetchone()[0]:
                con.execute(f"INSERT INTO {INDEX_SCHEMA}.stopwords VALUES "
                            + ", ".join(f"({sql_literal(w)})" for w in fts_english_stopwords()))
        _index_pending(con, on_batch)
        with transaction(con):
            execute_script(con, sql_text("search", "record_state"))
        return con.execute(f"SELECT count(*) FROM {INDEX_SCHEMA}.docs").fetchone()[0]


def _index_pending(con: duckdb.DuckDBPyConnection, on_batch: Callable[[int, int], None] | None) -> None:
    """Index what the index lacks (sql/search/pending.sql), batch by batch; once more if a
    version changed meanwhile (it is then pending again), until nothing is left or nothing moves."""
    left = None
    while True:
        with transaction(con):
            execute_script(con, sql_text("search", "pending"))
        count, first, last = con.execute("SELECT count(*), min(docid), max(docid) FROM search_pending").fetchone()
        if not count or count == left:
            break
        left = count
        for start in range(first, last + 1, ARTICLES_PER_BATCH):
            end = min(start + ARTICLES_PER_BATCH, last + 1) - 1
            first_row, last_row = con.execute(
                f"SELECT min(article_row), max(article_row) FROM search_pending WHERE docid BETWEEN {start} AND {end}"
            ).fetchone()
            with transaction(con):
                batch = {"first": start, "last": end, "first_row": first_row, "last_row": last_row}
                execute_script(con, sql_text("search", "index_batch"), batch)
                _write_postings(con, batch)
                execute_script(con, sql_text("search", "index_batch_done"))
            if on_batch:
                on_batch(end + 1 - first, last + 1 - first)
    con.execute("DROP TABLE IF EXISTS search_pending")


def _write_postings(con: duckdb.DuckDBPyConnection, batch: dict[str, int]) -> None:
    """The postings of the batch just indexed, a quarter of its (term, document) pairs at a
    time, in ascending ranges of term ids: the same rows in the same order as one statement
    over all its terms, but DuckDB holds one range's ordered lists, not the batch's (98 MB of
    its 256MB for 5,000 articles, which lifted an ingest's peak with the database's size)."""
    low, cuts, high = con.execute(sql_text("search", "index_postings_ranges")).fetchone()
    if low is None:  # no terms at all (empty articles)
        return
    bounds = sorted({low - 1, *cuts, high})
    for after, last in zip(bounds, bounds[1:]):
        execute_script(con, sql_text("search", "index_postings"),
                       {**batch, "first_term": after + 1, "last_term": last})


@cache
def fts_english_stopwords() -> tuple[str, ...]:
    """The fts extension's English stop words (the SMART system's 571), read from an index it
    builds over an empty table in memory, so the list is fts's own, not a copy of it."""
    con = duckdb.connect()
    try:
        load_fts(con)
        con.execute("CREATE TABLE empty (id VARCHAR, body VARCHAR)")
        con.execute("PRAGMA create_fts_index('empty', 'id', 'body', stopwords = 'english')")
        return tuple(row[0] for row in con.execute("SELECT DISTINCT sw FROM fts_main_empty.stopwords ORDER BY sw").fetchall())
    finally:
        con.close()


def index_state(con: duckdb.DuckDBPyConnection) -> dict | None:
    """{updated_at, indexed_articles, articles, stale}, or None when there is no index yet.
    stale: articles were stored after it was last updated."""
    tables = {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = "
        f"{sql_literal(INDEX_SCHEMA)}").fetchall()}
    if "state" not in tables or not con.execute(f"SELECT count(*) FROM {INDEX_SCHEMA}.state").fetchone()[0]:
        return None
    cursor = con.execute(sql_text("search", "index_state"))
    return dict(zip([d[0] for d in cursor.description], cursor.fetchone()))


def search_index_needs_update(target: str | os.PathLike | Store | duckdb.DuckDBPyConnection | None) -> bool:
    """True when the index is missing or older than the stored articles (for a lake: when
    this machine's index file is missing or holds another number of articles)."""
    lake = _lake(target)
    if lake:
        index = search_index_store(lake)
        if not index.path.exists():
            return True
        with reader_connection(index) as con:
            state = index_state(con)
        return state is None or state["indexed_articles"] != lake_article_count(lake)
    with writer_connection(target) as con:
        state = index_state(con)
    return state is None or state["stale"]


def query_terms(query: str) -> list[str]:
    """The query cut as the index is: words as they are, Chinese runs into character pairs
    (a lone character stays itself), so that 稀土出口 and 稀土 出口 both find 稀土出口."""
    terms: list[str] = []
    for run in re.split(f"({_HAN_RUN.pattern})", query):
        if _HAN_RUN.fullmatch(run):
            terms += [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]
        else:
            terms += [w.lower() for w in _WORD.findall(run)]
    return list(dict.fromkeys(terms))


def search_articles(path: str | os.PathLike | None, query: str, limit: int = 10,
                    wait_seconds: float = 5.0) -> list[SearchHit]:
    """Articles ranked by BM25 over titles and texts, each with its best sentence marked.

    Raises QueryError (one line) when there is no index yet or the query has no words."""
    terms = query_terms(query)
    if not terms:
        raise QueryError(f"nothing to search for in {query!r}: give words or Chinese characters")
    lake = _lake(path)
    if lake:
        path = search_index_store(lake)
        if not path.path.exists():
            raise QueryError("no search index of this lake on this machine yet: run `orewatch search --reindex`")
    with reading(path, wait_seconds) as con:
        load_fts(con)
        state = index_state(con)
        if state is None:
            raise QueryError("this database has no search index yet: run `orewatch ingest` "
                             "(or `orewatch search --reindex`)")
        hits = _ranked(con, " ".join(terms), limit)
        articles = {}
        if hits:
            cursor = execute_script(con, sql_text("search", "hit_articles"),
                                    {"article_ids": tuple(article_id for article_id, _ in hits)})
            articles = {row[0]: row[1:] for row in cursor.fetchall()}
        markers = _markers(con, terms)
    return [
        SearchHit(rank, score, article_id, title, source, published_at, url,
                  best_sentence(title, text, markers))
        for rank, (article_id, score) in enumerate(hits, start=1)
        for title, text, source, published_at, url, _language in [articles[article_id]]
    ]


def _ranked(con: duckdb.DuckDBPyConnection, query: str, limit: int) -> list[tuple[str, float]]:
    """(article_id, score) of the best `limit` articles, best first (sql/search/search.sql).
    The term ids are looked up first, so that the postings scan gets them as constants and
    reads only their row groups."""
    termids = tuple(row[0] for row in execute_script(
        con, sql_text("search", "query_terms"), {"query": query}).fetchall())
    if not termids:
        return []
    return execute_script(con, sql_text("search", "search"), {"termids": termids, "limit": limit}).fetchall()


def _markers(con: duckdb.DuckDBPyConnection, terms: list[str]) -> re.Pattern | None:
    """A pattern for the words to mark: each English term's stem and what follows it (so
    "licence" marks "licences"), stop words left out; Chinese pairs and characters as they are."""
    stopwords = {r[0] for r in con.execute(f"SELECT sw FROM {INDEX_SCHEMA}.stopwords").fetchall()}
    parts = []
    for term in terms:
        if _HAN_RUN.fullmatch(term):
            parts.append(re.escape(term))
        elif term not in stopwords:
            stem = con.execute(f"SELECT stem({sql_literal(term)}, 'porter')").fetchone()[0] or term
            parts.append(rf"\b{re.escape(stem)}\w*")
    if not parts:
        return None
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), re.IGNORECASE)


def best_sentence(title: str, text: str, markers: re.Pattern | None) -> str:
    """The sentence (the title counts as one) with the most distinct query terms, marked."""
    sentences = [title] + [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    if markers is None:
        return sentences[0]

    def distinct_hits(sentence: str) -> int:
        return len({m.group().lower() for m in markers.finditer(sentence)})

    best = max(sentences, key=distinct_hits)  # the first among equals
    return _merge_marks(markers.sub(lambda m: f"**{m.group()}**", best))


def _merge_marks(marked: str) -> str:
    """Adjacent marks become one: **稀土****出口** -> **稀土出口**."""
    return marked.replace("****", "")
