"""Extraction on a Dask cluster: `orewatch ingest --dask` throughput with 1 and 2 workers
against a local ingest, the cost of one Prefect task on a Dask worker, and the cost of a
chunk of articles, from which docs/scale-out.md sizes a cluster for 1 M articles a night.

Everything runs on this machine: a Prefect server (API only), a Dask scheduler and its
workers on 127.0.0.1, as docs/scale-out.md starts them by hand."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
ORE = str(Path(sys.executable).parent / "orewatch")
CHUNK = 250  # articles per Dask task, as docs/scale-out.md recommends
PROBES = 40  # one-article tasks timed to measure the per-task overhead


def _warm(address: str) -> None:
    """Load the extraction pipeline on every worker, as a night's first chunk would, so
    that the timings measure chunks, not start-up."""
    from distributed import Client

    def load() -> None:
        from orewatch.extractors.pipeline import get_pipeline

        get_pipeline()

    with Client(address) as client:
        client.run(load)


def _ingest_seconds(corpus: Path, env: dict, dask: str | None) -> float:
    db = OUT / "cluster-bench.duckdb"
    for suffix in ("", ".wal", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    command = [ORE, "ingest", str(corpus), "--db", str(db), "--batch-size", str(CHUNK)]
    if dask:
        command += ["--dask", dask]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _task_overhead(address: str, article) -> dict:
    """Seconds per one-article task: as a Prefect task on the cluster (what --dask runs),
    and as the same function submitted to Dask directly; their difference is Prefect's cost."""
    from distributed import Client
    from prefect import flow
    from prefect_dask import DaskTaskRunner

    from orewatch.flows.nightly import extract_batch

    @flow(name="task-overhead-probe", task_runner=DaskTaskRunner(address=address))
    def probe() -> float:
        extract_batch.submit(articles=[article], fetched_at="2026-01-01T00:00:00+00:00").result()  # warm-up
        started = time.perf_counter()
        futures = [extract_batch.submit(articles=[article], fetched_at="2026-01-01T00:00:00+00:00")
                   for _ in range(PROBES)]
        for future in futures:
            future.result()
        return time.perf_counter() - started

    prefect_s = probe()
    with Client(address) as client:
        client.submit(extract_batch.fn, [article], "2026-01-01T00:00:00+00:00", pure=False).result()
        started = time.perf_counter()
        client.gather([client.submit(extract_batch.fn, [article], "2026-01-01T00:00:00+00:00", pure=False)
                       for _ in range(PROBES)])
        dask_s = time.perf_counter() - started
    # On a one-worker cluster the tasks run one after the other: time per task.
    return {"prefect_task_s": prefect_s / PROBES, "dask_task_s": dask_s / PROBES,
            "prefect_overhead_s": (prefect_s - dask_s) / PROBES}


def bench_cluster(corpus: Path, articles: int) -> dict:
    """ingest with no cluster, then on 1 and 2 Dask workers (one thread each), all reporting
    to one Prefect server; then the per-task overhead on one worker."""
    from orewatch.flows.cluster import local_dask_cluster
    from orewatch.flows.server import local_prefect_server
    from orewatch.readers import ReadOptions, read_paths

    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    results: dict = {"articles": articles, "chunk": CHUNK}
    with local_prefect_server(env, services=False) as url:
        env["PREFECT_API_URL"] = url
        results["local_s"] = _ingest_seconds(corpus, env, None)
        for workers in (1, 2):
            with local_dask_cluster(workers, env={"PREFECT_API_URL": url, "PREFECT_LOGGING_LEVEL": "WARNING"}) as address:
                _warm(address)
                results[f"dask_{workers}_s"] = _ingest_seconds(corpus, env, address)
        os.environ["PREFECT_API_URL"] = url
        article = read_paths([corpus], ReadOptions()).articles[0]
        with local_dask_cluster(1, env={"PREFECT_API_URL": url, "PREFECT_LOGGING_LEVEL": "WARNING"}) as address:
            results.update(_task_overhead(address, article))
    for key in ("local", "dask_1", "dask_2"):
        results[f"{key}_articles_per_s"] = articles / results[f"{key}_s"]
    chunks = -(-articles // CHUNK)
    # One worker does every chunk in turn: its time per chunk, all costs included (the
    # command's own start-up too, so a slight overestimate).
    results["chunk_s_one_worker"] = results["dask_1_s"] / chunks
    results["speedup_2_workers"] = results["dask_1_s"] / results["dask_2_s"]
    return results


def cluster_size(results: dict, articles: int = 1_000_000, night_hours: float = 6.0) -> dict:
    """Worker cores for `articles` within `night_hours`, from the measured cost of a chunk
    on one worker (extraction, task overhead and transfer included)."""
    chunks = -(-articles // CHUNK)
    core_seconds = chunks * results["chunk_s_one_worker"]
    return {"articles": articles, "night_hours": night_hours, "core_seconds": core_seconds,
            "cores": -(-core_seconds // (night_hours * 3600))}


def report(results: dict) -> None:
    print(f"ingest, no cluster       {results['local_articles_per_s']:6.0f} articles/s  ({results['local_s']:.1f} s)")
    for workers in (1, 2):
        print(f"ingest --dask, {workers} worker{'s' if workers > 1 else ' '}  "
              f"{results[f'dask_{workers}_articles_per_s']:6.0f} articles/s  ({results[f'dask_{workers}_s']:.1f} s)")
    print(f"2 workers / 1 worker: {results['speedup_2_workers']:.2f}x")
    print(f"one-article task on a worker: {results['prefect_task_s'] * 1000:.0f} ms as a Prefect task, "
          f"{results['dask_task_s'] * 1000:.0f} ms as a plain Dask task: "
          f"Prefect adds {results['prefect_overhead_s'] * 1000:.0f} ms per task")
    size = cluster_size(results)
    print(f"a chunk of {CHUNK} articles costs {results['chunk_s_one_worker']:.2f} s of one worker: "
          f"1 M articles = {size['core_seconds'] / 3600:.1f} core-hours, {size['cores']:.0f} worker cores "
          f"for a {size['night_hours']:.0f}-hour night")
