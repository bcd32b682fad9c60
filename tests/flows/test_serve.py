"""`orewatch serve` registers the nightly deployment with its cron schedule and a
concurrency limit of one, against a real (test) Prefect server."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time

import duckdb

from prefect.client.orchestration import get_client

from tests.conftest import ORE, REPO


async def _deployment(name: str):
    async with get_client() as client:
        return await client.read_deployment_by_name(name)


def test_serve_registers_scheduled_deployment_with_limit_one(prefect_api, tmp_path):
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "PREFECT_LOGGING_LEVEL": "WARNING"}
    proc = subprocess.Popen(
        [ORE, "serve", "--sources", str(REPO / "sources.toml"), "--db", str(tmp_path / "ore.duckdb"),
         "--cron", "15 3 * * *", "--name", "nightly-test", "--dask", "tcp://dask.example.org:8786"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    try:
        deployment, deadline = None, time.monotonic() + 90
        while deployment is None and time.monotonic() < deadline:
            try:
                deployment = asyncio.run(_deployment("nightly_ingest/nightly-test"))
            except Exception:
                assert proc.poll() is None, proc.stdout.read()
                time.sleep(1)
        assert deployment is not None, "the deployment was never registered"
        (schedule,) = deployment.schedules
        assert schedule.schedule.cron == "15 3 * * *"
        assert deployment.global_concurrency_limit.limit == 1
        assert deployment.parameters["db"] == str(tmp_path / "ore.duckdb")
        assert deployment.parameters["dask"] == "tcp://dask.example.org:8786"  # the nightly run's extraction
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def test_serve_without_prefect_api_url_runs_the_schedule(tmp_path, article_dir):
    """No PREFECT_API_URL: serve starts its own Prefect server, whose scheduler fires the
    flow (Prefect's temporary server would not), and the run lands in DuckDB."""
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "local"\nkind = "folder"\npath = "{article_dir}"\n', encoding="utf-8")
    db = tmp_path / "ore.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_LOGGING_LEVEL="WARNING",
               PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="5", PREFECT_RUNNER_POLL_FREQUENCY="5")
    proc = subprocess.Popen([ORE, "serve", "--sources", str(sources), "--db", str(db), "--cron", "* * * * *"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        runs, deadline = [], time.monotonic() + 180
        while not runs and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stdout.read()
            time.sleep(3)
            if db.exists():
                try:
                    con = duckdb.connect(str(db), read_only=True)
                    runs = con.execute("select status, articles_new from runs where finished_at is not null").fetchall()
                    con.close()
                except duckdb.Error:
                    pass  # the run is writing: try again
        assert runs and runs[0] == ("completed", 2), runs
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
