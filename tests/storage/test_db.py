"""Where the database is, and how readers and runs share it with a writing process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from orewatch.storage.db import (
    DEFAULT_DB_PATH,
    connect_reader,
    connect_writer,
    resolve_db_path,
    writer_lock,
)
from orewatch.storage.errors import DatabaseBusy, DatabaseMissing, QueryError, ReaderBusy, StorageError

HOLD_WRITER = textwrap.dedent(
    """
    import sys, time
    from orewatch.storage.db import connect_writer
    con = connect_writer(sys.argv[1])
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.close()
    """
)

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from orewatch.storage.db import writer_lock
    with writer_lock(sys.argv[1]):
        print("holding", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def _release(process: subprocess.Popen) -> None:
    """End a holder that has served its purpose (its lock goes with it)."""
    process.kill()
    process.wait(timeout=30)


def _hold(script: str, db_path: Path, seconds: float) -> subprocess.Popen:
    """Start a process holding the database (or its lock); return once it holds it."""
    process = subprocess.Popen([sys.executable, "-c", script, str(db_path), str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "holding"
    return process


def test_db_path_from_argument_then_env_then_default(monkeypatch, tmp_path):
    monkeypatch.delenv("OREWATCH_DB", raising=False)
    assert resolve_db_path(None) == DEFAULT_DB_PATH == Path("data/orewatch.duckdb")
    monkeypatch.setenv("OREWATCH_DB", str(tmp_path / "env.duckdb"))
    assert resolve_db_path(None) == tmp_path / "env.duckdb"
    assert resolve_db_path(str(tmp_path / "arg.duckdb")) == tmp_path / "arg.duckdb"


def test_db_writer_creates_the_folder_and_the_schema(tmp_path):
    path = tmp_path / "deep" / "er" / "ore.duckdb"
    connect_writer(path).close()
    assert path.exists()
    reader = connect_reader(path)
    assert reader.execute("SELECT count(*) FROM events").fetchone() == (0,)
    reader.close()


def test_db_reader_of_a_missing_database_says_run_ingest(tmp_path):
    missing = tmp_path / "absent.duckdb"
    with pytest.raises(DatabaseMissing) as error:
        connect_reader(missing)
    assert str(error.value) == f"no database at {missing}: run `orewatch ingest` first"
    assert isinstance(error.value, QueryError)
    assert not missing.exists()  # a reader never creates the file


def test_db_reader_waits_then_reports_the_busy_database(db_path):
    connect_writer(db_path).close()
    holder = _hold(HOLD_WRITER, db_path, 8)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as error:
            connect_reader(db_path, wait_seconds=1.0)
        waited = time.monotonic() - started
    finally:
        _release(holder)
    assert 1.0 <= waited < 5
    assert isinstance(error.value, ReaderBusy)
    message = str(error.value)
    assert message == f"{db_path} is being written by another process (an ingest?); try again in a minute"
    assert "\n" not in message


def test_db_reader_gets_in_once_the_writer_lets_go(db_path):
    connect_writer(db_path).close()
    holder = _hold(HOLD_WRITER, db_path, 1.5)
    try:
        started = time.monotonic()
        reader = connect_reader(db_path, wait_seconds=30)
        waited = time.monotonic() - started
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        reader.close()
    finally:
        holder.wait(timeout=30)
    assert waited > 0.5  # it did have to wait for the writer


def test_db_writer_waits_then_reports_busy(db_path):
    connect_writer(db_path).close()
    holder = _hold(HOLD_WRITER, db_path, 6)
    try:
        with pytest.raises(DatabaseBusy, match="is open in another process") as error:
            connect_writer(db_path, wait_seconds=0.5)
        assert not isinstance(error.value, ReaderBusy)
    finally:
        _release(holder)


def test_db_writer_lock_lets_one_run_at_a_time(db_path):
    holder = _hold(HOLD_LOCK, db_path, 4)
    try:
        with pytest.raises(DatabaseBusy) as error:
            with writer_lock(db_path, timeout=0.3):
                pass
        assert str(error.value) == f"another ingest is running (lock {db_path}.lock)"
    finally:
        _release(holder)
    with writer_lock(db_path) as lock_file:  # free again once the other run ended
        assert lock_file == Path(f"{db_path}.lock")


def test_db_writer_lock_is_released_when_its_process_dies(db_path):
    _release(_hold(HOLD_LOCK, db_path, 60))
    with writer_lock(db_path, timeout=5):
        pass


def test_db_writer_keeps_duckdb_within_its_memory_and_spills_beside_the_database(tmp_path, monkeypatch):
    """What does not fit in $OREWATCH_WRITER_MEMORY goes to `<database>.tmp/`, not to memory and
    not to the working folder (DuckDB's default for a connection that is not itself a file)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OREWATCH_WRITER_MEMORY", "64MB")
    db = tmp_path / "data" / "orewatch.duckdb"
    con = connect_writer(db)
    try:
        # About 130 MB of rows, twice the limit, kept in a temporary table.
        con.execute("CREATE TEMP TABLE big AS SELECT i, repeat(md5(i::VARCHAR), 4) AS s FROM range(1000000) t(i)")
        spilled = {Path(p).parent for (p,) in con.execute("SELECT path FROM duckdb_temporary_files()").fetchall()}
        assert spilled == {Path(f"{db}.tmp")}
        assert con.execute("SELECT count(*), sum(i), min(length(s)) FROM big").fetchone() == (1_000_000, 499_999_500_000, 128)
    finally:
        con.close()
    assert not (tmp_path / ".tmp").exists()


def test_db_writer_memory_that_is_no_size_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("OREWATCH_WRITER_MEMORY", "lots")
    with pytest.raises(StorageError, match=r"\$OREWATCH_WRITER_MEMORY='lots' is not a memory size"):
        connect_writer(tmp_path / "orewatch.duckdb")


def test_db_writer_runs_one_duckdb_thread_unless_told(tmp_path, monkeypatch):
    """Each DuckDB thread takes buffers beyond the memory cap: a writer runs one by default."""
    monkeypatch.delenv("OREWATCH_WRITER_THREADS", raising=False)
    con = connect_writer(tmp_path / "orewatch.duckdb")
    try:
        assert con.execute("SELECT current_setting('threads')").fetchone()[0] == 1
    finally:
        con.close()
    monkeypatch.setenv("OREWATCH_WRITER_THREADS", "3")
    con = connect_writer(tmp_path / "orewatch.duckdb")
    try:
        assert con.execute("SELECT current_setting('threads')").fetchone()[0] == 3
    finally:
        con.close()


def test_db_writer_threads_that_are_no_number_are_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("OREWATCH_WRITER_THREADS", "many")
    with pytest.raises(StorageError, match=r"\$OREWATCH_WRITER_THREADS='many' is not a number of threads"):
        connect_writer(tmp_path / "orewatch.duckdb")


def test_db_writer_prepares_the_schema_with_more_memory_then_keeps_its_cap(tmp_path, monkeypatch):
    """Migrations and summary rebuilds read every stored row at once: they run with
    SCHEMA_MEMORY; the writer then works within its own cap (64MB unless told)."""
    import orewatch.storage.db as db_module

    monkeypatch.delenv("OREWATCH_WRITER_MEMORY", raising=False)
    seen: list[str] = []
    real = db_module._prepare_schema

    def spy(con):
        seen.append(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
        real(con)

    monkeypatch.setattr(db_module, "_prepare_schema", spy)
    con = connect_writer(tmp_path / "orewatch.duckdb")
    try:
        assert seen == ["953.6 MiB"]  # 1GB
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "61.0 MiB"  # 64MB
    finally:
        con.close()
    monkeypatch.setenv("OREWATCH_WRITER_MEMORY", "300MB")  # an operator's value holds throughout
    seen.clear()
    con = connect_writer(tmp_path / "orewatch.duckdb")
    try:
        assert seen == ["286.1 MiB"]
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "286.1 MiB"
    finally:
        con.close()
