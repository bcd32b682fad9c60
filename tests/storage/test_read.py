"""Read-only helpers of the CLI: any SQL, and the status summary with the last runs."""

from __future__ import annotations

import pytest

from orewatch.storage.errors import DatabaseMissing, QueryError
from orewatch.storage.migrations import latest_version
from orewatch.storage.read import run_query, status_summary
from orewatch.storage.runs import finish_run, start_run
from orewatch.storage.stores import Store
from orewatch.storage.writer import BatchStats, store_batch

from .builders import make_extraction


def absent_store(store: Store, request) -> Store:
    """A store of the same kind where no database was ever created (for a lake: an empty
    PostgreSQL database)."""
    if store.is_lake:
        postgres = request.getfixturevalue("postgres")
        return Store(postgres.lake_url(postgres.create_database("empty")))
    return Store(str(store.path.with_name("absent.duckdb")))


def test_read_query_returns_columns_and_rows(store):
    store_batch(store, [make_extraction(1), make_extraction(2)])
    columns, rows = run_query(store, "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type")
    assert columns == ["type", "n"]
    assert rows == [("agreement", 2), ("export_restriction", 2), ("investment", 2)]


def test_read_query_errors_are_one_line(store, request):
    store_batch(store, [make_extraction(1)])
    with pytest.raises(QueryError) as error:
        run_query(store, "SELECT * FROM no_such_table")
    assert "no_such_table" in str(error.value) and "\n" not in str(error.value)
    with pytest.raises(QueryError, match="read-only"):
        run_query(store, "DELETE FROM articles")
    with pytest.raises(DatabaseMissing):
        run_query(absent_store(store, request), "SELECT 1")


def test_read_status_counts_relations_and_lists_last_five_runs(store):
    for n in range(7):
        run_id = start_run(store, "ingest", run_id=f"run_{n}")
        stats = store_batch(store, [make_extraction(n)])
        finish_run(store, run_id, 1, stats.new, 0, "completed", stats=stats)
    start_run(store, "ingest", run_id="run_running")
    summary = status_summary(store)
    assert summary["schema_version"] == latest_version()
    assert summary["counts"]["articles"] == 7
    assert summary["counts"]["events"] == 21
    assert summary["counts"]["stories"] == 3  # the same three measures, reported by every article
    assert summary["review_status"] == {"pending": 21}
    assert [r["run_id"] for r in summary["runs"]] == ["run_running", "run_6", "run_5", "run_4", "run_3"]
    latest_finished = summary["runs"][1]
    assert latest_finished["status"] == "completed" and latest_finished["articles_new"] == 1
    assert latest_finished["articles_unchanged"] == 0
    assert isinstance(latest_finished["finished_at"], str)  # JSON-ready
    assert summary["runs"][0]["finished_at"] is None


def test_runs_finish_records_every_outcome(store):
    run_id = start_run(store, "ingest")
    assert run_id.startswith("run_")
    finish_run(store, run_id, 10, 4, 1, "partial", stats=BatchStats(new=4, updated=2, unchanged=2, duplicates=1))
    _, rows = run_query(store, "SELECT articles_seen, articles_new, articles_failed, articles_updated, "
                        "articles_unchanged, articles_duplicate, status, finished_at >= started_at FROM runs")
    assert rows == [(10, 4, 1, 2, 2, 1, "partial", True)]
    with pytest.raises(KeyError):
        finish_run(store, "run_unknown", 0, 0, 0, "completed")
    with pytest.raises(ValueError):
        finish_run(store, run_id, 0, 0, 0, "done")
