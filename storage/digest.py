"""What the nightly digest shows, read from the database: what arrived since a moment, the
events of it waiting for review, its figures, conflicts and checks, and the trend rows the
digest charts. Rendering is orewatch.analysis.digest's job; the SQL is in sql/digest/."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import duckdb

from orewatch.storage.read import reading
from orewatch.storage.sqlfiles import execute_script, sql_text
from orewatch.storage.trends import TrendFilters, run_report_on

SECTIONS = ("runs", "articles", "pending_events", "figures", "conflicts", "checks")


@dataclass(frozen=True)
class Rows:
    columns: list[str]
    rows: list[tuple]


@dataclass
class DigestData:
    """Everything a digest page shows; `since` None means "since the beginning"."""

    since: datetime | None
    generated_at: datetime
    sections: dict[str, Rows] = field(default_factory=dict)
    trends: dict[str, tuple[TrendFilters, Rows]] = field(default_factory=dict)


def _rows(cursor: duckdb.DuckDBPyConnection) -> Rows:
    return Rows([d[0] for d in cursor.description], cursor.fetchall())


def previous_run_start(con: duckdb.DuckDBPyConnection, before: datetime) -> datetime | None:
    """Start of the last run that began before `before`, or None."""
    return execute_script(con, sql_text("digest", "previous_run"), {"before": before}).fetchone()[0]


def read_digest_on(con: duckdb.DuckDBPyConnection, since: datetime | None, now: datetime) -> DigestData:
    data = DigestData(since=since, generated_at=now)
    for name in SECTIONS:
        data.sections[name] = _rows(execute_script(con, sql_text("digest", name), {"since": since}))
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
    """The digest's rows on a read-only connection; QueryError (one line) on failure."""
    with reading(path, wait_seconds) as con:
        return read_digest_on(con, since, now)


def nightly_since(path: str | os.PathLike | None, now: datetime, wait_seconds: float = 30.0) -> datetime | None:
    """The start of the last run before today (UTC): the day's digest covers what arrived
    since then, so a second run on the same day rewrites that day's page with everything."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with reading(path, wait_seconds) as con:
        return previous_run_start(con, today)
