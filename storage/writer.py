"""Writes batches of extractions to DuckDB in one transaction each, idempotently, plus run rows.

Per article of a batch, against what is stored:
- same id, same content hash: unchanged, nothing is written (not even fetched_at);
- same id, other content hash: updated, its mentions, quantities and extracted events are
  replaced (event and quantity ids are stable, so reviews re-attach through the events view);
- new id whose content hash is already stored (the same story under another URL), or seen
  earlier in the batch: a duplicate, skipped and counted;
- otherwise new.
Rows go in as Arrow tables (`INSERT INTO t BY NAME SELECT * FROM arrow`), never row by row.
In the same transaction, the stories of the (type, actor) blocks whose events were added or
replaced are recomputed (orewatch.storage.stories), or left pending for the end of the run.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb
import pyarrow as pa

from orewatch import records
from orewatch.records import Extraction
from orewatch.storage import stories, tables
from orewatch.storage.db import writer_connection
from orewatch.storage.migrations import transaction

CHILD_TABLES = ("country_mentions", "element_mentions", "quantities", "extracted_events")


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


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    """Bulk insert an Arrow table, matching columns by name."""
    if rows.num_rows:
        con.register("_orewatch_rows", rows)
        try:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _orewatch_rows")
        finally:
            con.unregister("_orewatch_rows")


def _classify(
    con: duckdb.DuckDBPyConnection, extractions: Sequence[Extraction], hashes: list[str]
) -> tuple[list[int], list[int], BatchStats]:
    """Indexes of the new and updated extractions, and the batch's counts."""
    # The last occurrence of an id in a batch is its latest reading.
    last_of_id = {x.article.id: i for i, x in enumerate(extractions)}
    batch = pa.table({"article_id": [x.article.id for x in extractions], "content_hash": hashes})
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
    for i, extraction in enumerate(extractions):
        aid, digest = extraction.article.id, hashes[i]
        if last_of_id[aid] != i:
            counts["duplicates"] += 1
        elif aid in stored_hash:
            if stored_hash[aid] == digest:
                counts["unchanged"] += 1
            else:
                updated.append(i)
                counts["updated"] += 1
                hashes_taken.add(digest)
        elif digest in hashes_taken:
            counts["duplicates"] += 1
        else:
            new.append(i)
            counts["new"] += 1
            hashes_taken.add(digest)
    return new, updated, BatchStats(**counts)


def _child_tables(extractions: Sequence[Extraction]) -> dict[str, pa.Table]:
    """The mention, quantity and event rows of the given extractions, keyed by table."""
    country_ids, countries, element_ids, elements = [], [], [], []
    quantity_ids, quantity_articles, quantities = [], [], []
    event_ids, event_articles, events = [], [], []
    for extraction in extractions:
        aid = extraction.article.id
        country_ids += [aid] * len(extraction.countries)
        countries += extraction.countries
        element_ids += [aid] * len(extraction.elements)
        elements += extraction.elements
        occurrences: Counter[str] = Counter()
        for q in extraction.quantities:
            # Exact repeats (same words, value and sentence) get occurrence 1, 2 …
            base = records.quantity_id(aid, q)
            quantity_ids.append(records.quantity_id(aid, q, occurrences[base]))
            quantity_articles.append(aid)
            quantities.append(q)
            occurrences[base] += 1
        seen_events: set[str] = set()
        for e in extraction.events:
            eid = records.event_id(aid, e)
            if eid not in seen_events:  # an event read twice from one article is stored once
                seen_events.add(eid)
                event_ids.append(eid)
                event_articles.append(aid)
                events.append(e)
    return {
        "country_mentions": tables.mentions_table(country_ids, countries),
        "element_mentions": tables.mentions_table(element_ids, elements),
        "quantities": tables.quantities_table(quantity_ids, quantity_articles, quantities),
        "extracted_events": tables.events_table(event_ids, event_articles, events),
    }


def store_batch(
    target: str | os.PathLike | duckdb.DuckDBPyConnection,
    extractions: Sequence[Extraction],
    fetched_at: str | None = None,
    *,
    refresh_stories: bool = True,
) -> BatchStats:
    """Store a batch of extractions in one transaction; returns what happened to each article.

    `target` is a database path (a writer is opened and closed around the batch) or an open
    writer connection. `fetched_at` (ISO 8601) stands in for articles that carry none;
    default: now. On any error the whole batch is rolled back. With `refresh_stories` false,
    the stories of the blocks it touched are left pending for storage.stories.
    refresh_pending_stories (an ingest run does that once, after its last batch)."""
    extractions = list(extractions)
    if not extractions:
        return BatchStats()
    hashes = [records.content_hash(x.article.title, x.article.text) for x in extractions]
    default_fetched = tables.parse_timestamp(fetched_at) or datetime.now(timezone.utc)
    with writer_connection(target) as con:
        with transaction(con):
            new, updated, stats = _classify(con, extractions, hashes)
            written = sorted(new + updated)
            if not written:
                return stats
            updated_ids = [extractions[i].article.id for i in updated]
            touched = stories.blocks_of_articles(con, updated_ids)
            if updated:
                # Their events are about to go: their blocks must be recomputed without them.
                stories.mark_pending(con, touched)
                ids = pa.table({"article_id": updated_ids})
                con.register("_orewatch_updated", ids)
                try:
                    for table in (*CHILD_TABLES, "articles"):
                        con.execute(
                            f"DELETE FROM {table} WHERE article_id IN "
                            "(SELECT article_id FROM _orewatch_updated)"
                        )
                finally:
                    con.unregister("_orewatch_updated")
            chosen = [extractions[i] for i in written]
            articles = [x.article for x in chosen]
            fetched = [tables.parse_timestamp(a.fetched_at) or default_fetched for a in articles]
            _insert(con, "articles", tables.articles_table(articles, [hashes[i] for i in written], fetched))
            for table, rows in _child_tables(chosen).items():
                _insert(con, table, rows)
            if refresh_stories:
                touched |= stories.blocks_of_articles(con, [a.id for a in articles])
                stories.refresh_stories(con, touched)
    return stats
