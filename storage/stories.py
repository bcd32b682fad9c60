"""Keeps `event_stories` in step with the stored events (docs/stories.md).

Stories depend on the reports of other articles, so they are not written once with an
event: whenever a write adds, replaces or corrects events, the stories of the (type, actor)
blocks it touched are recomputed from every stored event of those blocks by the pure
`orewatch.stories.assign_stories`, and the rows of those blocks are replaced. Blocks are
independent of each other, so this gives exactly what recomputing every story would. Events an
editor rejected are left out of the clustering: each is a story of its own.

An ingest run stores its batches with the stories left pending (mark_pending) and recomputes
the pending blocks once at its end (refresh_pending_stories): recomputing per batch would redo
the same blocks once per batch. Editors' decisions do not recompute anything (a decision must
stay a few milliseconds); the blocks they touched are recomputed by the next refresh. Every
function here runs on the caller's writer connection, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from pathlib import Path

import duckdb
import pyarrow as pa

from orewatch.storage.migrations import transaction
from orewatch.stories import StoryReport, assign_stories, lone_story_id, story_block

_QUERIES = Path(__file__).resolve().parent / "sql" / "queries"
_QUERY = (_QUERIES / "story_inputs.sql").read_text(encoding="utf-8")
_PENDING_QUERY = (_QUERIES / "story_pending_blocks.sql").read_text(encoding="utf-8")

Block = tuple[str, str]
# Rows of story_inputs.sql fetched at a time: with the rows in block order, memory holds one
# block's reports (and one batch of rows), not every pending report of a large run.
ROWS_PER_FETCH = 20_000


def _with_table(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table, sql: str,
                params: Sequence | None = None) -> list[tuple]:
    con.register(name, table)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.unregister(name)


def blocks_of_articles(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> set[Block]:
    """The blocks of the stored events of these articles (as the events view shows them)."""
    if not article_ids:
        return set()
    rows = _with_table(
        con, "_orewatch_story_articles", pa.table({"article_id": pa.array(list(article_ids), pa.string())}),
        "SELECT DISTINCT type, actor FROM events SEMI JOIN _orewatch_story_articles USING (article_id)",
    )
    return {story_block(type_, actor) for type_, actor in rows}


def _blocks_table(blocks: Iterable[Block]) -> pa.Table:
    """The relation _orewatch_blocks(type, actor) that story_inputs.sql reads."""
    types, actors = zip(*sorted(set(blocks))) if blocks else ((), ())
    return pa.table({"type": pa.array(types, pa.string()), "actor": pa.array(actors, pa.string())})


def _block_rows(con: duckdb.DuckDBPyConnection, blocks: set[Block]) -> Iterator[list[tuple]]:
    """The rows of story_inputs.sql for these blocks, one block's rows at a time, streamed."""
    con.register("_orewatch_blocks", _blocks_table(blocks))
    try:
        reader = con.execute(_QUERY).fetch_record_batch(ROWS_PER_FETCH)
        rows = (row for batch in reader for row in zip(*(column.to_pylist() for column in batch.columns)))
        for _, block_rows in groupby(rows, key=lambda row: story_block(row[2], row[3])):
            yield list(block_rows)
    finally:
        con.unregister("_orewatch_blocks")


def _block_assignments(rows: list[tuple]) -> dict[str, str]:
    """event_id -> story_id for one block's rows: its reports clustered, each event an editor
    rejected a story of its own."""
    reports, assigned = [], {}
    for row in rows:
        if row[-1] == "rejected":
            assigned[row[0]] = lone_story_id(row[0])
            continue
        eid, aid, type_, actor, partners, elements, date, precision, phase, effective, published = row[:-1]
        reports.append(StoryReport(eid, aid, type_, actor, tuple(partners), tuple(elements), date, precision,
                                   phase or "announced", effective, published))
    assigned.update(assign_stories(reports))
    return assigned


def refresh_stories(con: duckdb.DuckDBPyConnection, blocks: Iterable[Block] | None = None) -> int:
    """Recompute the stories of `blocks` (None: every block) and replace their rows in
    event_stories; returns how many events were assigned. Blocks are read and clustered one
    at a time (they are independent); only the (event, story) pairs are kept until the write."""
    if blocks is None:
        blocks = {story_block(t, a) for t, a in con.execute("SELECT DISTINCT type, actor FROM events").fetchall()}
    blocks = set(blocks)
    if not blocks:
        return 0
    event_ids: list[str] = []
    story_ids: list[str] = []
    for rows in _block_rows(con, blocks):
        for event_id, story_id in _block_assignments(rows).items():
            event_ids.append(event_id)
            story_ids.append(story_id)
    rows = pa.table({"event_id": pa.array(event_ids, pa.string()), "story_id": pa.array(story_ids, pa.string())})
    con.register("_orewatch_story_rows", rows)
    try:
        con.execute("DELETE FROM event_stories WHERE event_id IN (SELECT event_id FROM _orewatch_story_rows)")
        con.execute("INSERT INTO event_stories BY NAME SELECT * FROM _orewatch_story_rows")
    finally:
        con.unregister("_orewatch_story_rows")
    return len(event_ids)


def mark_pending(con: duckdb.DuckDBPyConnection, blocks: Iterable[Block]) -> None:
    """Drop the story rows of every event of these blocks: an event without a row is pending,
    and refresh_pending_stories recomputes its block later (once per ingest run, instead of
    once per batch)."""
    blocks = set(blocks)
    if blocks:
        _with_table(con, "_orewatch_blocks", _blocks_table(blocks),
                    f"DELETE FROM event_stories WHERE event_id IN (SELECT event_id FROM ({_QUERY}))")


def refresh_pending_stories(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the blocks that have an event without a story row or that an editor's decision
    touched since the last refresh, and record the refresh; returns how many events were
    assigned (0 when nothing was pending)."""
    blocks = {story_block(t, a) for t, a in con.execute(_PENDING_QUERY).fetchall()}
    if not blocks:
        return 0
    events = refresh_stories(con, blocks)
    con.execute("INSERT INTO story_refreshes VALUES (now(), ?, ?)", [len(blocks), events])
    return events


def refresh_pending(target: object) -> int:
    """refresh_pending_stories in a transaction of its own, on a store, a path or an open
    writer; in a DuckLake, tried again when another writer's commit conflicts with it."""
    from orewatch.storage.db import writer_connection
    from orewatch.storage.lake import is_lake_connection, retry_on_conflict

    with writer_connection(target) as con:
        def refresh() -> int:
            with transaction(con):
                return refresh_pending_stories(con)

        return retry_on_conflict(refresh, "recomputing stories") if is_lake_connection(con) else refresh()
