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

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

import orewatch.stories as clustering
from orewatch.storage.migrations import transaction
from orewatch.storage.summaries import record_state
from orewatch.stories import StoryReport, assign_stories, lone_story_id, story_block

_QUERIES = Path(__file__).resolve().parent / "sql" / "queries"
_QUERY = (_QUERIES / "story_inputs.sql").read_text(encoding="utf-8")
_GROUP_QUERY = (_QUERIES / "story_input_group.sql").read_text(encoding="utf-8")
_PENDING_QUERY = (_QUERIES / "story_pending_blocks.sql").read_text(encoding="utf-8")

Block = tuple[str, str]
# Rows of story_inputs.sql fetched at a time: with the rows in block order, memory holds one
# block's reports (and one batch of rows), not every pending report of a large run.
ROWS_PER_FETCH = 5_000
# Pending events sorted into block order at a time (a larger block is sorted alone): DuckDB
# sorted 120,000 of them within a writer's 64MB, not 250,000 (story_input_group.sql).
EVENTS_PER_SORT = 100_000
_STORY_ROWS = pa.schema({"event_id": pa.string(), "story_id": pa.string()})


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


def _sort_groups(con: duckdb.DuckDBPyConnection) -> Iterator[pa.Table]:
    """The blocks of _orewatch_story_inputs in groups of at most EVENTS_PER_SORT events (a
    larger block alone), each as the relation _orewatch_group(type, actor)."""
    sizes = con.execute(
        "SELECT type, block_actor, count(*) FROM _orewatch_story_inputs GROUP BY ALL ORDER BY ALL").fetchall()
    group: list[Block] = []
    events = 0
    for type_, actor, count in sizes:
        if group and events + count > EVENTS_PER_SORT:
            yield _blocks_table(group)
            group, events = [], 0
        group.append((type_, actor))
        events += count
    if group:
        yield _blocks_table(group)


def _block_reports(con: duckdb.DuckDBPyConnection, blocks: set[Block]
                   ) -> Iterator[tuple[list[StoryReport], list[str]]]:
    """For these blocks, one block at a time: the block's reports to cluster and the ids of
    its events an editor rejected. Their rows (story_inputs.sql) are kept in a temporary table
    and read back a group of blocks at a time, in block order (story_input_group.sql).

    A block is held whole (its reports are clustered together), and one block holds every
    agreement: 61,000 reports after 100,000 articles. So each report is made straight from
    the fetched columns, without a row tuple beside it, and the values that repeat from report
    to report (type, actor, partners, elements, dates, phase) are one object per block, not
    one per report: the block takes a third of the memory it took as rows and reports."""
    con.register("_orewatch_blocks", _blocks_table(blocks))
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _orewatch_story_inputs AS {_QUERY}")
    finally:
        con.unregister("_orewatch_blocks")
    try:
        for group in _sort_groups(con):
            con.register("_orewatch_group", group)
            try:
                yield from _reports_by_block(con.execute(_GROUP_QUERY).to_arrow_reader(ROWS_PER_FETCH))
            finally:
                con.unregister("_orewatch_group")
    finally:
        con.execute("DROP TABLE IF EXISTS _orewatch_story_inputs")


def _reports_by_block(reader: pa.RecordBatchReader) -> Iterator[tuple[list[StoryReport], list[str]]]:
    """The rows of one group, in block order, as each block's reports and rejected event ids."""
    current: Block | None = None
    reports: list[StoryReport] = []
    rejected: list[str] = []
    shared: dict = {}

    def share(value):
        return shared.setdefault(value, value)

    for batch in reader:
        (eids, aids, types, actors, partners, elements, dates, precisions, phases, effectives,
         published_days, statuses) = (column.to_pylist() for column in batch.columns)
        for i, event_id in enumerate(eids):
            block = story_block(types[i], actors[i])
            if block != current:
                if current is not None:
                    yield reports, rejected
                current, reports, rejected, shared = block, [], [], {}
            if statuses[i] == "rejected":
                rejected.append(event_id)
                continue
            reports.append(StoryReport(
                event_id, share(aids[i]), share(types[i]), share(actors[i]), share(tuple(partners[i])),
                share(tuple(elements[i])), share(dates[i]), share(precisions[i]),
                share(phases[i] or "announced"), share(effectives[i]), share(published_days[i]),
            ))  # fmt: skip
    if current is not None:
        yield reports, rejected


def _block_assignments(reports: list[StoryReport], rejected: list[str]) -> dict[str, str]:
    """event_id -> story_id for one block: each event an editor rejected a story of its own,
    the others clustered."""
    assigned = {event_id: lone_story_id(event_id) for event_id in rejected}
    assigned.update(assign_stories(reports))
    return assigned


def refresh_stories(con: duckdb.DuckDBPyConnection, blocks: Iterable[Block] | None = None) -> int:
    """Recompute the stories of `blocks` (None: every block) and replace their rows in
    event_stories; returns how many events were assigned. Blocks are read and clustered one
    at a time (they are independent); only the (event, story) pairs are kept until the write,
    as Arrow columns (a few bytes a pair; as Python strings, 40 MB for 250,000 events)."""
    if blocks is None:
        blocks = {story_block(t, a) for t, a in con.execute("SELECT DISTINCT type, actor FROM events").fetchall()}
    blocks = set(blocks)
    if not blocks:
        return 0
    pairs: list[pa.RecordBatch] = []
    for reports, rejected in _block_reports(con, blocks):
        assigned = _block_assignments(reports, rejected)
        pairs.append(pa.record_batch({"event_id": pa.array(list(assigned), pa.string()),
                                      "story_id": pa.array(list(assigned.values()), pa.string())}))
    rows = pa.Table.from_batches(pairs, schema=_STORY_ROWS)
    con.register("_orewatch_story_rows", rows)
    try:
        con.execute("DELETE FROM event_stories WHERE event_id IN (SELECT event_id FROM _orewatch_story_rows)")
        con.execute("INSERT INTO event_stories BY NAME SELECT * FROM _orewatch_story_rows")
    finally:
        con.unregister("_orewatch_story_rows")
    return rows.num_rows


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


@cache
def rules_digest() -> str:
    """What the stored stories are computed by: the clustering module and the queries of its
    inputs (SHA-256 of their texts)."""
    texts = (Path(clustering.__file__).read_text(encoding="utf-8"), _QUERY, _GROUP_QUERY)
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def refresh_if_rules_changed(con: duckdb.DuckDBPyConnection) -> bool:
    """Recompute every story, in one transaction, when the clustering rules changed since the
    stored stories were computed (summary_state row 'event_stories'; an upgrade), so that a
    database's stories never depend on which release computed which block. True if it did."""
    digest = rules_digest()
    stored = con.execute("SELECT definition FROM summary_state WHERE summary = 'event_stories'").fetchone()
    if stored is not None and stored[0] == digest:
        return False
    with transaction(con):
        refresh_stories(con)
        record_state(con, "event_stories", digest)
    return True


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
