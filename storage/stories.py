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

from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from orewatch.storage.migrations import transaction
from orewatch.stories import StoryReport, assign_stories, lone_story_id, story_block

_QUERIES = Path(__file__).resolve().parent / "sql" / "queries"
_QUERY = (_QUERIES / "story_inputs.sql").read_text(encoding="utf-8")
_PENDING_QUERY = (_QUERIES / "story_pending_blocks.sql").read_text(encoding="utf-8")

Block = tuple[str, str]


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


def _reports(con: duckdb.DuckDBPyConnection, blocks: set[Block]) -> tuple[list[StoryReport], list[str]]:
    """The reports of these blocks to cluster, and the ids of the rejected events among them."""
    reports, rejected = [], []
    for row in _with_table(con, "_orewatch_blocks", _blocks_table(blocks), _QUERY):
        if row[-1] == "rejected":
            rejected.append(row[0])
            continue
        eid, aid, type_, actor, partners, elements, date, precision, phase, effective, published = row[:-1]
        reports.append(StoryReport(eid, aid, type_, actor, tuple(partners), tuple(elements), date, precision,
                                   phase or "announced", effective, published))
    return reports, rejected


def refresh_stories(con: duckdb.DuckDBPyConnection, blocks: Iterable[Block] | None = None) -> int:
    """Recompute the stories of `blocks` (None: every block) and replace their rows in
    event_stories; returns how many events were assigned."""
    if blocks is None:
        blocks = {story_block(t, a) for t, a in con.execute("SELECT DISTINCT type, actor FROM events").fetchall()}
    blocks = set(blocks)
    if not blocks:
        return 0
    reports, rejected = _reports(con, blocks)
    assigned = assign_stories(reports)
    assigned.update((eid, lone_story_id(eid)) for eid in rejected)
    rows = pa.table({"event_id": pa.array(list(assigned), pa.string()),
                     "story_id": pa.array(list(assigned.values()), pa.string())})
    con.register("_orewatch_story_rows", rows)
    try:
        con.execute("DELETE FROM event_stories WHERE event_id IN (SELECT event_id FROM _orewatch_story_rows)")
        con.execute("INSERT INTO event_stories BY NAME SELECT * FROM _orewatch_story_rows")
    finally:
        con.unregister("_orewatch_story_rows")
    return len(assigned)


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
