"""Opens the orewatch database, whatever its kind: a migrating writer, a patient reader, a run lock.

Every command opens the database through these functions, with a Store (storage/stores.py),
a path or a DuckLake URL, or nothing (the configured store).

A DuckDB file lets one process write at a time, and a read-only connection cannot open while
a writer holds the file. So writers hold their connection only while writing one batch (open,
write, close), readers retry for a few seconds while a batch is written, and `writer_lock`
keeps two ingest runs from interleaving their batches.

A DuckLake lets every machine read and write at once (its catalog is PostgreSQL): no lock, no
waiting; a writer's conflicting transaction is retried (storage/lake.py).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import filelock

from orewatch.storage.errors import DatabaseBusy, DatabaseMissing, ReaderBusy, StorageError  # noqa: F401
from orewatch.storage.lake import connect_lake, retry_on_conflict
from orewatch.storage.migrations import migrate, transaction
from orewatch.storage.reference import load_reference_figures
from orewatch.storage.sqlfiles import sql_literal
from orewatch.storage.stores import (  # noqa: F401  (re-exported: the historical home of these names)
    DB_ENV_VAR,
    DEFAULT_DB_PATH,
    Store,
    resolve_db_path,
    resolve_store,
)
from orewatch.storage.summaries import refresh_summaries

# Short first waits: a batch write usually takes well under a second.
_RETRY_SLEEPS = (0.05, 0.1, 0.2, 0.3, 0.5)
# DuckDB rewrites a partly filled row group whole when it checkpoints, so with its default
# size (122,880 rows: ~370 MB of article text) a writer's peak memory grows with the database
# until the first row group is full. Small row groups keep it flat (bench/memory.py).
ROW_GROUP_SIZE = 8192
# DuckDB's buffer pool may otherwise grow to 80 % of the machine's memory, and rebuilding the
# search index over the whole database would take it along (an ingest of 10,000 articles peaked
# at 712 MB, of 40,000 at over 900 MB). A writer keeps at most this much in DuckDB's buffers and
# spills the rest to a temporary folder beside the database. DuckDB also keeps the blocks of
# tables it has read, up to the cap: with 256MB an ingest's peak grew with the database until
# the cap was full (606 MB after 10,000 articles, 757 MB after 100,000). 64MB is full after a
# few thousand articles, and everything a night does fits in it: a batch of 1,000 articles
# written into 1,000,000, the search index updated 1,000 articles at a time, the digest
# (docs/measurements.md). Larger values speed up big rebuilds (bench/analysts.py sets 4GB).
WRITER_MEMORY_ENV_VAR = "OREWATCH_WRITER_MEMORY"
DEFAULT_WRITER_MEMORY = "64MB"
# Migrating the schema and rebuilding a summary table read every stored row at once, rarely
# (after an upgrade): they get this much unless $OREWATCH_WRITER_MEMORY says.
SCHEMA_MEMORY = "1GB"
# DuckDB's threads (one per core by default) each take buffers of their own beyond the cap:
# updating the search index after 100,000 new articles peaked 425 MB above the process's start
# with two threads, 319 MB with one (265 MB after 10,000 articles; docs/measurements.md). A writer
# runs $OREWATCH_WRITER_THREADS threads (default 1); big rebuilds go faster with more.
WRITER_THREADS_ENV_VAR = "OREWATCH_WRITER_THREADS"
DEFAULT_WRITER_THREADS = 1

Target = Store | str | os.PathLike | None


def is_lock_conflict(error: BaseException) -> bool:
    """True for DuckDB's error when another process holds the database file."""
    return isinstance(error, duckdb.IOException) and "lock" in str(error).lower()


def _busy_message(path: Path, read_only: bool) -> str:
    if read_only:
        return f"{path} is being written by another process (an ingest?); try again in a minute"
    # A writer is kept out by any other process, readers included.
    return f"{path} is open in another process (an ingest or a query?); try again in a minute"


def _open_file(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection whose current database is the file (named after it, as duckdb.connect
    names it), writing small row groups."""
    con = duckdb.connect()
    options = "READ_ONLY" if read_only else f"ROW_GROUP_SIZE {ROW_GROUP_SIZE}"
    stem = path.stem if path.stem.lower() not in ("memory", "system", "temp") else "orewatch"
    name = '"' + stem.replace('"', '""') + '"'
    try:
        con.execute(f"ATTACH {sql_literal(str(path))} AS {name} ({options})")
        con.execute(f"USE {name}")
    except BaseException:
        con.close()
        raise
    return con


def _connect_waiting(path: Path, read_only: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(wait_seconds, 0.0)
    attempt = 0
    while True:
        try:
            return _open_file(path, read_only)
        except duckdb.IOException as error:
            if not is_lock_conflict(error):
                raise
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise (ReaderBusy if read_only else DatabaseBusy)(_busy_message(path, read_only)) from None
            time.sleep(min(_RETRY_SLEEPS[min(attempt, len(_RETRY_SLEEPS) - 1)], remaining))
            attempt += 1


def _prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Migrate (events stored before there were stories get theirs), load the shipped
    reference figures, rebuild stale summary tables, recompute every story if the clustering
    rules changed; with SCHEMA_MEMORY unless
    $OREWATCH_WRITER_MEMORY says, then back to the writer's cap."""
    if os.environ.get(WRITER_MEMORY_ENV_VAR):
        _prepare_schema(con)
        return
    writer_limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute(f"SET memory_limit = '{SCHEMA_MEMORY}'")
    try:
        _prepare_schema(con)
    finally:
        con.execute(f"SET memory_limit = '{writer_limit}'")


def _prepare_schema(con: duckdb.DuckDBPyConnection) -> None:
    # Imported here: it brings pyarrow, which no reader needs (0.15 s of every
    # `orewatch trends`, `search` or `query` start).
    from orewatch.storage.stories import refresh_if_rules_changed, refresh_pending_stories

    migrated = migrate(con)
    load_reference_figures(con)
    refresh_summaries(con)
    # New clustering rules recompute every story, pending ones included; else a migration
    # gives their stories to events stored before there were any.
    if not refresh_if_rules_changed(con) and migrated:
        with transaction(con):
            refresh_pending_stories(con)


def connect_writer(
    target: Target = None, wait_seconds: float = 30.0, migrate_schema: bool = True
) -> duckdb.DuckDBPyConnection:
    """A read-write connection to an up-to-date schema (migrations run, the shipped reference
    figures loaded, stories given to events stored before there were stories, summary tables
    rebuilt where their definition changed; a file's folder created).

    For a file, waits up to `wait_seconds` while another process has it open, then raises
    DatabaseBusy: close it as soon as the batch is written so readers can get in.
    `migrate_schema=False` skips the schema check, for a process that migrated when it
    started and then writes often (the review page: ~10 ms saved per decision)."""
    store = resolve_store(target)
    if store.is_lake:
        con = connect_lake(store, read_only=False)
    else:
        store.path.parent.mkdir(parents=True, exist_ok=True)
        con = _connect_waiting(store.path, read_only=False, wait_seconds=wait_seconds)
    try:
        bound_memory(con, store)
    except BaseException:
        con.close()
        raise
    if not migrate_schema:
        return con
    try:
        if store.is_lake:  # two writers may create or upgrade the schema at once
            retry_on_conflict(lambda: _prepare(con), f"schema migration of {store}")
        else:
            _prepare(con)
    except BaseException:
        con.close()
        raise
    return con


def bound_memory(con: duckdb.DuckDBPyConnection, store: Store, default_limit: str = DEFAULT_WRITER_MEMORY) -> None:
    """DuckDB's buffers capped at $OREWATCH_WRITER_MEMORY (default 256MB) and its threads at
    $OREWATCH_WRITER_THREADS (default 1); what does not fit spills to `<database>.tmp/` (a
    lake: this process's folder in the system's temporary directory), never to the working
    folder, DuckDB's default for a connection that is not itself a file. Every writer gets it;
    so does the nightly run's one large read (the digest, with a smaller `default_limit`)."""
    limit = os.environ.get(WRITER_MEMORY_ENV_VAR) or default_limit
    threads = os.environ.get(WRITER_THREADS_ENV_VAR) or str(DEFAULT_WRITER_THREADS)
    if not threads.isdigit() or int(threads) < 1:
        raise StorageError(f"${WRITER_THREADS_ENV_VAR}={threads!r} is not a number of threads such as 1 or 4")
    con.execute(f"SET threads = {int(threads)}")
    spill = (Path(tempfile.gettempdir()) / f"orewatch-spill-{os.getpid()}") if store.is_lake else Path(f"{store.path}.tmp")
    try:
        con.execute(f"SET memory_limit = '{limit.replace(chr(39), '')}'")
    except duckdb.Error:
        raise StorageError(f"${WRITER_MEMORY_ENV_VAR}={limit!r} is not a memory size such as 256MB or 2GB") from None
    con.execute(f"SET temp_directory = {sql_literal(str(spill))}")


def connect_reader(target: Target = None, wait_seconds: float = 5.0) -> duckdb.DuckDBPyConnection:
    """A read-only connection; for a file, waits up to `wait_seconds` while a writer holds it.

    Raises DatabaseMissing when there is no database yet, ReaderBusy (a DatabaseBusy) when
    the writer of a file does not let go in time."""
    store = resolve_store(target)
    if store.is_lake:
        return connect_lake(store, read_only=True)
    if not store.path.exists():
        raise DatabaseMissing(f"no database at {store.path}: run `orewatch ingest` first")
    return _connect_waiting(store.path, read_only=True, wait_seconds=wait_seconds)


@contextmanager
def writer_connection(target: Target | duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Use an open connection as is, or open a writer on a store just for this block."""
    if isinstance(target, duckdb.DuckDBPyConnection):
        yield target
        return
    con = connect_writer(target)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def reader_connection(target: Target | duckdb.DuckDBPyConnection, wait_seconds: float = 5.0
                      ) -> Iterator[duckdb.DuckDBPyConnection]:
    """Use an open connection as is, or open a reader on a store just for this block."""
    if isinstance(target, duckdb.DuckDBPyConnection):
        yield target
        return
    con = connect_reader(target, wait_seconds=wait_seconds)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def run_writer(target: Target) -> Iterator[Store | duckdb.DuckDBPyConnection]:
    """What an ingest run writes through, batch after batch: a file store is opened and
    closed around each batch (readers get in between); a lake's writer is kept for the whole
    run (nothing to let go of, and attaching a lake costs a few tenths of a second)."""
    store = resolve_store(target)
    if not store.is_lake:
        yield store
        return
    with writer_connection(store) as con:
        yield con


def lock_path(target: Target = None) -> Path:
    """The lock file guarding ingest runs on a database file: `<db>.lock` beside it."""
    db = resolve_store(target).path
    return db.with_name(db.name + ".lock")


@contextmanager
def writer_lock(target: Target = None, timeout: float = 0.0) -> Iterator[Path | None]:
    """Hold the run lock of a database file for a whole ingest run (not needed by readers).

    Waits up to `timeout` seconds (0: do not wait) for another run to finish, then raises
    DatabaseBusy. Yields the lock file's path. The lock is released by the OS if the
    process dies, so a killed run never blocks the next one. A lake has no lock (yields
    None): several ingests may write it at once."""
    if resolve_store(target).is_lake:
        yield None
        return
    lock_file = lock_path(target)
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
