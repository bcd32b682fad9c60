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


@click.command(name="copy-store")
@store_options
@click.option("--to", "to_db", required=True, help="The database to copy into: a new DuckDB file or DuckLake.")
@click.option("--to-data-path", help="Data path of the DuckLake copied into (default: $OREWATCH_DATA_PATH).")
def copy_store_command(db: str | None, data_path: str | None, to_db: str, to_data_path: str | None) -> None:
    """Copy the whole database (--db) into a new, empty one (--to): how a DuckDB file moves
    into a shared DuckLake, or back.

    \b
      orewatch copy-store --db data/orewatch.duckdb \\
          --to "ducklake:postgres:dbname=orewatch host=db.example.org user=orewatch" \\
          --to-data-path /srv/orewatch-lake/

    Articles, mentions, quantities, events, the editors' reviews and the runs are copied with
    their ids, in one transaction (all or nothing); the source is only read. Stop ingests
    into the source while it runs.
    """
    from orewatch.storage.copy import copy_store
    from orewatch.storage.errors import StorageError

    source, target = cli_store(db, data_path), cli_store(to_db, to_data_path)
    try:
        copied = copy_store(source, target)
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    for table, rows in copied.items():
        click.echo(f"{table}\t{rows}")
    click.echo(f"orewatch: copied {source} into {target}", err=True)
