"""Whole-table snapshots and counts of a database (a file or a lake), to compare before and after a write."""

from __future__ import annotations

from orewatch.storage.db import reader_connection

TABLES = ("articles", "country_mentions", "element_mentions", "quantities", "extracted_events",
          "reviews", "runs", "event_stories", "story_refreshes")


def snapshot(target) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    with reader_connection(target) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def count(target, sql: str) -> int:
    with reader_connection(target) as con:
        return con.execute(sql).fetchone()[0]


def rows(target, sql: str) -> list[tuple]:
    with reader_connection(target) as con:
        return con.execute(sql).fetchall()
