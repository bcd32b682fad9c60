"""Decisions while `orewatch ingest` writes the same database from another process.

DuckDB lets one process write a file at a time. The ingest holds the writer only while it
stores a batch; the review server opens a connection per request for a few milliseconds.
100 decisions are posted while an ingest of thousands of articles runs: every one must be
stored (or refused with an error the editor can retry, which the client here does, like
the page's Retry button), and the ingest must complete."""

from __future__ import annotations

import os
import subprocess
import time

from bench.corpus import write_corpus
from orewatch.storage.db import lock_path
from orewatch.storage.read import run_query
from tests.conftest import ORE
from tests.review.support import EditorClient, build_db, review_server

ARTICLES = 3000


def _ingest_started(db, proc, timeout: float = 180) -> None:
    """Wait until the ingest run holds its run lock (it has started writing). The lock is
    looked up in the kernel's table, never taken: a probe that took it, even for an instant,
    could make the ingest's own attempt fail ("another ingest is running")."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        if _locked(lock_path(db)):
            return
        time.sleep(0.05)
    raise AssertionError("the ingest never started")


def _locked(path) -> bool:
    """Whether some process holds a lock on the file `path` (Linux: /proc/locks names a lock by
    the file's device and inode, "fe:00:2146708")."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    key = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    with open("/proc/locks") as locks:
        return any(key in line.split() for line in locks)


def test_review_100_decisions_while_ingest_writes_the_same_database(tmp_path, prefect_api):
    db = tmp_path / "data" / "orewatch.duckdb"
    ids = [event for article in build_db(db, articles=34) for event in article][:100]
    corpus = write_corpus(tmp_path / "corpus.jsonl", ARTICLES)
    with review_server(db) as server:
        editor = EditorClient(server.url, "Concurrent Carla")
        ingest = subprocess.Popen(
            [ORE, "ingest", str(corpus), "--db", str(db), "--batch-size", "250"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PREFECT_API_URL": prefect_api, "PREFECT_LOGGING_LEVEL": "WARNING"},
        )
        try:
            _ingest_started(db, ingest)
            retries, slowest = 0, 0.0
            for n, event in enumerate(ids):
                for attempt in range(5):
                    started = time.perf_counter()
                    answer = editor.decide(event, ("accepted", "rejected")[n % 2], note=f"decision {n}")
                    slowest = max(slowest, time.perf_counter() - started)
                    if answer.status_code != 503:
                        break
                    retries += 1  # "the database is busy": the editor sees it and retries
                assert answer.status_code == 200 and answer.json()["ok"], answer.text
            assert ingest.poll() is None, "the ingest ended before the decisions: nothing overlapped"
            out, err = ingest.communicate(timeout=600)
        finally:
            if ingest.poll() is None:
                ingest.kill()
            editor.close()
    assert ingest.returncode == 0, err
    assert f"{ARTICLES} articles read" in out and f"{ARTICLES} new" in out and "status completed" in out
    _, stored = run_query(db, "SELECT event_id, editor, decision, note FROM reviews ORDER BY review_id")
    assert stored == [(e, "Concurrent Carla", ("accepted", "rejected")[n % 2], f"decision {n}") for n, e in enumerate(ids)]
    _, (run,) = run_query(db, "SELECT status, started_at, finished_at FROM runs")
    _, (window,) = run_query(db, "SELECT min(reviewed_at), max(reviewed_at) FROM reviews")
    # The decisions overlapped the run: it started (its Prefect flow may start seconds after the
    # ingest took the lock, on a loaded machine) before the last decision and ended after it.
    assert run[0] == "completed" and run[1] < window[1] < run[2]
    assert run_query(db, "SELECT count(*) FROM articles")[1] == [(34 + ARTICLES,)]
    print(f"\n100 decisions during the ingest: {retries} busy answers retried, slowest round trip {slowest:.2f} s")
