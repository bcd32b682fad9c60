"""Appends an editor's decision on an event to the `reviews` audit log (never updates it)."""

from __future__ import annotations

import json
import os
import random
import time

import duckdb

from orewatch.storage.db import Store, writer_connection

DECISIONS = ("accepted", "rejected", "corrected")
# The event fields an editor may correct; the events view shows the latest value of each.
CORRECTABLE = ("type", "subtype", "actor", "partners", "elements", "event_date", "date_precision")


_last_review_id = 0


def new_review_id() -> int:
    """A review number that grows with time and that no other machine draws at once:
    microseconds since 1970 × 1024 + a random tie-breaker (a DuckLake has no sequences);
    strictly increasing within a process."""
    global _last_review_id
    _last_review_id = max(time.time_ns() // 1000 * 1024 + random.randrange(1024), _last_review_id + 1)
    return _last_review_id


def record_review(
    target: Store | str | os.PathLike | duckdb.DuckDBPyConnection,
    event_id: str,
    editor: str,
    decision: str,
    changes: dict | None = None,
    note: str | None = None,
) -> int:
    """Append one review; returns its review_id.

    `changes` maps correctable event fields to their corrected values (lists for partners and
    elements); it is required for 'corrected' and refused for the other decisions."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    if decision == "corrected" and not changes:
        raise ValueError("a 'corrected' decision needs the corrected fields in changes")
    if decision != "corrected" and changes:
        raise ValueError(f"a {decision!r} decision carries no changes")
    unknown = set(changes or {}) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"not correctable: {', '.join(sorted(unknown))}")
    review_id = new_review_id()
    with writer_connection(target) as con:
        con.execute(
            "INSERT INTO reviews (review_id, event_id, editor, decision, changes, note) VALUES (?, ?, ?, ?, ?, ?)",
            [review_id, event_id, editor, decision, json.dumps(changes, ensure_ascii=False) if changes else None, note],
        )
    return review_id
