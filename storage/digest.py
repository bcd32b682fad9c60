"""What the nightly digest shows, read from the database: what arrived since a moment, the
events of it waiting for review, its figures, conflicts and checks, and the trend rows the
digest charts. Rendering is orewatch.analysis.digest's job; the SQL is in sql/digest/."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import duckdb

from orewatch.storage.db import bound_memory
from orewatch.storage.read import reading
from orewatch.storage.sqlfiles import bind, execute_script, sql_text, statements
from orewatch.storage.stores import resolve_store
from orewatch.storage.trends import TrendFilters, run_report_on

SECTIONS = ("runs", "articles", "pending_events", "figures", "conflicts", "checks")
# A night that brings 100,000 articles brings 300,000 figures: a section reads only its first
# rows (the page lists no more), and its row count and tallies are aggregates computed by
# DuckDB, whose memory is bounded (read_digest), so the digest's memory does not grow with the
# night (it took 1.7 GB for 100,000 articles when every row was kept, and 780 MB when the rows
# were only counted in Python, DuckDB's joins and sorts unbounded).
KEEP_ROWS = 1000
# Columns whose values are counted over every row of a section, kept or not.
TALLIED = {"checks": "verdict"}


@dataclass(frozen=True)
class Rows:
    columns: list[str]
    rows: list[tuple]  # the first rows, at most KEEP_ROWS
    total: int | None = None  # how many rows the section has (None: len(rows))
    tally: Counter = field(default_factory=Counter)  # the values of its TALLIED column, over all rows

    @property
    def count(self) -> int:
        return len(self.rows) if self.total is None else self.total


@dataclass
class DigestData:
    """Everything a digest page shows; `since` None means "since the beginning"."""

    since: datetime | None
    generated_at: datetime
    sections: dict[str, Rows] = field(default_factory=dict)
    trends: dict[str, tuple[TrendFilters, Rows]] = field(default_factory=dict)


def _section(con: duckdb.DuckDBPyConnection, name: str, since: datetime | None, keep: int) -> Rows:
    """Section `name` (sql/digest/<name>.sql): its first `keep` rows, its row count, and the
    tally of its TALLIED column, if any. The file holds one SELECT ending in its ORDER BY, or
    two: the first picks its first $keep rows itself (on narrow rows, widened after), the
    second counts all of them."""
    queries = statements(sql_text("digest", name))
    params = {"since": since, "keep": keep}
    query = queries[0] if len(queries) == 2 else f"{queries[0]}\nLIMIT $keep"
    cursor = con.execute(bind(query, params))
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    tally = Counter()
    if name in TALLIED:  # the tally counts every row: the total is its sum, no second count
        tally = Counter(dict(con.execute(bind(
            f"SELECT {TALLIED[name]}, count(*) FROM ({queries[0]}) GROUP BY ALL", params)).fetchall()))
        total = sum(tally.values())
    elif len(rows) < keep:
        total = len(rows)
    else:
        count = queries[1] if len(queries) == 2 else f"SELECT count(*) FROM ({queries[0]})"
        total = con.execute(bind(count, params)).fetchone()[0]
    return Rows(columns, rows, total, tally)


def previous_run_start(con: duckdb.DuckDBPyConnection, before: datetime) -> datetime | None:
    """Start of the last run that began before `before`, or None."""
    return execute_script(con, sql_text("digest", "previous_run"), {"before": before}).fetchone()[0]


def read_digest_on(con: duckdb.DuckDBPyConnection, since: datetime | None, now: datetime) -> DigestData:
    data = DigestData(since=since, generated_at=now)
    for name in SECTIONS:
        data.sections[name] = _section(con, name, since, KEEP_ROWS)
    for report, time_column, span in (("events", "month", timedelta(days=366)),
                                      ("attention", "week", timedelta(weeks=26))):
        columns, rows = run_report_on(con, report, TrendFilters())
        data.trends[report] = _latest_span(columns, rows, time_column, span)
    data.trends["checks"] = (TrendFilters(), data.sections["checks"])
    return data


def _latest_span(columns: list[str], rows: list[tuple], time_column: str, span: timedelta
                 ) -> tuple[TrendFilters, Rows]:
    """The rows of the last `span` of a report, counted back from its newest period (not from
    today: a database of old news still gets a chart), and the filters that say so."""
    at = columns.index(time_column)
    if not rows:
        return TrendFilters(), Rows(columns, rows)
    since: date = max(row[at] for row in rows) - span
    return TrendFilters(since=since), Rows(columns, [row for row in rows if row[at] >= since])


def read_digest(path: str | os.PathLike | None, since: datetime | None, now: datetime,
                wait_seconds: float = 30.0) -> DigestData:
    """The digest's rows on a read-only connection, its memory bounded like a writer's (its
    queries join and sort a whole night of rows); QueryError (one line) on failure."""
    with reading(path, wait_seconds) as con:
        bound_memory(con, resolve_store(path))
        return read_digest_on(con, since, now)


def nightly_since(path: str | os.PathLike | None, now: datetime, wait_seconds: float = 30.0) -> datetime | None:
    """The start of the last run before today (UTC): the day's digest covers what arrived
    since then, so a second run on the same day rewrites that day's page with everything."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with reading(path, wait_seconds) as con:
        return previous_run_start(con, today)
