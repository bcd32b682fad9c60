"""Keeps the summary tables behind the costly analyst views current (migrations 0008, 0009).

- `attention_counts` (behind element_attention, country_attention) holds signed
  contributions: storing a batch appends its articles' weekly counts, and minus the counts of
  the stored versions it replaces. Appends only; the views add the rows up, and
  `compact_summaries` replaces them by their sums now and then (the nightly flow, after a run).
- `checked_figures` (behind figure_checks) holds the checked news figures: storing a batch
  inserts its articles' rows, after deleting those of the articles it replaces.
- `figure_levels` (behind figure_conflicts) holds the figures the conflicts compare, each
  with its article's publication time: kept like checked_figures.

`store_batch` calls `remove_articles` and `add_articles` inside its own transaction, so the
views never disagree with the tables. `refresh_summaries` (every migrating writer) rebuilds a
table whole when its SQL definition, or for checks the loaded reference file, changed since
it was built: a new database, a migrated one, a new USGS edition.
"""

from __future__ import annotations

import hashlib

import duckdb

from orewatch.storage.migrations import transaction
from orewatch.storage.sqlfiles import execute_script, sql_text

# The relations each summary reads, as named in its SQL template.
SOURCES = {
    "attention_counts": ("articles", "element_mentions", "country_mentions"),
    "checked_figures": ("articles", "quantities"),
    "figure_levels": ("articles", "quantities"),
}
# The summaries whose rows belong to one article each (deleted with it; attention_counts
# takes the article's contributions away with negative counts instead).
PER_ARTICLE = ("checked_figures", "figure_levels")
FULL_TABLES = {name: name for name in ("articles", "element_mentions", "country_mentions", "quantities")}


def _insert(con: duckdb.DuckDBPyConnection, summary: str, relations: dict[str, str], sign: int = 1) -> None:
    sql = sql_text("summaries", summary).format(**{name: relations[name] for name in SOURCES[summary]})
    execute_script(con, sql, {"sign": sign})


def _present(con: duckdb.DuckDBPyConnection) -> bool:
    """False in a database older than migration 0009 (its first migrating writer builds them)."""
    names = ", ".join(f"'{name}'" for name in SOURCES)
    return con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
                       f"AND table_name IN ({names})").fetchone()[0] == len(SOURCES)


def add_articles(con: duckdb.DuckDBPyConnection, relations: dict[str, str]) -> None:
    """Add what the articles in `relations` contribute (relation names, e.g. registered
    Arrow tables of a batch, keyed articles, element_mentions, country_mentions, quantities)."""
    if not _present(con):
        return
    _insert(con, "attention_counts", relations, sign=1)
    for summary in PER_ARTICLE:
        _insert(con, summary, relations)


def remove_articles(con: duckdb.DuckDBPyConnection, ids_relation: str) -> None:
    """Take away what the stored articles whose ids are in `ids_relation` (a relation with
    an article_id column) contribute; call before their rows are deleted."""
    if not _present(con):
        return
    chosen = f"(SELECT article_id FROM {ids_relation})"
    stored = {name: f"(SELECT * FROM {name} WHERE article_id IN {chosen})" for name in FULL_TABLES}
    _insert(con, "attention_counts", stored, sign=-1)
    for summary in PER_ARTICLE:
        con.execute(f"DELETE FROM {summary} WHERE article_id IN {chosen}")


def _definition(con: duckdb.DuckDBPyConnection, summary: str) -> str:
    parts = [sql_text("summaries", summary)]
    if summary == "checked_figures":
        parts += [row[0] for row in con.execute("SELECT sha256 FROM reference_files ORDER BY file_name").fetchall()]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def rebuild_summary(con: duckdb.DuckDBPyConnection, summary: str) -> None:
    """Recompute one summary table from the whole tables, in one transaction."""
    with transaction(con):
        recompute_summary(con, summary)


def recompute_summary(con: duckdb.DuckDBPyConnection, summary: str) -> None:
    """Recompute one summary table from the whole tables inside the caller's transaction
    (storage/copy.py: a copied database gets its summaries from the rows it received)."""
    definition = _definition(con, summary)
    con.execute(f"DELETE FROM {summary}")
    _insert(con, summary, FULL_TABLES)
    record_state(con, summary, definition)


def record_state(con: duckdb.DuckDBPyConnection, name: str, definition: str) -> None:
    """Record in summary_state what `name` (a summary table, or event_stories) was built from."""
    con.execute("DELETE FROM summary_state WHERE summary = ?", [name])
    con.execute("INSERT INTO summary_state (summary, definition) VALUES (?, ?)", [name, definition])


def refresh_summaries(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild the summaries whose definition changed since they were built; returns them."""
    built = dict(con.execute("SELECT summary, definition FROM summary_state").fetchall())
    stale = [name for name in SOURCES if built.get(name) != _definition(con, name)]
    for name in stale:
        rebuild_summary(con, name)
    return stale


def compact_summaries(target) -> None:
    """Replace attention_counts' contributions by their sums (same views, fewer rows). In a
    lake, it takes the writers' lock (write_alone), so no batch is appended meanwhile."""
    from orewatch.storage.db import writer_connection  # db imports this module
    from orewatch.storage.lake import is_lake_connection, write_alone

    def compact() -> None:
        with transaction(con):
            execute_script(con, sql_text("summaries", "compact_attention_counts"))

    with writer_connection(target) as con:
        if is_lake_connection(con):
            write_alone(con, compact, "compacting attention_counts")
        else:
            compact()
