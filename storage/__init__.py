"""The orewatch database, a DuckDB file or a shared DuckLake: schema and migrations,
connections, bulk writes, reads.

The names below are imported from their modules on first use (PEP 562), so that importing one
module of the package (`orewatch.storage.trends` for `orewatch trends`) does not import the
bulk writer and pyarrow: a read-only command starts in a fraction of the time.
"""

from importlib import import_module

_EXPORTS = {
    "StagedBatch": "batches", "stage_batch": "batches",
    "connect_reader": "db", "connect_writer": "db", "reader_connection": "db", "resolve_db_path": "db",
    "writer_connection": "db", "writer_lock": "db",
    "DatabaseBusy": "errors", "DatabaseMissing": "errors", "QueryError": "errors", "ReaderBusy": "errors",
    "SchemaError": "errors", "StorageError": "errors",
    "current_version": "migrations", "latest_version": "migrations", "migrate": "migrations",
    "run_query": "read", "status_summary": "read",
    "record_review": "reviews", "undo_last_review": "reviews",
    "finish_run": "runs", "start_run": "runs",
    "Store": "stores", "resolve_store": "stores",
    "BatchStats": "writer", "store_batch": "writer", "store_staged": "writer",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
