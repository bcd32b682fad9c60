"""Runs the extraction task on a Dask cluster (prefect-dask's DaskTaskRunner), batch by
batch, with a bounded number of batches in flight, and hands the results back in order.

The task itself (orewatch.flows.nightly.extract_batch) is imported by the workers from the
installed orewatch package; they need PREFECT_API_URL to report to the flow's Prefect server
(docs/scale-out.md).
"""

from __future__ import annotations

import os
import socket
from collections import deque
from collections.abc import Iterable, Iterator
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
