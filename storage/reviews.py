"""Appends editors' decisions on events to the `reviews` audit log (never updates it).

Each decision row keeps what the editor saw (`seen`: the extraction, with its sentence), the
event's values before and after, and any corrections; an undo is a new row (`undone`) naming
the decision it takes back. The views effective_reviews, event_review_state and events read
this log; nothing here edits or deletes a row.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from dataclasses import dataclass

import duckdb

from orewatch.storage.db import writer_connection
from orewatch.storage.errors import StorageError
from orewatch.storage.migrations import transaction
from orewatch.storage.queries import execute, fetch_dicts

DECISIONS = ("accepted", "rejected", "corrected")
# The event fields an editor may correct; the events view shows the corrections in force.
CORRECTABLE = ("type", "subtype", "actor", "partners", "elements", "event_date", "date_precision")
# What `seen` keeps of an extraction: the correctable fields, the trigger and the sentence.
SEEN_FIELDS = (*CORRECTABLE, "trigger", "sentence")
LIST_FIELDS = ("partners", "elements")


_last_review_id = 0


def new_review_id() -> int:
    """A review number that grows with time and that no other machine draws at once:
    microseconds since 1970 × 1024 + a random tie-breaker (a DuckLake has no sequences);
    strictly increasing within a process."""
    global _last_review_id
    _last_review_id = max(time.time_ns() // 1000 * 1024 + random.randrange(1024), _last_review_id + 1)
    return _last_review_id


class UnknownEvent(StorageError):
    """The event is not (or no longer) in the latest extraction."""


class StaleEvent(StorageError):
    """The event was re-extracted differently since the editor's page showed it."""


@dataclass(frozen=True)
class Undo:
    """An undo recorded: its own review id, the decision taken back, and that event."""

    review_id: int
    undone_review_id: int
    event_id: str


def _plain(value):
    return list(value) if isinstance(value, (list, tuple)) else value


def extraction_fingerprint(extraction: dict) -> str:
    """A short hash of an extraction's fields and sentence (lists order-free): the page sends
    it back with a decision, so that a decision on an event re-extracted meanwhile is refused."""
    canonical = {
        f: sorted(extraction.get(f) or []) if f in LIST_FIELDS else extraction.get(f)
        for f in SEEN_FIELDS
        if f != "trigger"
    }
    canonical["sentence"] = " ".join((canonical.get("sentence") or "").split()).lower()
    return hashlib.sha1(json.dumps(canonical, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def _validate(decision: str, changes: dict | None) -> None:
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    if decision == "corrected" and not changes:
        raise ValueError("a 'corrected' decision needs the corrected fields in changes")
    if decision != "corrected" and changes:
        raise ValueError(f"a {decision!r} decision carries no changes")
    unknown = set(changes or {}) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"not correctable: {', '.join(sorted(unknown))}")


def _dump(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _values_for(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    """The event's extraction, the values the events view shows (the corrections in force
    applied over the extraction, as views/events.sql does) and those corrections, or None."""
    rows = fetch_dicts(con, "review_event", {"event_id": event_id})
    if not rows:
        return None
    row = rows[0]
    seen = {f: _plain(row[f]) for f in SEEN_FIELDS}
    corrections = json.loads(row["corrections"]) if row["corrections"] else {}
    return {
        "article_id": row["article_id"],
        "seen": seen,
        "shown": {f: corrections[f] if f in corrections else seen[f] for f in CORRECTABLE},
        "corrections": corrections,
    }


def _same(field: str, a, b) -> bool:
    return sorted(a or []) == sorted(b or []) if field in LIST_FIELDS else a == b


def _corrections(current: dict, changes: dict) -> dict:
    """Every field that differs from the extraction once `changes` are applied onto the
    corrections in force (a field corrected earlier stays listed, even when set back)."""
    merged = {**current["corrections"], **{k: _plain(v) for k, v in changes.items()}}
    return {
        field: value
        for field, value in merged.items()
        if field in current["corrections"] or not _same(field, value, current["seen"][field])
    }


def record_review(
    target: str | os.PathLike | duckdb.DuckDBPyConnection,
    event_id: str,
    editor: str,
    decision: str,
    changes: dict | None = None,
    note: str | None = None,
    fingerprint: str | None = None,
) -> int:
    """Append one decision; returns its review_id.

    `changes` maps correctable fields to corrected values (lists for partners and elements);
    it is required for 'corrected' and refused otherwise. They are merged onto the
    corrections in force, so the stored row holds every correction of the event; a
    correction that leaves every field as extracted is recorded as 'accepted'. With
    `fingerprint` (extraction_fingerprint of what the editor saw), a decision on an event
    re-extracted differently since is refused with StaleEvent. UnknownEvent when the latest
    extraction has no such event."""
    _validate(decision, changes)
    with writer_connection(target) as con, transaction(con):
        current = _values_for(con, event_id)
        if current is None:
            raise UnknownEvent(f"no event {event_id} in the latest extraction (re-extracted meanwhile?)")
        if fingerprint is not None and fingerprint != extraction_fingerprint(current["seen"]):
            raise StaleEvent(f"event {event_id} was re-extracted since the page showed it: reload it")
        stored_changes, after = None, None
        if decision == "corrected":
            stored_changes = _corrections(current, changes)
            if stored_changes:
                after = {**{f: current["seen"][f] for f in CORRECTABLE}, **stored_changes}
            else:  # a correction that changes nothing is an acceptance
                decision, stored_changes = "accepted", None
        if decision == "accepted":
            after = current["shown"]
        review_id = new_review_id()
        execute(con, "review_insert", {
            "review_id": review_id, "event_id": event_id, "editor": editor, "decision": decision,
            "changes": _dump(stored_changes), "note": note or None, "undoes": None,
            "article_id": current["article_id"], "seen": _dump(current["seen"]),
            "values_before": _dump(current["shown"]), "values_after": _dump(after),
        })
    return review_id


def undo_last_review(
    target: str | os.PathLike | duckdb.DuckDBPyConnection, editor: str, note: str | None = None
) -> Undo | None:
    """Take back `editor`'s latest decision that still stands, by appending an 'undone' row;
    None when there is nothing to undo. The event returns to the state it had before."""
    with writer_connection(target) as con, transaction(con):
        last = fetch_dicts(con, "review_last_decision", {"editor": editor})
        if not last:
            return None
        undone = last[0]
        current = _values_for(con, undone["event_id"])
        values_before = json.loads(undone["values_before"]) if undone["values_before"] else None
        review_id = new_review_id()
        execute(con, "review_insert", {
            "review_id": review_id, "event_id": undone["event_id"], "editor": editor, "decision": "undone",
            "changes": None, "note": note or None, "undoes": undone["review_id"],
            "article_id": undone["article_id"], "seen": None,
            "values_before": _dump(current["shown"] if current else None),
            "values_after": _dump(values_before),
        })
    return Undo(review_id, undone["review_id"], undone["event_id"])
