"""The `runs` table: one row per ingestion run, written when it starts and when it ends.

A run is recorded in two steps so that a run that died shows up (status 'running', no
finished_at). Each call opens and closes its own writer when given a path, like store_batch.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone

import duckdb

from orewatch.storage.db import writer_connection
from orewatch.storage.writer import BatchStats

STATUSES = ("running", "completed", "partial", "failed")


def start_run(
    target: str | os.PathLike | duckdb.DuckDBPyConnection, flow: str, run_id: str | None = None
) -> str:
    """Record that a run started (status 'running'); returns its run_id (given or new)."""
    run_id = run_id or f"run_{uuid.uuid4().hex[:16]}"
    with writer_connection(target) as con:
        con.execute(
            "INSERT INTO runs (run_id, flow, started_at, status) VALUES (?, ?, ?, 'running')",
            [run_id, flow, datetime.now(timezone.utc)],
        )
    return run_id


def finish_run(
    target: str | os.PathLike | duckdb.DuckDBPyConnection,
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
    with writer_connection(target) as con:
        finished = con.execute(
            "UPDATE runs SET finished_at = ?, articles_seen = ?, articles_new = ?, "
            "articles_failed = ?, status = ?, articles_updated = ?, articles_unchanged = ?, "
            "articles_duplicate = ?, articles_warned = ? WHERE run_id = ? RETURNING run_id",
            [
                datetime.now(timezone.utc),
                articles_seen,
                articles_new,
                articles_failed,
                status,
                stats.updated if stats else None,
                stats.unchanged if stats else None,
                stats.duplicates if stats else None,
                articles_warned,
                run_id,
            ],
        ).fetchall()
    if not finished:
        raise KeyError(f"no run {run_id!r} to finish: call start_run first")
