"""The runs of ingestion: a row appended to `run_log` when a run starts and another when it
ends; the `runs` view shows the latest of each.

A run is recorded in two steps so that a run that died shows up (status 'running', no
finished_at). Rows are appended, never updated: a DuckLake refuses an UPDATE of a table that
another ingest appends to at the same time. Each call opens and closes its own writer when
given a store or path, like store_batch.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone

import duckdb

from orewatch.storage.db import Store, writer_connection
from orewatch.storage.writer import BatchStats

STATUSES = ("running", "completed", "partial", "failed")


Target = Store | str | os.PathLike | duckdb.DuckDBPyConnection


def start_run(target: Target, flow: str, run_id: str | None = None) -> str:
    """Record that a run started (status 'running'); returns its run_id (given or new)."""
    run_id = run_id or f"run_{uuid.uuid4().hex[:16]}"
    now = datetime.now(timezone.utc)
    with writer_connection(target) as con:
        con.execute(
            "INSERT INTO run_log (run_id, flow, started_at, status, recorded_at) VALUES (?, ?, ?, 'running', ?)",
            [run_id, flow, now, now],
        )
    return run_id


def finish_run(
    target: Target,
    run_id: str,
    articles_seen: int,
    articles_new: int,
    articles_failed: int,
    status: str,
    stats: BatchStats | None = None,
    articles_warned: int | None = None,
) -> None:
    """Record a run's end and counts; `stats` (the batches' BatchStats summed) adds the
    updated, unchanged and duplicate counts; `articles_warned` the articles stored with a
    warning. `status`: completed, partial or failed."""
    if status not in STATUSES[1:]:
        raise ValueError(f"a finished run's status is one of {', '.join(STATUSES[1:])}, not {status!r}")
    now = datetime.now(timezone.utc)
    with writer_connection(target) as con:
        started = con.execute(
            "SELECT flow, started_at FROM run_log WHERE run_id = ? ORDER BY recorded_at LIMIT 1", [run_id]
        ).fetchone()
        if started is None:
            raise KeyError(f"no run {run_id!r} to finish: call start_run first")
        con.execute(
            "INSERT INTO run_log (run_id, flow, started_at, finished_at, articles_seen, articles_new, "
            "articles_failed, status, articles_updated, articles_unchanged, articles_duplicate, "
            "articles_warned, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_id,
                *started,
                now,
                articles_seen,
                articles_new,
                articles_failed,
                status,
                stats.updated if stats else None,
                stats.unchanged if stats else None,
                stats.duplicates if stats else None,
                articles_warned,
                now,
            ],
        )
