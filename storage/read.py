"""Read-only questions the CLI asks the database: any SQL, and a status summary.

Every failure is a QueryError with a one-line message (bad SQL, no database, a writer that
did not let go in time), so the CLI can print it without a traceback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import duckdb

from orewatch.storage.db import Target, connect_reader
from orewatch.storage.stores import resolve_store
from orewatch.storage.errors import QueryError
from orewatch.storage.migrations import current_version

# The relations the status summary counts, in SPEC §5 order.
SUMMARY_RELATIONS = (
    "articles",
    "country_mentions",
    "element_mentions",
    "quantities",
    "events",
    "stories",
    "reviews",
    "runs",
)


def run_query(target: Target, sql: str, wait_seconds: float = 5.0) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement on a read-only connection; returns (column names, rows)."""
    con = connect_reader(target, wait_seconds=wait_seconds)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], []
        columns = [d[0] for d in cursor.description]
        return columns, cursor.fetchall()
    except duckdb.Error as error:
        raise QueryError(first_line(error)) from None
    finally:
        con.close()


@contextmanager
def reading(path: str | os.PathLike | None, wait_seconds: float = 5.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for a block; DuckDB's errors leave it as one-line QueryErrors."""
    con = connect_reader(path, wait_seconds=wait_seconds)
    try:
        yield con
    except duckdb.Error as error:
        raise QueryError(first_line(error)) from None
    finally:
        con.close()


def first_line(error: BaseException) -> str:
    """DuckDB's message without its multi-line hints ("Did you mean", "LINE 1: …")."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _plain(value: Any) -> Any:
    """JSON-friendly values: times as ISO 8601 strings."""
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def relation_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The tables and views of the connection's database (a file's, or the lake's)."""
    return {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' UNION SELECT view_name FROM duckdb_views() "
            "WHERE database_name = current_database() AND schema_name = 'main'"
        ).fetchall()
    }


def status_summary(target: Target = None, wait_seconds: float = 5.0) -> dict:
    """Counts per relation, events per review status, and the last 5 runs (newest first)."""
    store = resolve_store(target)
    con = connect_reader(store, wait_seconds=wait_seconds)
    try:
        existing = relation_names(con)
        counts = {
            name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in SUMMARY_RELATIONS
            if name in existing
        }
        review_status = {}
        if "events" in existing:
            review_status = dict(
                con.execute(
                    "SELECT review_status, count(*) FROM events GROUP BY 1 ORDER BY 1"
                ).fetchall()
            )
        runs: list[dict] = []
        if "runs" in existing:
            cursor = con.execute(
                "SELECT * FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 5"
            )
            columns = [d[0] for d in cursor.description]
            runs = [{c: _plain(v) for c, v in zip(columns, row)} for row in cursor.fetchall()]
        version = current_version(con)
    except duckdb.Error as error:
        raise QueryError(first_line(error)) from None
    finally:
        con.close()
    return {
        "database": str(store),
        "schema_version": version,
        "counts": counts,
        "review_status": review_status,
        "runs": runs,
    }
