"""The `orewatch` command line: ingest, extract, serve, query, status, eval and review; the
analysts' commands trends, report, search and export live in cli_trends, cli_search and cli_export.

Data goes to stdout, everything else (progress, problems, logs) to stderr. Exit status:
0 success, 1 when the input could not be used (nothing could be read, a bad query, a
database another process holds), 2 on misuse. Prefect is imported only by the commands
that run the flow, so `orewatch extract` and `orewatch query` start fast.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Sequence

import click

from orewatch import DEFAULT_TIMEZONE, __version__
from orewatch.cli_store import cli_store, copy_store_command, store_options
from orewatch.output import format_option, write_rows

DASK_HELP = ("Extract on the Dask cluster whose scheduler is at this address (tcp://HOST:8786), "
             "batch by batch (default: $OREWATCH_DASK, else in this process). See docs/scale-out.md.")
SOURCES_HELP = "Sources file (default: $OREWATCH_SOURCES, else ./sources.toml)."
# Articles extracted at a time by `orewatch extract`: output is printed batch by batch.
EXTRACT_BATCH = 256


def _say(message: str) -> None:
    click.echo(f"orewatch: {message}", err=True)


def _quiet_prefect(verbose: bool) -> None:
    """Prefect logs INFO lines for every task; an operator wants warnings only, unless -v."""
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="orewatch")
def main() -> None:
    """orewatch: news about critical minerals and rare earths, turned into a queryable
    DuckDB record of countries, elements, quantities and policy events.

    \b
    Typical use:
      orewatch ingest                      # the sources of sources.toml, once, now
      orewatch ingest news/ feed:https://example.org/rss
      orewatch extract article.txt --format jsonl
      orewatch query "select type, count(*) from events group by 1"
      orewatch serve                       # nightly ingestion on a cron schedule
      orewatch review                      # the editors' page on http://127.0.0.1:8765/
    """


@main.command()
@click.argument("items", nargs=-1)
@click.option("--sources", "sources_file", help=SOURCES_HELP)
@store_options
@click.option("--dask", help=DASK_HELP)
@click.option("--batch-size", type=click.IntRange(1), help="Articles per extract/store task (default: sources.toml, else 1000).")
@click.option("--reports", "reports_dir", help="Folder of the digest pages (default: $OREWATCH_REPORTS, else reports/ beside the database).")
@click.option("-v", "--verbose", is_flag=True, help="Show Prefect's INFO logs.")
def ingest(items: tuple[str, ...], sources_file: str | None, db: str | None, data_path: str | None,
           dask: str | None, batch_size: int | None, reports_dir: str | None, verbose: bool) -> None:
    """Run the nightly_ingest flow once, now, and print what it stored.

    ITEMS are files, folders, page URLs, or feeds (a URL prefixed with `feed:` or ending
    in .rss/.xml/.atom/feed). With no ITEMS, the sources of sources.toml are read.
    Re-ingesting the same input adds nothing; an article whose text changed replaces its
    old extraction. Articles are read, extracted and stored batch by batch, so memory stays
    flat however large the input. Then the search index is brought up to date and the day's
    digest is written (reports/YYYY-MM-DD.html). Exits 1 when no article at all could be read
    (an empty folder too), as `orewatch extract` does; the run is then recorded as failed.

    Without PREFECT_API_URL, a temporary Prefect server runs for the command (and ends with
    it, even if the command is killed).
    """
    _quiet_prefect(verbose)
    from orewatch.flows.cluster import ClusterUnreachable, check_scheduler, resolve_dask_address
    from orewatch.sources import SourcesError, load_sources, resolve_sources_path
    from orewatch.storage.db import DatabaseBusy, StorageError, connect_writer, writer_lock

    # The expected refusals, checked before a flow run starts, so that they are one line
    # rather than a failed run with Prefect's tracebacks.
    dask = resolve_dask_address(dask)
    store = cli_store(db, data_path, sources_file)
    try:
        if not items or sources_file:
            load_sources(resolve_sources_path(sources_file))
        if store.is_lake:
            connect_writer(store).close()  # reachable, and created (or upgraded) once, here
        with writer_lock(store):
            pass
        if dask:
            check_scheduler(dask)
    except (SourcesError, StorageError, ClusterUnreachable) as exc:
        raise click.ClickException(str(exc)) from None
    from orewatch.flows.nightly import nightly_ingest
    from orewatch.flows.server import PrefectServerError, prefect_api

    try:
        with prefect_api():
            summary = nightly_ingest(
                items=list(items) or None, sources_file=sources_file, db=store.location,
                data_path=store.data_path, batch_size=batch_size, show_progress=True, dask=dask,
                reports_dir=reports_dir,
            )
    except (SourcesError, DatabaseBusy, PrefectServerError) as exc:
        raise click.ClickException(str(exc)) from None
    _report(summary)


def _report(summary) -> None:
    """The run's kept problems on stderr (each was logged when met), then its one-line summary."""
    for problem in summary.problems:
        _say(str(problem))
    if summary.articles_failed + summary.articles_warned > len(summary.problems):
        _say(f"… and {summary.articles_failed + summary.articles_warned - len(summary.problems)} more problem(s), in the run's log")
    s = summary.stats
    click.echo(
        f"run {summary.run_id}: {summary.articles_seen} articles read from {summary.sources} source(s): "
        f"{s.new} new, {s.updated} updated, {s.unchanged} unchanged, {s.duplicates} duplicate; "
        f"{summary.articles_failed} problem(s), {summary.articles_warned} warning(s); status {summary.status}"
    )
    if summary.digest:
        _say(f"digest: {summary.digest}")
    if summary.status == "failed":  # as `orewatch extract`: nothing could be read
        raise click.ClickException("no article could be read from the given input")


@main.command()
@click.argument("items", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one object per article per line; json: one array.")
@click.option("--timezone", default=DEFAULT_TIMEZONE, show_default=True,
              help="Time zone of naive publication times in the inputs.")
def extract(items: tuple[str, ...], fmt: str, timezone: str) -> None:
    """Print what orewatch extracts from ITEMS (files, folders or URLs), as SPEC §3 JSON.

    Writes nothing to the database. The output is deterministic: the same input gives
    byte-identical output. Articles are read, extracted and printed batch by batch, so
    memory stays flat however large the input. Exits 1 when no article could be read (an
    empty folder too).
    """
    # Start-up (imports, the pipeline) makes long-lived objects only: no collection meanwhile.
    gc.disable()
    try:
        from orewatch.extractors.extract import extract_articles
        from orewatch.extractors.pipeline import batch_memory, get_pipeline

        nlp = get_pipeline()
    finally:
        gc.enable()
    printed = 0
    out = sys.stdout
    if fmt == "json":
        out.write("[")
    for batch in _article_batches(items, timezone, EXTRACT_BATCH):
        # spaCy keeps every new string (a title's number, a new word) unless told not to:
        # the batch's strings are freed after it, so memory stays flat (records hold copies).
        with batch_memory(nlp):
            extractions = extract_articles(batch, nlp=nlp)
        for extraction in extractions:
            text = json.dumps(extraction.to_json(), ensure_ascii=False, indent=2 if fmt == "json" else None)
            if fmt == "json":  # the layout of json.dump(list, indent=2), one object at a time
                out.write(("," if printed else "") + "\n  " + text.replace("\n", "\n  "))
            else:
                out.write(text + "\n")
            printed += 1
    if fmt == "json":
        out.write("\n]\n" if printed else "]\n")


def _read_stream(items: Sequence[str], timezone: str):
    """Articles of local paths and URLs, one at a time; problems on stderr as they are met."""
    from orewatch.readers import Problem
    from orewatch.sources import iter_source, sources_from_arguments

    read = 0
    for source in sources_from_arguments(list(items), timezone):
        for item in iter_source(source):
            if isinstance(item, Problem):
                _say(str(item))
            else:
                read += 1
                yield item
    if not read:
        raise click.ClickException("no article could be read from the given input")


def _article_batches(items: Sequence[str], timezone: str, size: int):
    """The articles of ITEMS in lists of `size` (exit 1 when nothing could be read)."""
    from itertools import islice

    stream = _read_stream(items, timezone)
    while batch := list(islice(stream, size)):
        yield batch


def _read_items(items: Sequence[str], timezone: str):
    """Every article of local paths and URLs, in one list (exit 1 when nothing was read)."""
    return [article for batch in _article_batches(items, timezone, EXTRACT_BATCH) for article in batch]


@main.command()
@click.option("--sources", "sources_file", help=SOURCES_HELP)
@store_options
@click.option("--dask", help=DASK_HELP)
@click.option("--cron", help="Cron schedule (default: [schedule] cron of sources.toml, else '0 2 * * *').")
@click.option("--name", default="nightly", show_default=True, help="Deployment name.")
def serve(sources_file: str | None, db: str | None, data_path: str | None, dask: str | None,
          cron: str | None, name: str) -> None:
    """Serve the nightly_ingest flow on a cron schedule (runs until stopped).

    At most one run at a time: the deployment has a concurrency limit of 1, and on a
    DuckDB file every run also takes the database's writer lock, so a CLI ingest never
    overlaps it (a DuckLake takes concurrent ingests). With PREFECT_API_URL set, the flow
    is served to that Prefect server; without it, a local Prefect server (with its
    scheduler) is started for as long as this command runs.
    """
    _quiet_prefect(verbose=True)
    from prefect.schedules import Cron

    from orewatch.flows.cluster import resolve_dask_address
    from orewatch.flows.nightly import nightly_ingest
    from orewatch.flows.server import PrefectServerError, prefect_api
    from orewatch.sources import SourcesError, load_sources, resolve_sources_path

    path = resolve_sources_path(sources_file)
    try:
        config = load_sources(path)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    store = cli_store(db, data_path, str(path))
    schedule = Cron(cron or config.cron, timezone=config.schedule_timezone)
    parameters = {"sources_file": str(path.resolve()), "db": db and store.location,
                  "data_path": data_path and store.data_path, "dask": resolve_dask_address(dask)}
    if not os.environ.get("PREFECT_API_URL"):
        # Prefect's temporary server cannot run schedules: a real one runs for this command.
        _say("no PREFECT_API_URL: starting a local Prefect server for the schedule")
    try:
        with prefect_api(services=True) as url:
            _say(f"Prefect server at {url} (its UI shows the runs)")
            nightly_ingest.serve(
                name=name,
                schedules=[schedule],
                global_limit=1,
                parameters=parameters,
                description="Nightly ingestion of the sources in sources.toml into the orewatch database.",
            )
    except PrefectServerError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("sql")
@store_options
@format_option()
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait while an ingest is writing a DuckDB file.")
def query(sql: str, db: str | None, data_path: str | None, fmt: str, wait: float) -> None:
    """Run SQL on a read-only connection and print the rows.

    While an ingest holds a DuckDB file (it does so only while writing a batch), the
    query waits up to --wait seconds, then fails with a clear message. A DuckLake is read
    while ingests write it.
    """
    from orewatch.storage.errors import StorageError
    from orewatch.storage.read import run_query

    store = cli_store(db, data_path)
    try:
        columns, rows = run_query(store, sql, wait_seconds=wait)
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    write_rows(columns, rows, fmt)


@main.command()
@store_options
@format_option()
def status(db: str | None, data_path: str | None, fmt: str) -> None:
    """Print row counts of every relation and the last runs."""
    from orewatch.storage.errors import StorageError
    from orewatch.storage.read import status_summary

    store = cli_store(db, data_path)
    try:
        summary = status_summary(store)
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        write_rows(["database", "counts", "runs"], [[str(store), summary["counts"], summary["runs"]]], fmt)
        return
    if fmt == "table":
        click.echo(f"database {store} (schema version {summary.get('schema_version')})")
    write_rows(["relation", "rows"], sorted(summary["counts"].items()), fmt)
    if fmt == "table":
        click.echo("last runs:")
    columns = ["run_id", "started_at", "status", "articles_seen", "articles_new",
               "articles_updated", "articles_unchanged", "articles_failed"]
    rows = [[str(run.get(c) if run.get(c) is not None else "")[:19] if c == "started_at" else run.get(c)
             for c in columns] for run in summary["runs"]]
    write_rows([c.removeprefix("articles_") for c in columns], rows, fmt)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("items", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--targets", type=click.Path(exists=True, dir_okay=False),
              help="JSON floors such as {\"quantities\": 0.93}; exit 1 when a figure is below.")
@click.option("--timezone", default=DEFAULT_TIMEZONE, show_default=True)
def eval_command(gold: str, items: tuple[str, ...], fmt: str, targets: str | None, timezone: str) -> None:
    """Score extraction of ITEMS against the GOLD file (SPEC §4): P/R/F1 per kind,
    attribution, date, partners, elements and phase accuracies, pairwise same-story
    precision and recall where the gold labels stories, then every miss and false positive
    with its sentence."""
    from orewatch.evaluation import check_targets, format_report, load_gold, report_to_json, score
    from orewatch.extractors.extract import extract_articles

    try:
        gold_articles = load_gold(gold)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    articles = _read_items(items, timezone)
    report = score(gold_articles, extract_articles(articles))
    if fmt == "json":
        click.echo(json.dumps(report_to_json(report), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report))
    if targets:
        failures = check_targets(report, json.loads(open(targets, encoding="utf-8").read()))
        for failure in failures:
            _say(f"below target: {failure}")
        if failures:
            sys.exit(1)


from orewatch.cli_review import review  # noqa: E402

main.add_command(review)
main.add_command(copy_store_command)

from orewatch.cli_export import export  # noqa: E402  (the analysts' commands, one module each)
from orewatch.cli_search import search  # noqa: E402
from orewatch.cli_trends import report, trends  # noqa: E402

for _command in (trends, report, search, export):
    main.add_command(_command)

if __name__ == "__main__":
    main()
