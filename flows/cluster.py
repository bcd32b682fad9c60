"""Runs the extraction task on a Dask cluster (prefect-dask's DaskTaskRunner), batch by
batch, with a bounded number of batches in flight, and hands the results back in order.

The task itself (orewatch.flows.nightly.extract_batch) is imported by the workers from the
installed orewatch package; they need PREFECT_API_URL to report to the flow's Prefect server
(docs/scale-out.md).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from prefect import Task

DASK_ENV_VAR = "OREWATCH_DASK"
# Batches in flight per worker thread: one running, one queued, so no worker waits on the flow.
IN_FLIGHT_PER_THREAD = 2


class ClusterUnreachable(RuntimeError):
    """The Dask scheduler does not answer; the message is one line for the user."""


def resolve_dask_address(arg: str | None) -> str | None:
    """`--dask`, else $OREWATCH_DASK, else None (extract in this process)."""
    return arg or os.environ.get(DASK_ENV_VAR) or None


def check_scheduler(address: str, timeout: float = 5.0) -> None:
    """Fail fast, in one line, when nothing listens at the scheduler's address."""
    parsed = urlparse(address if "://" in address else f"tcp://{address}")
    if not parsed.hostname or not parsed.port:
        raise ClusterUnreachable(f"{address}: a Dask scheduler address looks like tcp://HOST:8786")
    try:
        socket.create_connection((parsed.hostname, parsed.port), timeout=timeout).close()
    except OSError as error:
        raise ClusterUnreachable(f"cannot reach the Dask scheduler at {address} ({error.strerror or error})") from None


def extract_on_dask(address: str, task: Task, batches: Iterable[list], **parameters: Any) -> Iterator[Any]:
    """`task(articles=batch, **parameters)` for each batch on the cluster's workers; yields
    the results in the batches' order, keeping at most a few batches per worker thread in
    flight (memory stays flat whatever the number of batches)."""
    from prefect_dask import DaskTaskRunner

    with DaskTaskRunner(address=address) as runner:
        threads = sum(runner.client.nthreads().values()) or 1
        limit = IN_FLIGHT_PER_THREAD * threads
        in_flight: deque = deque()
        for batch in batches:
            # Not wrapped in prefect's quote(): Dask rebuilds that namedtuple wrongly on the way.
            in_flight.append(runner.submit(task, parameters={"articles": batch, **parameters}))
            if len(in_flight) >= limit:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


@contextmanager
def local_dask_cluster(workers: int = 2, env: dict[str, str] | None = None,
                       log_dir: Path | None = None) -> Iterator[str]:
    """`dask scheduler` and `dask worker` (WORKERS processes of one thread each) on
    127.0.0.1, started as docs/scale-out.md starts them by hand; yields the scheduler's
    address. `env` reaches the workers (PREFECT_API_URL). Everything ends with the block, or
    with this process if it dies. For tests and benchmarks."""
    from distributed import Client

    from orewatch.flows.server import _free_port, end_with_parent, stop_process

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    processes: list[subprocess.Popen] = []
    with tempfile.TemporaryDirectory(prefix="orewatch-dask-") as scratch:
        logs = Path(log_dir or scratch)

        def spawn(*args: str) -> None:
            log = open(logs / f"dask-{args[0]}.log", "ab")
            processes.append(subprocess.Popen([str(bin_dir / "dask"), *args], env={**os.environ, **(env or {})},
                                              cwd=scratch, stdout=log, stderr=subprocess.STDOUT,
                                              preexec_fn=end_with_parent()))

        try:
            spawn("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
            spawn("worker", address, "--nworkers", str(workers), "--nthreads", "1", "--host", "127.0.0.1",
                  "--no-dashboard", "--local-directory", scratch)
            with Client(address, timeout=60) as client:
                client.wait_for_workers(workers, timeout=120)
            yield address
        finally:
            for process in reversed(processes):
                stop_process(process)
