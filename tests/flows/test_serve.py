"""`orewatch serve` registers the nightly deployment with its cron schedule and a
concurrency limit of one, against a real (test) Prefect server."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time

from prefect.client.orchestration import get_client

from tests.conftest import ORE, REPO


async def _deployment(name: str):
    async with get_client() as client:
        return await client.read_deployment_by_name(name)


def test_serve_registers_scheduled_deployment_with_limit_one(prefect_api, tmp_path):
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "PREFECT_LOGGING_LEVEL": "WARNING"}
    proc = subprocess.Popen(
        [ORE, "serve", "--sources", str(REPO / "sources.toml"), "--db", str(tmp_path / "ore.duckdb"),
         "--cron", "15 3 * * *", "--name", "nightly-test"],
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
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
