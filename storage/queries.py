"""Named SQL queries kept in `sql/queries/<name>.sql`, run with named parameters ($name).

Storage owns its SQL in .sql files; this module only reads them (once) and returns rows as
dicts, so that callers never build SQL strings."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import duckdb

QUERIES_DIR = Path(__file__).resolve().parent / "sql" / "queries"


@cache
def query_sql(name: str) -> str:
    """The text of `sql/queries/<name>.sql`."""
    return (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")


def fetch_dicts(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any] | None = None) -> list[dict]:
    """Run a named query; one dict per row, keyed by column name."""
    cursor = con.execute(query_sql(name), params or {})
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def execute(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any] | None = None) -> None:
    """Run a named statement that returns no rows (an INSERT)."""
    con.execute(query_sql(name), params or {})
