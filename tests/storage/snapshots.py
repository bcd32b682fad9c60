"""Whole-table snapshots and counts of a database file, to compare before and after a write."""

from __future__ import annotations

from pathlib import Path

import duckdb

TABLES = ("articles", "country_mentions", "element_mentions", "quantities", "extracted_events",
          "reviews", "runs")


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


def count(path: Path, sql: str) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()
