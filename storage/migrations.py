"""Brings a DuckDB database to the current schema: numbered forward migrations, then the views.

Like sqlite-utils' migrations, each `sql/migrations/NNNN_name.sql` runs in the same transaction
as the `schema_version` row that records it, so a crash leaves the database at the previous
version, never between two. Views (`sql/views/<name>.sql`, one per file) are recreated after
migrations, and whenever a view file changed (its hash is kept in `schema_views`, their column
comments in `schema_view_columns`). The same files build a DuckLake: storage/dialect.py derives
its statements from them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from orewatch.storage import dialect
from orewatch.storage.errors import SchemaError
from orewatch.storage.lake import is_lake_connection

SQL_DIR = Path(__file__).resolve().parent / "sql"
MIGRATIONS_DIR = SQL_DIR / "migrations"
VIEWS_DIR = SQL_DIR / "views"
BOOTSTRAP_SQL = SQL_DIR / "schema_version.sql"

_MIGRATION_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class ViewFile:
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def sql_hash(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def list_migrations(directory: Path | None = None) -> list[Migration]:
    """The migration files in order; numbers must run 1, 2, 3 … without gaps or repeats."""
    found = []
    for path in sorted((directory or MIGRATIONS_DIR).glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise SchemaError(f"{path}: a migration file must be named NNNN_name.sql")
        found.append(Migration(int(match.group(1)), match.group(2), path))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise SchemaError(f"{migration.path}: expected migration number {expected:04d}")
    return found


def latest_version() -> int:
    """The schema version this code creates."""
    migrations = list_migrations()
    return migrations[-1].version if migrations else 0


def list_views(directory: Path | None = None) -> list[ViewFile]:
    """The view files, ordered so that a view comes after the views it selects from."""
    views = {p.stem: ViewFile(p.stem, p) for p in sorted((directory or VIEWS_DIR).glob("*.sql"))}
    for view in views.values():
        if not re.search(rf"CREATE\s+OR\s+REPLACE\s+VIEW\s+{view.name}\b", view.sql, re.I):
            raise SchemaError(f"{view.path}: must define CREATE OR REPLACE VIEW {view.name}")
    ordered: list[ViewFile] = []
    visiting: set[str] = set()

    def visit(view: ViewFile) -> None:
        if view in ordered:
            return
        if view.name in visiting:
            raise SchemaError(f"{view.path}: views depend on each other in a cycle")
        visiting.add(view.name)
        body = _strip_comments(view.sql)
        for other in views.values():
            if other is not view and re.search(rf"\b{other.name}\b", body):
                visit(other)
        ordered.append(view)

    for view in views.values():
        visit(view)
    return ordered


def _strip_comments(sql: str) -> str:
    """SQL without `--` comments and COMMENT ON strings, for finding which views a view uses."""
    sql = re.sub(r"--[^\n]*", "", sql)
    return re.sub(r"'(?:[^']|'')*'", "''", sql)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The database's schema version: 0 for an empty database."""
    if not _has_table(con, "schema_version"):
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = ?",
        [name],
    ).fetchone()
    return row[0] > 0


def _existing_views(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal "
        "AND database_name = current_database() AND schema_name = 'main'"
    ).fetchall()
    return {row[0] for row in rows}


def _run_script(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Run a file's statements, as a lake takes them when the database is a DuckLake."""
    if is_lake_connection(con):
        for statement in dialect.lake_sql(sql):
            con.execute(statement)
    else:
        con.execute(sql)


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Apply the pending migrations up to `target` (default: all), then refresh the views.

    Returns the versions applied. `target` exists so tests can build an old database."""
    migrations = list_migrations()
    newest = migrations[-1].version if migrations else 0
    if target is None:
        target = newest
    if not _has_table(con, "schema_version"):
        with transaction(con):
            _run_script(con, BOOTSTRAP_SQL.read_text(encoding="utf-8"))
    version = current_version(con)
    if version > newest:
        raise SchemaError(
            f"database schema version {version} is newer than this orewatch "
            f"(version {newest}): upgrade orewatch"
        )
    pending = [m for m in migrations if version < m.version <= target]
    if pending:
        # Views are dropped first: a migration may alter the tables they read.
        with transaction(con):
            _drop_views(con)
    for migration in pending:
        with transaction(con):
            _run_script(con, migration.sql)
            con.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
    if target == newest:
        refresh_views(con)
    return [m.version for m in pending]


def refresh_views(con: duckdb.DuckDBPyConnection) -> bool:
    """(Re)create the views whose file changed or that are missing; True if any was."""
    views = list_views()
    stored = dict(con.execute("SELECT view_name, sql_hash FROM schema_views").fetchall())
    wanted = {v.name: v.sql_hash for v in views}
    if stored == wanted and set(wanted) <= _existing_views(con):
        return False

    lake = is_lake_connection(con)
    with transaction(con):
        _drop_views(con)
        for view in views:  # dependencies first
            for statement in dialect.statements(view.sql):
                comment = dialect.view_column_comment(statement)
                if comment:
                    con.execute(
                        "INSERT INTO schema_view_columns (view_name, column_name, comment) VALUES (?, ?, ?)",
                        [comment.view_name, comment.column_name, comment.comment],
                    )
                if not (comment and lake):  # a lake cannot comment on a view's columns
                    con.execute(statement)
            con.execute(
                "INSERT INTO schema_views (view_name, sql_hash) VALUES (?, ?)",
                [view.name, view.sql_hash],
            )
    return True


def _drop_views(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the views this module created (and any view file's name), dependents first."""
    names = {row[0] for row in con.execute("SELECT view_name FROM schema_views").fetchall()}
    names |= {v.name for v in list_views()}
    order = [v.name for v in reversed(list_views())]
    existing = _existing_views(con)  # a view file may name what is still a table (runs, before 0003)
    for name in order + sorted(names - set(order)):
        if name in existing:
            con.execute(f'DROP VIEW "{name}"')
    con.execute("DELETE FROM schema_views")
    if _has_table(con, "schema_view_columns"):
        con.execute("DELETE FROM schema_view_columns")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT around a block; ROLLBACK if it raises (even on KeyboardInterrupt)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    try:
        con.execute("COMMIT")
    except duckdb.Error:
        # A lake refuses a commit that conflicts with another writer's: end the transaction.
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise
