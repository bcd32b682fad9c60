"""Reads the SQL that lives in `storage/sql/<folder>/<name>.sql` and runs it with named
parameters (`$since`, `$country` …), statement by statement where a file has several."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import duckdb

from orewatch.storage.migrations import SQL_DIR

_PARAMETER = re.compile(r"\$([a-z_][a-z0-9_]*)")


@cache
def sql_text(folder: str, name: str) -> str:
    """The text of storage/sql/<folder>/<name>.sql."""
    return (SQL_DIR / folder / f"{name}.sql").read_text(encoding="utf-8")


def statements(sql: str) -> list[str]:
    """The statements of a script: each ends with `;` at the end of a line."""
    body = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in re.split(r";\s*\n", body + "\n") if s.strip()]


def execute_script(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | None = None):
    """Run every statement of `sql`, each with the parameters it names; returns the last cursor.

    DuckDB takes prepared parameters only for a single statement, hence one call each."""
    params = params or {}
    cursor = None
    for statement in statements(sql):
        used = {name: params[name] for name in set(_PARAMETER.findall(statement))}
        cursor = con.execute(statement, used) if used else con.execute(statement)
    return cursor
