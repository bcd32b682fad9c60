"""One DDL source for both stores: the lake's statements are derived from the file's.

The migrations and views in sql/ are written for a DuckDB file. A DuckLake has no primary
keys, unique constraints, CHECK constraints, indexes or sequences, and cannot comment on a
view's columns. Nothing in orewatch relies on them (a key column stays NOT NULL): ids are hashes that the writer keeps
unique (storage/writer.py), review numbers are drawn by storage/reviews.py, and view column
comments are also kept in the `schema_view_columns` table, in both stores. So for a lake each
statement is rewritten without them, and the statements with no lake equivalent are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

_DROPPED = re.compile(r"^\s*CREATE\s+(?:UNIQUE\s+)?(?:SEQUENCE|INDEX)\b", re.IGNORECASE)
_VIEW_COLUMN_COMMENT = re.compile(
    r"^\s*COMMENT\s+ON\s+COLUMN\s+(\w+)\.(\w+)\s+IS\s+'((?:[^']|'')*)'\s*;?\s*$", re.IGNORECASE | re.DOTALL
)
_PRIMARY_KEY = re.compile(r"\s+PRIMARY\s+KEY\b", re.IGNORECASE)
_UNIQUE = re.compile(r"\s+UNIQUE\b(?!\s*\()", re.IGNORECASE)
_NEXTVAL_DEFAULT = re.compile(r"\s+DEFAULT\s+nextval\s*\(\s*'[^']*'\s*\)", re.IGNORECASE)
_CHECK = re.compile(r"\s+CHECK\s*\(", re.IGNORECASE)
_TABLE_DDL = re.compile(r"^\s*(?:CREATE|ALTER)\s+TABLE\b", re.IGNORECASE)


@dataclass(frozen=True)
class ViewColumnComment:
    view_name: str
    column_name: str
    comment: str


def statements(sql: str) -> list[str]:
    """The statements of a SQL file, each with its leading comments, in order."""
    return [s.query for s in duckdb.extract_statements(sql)]


def code_of(statement: str) -> str:
    """A statement without its `--` comments."""
    return re.sub(r"--[^\n]*", "", statement).strip()


def view_column_comment(statement: str) -> ViewColumnComment | None:
    """The view, column and text of a `COMMENT ON COLUMN v.c IS '…'` statement, else None."""
    match = _VIEW_COLUMN_COMMENT.match(code_of(statement))
    if not match:
        return None
    return ViewColumnComment(match.group(1), match.group(2), match.group(3).replace("''", "'"))


def _without_checks(statement: str) -> str:
    """The statement with every `CHECK (…)` clause removed (parentheses balanced, quotes skipped)."""
    while match := _CHECK.search(statement):
        depth, index, quoted = 0, match.end() - 1, False
        while index < len(statement):
            char = statement[index]
            if char == "'":
                quoted = not quoted
            elif not quoted and char == "(":
                depth += 1
            elif not quoted and char == ")":
                depth -= 1
                if depth == 0:
                    break
            index += 1
        before, after = statement[: match.start()], statement[index + 1 :]
        if before.rstrip().endswith(",") and after.lstrip().startswith(")"):
            before = before.rstrip()[:-1]  # a table constraint, last in the list: its comma goes too
        statement = before + after
    return statement


def lake_statement(statement: str) -> str | None:
    """The statement as a lake takes it, or None when a lake has no equivalent."""
    code = code_of(statement)
    if _DROPPED.match(code):
        return None
    if not _TABLE_DDL.match(code):  # comments, views, inserts: nothing to take out
        return statement
    statement = _PRIMARY_KEY.sub(" NOT NULL", statement)  # a key is never NULL, in both stores
    for pattern in (_UNIQUE, _NEXTVAL_DEFAULT):
        statement = pattern.sub("", statement)
    return _without_checks(statement)


def lake_sql(sql: str) -> list[str]:
    """A migration file's statements for a lake."""
    return [s for s in map(lake_statement, statements(sql)) if s is not None]
