"""The `nightly_ingest` Prefect flow: discover sources, stream their articles, extract them
batch by batch (in this process, or on a Dask cluster), store each batch, and record the run.
Orchestration only: reading, extraction and storage live in orewatch.readers,
orewatch.extractors and orewatch.storage.

Memory stays flat whatever the input: articles are read one at a time, and a batch is
extracted, stored and forgotten before the next one is read (a few batches per worker are in
flight on a cluster).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.utilities.annotations import quote

from orewatch.analysis.digest import resolve_reports_dir, write_digest
from orewatch.flows.cluster import extract_on_dask
from orewatch.flows.progress import Progress
from orewatch.readers import Problem, ReadResult
from orewatch.records import Article
from orewatch.sources import (
    Source,
    SourcesConfig,
    iter_source,
    load_sources,
    read_source,
    resolve_sources_path,
    sources_from_arguments,
)
from orewatch.storage import runs as run_log
from orewatch.storage.batches import StagedBatch, stage_batch
from orewatch.storage.db import run_writer, writer_lock
from orewatch.storage.lake import maintain_lake
from orewatch.storage.stores import Store, resolve_store
from orewatch.storage.writer import BatchStats, store_staged
from orewatch.storage.digest import nightly_since
from orewatch.storage.search import update_search_index, search_index_needs_update
from orewatch.storage.stories import refresh_pending
from orewatch.storage.summaries import compact_summaries

FLOW_NAME = "nightly_ingest"
# Problems kept in the summary for the final report (all are logged as they are met).
PROBLEMS_KEPT = 100


class SourceFailed(RuntimeError):
    """A remote source gave no article at all; raised so that Prefect retries the task."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class IngestSummary:
    """What one run did; also the row written to `runs`."""

    run_id: str = ""
    sources: int = 0
    sources_failed: int = 0
    articles_seen: int = 0
    stats: BatchStats = field(default_factory=BatchStats)
    problems: list[Problem] = field(default_factory=list)  # the first PROBLEMS_KEPT
    articles_failed: int = 0  # every failure, kept or not
    articles_indexed: int | None = None  # None: the search index was already current (or a lake)
    digest: Path | None = None

    articles_warned: int = 0  # articles stored with a warning (text cut to the size limit)

    def add_problem(self, problem: Problem) -> None:
        """Count a problem (a failure, or a warning on an article that was stored); keep the first
        PROBLEMS_KEPT of them for the report."""
        if problem.warning:
            self.articles_warned += 1
        else:
            self.articles_failed += 1
        if len(self.problems) < PROBLEMS_KEPT:
            self.problems.append(problem)

    @property
    def status(self) -> str:
        """failed: no article could be read (as `orewatch extract`, which then exits 1);
        partial: some input failed; completed: every input was read, warnings or not."""
        if self.articles_seen == 0:
            return "failed"
        return "partial" if self.articles_failed else "completed"


@dataclass(frozen=True)
class ExtractedBatch:
    """What extracting a batch gives back: its rows, ready to store, and the articles lost."""

    staged: StagedBatch
    problems: list[Problem]
    articles: int


@task(name="discover-sources", cache_policy=NO_CACHE)
def discover_sources(items: list[str] | None, sources_file: str | None) -> SourcesConfig:
    """The sources named on the command line, else those of sources.toml (whose settings,
    such as batch_size, also apply to named sources when a sources file is given)."""
    if items and not sources_file:
        return SourcesConfig(sources=sources_from_arguments(items))
    config = load_sources(resolve_sources_path(sources_file))
    return replace(config, sources=sources_from_arguments(items)) if items else config


@task(name="fetch-remote", retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def fetch_remote(source: Source) -> ReadResult:
    """One URL or feed. Requests retry with backoff inside the reader; a source that gave
    nothing at all is retried again here, later."""
    result = read_source(source)
    if not result.articles and result.problems:
        raise SourceFailed(result.problems[0])
    return result


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(articles: list[Article], fetched_at: str) -> ExtractedBatch:
    """Pure: articles in, their rows as Arrow tables out (staged where the extraction ran,
    see orewatch.storage.batches). Should one article break an extractor, the batch is
    redone article by article, so that only that article is lost (and reported)."""
    from orewatch.extractors import extract
    from orewatch.extractors.pipeline import batch_memory, get_pipeline

    nlp = get_pipeline()
    try:
        # The batch's new spaCy strings are freed after it: memory stays flat over a night.
        with batch_memory(nlp):
            extractions, problems = extract.extract_articles(articles, nlp=nlp), []
    except Exception:
        extractions, problems = [], []
        for article in articles:
            try:
                with batch_memory(nlp):
                    extractions.extend(extract.extract_articles([article], nlp=nlp))
            except Exception as exc:
                problems.append(Problem(article.origin or article.id,
                                        f"extraction failed ({type(exc).__name__}: {exc})"))
    return ExtractedBatch(stage_batch(extractions, fetched_at), problems, len(articles))


@task(name="store-batch", cache_policy=NO_CACHE)
def store(target, staged: StagedBatch) -> BatchStats:
    """One transaction per batch: an article is stored whole or not at all. Stories of the
    blocks it touched are left pending for refresh-stories."""
    return store_staged(target, staged, refresh_stories=False)


@task(name="refresh-stories", cache_policy=NO_CACHE)
def refresh_stories(target) -> int:
    """Once per run: every event stored by the run (or left pending by a run that died) gets
    its story, and editors' decisions since the last refresh reshape theirs
    (orewatch.storage.stories)."""
    return refresh_pending(target)


@task(name="refresh-search-index", cache_policy=NO_CACHE)
def refresh_search_index(db_path: str | Store, stats: BatchStats) -> int | None:
    """Add the articles this run stored (or any the index lacks) to the full-text index;
    returns the articles it then covers (None: it was current)."""
    if stats.new or stats.updated or search_index_needs_update(db_path):
        return update_search_index(db_path)
    return None


@task(name="compact-summaries", cache_policy=NO_CACHE)
def compact_analyst_summaries(target) -> None:
    """The run's batches each appended their attention counts; one row per week and code
    is enough (orewatch.storage.summaries)."""
    compact_summaries(target)


@task(name="write-digest", cache_policy=NO_CACHE)
def write_nightly_digest(db_path: str, reports_dir: str | None, started: datetime) -> Path:
    """reports/YYYY-MM-DD.html: what arrived since the last run before today (UTC)."""
    folder = resolve_reports_dir(reports_dir, db_path)
    output = folder / f"{started:%Y-%m-%d}.html"
    return write_digest(db_path, output, nightly_since(db_path, started))


@task(name="compact-lake", cache_policy=NO_CACHE)
def compact_lake(target) -> None:
    """Merge the lake's small Parquet files and expire old snapshots (storage/lake.py)."""
    from orewatch.storage.db import writer_connection

    with writer_connection(target) as con:
        maintain_lake(con)


def _items(config: SourcesConfig, summary: IngestSummary, remote_retries: int) -> Iterator[Article | Problem]:
    """Every article and problem of every source, one at a time, local sources first; a
    remote source is fetched only when its turn comes."""
    fetch = fetch_remote.with_options(retries=remote_retries)
    for source in config.sources:
        if not source.is_remote:
            yield from iter_source(source)
    for source in config.sources:
        if source.is_remote:
            try:
                result = fetch(source)
            except Exception as exc:  # one failing source is counted (and logged); the rest land
                summary.sources_failed += 1
                yield exc.problem if isinstance(exc, SourceFailed) else Problem(source.location, str(exc))
                continue
            yield from result.articles
            yield from result.problems


def _articles(config: SourcesConfig, summary: IngestSummary, remote_retries: int) -> Iterator[Article]:
    """Every article of every source, one at a time; problems are logged as they are met
    and counted in the summary."""
    logger = get_run_logger()
    for item in _items(config, summary, remote_retries):
        if isinstance(item, Problem):
            logger.warning("%s", item)
            summary.add_problem(item)
        else:
            summary.articles_seen += 1
            yield item


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def _extracted(batches: Iterable[list[Article]], fetched_at: str, dask: str | None) -> Iterator[ExtractedBatch]:
    """Each batch extracted, in order: here, or on the Dask cluster at `dask`."""
    if dask:
        yield from extract_on_dask(dask, extract_batch, batches, fetched_at=fetched_at)
        return
    for batch in batches:
        yield extract_batch(quote(batch), fetched_at)


@flow(name=FLOW_NAME, log_prints=False)
def nightly_ingest(
    items: list[str] | None = None,
    sources_file: str | None = None,
    db: str | None = None,
    batch_size: int | None = None,
    show_progress: bool = False,
    remote_retries: int = 2,
    data_path: str | None = None,
    dask: str | None = None,
    reports_dir: str | None = None,
) -> IngestSummary:
    """Ingest every source into the database, idempotently; one run in `runs` per run; then
    bring the search index up to date and write the day's digest (`reports_dir`, default
    $OREWATCH_REPORTS, else reports/ beside a database file).

    `db`/`data_path`: the store (default: the configured one, see orewatch.storage.stores);
    `dask`: a Dask scheduler's address to extract on its workers (default: in this process)."""
    logger = get_run_logger()
    target_store: Store = resolve_store(db, data_path, sources_file)
    summary = IngestSummary()
    started = datetime.now(timezone.utc)
    with writer_lock(target_store), run_writer(target_store) as target:
        summary.run_id = run_log.start_run(target, FLOW_NAME)
        status = "failed"  # unless the run gets to the end
        try:
            config = discover_sources(items, sources_file)
            summary.sources = len(config.sources)
            fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            batches = _batches(_articles(config, summary, remote_retries), batch_size or config.batch_size)
            with Progress(total=None, enabled=show_progress) as progress:
                for extracted in _extracted(batches, fetched_at, dask):
                    for problem in extracted.problems:
                        logger.warning("%s", problem)
                        summary.add_problem(problem)
                    summary.stats += store(quote(target), quote(extracted.staged))
                    progress.update(extracted.articles)
            refresh_stories(quote(target))
            # A lake's index is a local file on this machine (the fts index cannot live in a lake).
            summary.articles_indexed = refresh_search_index(quote(target_store), summary.stats)
            if summary.stats.new or summary.stats.updated:
                compact_analyst_summaries(quote(target))
            status = summary.status
        finally:
            run_log.finish_run(target, summary.run_id, summary.articles_seen, summary.stats.new,
                               summary.articles_failed, status, stats=summary.stats,
                               articles_warned=summary.articles_warned)
        if target_store.is_lake:
            try:
                compact_lake(quote(target))
            except Exception as exc:  # the run's rows are committed: upkeep can wait for the next run
                logger.warning("lake maintenance failed (%s); the next run tries again", exc)
    summary.digest = _digest_or_warning(target_store, reports_dir, started)
    logger.info(
        "run %s: %d sources, %d articles seen, %s, %d problems",
        summary.run_id, summary.sources, summary.articles_seen, summary.stats, summary.articles_failed,
    )
    return summary


def _digest_or_warning(store: Store, reports_dir: str | None, started: datetime) -> Path | None:
    """The digest is a by-product: failing to write it is logged, the run's data stands. A
    lake's digests go to reports/ in the working folder unless told otherwise."""
    beside = str(store.path) if not store.is_lake else str(Path.cwd() / "lake")
    try:
        folder = resolve_reports_dir(reports_dir, beside)
        return write_nightly_digest(store, str(folder), started)
    except Exception as exc:  # a full disk or an unwritable folder must not fail the ingest
        get_run_logger().error("could not write the digest: %s", exc)
        return None
