"""Two processes storing batches into one DuckLake at once, their transactions interleaved on
purpose: a lake has no primary key, so only the writer keeps one row per article id."""

from __future__ import annotations

import threading
import time

from orewatch.storage import lake, writer
from orewatch.storage.batches import stage_batch
from orewatch.storage.db import connect_writer, reader_connection
from orewatch.storage.writer import BatchStats, store_staged

from .builders import make_extraction

WAITING_SESSIONS = ("SELECT * FROM postgres_query('__ducklake_metadata_lake', "
                    "'SELECT count(*) FROM pg_locks WHERE NOT granted')")


def _second_process(store):
    """A writer on a DuckDB instance of its own, as another process (or machine) has."""
    con = lake._attach(store, read_only=False)
    con.execute(f"USE {lake.LAKE_ALIAS}")
    return con


def _wait_until_done_or_blocked(thread: threading.Thread, watcher, seconds: float = 60.0) -> None:
    """Until `thread` ends, or some catalog session waits for a lock (the thread, queued)."""
    deadline = time.monotonic() + seconds
    while thread.is_alive() and watcher.execute(WAITING_SESSIONS).fetchone()[0] == 0:
        assert time.monotonic() < deadline, "the second writer neither finished nor waited"
        time.sleep(0.05)


def test_lake_writers_that_both_find_an_article_new_store_it_once(lake_store, monkeypatch):
    """Writer A has found article 1 absent (its transaction is open) when writer B stores its
    own version of article 1; then A goes on. DuckLake commits two appends to one table
    without a conflict, so without the writer's lock the lake would hold the id twice."""
    first, second = stage_batch([make_extraction(1)]), stage_batch([make_extraction(1, extra="Revised.")])
    con_a = connect_writer(lake_store)
    con_b = _second_process(lake_store)
    results: dict[str, BatchStats] = {}
    b_thread = threading.Thread(target=lambda: results.update(b=store_staged(con_b, second)))
    classify = writer._classify

    def classify_then_let_b_write(con, articles):
        found = classify(con, articles)
        if con is con_a and not b_thread.is_alive() and "b" not in results:
            b_thread.start()
            _wait_until_done_or_blocked(b_thread, con_a.cursor())
        return found

    monkeypatch.setattr(writer, "_classify", classify_then_let_b_write)
    try:
        results["a"] = store_staged(con_a, first)
        b_thread.join(timeout=60)
        assert not b_thread.is_alive()
    finally:
        con_a.close()
        con_b.close()
    # A stored article 1 new; B, let in only after A's commit, found it and replaced it.
    assert results == {"a": BatchStats(new=1), "b": BatchStats(updated=1)}
    with reader_connection(lake_store) as con:
        assert con.execute("SELECT article_id, content_hash FROM articles").fetchall() == [
            (second.articles["article_id"][0].as_py(), second.articles["content_hash"][0].as_py())]
