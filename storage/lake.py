"""Opens a DuckLake store: DuckDB with its ducklake and postgres extensions (loaded from the
installed wheels, never downloaded), the PostgreSQL catalog attached as `lake`, and the upkeep
a lake needs (every insert writes a Parquet file: the nightly flow compacts them).

Several processes on several machines may write one lake at once. DuckLake retries a commit
that only appended rows (up to `ducklake_max_retry_count` times); a transaction that deletes
from a table another writer appended to meanwhile fails instead, and `retry_on_conflict`
runs it again from the start.

Appends never conflict, so two writers that both found an article absent would both insert
it: `write_alone` makes writers store their batches one at a time (storage/writer.py).
"""

from __future__ import annotations

import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import duckdb

from orewatch.storage.dialect import code_of, statements
from orewatch.storage.errors import DatabaseBusy, DatabaseMissing, StorageError
from orewatch.storage.stores import Store, hide_password

LAKE_ALIAS = "lake"
EXTENSIONS = ("ducklake", "postgres")
REMOTE_DATA_EXTENSION = "httpfs"  # data paths such as s3://bucket/lake/
# Concurrent appends are retried by DuckLake itself; many writers need more than the default 10.
MAX_COMMIT_RETRIES = 100
# Our own retries of a transaction that conflicted (see retry_on_conflict).
CONFLICT_RETRIES = 30
# Attaching a lake costs a few tenths of a second (extensions, catalog): a process keeps its
# last few lakes attached and hands out a new connection (cursor) to them on each open.
KEEP_ATTACHED = 4
MAINTENANCE_SQL = Path(__file__).resolve().parent / "sql" / "lake_maintenance.sql"
WRITE_LOCK_SQL = Path(__file__).resolve().parent / "sql" / "lake_write_lock.sql"
SNAPSHOT_RETENTION_DAYS = 7  # time travel window kept by the nightly compaction

T = TypeVar("T")


def _load_extensions(con: duckdb.DuckDBPyConnection, names: tuple[str, ...]) -> None:
    """LOAD each extension; install it first from its PyPI wheel if DuckDB does not have it."""
    import duckdb_extensions

    for name in names:
        try:
            con.execute(f"LOAD {name}")
        except duckdb.Error:
            duckdb_extensions.import_extension(name, con=con)
            con.execute(f"LOAD {name}")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _one_line(store: Store, error: BaseException) -> str:
    """DuckDB's first line, without the catalog's password."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return hide_password(lines[0] if lines else type(error).__name__)


_attached: OrderedDict[tuple[str, str | None, bool], duckdb.DuckDBPyConnection] = OrderedDict()
_attached_lock = threading.Lock()


def _attach(store: Store, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A new DuckDB instance with the lake attached as `lake` (read-only for readers)."""
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        remote = bool(store.data_path and "://" in store.data_path)
        _load_extensions(con, EXTENSIONS + ((REMOTE_DATA_EXTENSION,) if remote else ()))
        con.execute(f"SET ducklake_max_retry_count = {MAX_COMMIT_RETRIES}")
        options = ["READ_ONLY"] if read_only else []
        if store.data_path and not read_only:
            options.append(f"DATA_PATH {_literal(store.data_path)}")
        clause = f" ({', '.join(options)})" if options else ""
        _attach_loading_remote_files(con, f"ATTACH {_literal(store.location)} AS {LAKE_ALIAS}{clause}")
    except duckdb.Error as error:
        con.close()
        message = str(error)
        if "creating a new DuckLake is explicitly disabled" in message:
            raise DatabaseMissing(f"no DuckLake at {store}: run `orewatch ingest` first") from None
        if "data_path is not set" in message:
            raise StorageError(f"{store} holds no lake yet: give --data-path (or OREWATCH_DATA_PATH) "
                               "to create it") from None
        raise StorageError(f"cannot open the DuckLake {store}: {_one_line(store, error)}") from None
    return con


def _attach_loading_remote_files(con: duckdb.DuckDBPyConnection, attach_sql: str) -> None:
    """ATTACH; a lake created with an s3:// data path remembers it, and a later command that names
    only the lake learns it here: DuckLake then asks for httpfs, which is loaded before a second try."""
    try:
        con.execute(attach_sql)
    except duckdb.Error as error:
        if f"requires the extension {REMOTE_DATA_EXTENSION}" not in str(error):
            raise
        _load_extensions(con, (REMOTE_DATA_EXTENSION,))
        con.execute(attach_sql)


def _attach_retrying(store: Store, read_only: bool, attempts: int = 10) -> duckdb.DuckDBPyConnection:
    """_attach, again when another process was creating the same new lake's catalog tables in
    PostgreSQL at that moment (PostgreSQL then refuses the second creator's tables, as a
    duplicate key of its own catalog or as `relation "ducklake_metadata" already exists`)."""
    for attempt in range(attempts):
        try:
            return _attach(store, read_only)
        except StorageError as error:
            if not _catalog_race(str(error)) or attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1) * random.uniform(0.5, 1.5))
    raise AssertionError("unreachable")


def _catalog_race(message: str) -> bool:
    """Whether an ATTACH failed because another process created the new lake's catalog first."""
    return "duplicate key value violates unique constraint" in message or (
        "ducklake_" in message and "already exists" in message)


def connect_lake(store: Store, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection whose current database is the lake (attached read-only for readers).

    Raises DatabaseMissing when a reader finds no lake in the catalog, StorageError (one
    line) when the catalog cannot be reached or a new lake has no data path."""
    key = (store.location, store.data_path, read_only)
    with _attached_lock:
        instance = _attached.get(key)
        if instance is None:
            instance = _attached[key] = _attach_retrying(store, read_only)
            while len(_attached) > KEEP_ATTACHED:
                _attached.popitem(last=False)[1].close()
        _attached.move_to_end(key)
        con = instance.cursor()
    con.execute(f"USE {LAKE_ALIAS}")
    return con


def detach_lakes() -> None:
    """Close every lake this process keeps attached (their connections end with them)."""
    with _attached_lock:
        while _attached:
            _attached.popitem()[1].close()


def is_lake_connection(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the connection's current database is a DuckLake."""
    row = con.execute(
        "SELECT type FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return bool(row) and row[0] == "ducklake"


def is_conflict(error: BaseException) -> bool:
    """True for DuckLake's refusal to commit a transaction that conflicts with another
    writer's, and for a table or view another writer created first (two processes creating
    a new lake's schema at once)."""
    if isinstance(error, duckdb.TransactionException):
        return "DuckLake" in str(error)
    return isinstance(error, duckdb.CatalogException) and "already exists" in str(error)


def retry_on_conflict(work: Callable[[], T], what: str, retries: int = CONFLICT_RETRIES) -> T:
    """Run `work` (one whole transaction) again after a conflicting commit, waiting a little
    longer each time (with jitter, so that two writers do not meet again); DatabaseBusy if
    it still conflicts after `retries` attempts."""
    for attempt in range(retries):
        try:
            return work()
        except duckdb.Error as error:
            if not is_conflict(error):
                raise
            time.sleep(min(0.1 * 1.5 ** attempt, 5.0) * random.uniform(0.5, 1.5))
    raise DatabaseBusy(f"{what}: other writers kept changing the same tables; try again later")


@contextmanager
def write_lock(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Hold the lake's write lock for the block: a PostgreSQL advisory lock, taken in a
    transaction of its own on the catalog (sql/lake_write_lock.sql) and released when the
    block ends (or by PostgreSQL, when the process dies).

    Its own transaction, not the writer's: the catalog reads of a transaction see PostgreSQL
    as it was at the transaction's first statement (REPEATABLE READ), so a writer that began
    before the lock was granted would not see the batch stored while it waited."""
    holder = con.cursor()
    try:
        holder.execute("BEGIN TRANSACTION")
        holder.execute(WRITE_LOCK_SQL.read_text(encoding="utf-8")).fetchall()
        yield
    finally:
        try:
            holder.execute("ROLLBACK")  # the lock goes with the transaction that took it
        finally:
            holder.close()


def write_alone(con: duckdb.DuckDBPyConnection, work: Callable[[], T], what: str) -> T:
    """Run `work` (one whole write transaction on `con`) while no other writer of the lake
    runs its own, again after a conflicting commit (retry_on_conflict: writers that do not
    take the lock, such as review decisions, may still conflict)."""
    def locked() -> T:
        with write_lock(con):
            return work()

    return retry_on_conflict(locked, what)


def maintain_lake(con: duckdb.DuckDBPyConnection, retention_days: int = SNAPSHOT_RETENTION_DAYS) -> None:
    """Merge small Parquet files, expire snapshots older than `retention_days` and delete the
    files no snapshot needs any more (the statements of sql/lake_maintenance.sql)."""
    sql = MAINTENANCE_SQL.read_text(encoding="utf-8")
    for statement in statements(sql):
        parameters = [retention_days] * code_of(statement).count("?")
        retry_on_conflict(lambda: con.execute(statement, parameters).fetchall(), "lake maintenance")
