"""Starts a local Prefect server, with its scheduler, for a process that needs one and has
no PREFECT_API_URL: Prefect's temporary in-process server cannot run schedules, so
`orewatch serve` would otherwise never fire. The benchmarks use it too."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

STARTUP_TIMEOUT_SECONDS = 120.0


class PrefectServerError(RuntimeError):
    """The local Prefect server did not come up; the message says what to do."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def local_prefect_server(env: dict[str, str] | None = None) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1 for the duration of the block; yields its API
    URL. The server keeps its state in PREFECT_HOME (default ~/.prefect), as Prefect does."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", **os.environ, **(env or {})}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while True:
            if proc.poll() is not None:
                raise PrefectServerError(f"the local Prefect server exited with status {proc.returncode}; "
                                         "set PREFECT_API_URL to a running server instead")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise PrefectServerError(f"the local Prefect server did not answer within "
                                         f"{STARTUP_TIMEOUT_SECONDS:.0f} s; set PREFECT_API_URL instead")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
