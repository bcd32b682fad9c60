"""Appends an editor's decision on an event to the `reviews` audit log (never updates it)."""

from __future__ import annotations

import json
import os

import duckdb

from orewatch.storage.db import writer_connection

DECISIONS = ("accepted", "rejected", "corrected")
# The event fields an editor may correct; the events view shows the latest value of each.
CORRECTABLE = ("type", "subtype", "actor", "partners", "elements", "event_date", "date_precision")


def record_review(
    target: str | os.PathLike | duckdb.DuckDBPyConnection,
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
    with writer_connection(target) as con:
        row = con.execute(
            "INSERT INTO reviews (event_id, editor, decision, changes, note) "
            "VALUES (?, ?, ?, ?, ?) RETURNING review_id",
            [event_id, editor, decision, json.dumps(changes, ensure_ascii=False) if changes else None, note],
        ).fetchone()
    return row[0]
