"""Writes batches of extractions to the database in one transaction each, idempotently.

Per article of a batch, against what is stored:
- same id, same content hash: unchanged, nothing is written (not even fetched_at);
- same id, other content hash: updated, its mentions, quantities and extracted events are
  replaced (event and quantity ids are stable, so reviews re-attach through the events view);
- new id whose content hash is already stored (the same story under another URL), or seen
  earlier in the batch: a duplicate, skipped and counted;
- otherwise new.
Rows go in as Arrow tables (`INSERT INTO t BY NAME SELECT * FROM arrow`), never row by row,
staged by storage/batches.py wherever the extraction ran. In the same transaction, the summary
tables behind the attention and checks views follow (orewatch.storage.summaries), and the
stories of the (type, actor) blocks whose events were added or replaced are recomputed
(orewatch.storage.stories), or left pending for the end of an ingest run. In a DuckLake, writers
store their batches one at a time (storage/lake.py write_alone: a lake has no primary key, and
two appends of one new article would both commit); a batch that conflicts with a writer that
does not take that lock is written again from the start.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from orewatch.records import Extraction
from orewatch.storage import stories, summaries
from orewatch.storage.batches import CHILD_TABLES, StagedBatch, stage_batch
from orewatch.storage.db import Store, writer_connection
from orewatch.storage.lake import is_lake_connection, write_alone
from orewatch.storage.migrations import transaction


@dataclass(frozen=True)
class BatchStats:
    """What a batch did: articles stored new, updated, left unchanged, skipped as duplicates."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0

    def __add__(self, other: BatchStats) -> BatchStats:
        return BatchStats(
            self.new + other.new,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.duplicates + other.duplicates,
        )

    @property
    def seen(self) -> int:
        return self.new + self.updated + self.unchanged + self.duplicates


def _insert(con: duckdb.DuckDBPyConnection, table: str, relation: str) -> None:
    """Bulk insert a registered Arrow table, matching columns by name."""
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {relation}")


def _insert_tables(con: duckdb.DuckDBPyConnection, rows: dict[str, pa.Table]) -> None:
    """Bulk insert Arrow tables (table name -> rows), matching columns by name, then add
    their articles to the summary tables (orewatch.storage.summaries) from the same rows."""
    names = {table: f"_orewatch_{table}" for table in rows}
    for table, name in names.items():
        con.register(name, rows[table])
    try:
        for table, name in names.items():
            if rows[table].num_rows:
                _insert(con, table, name)
        summaries.add_articles(con, names)
    finally:
        for name in names.values():
            con.unregister(name)


def _classify(con: duckdb.DuckDBPyConnection, articles: pa.Table) -> tuple[list[str], list[str], BatchStats]:
    """Ids of the new and of the updated articles of a staged batch (ids unique), and counts."""
    batch = articles.select(["article_id", "content_hash"])
    con.register("_orewatch_batch", batch)
    try:
        stored_hash = dict(
            con.execute(
                "SELECT a.article_id, a.content_hash FROM articles a "
                "SEMI JOIN _orewatch_batch b ON a.article_id = b.article_id"
            ).fetchall()
        )
        stored_hashes = {
            row[0]
            for row in con.execute(
                "SELECT DISTINCT a.content_hash FROM articles a "
                "SEMI JOIN _orewatch_batch b ON a.content_hash = b.content_hash"
            ).fetchall()
        }
    finally:
        con.unregister("_orewatch_batch")
    new, updated, counts = [], [], Counter()
    hashes_taken = set(stored_hashes)
    for aid, digest in zip(batch["article_id"].to_pylist(), batch["content_hash"].to_pylist()):
        if aid in stored_hash:
            if stored_hash[aid] == digest:
                counts["unchanged"] += 1
            else:
                updated.append(aid)
                counts["updated"] += 1
                hashes_taken.add(digest)
        elif digest in hashes_taken:
            counts["duplicates"] += 1
        else:
            new.append(aid)
            counts["new"] += 1
            hashes_taken.add(digest)
    return new, updated, BatchStats(**counts)


def _write(con: duckdb.DuckDBPyConnection, staged: StagedBatch, refresh_stories: bool) -> BatchStats:
    """One transaction: classify the batch against what is stored, replace, insert (the
    summary tables follow), and recompute (or leave pending) the stories of the blocks it
    touched."""
    with transaction(con):
        new, updated, stats = _classify(con, staged.articles)
        if not new and not updated:
            return stats
        touched = stories.blocks_of_articles(con, updated)
        if updated:
            stories.mark_pending(con, touched)  # their events are about to go
            con.register("_orewatch_updated", pa.table({"article_id": updated}))
            try:
                summaries.remove_articles(con, "_orewatch_updated")
                for table in (*CHILD_TABLES, "articles"):
                    con.execute(
                        f"DELETE FROM {table} WHERE article_id IN "
                        "(SELECT article_id FROM _orewatch_updated)"
                    )
            finally:
                con.unregister("_orewatch_updated")
        written = pa.array(new + updated, pa.string())
        _insert_tables(con, {
            table: rows.filter(pc.is_in(rows["article_id"], value_set=written))
            for table, rows in staged.tables.items()
        })
        if refresh_stories:
            stories.refresh_stories(con, touched | stories.blocks_of_articles(con, new + updated))
    return stats


def store_staged(target: Store | str | os.PathLike | duckdb.DuckDBPyConnection, staged: StagedBatch,
                 *, refresh_stories: bool = True) -> BatchStats:
    """Store a staged batch in one transaction; returns what happened to each article.

    `target` is a store or path (a writer is opened and closed around the batch) or an open
    writer connection. On any error the whole batch is rolled back. With `refresh_stories`
    false, the stories of the blocks it touched are left pending for
    storage.stories.refresh_pending_stories (an ingest run does that once, after its last batch)."""
    if not staged.num_articles:
        return BatchStats(duplicates=staged.repeats)
    with writer_connection(target) as con:
        if is_lake_connection(con):
            stats = write_alone(con, lambda: _write(con, staged, refresh_stories), "storing a batch")
        else:
            stats = _write(con, staged, refresh_stories)
    return stats + BatchStats(duplicates=staged.repeats)


def store_batch(
    target: Store | str | os.PathLike | duckdb.DuckDBPyConnection,
    extractions: Sequence[Extraction],
    fetched_at: str | None = None,
    *,
    refresh_stories: bool = True,
) -> BatchStats:
    """Store a batch of extractions in one transaction (see store_staged); `fetched_at`
    (ISO 8601) stands in for articles that carry none; default: now."""
    return store_staged(target, stage_batch(extractions, fetched_at), refresh_stories=refresh_stories)
