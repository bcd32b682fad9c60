"""The options of every command that opens the database, `--db` and `--data-path`, defined
once, and the store they name (orewatch.storage.stores) or one clear line saying why not."""

from __future__ import annotations

import click

DB_HELP = ("The database: a DuckDB file, or a shared DuckLake 'ducklake:postgres:dbname=… host=… "
           "user=…' (default: $OREWATCH_DB, else [database] db of sources.toml, else data/orewatch.duckdb).")
DATA_PATH_HELP = ("Folder (or s3:// URL) of a DuckLake's data files, shared by every machine; needed to "
                  "create a lake (default: $OREWATCH_DATA_PATH, else [database] data_path of sources.toml).")


def store_options(command):
    """Add `--db` and `--data-path` to a click command (parameters `db`, `data_path`)."""
    command = click.option("--data-path", help=DATA_PATH_HELP)(command)
    return click.option("--db", help=DB_HELP)(command)


def cli_store(db: str | None, data_path: str | None, sources_file: str | None = None):
    """The Store the options name, or a ClickException (exit 1) with one line."""
    from orewatch.storage.errors import StorageError
    from orewatch.storage.stores import resolve_store

    try:
        return resolve_store(db, data_path, sources_file)
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
