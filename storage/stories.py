"""Keeps `event_stories` in step with the stored events (docs/stories.md).

Stories depend on the reports of other articles, so they are not written once with an
event: whenever a write adds, replaces or corrects events, the stories of the (type, actor)
blocks it touched are recomputed from every stored event of those blocks by the pure
`orewatch.stories.assign_stories`, and the rows of those blocks are replaced. Blocks are
independent of each other, so this gives exactly what recomputing every story would. Events an
editor rejected are left out of the clustering: each is a story of its own.

Every function here runs on the caller's writer connection, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from orewatch.stories import StoryReport, assign_stories, lone_story_id, story_block

_QUERY = (Path(__file__).resolve().parent / "sql" / "queries" / "story_inputs.sql").read_text(encoding="utf-8")

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


def blocks_of_event(con: duckdb.DuckDBPyConnection, event_id: str) -> set[Block]:
    """The block of one stored event, as the events view shows it now (empty if unknown)."""
    rows = con.execute("SELECT type, actor FROM events WHERE event_id = ?", [event_id]).fetchall()
    return {story_block(type_, actor) for type_, actor in rows}


def forget_articles(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    """Drop the story rows of these articles' events (before their events are replaced)."""
    if article_ids:
        _with_table(
            con, "_orewatch_story_articles", pa.table({"article_id": pa.array(list(article_ids), pa.string())}),
            "DELETE FROM event_stories WHERE event_id IN (SELECT event_id FROM extracted_events "
            "SEMI JOIN _orewatch_story_articles USING (article_id))",
        )


def _reports(con: duckdb.DuckDBPyConnection, blocks: Iterable[Block]) -> tuple[list[StoryReport], list[str]]:
    """The reports of these blocks to cluster, and the ids of the rejected events among them."""
    types, actors = zip(*sorted(blocks)) if blocks else ((), ())
    table = pa.table({"type": pa.array(types, pa.string()), "actor": pa.array(actors, pa.string())})
    reports, rejected = [], []
    for row in _with_table(con, "_orewatch_blocks", table, _QUERY):
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


def backfill_stories(con: duckdb.DuckDBPyConnection) -> bool:
    """Give every stored event its story when none has one yet (a database migrated from a
    version without stories). Cheap when there is nothing to do. True if it ran."""
    needed = con.execute(
        "SELECT EXISTS (SELECT 1 FROM extracted_events) AND NOT EXISTS (SELECT 1 FROM event_stories)"
    ).fetchone()[0]
    if needed:
        refresh_stories(con)
    return bool(needed)
