"""Starts a local Prefect server for a process that has no PREFECT_API_URL, tied to that
process: it ends when the process ends, even when the process is killed with SIGKILL.

Without PREFECT_API_URL, Prefect itself starts a temporary API server in a subprocess and
stops it at exit; a SIGKILLed `orewatch ingest` then leaves it running as an orphan (a
uvicorn process holding ~200 MB and a port). orewatch therefore starts the server itself,
with Linux's parent-death signal set, so the kernel sends it SIGTERM when its parent dies.
`orewatch serve` needs one with its scheduler (Prefect's temporary server cannot run
schedules); `orewatch ingest` one without services; the benchmarks use them too.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

STARTUP_TIMEOUT_SECONDS = 120.0
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class PrefectServerError(RuntimeError):
    """The local Prefect server did not come up; the message says what to do."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def end_with_parent() -> Callable[[], None]:
    """A `preexec_fn` that has Linux send SIGTERM to the child when this process dies
    (PR_SET_PDEATHSIG); where there is no prctl (not Linux), it does nothing."""
    parent = os.getpid()

    def preexec() -> None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            return
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def _wait_until_healthy(proc: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while True:
        if proc.poll() is not None:
            raise PrefectServerError(f"the local Prefect server exited with status {proc.returncode}; "
                                     "set PREFECT_API_URL to a running server instead")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise PrefectServerError(f"the local Prefect server did not answer within "
                                     f"{STARTUP_TIMEOUT_SECONDS:.0f} s; set PREFECT_API_URL instead")
        time.sleep(0.25)


@contextmanager
def local_prefect_server(env: dict[str, str] | None = None, services: bool = True) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1 for the duration of the block; yields its API
    URL. `services=False` serves the API only (no scheduler: enough for a flow run, and
    lighter). The server keeps its state in PREFECT_HOME (default ~/.prefect), as Prefect
    does, and ends with this process however it ends."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", **os.environ, **(env or {})}
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    if not services:
        command += ["--no-services", "--no-ui"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=end_with_parent())
    try:
        _wait_until_healthy(proc, url)
        yield url
    finally:
        stop_process(proc)


def stop_process(proc: subprocess.Popen, timeout: float = 30) -> None:
    """SIGTERM, then SIGKILL if it has not ended within `timeout` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def prefect_api(services: bool = False) -> Iterator[str | None]:
    """Use PREFECT_API_URL when it is set (yields it); else run a local server, tied to
    this process, for the block, and point Prefect's settings at it (yields its URL)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()  # from the environment or the Prefect profile
    if configured:
        yield configured
        return

    with local_prefect_server(services=services) as url, temporary_settings(updates={PREFECT_API_URL: url}):
        try:
            yield url
        finally:
            _drain_prefect_clients()


def _drain_prefect_clients() -> None:
    """Send the logs and events Prefect still queues, while the server still listens."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=10)
