"""The full-text index of a DuckLake store: a DuckDB file on this machine, kept from the lake.

The search index has macros a DuckLake cannot hold, and its updates are one machine's
business, so a machine that searches a lake keeps a local index file: the lake's articles
copied in, then indexed there (storage/search.py: only the versions not indexed yet are cut).
The nightly flow updates its machine's copy after each run; another machine updates its own
with `orewatch search --reindex`."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from orewatch.storage.db import reader_connection, writer_connection
from orewatch.storage.migrations import transaction
from orewatch.storage.stores import Store

INDEX_ENV_VAR = "OREWATCH_SEARCH_INDEX"
ROWS_PER_BATCH = 20_000


def search_index_store(lake: Store) -> Store:
    """The local index file of a lake: $OREWATCH_SEARCH_INDEX, else one per lake catalog in
    ~/.cache/orewatch/ (or $XDG_CACHE_HOME/orewatch/)."""
    if os.environ.get(INDEX_ENV_VAR):
        return Store(os.environ[INDEX_ENV_VAR])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "orewatch"
    return Store(str(cache / f"search-{hashlib.sha1(lake.catalog.encode()).hexdigest()[:12]}.duckdb"))


def lake_article_count(lake: Store) -> int:
    with reader_connection(lake) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def copy_articles(lake: Store, index: Store) -> int:
    """Replace the index file's articles with the lake's, streamed in Arrow batches; returns
    how many were copied."""
    copied = 0
    with reader_connection(lake) as src, writer_connection(index) as dst, transaction(dst):
        dst.execute("DELETE FROM articles")
        for batch in src.execute("SELECT * FROM articles").to_arrow_reader(ROWS_PER_BATCH):
            dst.register("_orewatch_articles", batch)
            try:
                dst.execute("INSERT INTO articles BY NAME SELECT * FROM _orewatch_articles")
            finally:
                dst.unregister("_orewatch_articles")
            copied += batch.num_rows
    return copied
