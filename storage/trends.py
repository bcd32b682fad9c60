"""The analysts' trend reports (`orewatch trends REPORT`): one SQL file each in sql/reports/,
run read-only with the same filters, so the CLI, the charts and the nightly digest share them."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from datetime import date

import duckdb

from orewatch.storage.read import reading
from orewatch.storage.sqlfiles import execute_script, sql_text


@dataclass(frozen=True)
class TrendFilters:
    """Filters of a report; None means "any". Dates are inclusive."""

    since: date | None = None
    until: date | None = None
    metric: str | None = None
    element: str | None = None
    country: str | None = None
    type: str | None = None

    def given(self) -> set[str]:
        return {name for name, value in asdict(self).items() if value is not None}


# Each report and the filters it understands (all take --since and --until).
REPORT_FILTERS: dict[str, frozenset[str]] = {
    "events": frozenset({"since", "until", "type", "country", "element"}),
    "figures": frozenset({"since", "until", "metric", "country", "element"}),
    "conflicts": frozenset({"since", "until", "metric", "country", "element"}),
    "attention": frozenset({"since", "until", "country", "element"}),
    "checks": frozenset({"since", "until", "metric", "country", "element"}),
}
REPORTS = tuple(REPORT_FILTERS)


def unsupported_filters(report: str, filters: TrendFilters) -> list[str]:
    """The filters given that `report` does not understand (empty when all apply)."""
    return sorted(filters.given() - REPORT_FILTERS[report])


def run_report_on(con: duckdb.DuckDBPyConnection, report: str, filters: TrendFilters
                  ) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of a report on an open connection."""
    if report not in REPORT_FILTERS:
        raise ValueError(f"unknown report {report!r}: one of {', '.join(REPORTS)}")
    cursor = execute_script(con, sql_text("reports", report), asdict(filters))
    return [d[0] for d in cursor.description], cursor.fetchall()


def run_report(path: str | os.PathLike | None, report: str, filters: TrendFilters,
               wait_seconds: float = 5.0) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of a report on a read-only connection; QueryError on failure."""
    with reading(path, wait_seconds) as con:
        return run_report_on(con, report, filters)
