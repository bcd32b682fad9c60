"""The orewatch database, a DuckDB file or a shared DuckLake: schema and migrations,
connections, bulk writes, reads."""

from orewatch.storage.batches import StagedBatch, stage_batch
from orewatch.storage.db import (
    connect_reader,
    connect_writer,
    reader_connection,
    resolve_db_path,
    writer_connection,
    writer_lock,
)
from orewatch.storage.errors import (
    DatabaseBusy,
    DatabaseMissing,
    QueryError,
    ReaderBusy,
    SchemaError,
    StorageError,
)
from orewatch.storage.migrations import current_version, latest_version, migrate
from orewatch.storage.read import run_query, status_summary
from orewatch.storage.reviews import record_review, undo_last_review
from orewatch.storage.runs import finish_run, start_run
from orewatch.storage.stores import Store, resolve_store
from orewatch.storage.writer import BatchStats, store_batch, store_staged

__all__ = [
    "BatchStats",
    "DatabaseBusy",
    "DatabaseMissing",
    "QueryError",
    "ReaderBusy",
    "SchemaError",
    "StagedBatch",
    "StorageError",
    "Store",
    "connect_reader",
    "connect_writer",
    "current_version",
    "finish_run",
    "latest_version",
    "migrate",
    "reader_connection",
    "record_review",
    "resolve_db_path",
    "resolve_store",
    "run_query",
    "stage_batch",
    "start_run",
    "status_summary",
    "store_batch",
    "store_staged",
    "undo_last_review",
    "writer_connection",
    "writer_lock",
]
