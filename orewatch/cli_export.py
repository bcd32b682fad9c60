"""`orewatch export`: every analyst relation as Parquet (partitioned by month) or CSV."""

from __future__ import annotations

from pathlib import Path

import click

from orewatch.cli_store import cli_store, store_options



@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True,
              help="parquet: partitioned by month of publication where rows belong to articles; "
                   "csv: one file per relation.")
@store_options
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait while an ingest is writing the database.")
def export(folder: Path, fmt: str, db: str | None, data_path: str | None, wait: float) -> None:
    """Write every analyst relation (the SPEC §5 tables and every view) into FOLDER.

    \b
    parquet  FOLDER/<relation>/published_month=YYYY-MM/part-0.parquet for relations whose
             rows belong to articles (hive partitions: pandas, polars, DuckDB and Spark read
             the folder as one table), FOLDER/<relation>.parquet for the others
    csv      FOLDER/<relation>.csv, with a header row

    FOLDER/manifest.json lists each relation, its rows and its path. Exporting again into
    the same FOLDER replaces the files of each relation.
    """
    from orewatch.storage.errors import StorageError
    from orewatch.storage.export import export_relations

    def progress(relation: str) -> None:
        click.echo(f"orewatch: exporting {relation}", err=True)

    try:
        written = export_relations(cli_store(db, data_path), folder, fmt, progress=progress, wait_seconds=wait)
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"{folder}: cannot write the export ({exc.strerror or exc})") from None
    total = sum(w.rows for w in written)
    click.echo(f"{len(written)} relations, {total:,} rows written to {folder} ({fmt})")
