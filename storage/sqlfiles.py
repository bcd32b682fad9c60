"""Reads the SQL that lives in `storage/sql/<folder>/<name>.sql` and runs it with named
parameters (`$since`, `$country` …), statement by statement where a file has several.

Parameters are written into the statement as SQL literals (`sql_literal`) rather than bound:
DuckDB's Python client imports numpy and pandas the first time it binds any Python value,
which costs a read-only command 0.5 to 2 s of start-up, more than most reports' queries."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
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


def sql_literal(value: Any) -> str:
    """A Python value as a DuckDB literal: NULL, a number, a quoted string ('' inside), a
    DATE or TIMESTAMP(TZ), a non-empty tuple as an IN list. Other types are refused."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, datetime):
        kind = "TIMESTAMPTZ" if value.tzinfo else "TIMESTAMP"
        return f"{kind} '{value.isoformat()}'"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, tuple) and value:  # for IN lists: (1, 2, 3)
        return "(" + ", ".join(map(sql_literal, value)) + ")"
    raise TypeError(f"no SQL literal for {type(value).__name__} {value!r}")


def bind(statement: str, params: dict[str, Any]) -> str:
    """The statement with each `$name` it uses replaced by the literal of params[name]."""
    return _PARAMETER.sub(lambda m: sql_literal(params[m.group(1)]), statement)


def execute_script(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | None = None):
    """Run every statement of `sql`, each with the parameters it names; returns the last cursor."""
    params = params or {}
    cursor = None
    for statement in statements(sql):
        cursor = con.execute(bind(statement, params))
    return cursor
