"""`orewatch trends REPORT` (trend tables and charts) and `orewatch report` (the digest page)."""

from __future__ import annotations

import sys
from datetime import date, datetime, timezone
from pathlib import Path

import click

from orewatch.cli_store import cli_store, store_options

from orewatch.output import format_option, write_rows

METRICS = ("reserves", "production", "processing", "capacity", "exports", "imports", "consumption",
           "demand", "price", "price_change", "investment", "tariff", "other")
EVENT_TYPES = ("export_restriction", "import_restriction", "tariff", "production_quota", "investment",
               "agreement", "capacity_expansion", "stockpile", "other_policy")
DATE = click.DateTime(formats=["%Y-%m-%d"])


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


@click.command()
@click.argument("report", type=click.Choice(["events", "figures", "conflicts", "attention", "checks"]))
@click.option("--since", type=DATE, help="First day (YYYY-MM-DD), inclusive.")
@click.option("--until", type=DATE, help="Last day (YYYY-MM-DD), inclusive.")
@click.option("--metric", type=click.Choice(METRICS), help="figures, conflicts, checks: only this metric.")
@click.option("--element", help="Only this element or group code (Ga, Nd, REE, graphite …).")
@click.option("--country", help="Only this ISO3 or bloc code (events: the actor).")
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES), help="events: only this event type.")
@format_option()
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the rows to FILE.png, FILE.svg or FILE.html (self-contained page).")
@store_options
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait while an ingest is writing the database.")
def trends(report: str, since, until, metric, element, country, event_type, fmt: str,
           chart: Path | None, db: str | None, data_path: str | None, wait: float) -> None:
    """Print a trend REPORT, optionally with a chart (drawn offline, no network).

    \b
    events     distinct policy events per month of the event's date, type and actor
               (rejected events left out), with how many an editor confirmed
    figures    every reported figure, in publication order (figure_history)
    conflicts  reports more than 10 % away from the previous report of the same figure
    attention  articles and mentions per publication week, per element and country
    checks     reserves and production figures beside USGS Mineral Commodity Summaries

    Filters that a report does not understand are refused (exit 2). Dates count the
    event's month for events, the publication week for attention, else the publication day.
    """
    from orewatch.storage.read import QueryError
    from orewatch.storage.trends import TrendFilters, run_report, unsupported_filters

    filters = TrendFilters(_day(since), _day(until), metric, element,
                           country.upper() if country else None, event_type)
    refused = unsupported_filters(report, filters)
    if refused:
        flags = ", ".join("--" + ("type" if name == "type" else name) for name in refused)
        raise click.UsageError(f"{flags} does not apply to the {report} report")
    if chart and chart.suffix.lower() not in (".png", ".svg", ".html"):
        raise click.UsageError(f"--chart {chart}: use a .png, .svg or .html file")
    try:
        columns, rows = run_report(cli_store(db, data_path), report, filters, wait_seconds=wait)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    write_rows(columns, rows, fmt)
    if chart:
        from orewatch.analysis.charts import save_chart

        try:
            save_chart(chart, report, columns, rows, filters)
        except OSError as exc:
            raise click.ClickException(f"{chart}: cannot write the chart ({exc.strerror or exc})") from None
        click.echo(f"orewatch: chart written to {chart}", err=True)


@click.command()
@click.option("--since", type=DATE,
              help="Cover what arrived (was stored) from this day on, YYYY-MM-DD; default: since "
                   "the last run before today.")
@click.option("--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write the page ('-' for stdout); default: the reports folder, "
                   "YYYY-MM-DD.html after today.")
@click.option("--reports", "reports_dir",
              help="Reports folder (default: $OREWATCH_REPORTS, else reports/ beside the database).")
@store_options
def report(since, output: str | None, reports_dir: str | None, db: str | None, data_path: str | None) -> None:
    """Write a digest page on demand: what arrived since a day, the events waiting for
    review, the new figures, conflicts and checks against USGS, and charts.

    The page is one self-contained HTML file (inline styles and SVG, no script, nothing
    fetched), the same page the nightly run writes to reports/YYYY-MM-DD.html.
    """
    from orewatch.analysis.digest import render_digest, resolve_reports_dir, write_digest
    from orewatch.storage.digest import nightly_since, read_digest
    from orewatch.storage.read import QueryError

    path = cli_store(db, data_path)
    now = datetime.now(timezone.utc)
    try:
        start = since.replace(tzinfo=timezone.utc) if since else nightly_since(path, now)
        if output == "-":
            sys.stdout.write(render_digest(read_digest(path, start, now), f"orewatch digest {now:%Y-%m-%d}"))
            return
        target = Path(output) if output else resolve_reports_dir(reports_dir, path.path if not path.is_lake else Path.cwd() / "lake") / f"{now:%Y-%m-%d}.html"
        written = write_digest(path, target, start, now)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write the digest ({exc})") from None
    click.echo(str(written))
