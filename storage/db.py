"""Opens the orewatch DuckDB file: where it is, a migrating writer, a patient reader, a run lock.

DuckDB lets one process write a database file at a time, and a read-only connection cannot
open while a writer holds the file. So writers hold their connection only while writing one
batch (open, write, close), readers retry for a few seconds while a batch is written, and
`writer_lock` keeps two ingest runs from interleaving their batches.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import filelock

from orewatch.storage.errors import DatabaseBusy, DatabaseMissing, ReaderBusy, StorageError  # noqa: F401
from orewatch.storage.migrations import migrate, transaction
from orewatch.storage.reference import load_reference_figures
from orewatch.storage.stories import refresh_pending_stories

DEFAULT_DB_PATH = Path("data/orewatch.duckdb")
DB_ENV_VAR = "OREWATCH_DB"

# Short first waits: a batch write usually takes well under a second.
_RETRY_SLEEPS = (0.05, 0.1, 0.2, 0.3, 0.5)


def resolve_db_path(arg: str | os.PathLike | None = None) -> Path:
    """The database path: the argument, else $OREWATCH_DB, else data/orewatch.duckdb."""
    if arg:
        return Path(arg)
    env = os.environ.get(DB_ENV_VAR)
    return Path(env) if env else DEFAULT_DB_PATH


def is_lock_conflict(error: BaseException) -> bool:
    """True for DuckDB's error when another process holds the database file."""
    return isinstance(error, duckdb.IOException) and "lock" in str(error).lower()


def _busy_message(path: Path, read_only: bool) -> str:
    if read_only:
        return f"{path} is being written by another process (an ingest?); try again in a minute"
    # A writer is kept out by any other process, readers included.
    return f"{path} is open in another process (an ingest or a query?); try again in a minute"


def _connect_waiting(path: Path, read_only: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(wait_seconds, 0.0)
    attempt = 0
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if not is_lock_conflict(error):
                raise
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise (ReaderBusy if read_only else DatabaseBusy)(_busy_message(path, read_only)) from None
            time.sleep(min(_RETRY_SLEEPS[min(attempt, len(_RETRY_SLEEPS) - 1)], remaining))
            attempt += 1


def connect_writer(
    path: str | os.PathLike | None = None, wait_seconds: float = 30.0, migrate_schema: bool = True
) -> duckdb.DuckDBPyConnection:
    """A read-write connection to an up-to-date schema (parent folder created, migrations run,
    the shipped reference figures loaded, stories given to events stored before there were
    stories).

    Waits up to `wait_seconds` while another process has the file open, then raises
    DatabaseBusy. Close it as soon as the batch is written so readers can get in.
    `migrate_schema=False` skips the schema check, for a process that migrated when it
    started and then writes often (the review page: ~10 ms saved per decision)."""
    db = resolve_db_path(path)
    db.parent.mkdir(parents=True, exist_ok=True)
    con = _connect_waiting(db, read_only=False, wait_seconds=wait_seconds)
    if not migrate_schema:
        return con
    try:
        if migrate(con):  # a schema change: events stored before stories existed get theirs
            with transaction(con):
                refresh_pending_stories(con)
        load_reference_figures(con)
    except BaseException:
        con.close()
        raise
    return con


def connect_reader(
    path: str | os.PathLike | None = None, wait_seconds: float = 5.0
) -> duckdb.DuckDBPyConnection:
    """A read-only connection; waits up to `wait_seconds` while a writer holds the file.

    Raises DatabaseMissing when there is no database yet, ReaderBusy (a DatabaseBusy) when
    the writer does not let go in time."""
    db = resolve_db_path(path)
    if not db.exists():
        raise DatabaseMissing(f"no database at {db}: run `orewatch ingest` first")
    return _connect_waiting(db, read_only=True, wait_seconds=wait_seconds)


@contextmanager
def writer_connection(
    target: str | os.PathLike | duckdb.DuckDBPyConnection | None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Use an open connection as is, or open a writer on a path just for this block."""
    if isinstance(target, duckdb.DuckDBPyConnection):
        yield target
        return
    con = connect_writer(target)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def reader_connection(
    target: str | os.PathLike | duckdb.DuckDBPyConnection | None, wait_seconds: float = 5.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Use an open connection as is, or open a reader on a path just for this block."""
    if isinstance(target, duckdb.DuckDBPyConnection):
        yield target
        return
    con = connect_reader(target, wait_seconds=wait_seconds)
    try:
        yield con
    finally:
        con.close()


def lock_path(path: str | os.PathLike | None = None) -> Path:
    """The lock file guarding ingest runs on a database: `<db>.lock` beside it."""
    db = resolve_db_path(path)
    return db.with_name(db.name + ".lock")


@contextmanager
def writer_lock(path: str | os.PathLike | None = None, timeout: float = 0.0) -> Iterator[Path]:
    """Hold the run lock of a database for a whole ingest run (not needed by readers).

    Waits up to `timeout` seconds (0: do not wait) for another run to finish, then raises
    DatabaseBusy. Yields the lock file's path. The lock is released by the OS if the
    process dies, so a killed run never blocks the next one."""
    lock_file = lock_path(path)
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(lock_file), timeout=timeout)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise DatabaseBusy(f"another ingest is running (lock {lock_file})") from None
    try:
        yield lock_file
    finally:
        lock.release()
