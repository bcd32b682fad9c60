"""Copies one orewatch database into another of either kind: how a DuckDB file moves into a
shared DuckLake (docs/scale-out.md), or a lake is taken back into a file.

The target gets the current schema first; then every table's rows are streamed across in
Arrow batches (flat memory), in one transaction: the copy lands whole or not at all. Views
are not copied, they are made from the tables; the summary tables behind the analyst views
(storage/summaries.py) are recomputed from the copied rows in the same transaction. The
source is only read.
"""

from __future__ import annotations

from orewatch.storage.db import Target, connect_reader, connect_writer
from orewatch.storage.errors import StorageError
from orewatch.storage.lake import is_lake_connection, retry_on_conflict
from orewatch.storage.migrations import current_version, latest_version, transaction
from orewatch.storage.summaries import SOURCES as SUMMARY_TABLES, recompute_summary

# The tables that hold data, parents first; schema_* bookkeeping is made by the target itself.
DATA_TABLES = ("articles", "country_mentions", "element_mentions", "quantities", "extracted_events",
               "reviews", "run_log", "event_stories", "story_refreshes")
ROWS_PER_BATCH = 50_000


def copy_store(source: Target, target: Target) -> dict[str, int]:
    """Copy every data table of `source` into the empty database `target`; returns the rows
    copied per table. Refuses a target that already holds articles, reviews or runs, and a
    source whose schema is older than this orewatch (open it with a writer once first)."""
    src = connect_reader(source)
    try:
        if current_version(src) != latest_version():
            raise StorageError(f"{source}: schema version {current_version(src)}, not {latest_version()}: "
                               "run `orewatch ingest` (or any write) on it once to upgrade it first")
        dst = connect_writer(target)
        try:
            for table in ("articles", "reviews", "run_log"):
                if dst.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                    raise StorageError(f"{target} is not empty ({table} has rows): copy into a new database")
            copy = lambda: _copy_tables(src, dst)  # noqa: E731
            return retry_on_conflict(copy, f"copying into {target}") if is_lake_connection(dst) else copy()
        finally:
            dst.close()
    finally:
        src.close()


def _copy_tables(src, dst) -> dict[str, int]:
    copied = {}
    with transaction(dst):
        for table in DATA_TABLES:
            reader = src.execute(f"SELECT * FROM {table}").to_arrow_reader(ROWS_PER_BATCH)
            copied[table] = 0
            for batch in reader:
                dst.register("_orewatch_copy", batch)
                try:
                    dst.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _orewatch_copy")
                finally:
                    dst.unregister("_orewatch_copy")
                copied[table] += batch.num_rows
        for summary in SUMMARY_TABLES:
            recompute_summary(dst, summary)
    return copied
