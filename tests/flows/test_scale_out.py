"""Past one machine, on real engines: extraction on a Dask cluster (a scheduler and two
workers on 127.0.0.1), ingests writing one DuckLake on PostgreSQL at once, and no Prefect
server left behind by a killed ingest."""

from __future__ import annotations

import csv
import os
import re
import signal
import subprocess
import time

import psutil
import pytest
from distributed import Client

from bench.corpus import write_corpus
from orewatch.flows.nightly import nightly_ingest
from orewatch.storage.db import reader_connection
from tests.conftest import ORE, REPO, run_cli, store_args

FIXTURES = REPO / "fixtures" / "articles"
# Every stored row but fetched_at (the time of the run), in a stable order.
STORED = {
    "articles": "SELECT * EXCLUDE (fetched_at) FROM articles ORDER BY ALL",
    "country_mentions": "SELECT * FROM country_mentions ORDER BY ALL",
    "element_mentions": "SELECT * FROM element_mentions ORDER BY ALL",
    "quantities": "SELECT * FROM quantities ORDER BY ALL",
    "events": "SELECT * FROM events ORDER BY ALL",
}


def stored(store) -> dict[str, list[tuple]]:
    with reader_connection(store) as con:
        return {name: con.execute(sql).fetchall() for name, sql in STORED.items()}


def test_dask_ingest_stores_exactly_what_a_local_ingest_stores(prefect_api, dask_scheduler, file_store, lake_store,
                                                               tmp_path):
    from orewatch.storage.stores import Store

    local = nightly_ingest(items=[str(FIXTURES)], db=file_store.location, batch_size=7)
    on_dask = Store(str(tmp_path / "dask.duckdb"))
    summaries = [nightly_ingest(items=[str(FIXTURES)], db=s.location, data_path=s.data_path, batch_size=7,
                                dask=dask_scheduler) for s in (on_dask, lake_store)]
    assert [s.stats for s in summaries] == [local.stats, local.stats]
    assert local.stats.new == local.articles_seen > 40 and local.status == "completed"
    expected = stored(file_store)
    assert stored(on_dask) == expected
    assert stored(lake_store) == expected
    ids = {row[0] for row in expected["events"]}
    assert len(ids) == len(expected["events"]) > 100
    # The batches did run on the cluster: 7 batches of at most 7 articles, twice.
    with Client(dask_scheduler, timeout=30) as client:
        prefixes = client.run_on_scheduler(lambda dask_scheduler: {
            p.name: sum(p.state_counts.values()) for p in dask_scheduler.task_prefixes.values()})
    assert prefixes.get("extract_batch", 0) >= 14, prefixes


def test_ingest_cli_on_dask_and_unreachable_scheduler(prefect_api, dask_scheduler, store, article_dir):
    env = {"PREFECT_API_URL": prefect_api}
    result = run_cli("ingest", str(article_dir), *store_args(store), "--dask", dask_scheduler, env=env)
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout
    port = int(dask_scheduler.rsplit(":", 1)[1])
    down = f"tcp://127.0.0.1:{port + 1 if port < 65535 else 1}"
    refused = run_cli("ingest", str(article_dir), *store_args(store), env={**env, "OREWATCH_DASK": down})
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().startswith(f"Error: cannot reach the Dask scheduler at {down}")


def test_two_ingests_into_one_lake_at_once_both_complete(prefect_api, lake_store, tmp_path):
    """Two ingests start together on an empty lake: both create its schema, then write 200
    articles each in batches of 20. Their corpora share the article ids (the same URLs) with
    other texts, so whichever comes second replaces the other's articles while the other
    still appends: DuckLake conflicts, retried, and each article is left whole."""
    folders = []
    for name, seed in (("a", 1), ("b", 2)):
        write_corpus(tmp_path / name / "news.jsonl", count=200, seed=seed)
        folders.append(tmp_path / name)
    assert run_cli("status", *store_args(lake_store)).returncode == 1  # nothing there yet
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "PREFECT_LOGGING_LEVEL": "WARNING"}
    ingests = [subprocess.Popen([ORE, "ingest", str(folder), *store_args(lake_store), "--batch-size", "20"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for folder in folders]
    outputs = [p.communicate(timeout=600) for p in ingests]
    assert [p.returncode for p in ingests] == [0, 0], [err[-3000:] for _, err in outputs]
    counts = [re.search(r"200 articles read .*: (\d+) new, (\d+) updated, 0 unchanged", out) for out, _ in outputs]
    assert all(counts), outputs
    assert sum(int(c.group(1)) for c in counts) == 200  # each id stored new once, by one or the other
    with reader_connection(lake_store) as con:
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (200, 200)
        assert con.execute("SELECT status, count(*) FROM runs GROUP BY 1").fetchall() == [("completed", 2)]
        # Every event and quantity belongs to the version of its article that is stored.
        assert con.execute("SELECT count(*) FROM extracted_events e LEFT JOIN articles a USING (article_id) "
                           "WHERE a.text IS NULL OR NOT contains(a.text, e.sentence)").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM quantities q LEFT JOIN articles a USING (article_id) "
                           "WHERE a.text IS NULL OR NOT contains(a.text, q.text)").fetchone() == (0,)


def _prefect_servers(process: psutil.Process) -> list[psutil.Process]:
    found = []
    for child in process.children(recursive=True):
        try:
            if "server" in child.cmdline() and any("prefect" in part for part in child.cmdline()):
                found.append(child)
        except psutil.Error:
            pass
    return found


def test_killed_ingest_leaves_no_prefect_server_behind(tmp_path):
    """No PREFECT_API_URL: ingest runs its own temporary server; SIGKILL the ingest mid-run and
    the server ends with it (nothing left holding memory and a port)."""
    corpus = write_corpus(tmp_path / "news.jsonl", count=3000)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_LOGGING_LEVEL="WARNING")
    ingest = subprocess.Popen([ORE, "ingest", str(corpus), "--db", str(tmp_path / "ore.duckdb"), "--batch-size", "50"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not (tmp_path / "ore.duckdb").exists():  # the server is up and the flow is writing
            assert ingest.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest never started writing"
            time.sleep(0.2)
        servers = _prefect_servers(psutil.Process(ingest.pid))
        assert len(servers) == 1
        ingest.send_signal(signal.SIGKILL)
        ingest.wait(timeout=30)
        gone, alive = psutil.wait_procs(servers, timeout=20)
        assert not alive, f"Prefect server still running: {[p.pid for p in alive]}"
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.wait()


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_status_and_query_read_a_lake(prefect_api, lake_store, article_dir, fmt):
    env = {"PREFECT_API_URL": prefect_api}
    assert run_cli("ingest", str(article_dir), *store_args(lake_store), env=env).returncode == 0
    status = run_cli("status", "--db", lake_store.location, "--format", fmt)  # no data path needed to read
    assert status.returncode == 0, status.stderr
    assert "articles" in status.stdout and "completed" in status.stdout
    query = run_cli("query", "select count(*) as n from articles", "--db", lake_store.location, "--format", "csv")
    assert query.stdout.splitlines() == ["n", "2"]
    refused = run_cli("query", "delete from articles", "--db", lake_store.location)
    assert refused.returncode == 1 and "read-only" in refused.stderr


def test_analysts_commands_read_a_lake_and_search_a_local_index(prefect_api, lake_store, article_dir, tmp_path):
    """trends, report, export and search on a DuckLake: search uses a local index file rebuilt
    from the lake (the fts index cannot live in a lake); the ingest builds this machine's copy."""
    env = {"PREFECT_API_URL": prefect_api, "OREWATCH_SEARCH_INDEX": str(tmp_path / "index.duckdb")}
    assert run_cli("ingest", str(article_dir), *store_args(lake_store), "--reports", str(tmp_path / "reports"),
                   env=env).returncode == 0
    assert (tmp_path / "index.duckdb").exists()
    found = run_cli("search", "gallium refinery", "--db", lake_store.location, "--format", "csv", env=env)
    assert found.returncode == 0, found.stderr
    assert "Canberra backs new gallium refinery" in found.stdout
    other_machine = {**env, "OREWATCH_SEARCH_INDEX": str(tmp_path / "elsewhere.duckdb")}
    missing = run_cli("search", "gallium", "--db", lake_store.location, env=other_machine)
    assert missing.returncode == 1 and "orewatch search --reindex" in missing.stderr
    rebuilt = run_cli("search", "rare earth", "--reindex", "--db", lake_store.location, "--format", "csv",
                      env=other_machine)
    assert rebuilt.returncode == 0 and "Vietnam sets rare earth export limits" in rebuilt.stdout
    trends = run_cli("trends", "events", "--db", lake_store.location, "--format", "csv")
    assert trends.returncode == 0, trends.stderr
    exported = run_cli("export", str(tmp_path / "exports"), "--format", "csv", "--db", lake_store.location)
    assert exported.returncode == 0, exported.stderr
    with open(tmp_path / "exports" / "articles.csv", encoding="utf-8", newline="") as exported_csv:
        assert len(list(csv.reader(exported_csv))) == 3  # the header and both articles
    digest = run_cli("report", "--output", "-", "--db", lake_store.location)
    assert digest.returncode == 0 and "Canberra backs new gallium refinery" in digest.stdout
