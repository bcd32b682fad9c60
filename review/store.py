"""The page's only way to the database: short connections through orewatch.storage, one at
a time per server process.

DuckDB lets one process write a file, and a reader cannot open while a writer holds it;
the nightly ingest holds the writer only while it stores a batch. So the page never keeps
a connection: each request opens one (a reader for pages, a writer for a decision), uses it
for a few milliseconds and closes it, and a lock keeps the server's own requests from
opening two at once. While an ingest stores a batch, a request waits (bounded: READ_WAIT,
WRITE_WAIT seconds) and then fails with DatabaseBusy, which the page shows as an error the
editor can retry; an ingest waits at most for the one request in flight."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from orewatch.storage import reviews
from orewatch.storage.db import connect_writer, reader_connection
from orewatch.storage.stores import Store, resolve_store

READ_WAIT = 5.0
WRITE_WAIT = 10.0
# One DuckDB thread per request: the page's queries are small, two threads only wait on
# each other, and the other core stays with the nightly ingest (measured: ~20% faster
# page queries on the 2-core machine under load).
_ONE_THREAD = "SET threads = 1"


class ReviewStore:
    def __init__(self, db_path: Store | str | os.PathLike, read_wait: float = READ_WAIT,
                 write_wait: float = WRITE_WAIT):
        self.db_path = resolve_store(db_path)  # a DuckDB file or a DuckLake
        self.read_wait = read_wait
        self.write_wait = write_wait
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for one request."""
        with self._lock, reader_connection(self.db_path, wait_seconds=self.read_wait) as con:
            con.execute(_ONE_THREAD)
            yield con

    @contextmanager
    def _writing(self, migrate_schema: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            con = connect_writer(self.db_path, wait_seconds=self.write_wait, migrate_schema=migrate_schema)
            try:
                con.execute(_ONE_THREAD)
                yield con
            finally:
                con.close()

    def prepare(self) -> None:
        """Bring the schema up to date once, at start (the views the page reads); the
        decisions' connections then skip that check."""
        with self._writing(migrate_schema=True):
            pass

    def record(self, event_id: str, editor: str, decision: str, changes: dict | None,
               note: str | None, fingerprint: str | None) -> int:
        with self._writing() as con:
            return reviews.record_review(con, event_id, editor, decision, changes, note, fingerprint)

    def undo(self, editor: str) -> reviews.Undo | None:
        with self._writing() as con:
            return reviews.undo_last_review(con, editor)
