"""Appends an editor's decision on an event to the `reviews` audit log (never updates it), and
recomputes the stories the decision touches (a rejected event leaves its story; a corrected one
may move to another)."""

from __future__ import annotations

import json
import os

import duckdb

from orewatch.storage import stories
from orewatch.storage.db import writer_connection
from orewatch.storage.migrations import transaction

DECISIONS = ("accepted", "rejected", "corrected")
# The event fields an editor may correct; the events view shows the latest value of each.
CORRECTABLE = ("type", "subtype", "actor", "partners", "elements", "event_date", "date_precision",
               "phase", "effective_date")


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
    with writer_connection(target) as con, transaction(con):
        before = stories.blocks_of_event(con, event_id)
        row = con.execute(
            "INSERT INTO reviews (event_id, editor, decision, changes, note) "
            "VALUES (?, ?, ?, ?, ?) RETURNING review_id",
            [event_id, editor, decision, json.dumps(changes, ensure_ascii=False) if changes else None, note],
        ).fetchone()
        # A rejection leaves the story; a correction may move the event to another one.
        stories.refresh_stories(con, before | stories.blocks_of_event(con, event_id))
    return row[0]
