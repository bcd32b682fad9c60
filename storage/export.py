"""`orewatch export`: every analyst relation written as Parquet or CSV files that pandas,
polars, DuckDB, R or a spreadsheet read without orewatch.

Which relations: every view and table of the main schema except the schema's bookkeeping and
the raw extraction that a view supersedes (EXCLUDED). Parquet: a relation whose rows belong to
articles (it has article_id, or later_article_id) is partitioned by the month of publication
(`<relation>/published_month=YYYY-MM/*.parquet`, hive style; `unknown` for undated articles);
the others are one file, `<relation>.parquet`. CSV: one `<relation>.csv` each. A
`manifest.json` lists what was written. Re-exporting into the same folder replaces the files.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

from orewatch.storage.errors import QueryError
from orewatch.storage.read import reading
from orewatch.storage.sqlfiles import sql_text
from orewatch.storage.summaries import SOURCES as SUMMARY_TABLES

FORMATS = ("parquet", "csv")
# Bookkeeping, and extracted_events (the events view shows them with the editors' decisions).
# The summary tables behind views (orewatch.storage.summaries, and their summary_state) are
# written as the views they serve.
EXCLUDED = frozenset({"schema_version", "schema_views", "reference_files", "extracted_events",
                      "summary_state", *SUMMARY_TABLES})
PARTITION_COLUMN = "published_month"
# DuckDB's own limit for an export (its default: 80 % of the machine). Most of an export
# streams or spills, but the stories view's per-story lists (partners, elements, phases,
# sources) are aggregated in memory: 700,000 stories need more than 1GB (bench/analysts.py,
# 1,000,000 articles: out of memory at 1GB, written in 8 s at 2GB).
EXPORT_MEMORY = "2GB"
ARTICLE_COLUMNS = ("article_id", "later_article_id")  # the column that names a row's article


@dataclass(frozen=True)
class ExportedRelation:
    relation: str
    rows: int
    path: str  # relative to the export folder
    partitioned_by: str | None


def analyst_relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The relations an export writes, in name order."""
    names = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
        "UNION SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
    ).fetchall()
    return sorted(name for (name,) in names if name not in EXCLUDED)


def _publication_source(con: duckdb.DuckDBPyConnection, relation: str) -> str | None:
    """A SELECT of the relation plus its published_month, or None when its rows belong to no
    article (the later report's article, for figure_conflicts)."""
    columns = {row[0] for row in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ?",
        [relation]).fetchall()}
    for column in ARTICLE_COLUMNS:
        if column in columns:
            join = f"LEFT JOIN publication_days AS d ON d.article_id = r.{column}"
            return sql_text("export", "with_published_month").format(relation=relation, join=join)
    return None


def _export_relation(con: duckdb.DuckDBPyConnection, relation: str, folder: Path, fmt: str
                     ) -> ExportedRelation:
    rows = con.execute(f'SELECT count(*) FROM "{relation}"').fetchone()[0]
    source = _publication_source(con, relation) if fmt == "parquet" else None
    if source is None or rows == 0:
        target = folder / f"{relation}.{fmt}"
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        con.execute(f"COPY (SELECT * FROM \"{relation}\") TO '{target}' ({options})")
        return ExportedRelation(relation, rows, target.name, None)
    target = folder / relation
    con.execute(f"COPY ({source}) TO '{target}' (FORMAT parquet, PARTITION_BY ({PARTITION_COLUMN}), "
                f"FILENAME_PATTERN 'part-{{i}}')")
    return ExportedRelation(relation, rows, target.name, PARTITION_COLUMN)


def _stream(con: duckdb.DuckDBPyConnection) -> None:
    """Let COPY write rows as they come instead of holding a relation (the article texts,
    a million conflicts with both sentences) in memory to keep its order: files are read as
    tables, their row order carries no meaning. What does not fit in EXPORT_MEMORY spills to
    DuckDB's temporary folder."""
    con.execute("SET preserve_insertion_order = false")
    con.execute(f"SET memory_limit = '{EXPORT_MEMORY}'")


def _clear(folder: Path, relation: str) -> None:
    for old in (folder / relation, folder / f"{relation}.parquet", folder / f"{relation}.csv"):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()


def export_relations(path: str | os.PathLike | None, folder: Path, fmt: str,
                     progress=None, wait_seconds: float = 5.0) -> list[ExportedRelation]:
    """Write every analyst relation into `folder` as `fmt`; returns what was written.

    `progress(relation)` is called before each relation (for a line on stderr)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if folder.exists() and not folder.is_dir():
        raise QueryError(f"{folder} is a file, not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with reading(path, wait_seconds) as con:
        _stream(con)
        for relation in analyst_relations(con):
            if progress:
                progress(relation)
            _clear(folder, relation)
            written.append(_export_relation(con, relation, folder, fmt))
    manifest = {"format": fmt, "relations": [asdict(w) for w in written]}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return written
