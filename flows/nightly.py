"""The `nightly_ingest` Prefect flow: discover sources, read or fetch them, extract in
batches, store each batch in DuckDB, and record the run. Orchestration only: reading,
extraction and storage live in orewatch.readers, orewatch.extractors and orewatch.storage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.utilities.annotations import quote

from orewatch.analysis.digest import resolve_reports_dir, write_digest
from orewatch.flows.progress import Progress
from orewatch.readers import Problem, ReadResult
from orewatch.records import Article, Extraction
from orewatch.sources import (
    Source,
    SourcesConfig,
    load_sources,
    read_source,
    resolve_sources_path,
    sources_from_arguments,
)
from orewatch.storage import runs as run_log
from orewatch.storage.db import resolve_db_path, writer_lock
from orewatch.storage.digest import nightly_since
from orewatch.storage.search import build_search_index, search_index_needs_build
from orewatch.storage.stories import refresh_pending
from orewatch.storage.writer import BatchStats, store_batch

FLOW_NAME = "nightly_ingest"


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
    problems: list[Problem] = field(default_factory=list)
    articles_indexed: int | None = None  # None: the search index was already current
    digest: Path | None = None

    @property
    def articles_failed(self) -> int:
        return len(self.problems)

    @property
    def status(self) -> str:
        if self.articles_seen == 0 and self.problems:
            return "failed"
        return "partial" if self.problems else "completed"


@task(name="discover-sources", cache_policy=NO_CACHE)
def discover_sources(items: list[str] | None, sources_file: str | None) -> SourcesConfig:
    """The sources named on the command line, else those of sources.toml (whose settings,
    such as batch_size, also apply to named sources when a sources file is given)."""
    if items and not sources_file:
        return SourcesConfig(sources=sources_from_arguments(items))
    config = load_sources(resolve_sources_path(sources_file))
    return replace(config, sources=sources_from_arguments(items)) if items else config


@task(name="read-local", cache_policy=NO_CACHE)
def read_local(sources: Sequence[Source]) -> ReadResult:
    """All local folders and files, one coarse task (never a task per article)."""
    result = ReadResult()
    for source in sources:
        result.extend(read_source(source))
    return result


@task(name="fetch-remote", retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def fetch_remote(source: Source) -> ReadResult:
    """One URL or feed. Requests retry with backoff inside the reader; a source that gave
    nothing at all is retried again here, later."""
    result = read_source(source)
    if not result.articles and result.problems:
        raise SourceFailed(result.problems[0])
    return result


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(articles: list[Article]) -> tuple[list[Extraction], list[Problem]]:
    """Pure: articles in, records out (see orewatch.extractors.extract). Should one article
    break an extractor, the batch is redone article by article, so that only that article
    is lost (and reported) and the night's run goes on."""
    from orewatch.extractors import extract

    try:
        return extract.extract_articles(articles), []
    except Exception:
        extractions, problems = [], []
        for article in articles:
            try:
                extractions.extend(extract.extract_articles([article]))
            except Exception as exc:
                problems.append(Problem(article.origin or article.id,
                                        f"extraction failed ({type(exc).__name__}: {exc})"))
        return extractions, problems


@task(name="store-batch", cache_policy=NO_CACHE)
def store(db_path: str, extractions: list[Extraction], fetched_at: str) -> BatchStats:
    """One transaction per batch: an article is stored whole or not at all. Stories of the
    blocks it touched are left pending for refresh-stories."""
    return store_batch(db_path, extractions, fetched_at=fetched_at, refresh_stories=False)


@task(name="refresh-stories", cache_policy=NO_CACHE)
def refresh_stories(db_path: str) -> int:
    """Once per run: every event stored by the run (or left pending by a run that died) gets
    its story (orewatch.storage.stories)."""
    return refresh_pending(db_path)


@task(name="refresh-search-index", cache_policy=NO_CACHE)
def refresh_search_index(db_path: str, stats: BatchStats) -> int | None:
    """Rebuild the full-text index when this run wrote articles, or when it is missing or
    older than the stored articles; returns the articles indexed (None: it was current)."""
    if stats.new or stats.updated or search_index_needs_build(db_path):
        return build_search_index(db_path)
    return None


@task(name="write-digest", cache_policy=NO_CACHE)
def write_nightly_digest(db_path: str, reports_dir: str | None, started: datetime) -> Path:
    """reports/YYYY-MM-DD.html: what arrived since the last run before today (UTC)."""
    folder = resolve_reports_dir(reports_dir, db_path)
    output = folder / f"{started:%Y-%m-%d}.html"
    return write_digest(db_path, output, nightly_since(db_path, started))


def _read_all(config: SourcesConfig, summary: IngestSummary, remote_retries: int) -> list[Article]:
    logger = get_run_logger()
    fetch = fetch_remote.with_options(retries=remote_retries)
    local = [s for s in config.sources if not s.is_remote]
    result = read_local(quote(local)) if local else ReadResult()
    for source in (s for s in config.sources if s.is_remote):
        try:
            result.extend(fetch(source))
        except Exception as exc:  # one failing source is counted (and logged below); the rest land
            summary.sources_failed += 1
            failed = exc.problem if isinstance(exc, SourceFailed) else Problem(source.location, str(exc))
            result.problems.append(failed)
    for problem in result.problems:
        logger.warning("%s", problem)
    summary.problems.extend(result.problems)
    return result.articles


@flow(name=FLOW_NAME, log_prints=False)
def nightly_ingest(
    items: list[str] | None = None,
    sources_file: str | None = None,
    db: str | None = None,
    batch_size: int | None = None,
    show_progress: bool = False,
    remote_retries: int = 2,
    reports_dir: str | None = None,
) -> IngestSummary:
    """Ingest every source into DuckDB, idempotently; one row in `runs` per run; then bring
    the search index up to date and write the day's digest (`reports_dir`, default
    $OREWATCH_REPORTS, else reports/ beside the database)."""
    logger = get_run_logger()
    db_path = str(resolve_db_path(db))
    summary = IngestSummary()
    started = datetime.now(timezone.utc)
    with writer_lock(db_path):
        summary.run_id = run_log.start_run(db_path, FLOW_NAME)
        status = "failed"  # unless the run gets to the end
        try:
            config = discover_sources(items, sources_file)
            summary.sources = len(config.sources)
            articles = _read_all(config, summary, remote_retries)
            summary.articles_seen = len(articles)
            size = batch_size or config.batch_size
            fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            with Progress(total=len(articles), enabled=show_progress) as progress:
                for start in range(0, len(articles), size):
                    batch = articles[start : start + size]
                    extractions, problems = extract_batch(quote(batch))
                    summary.problems.extend(problems)
                    summary.stats += store(db_path, quote(extractions), fetched_at)
                    progress.update(len(batch))
            refresh_stories(db_path)
            summary.articles_indexed = refresh_search_index(db_path, summary.stats)
            status = summary.status
        finally:
            run_log.finish_run(db_path, summary.run_id, summary.articles_seen, summary.stats.new,
                               summary.articles_failed, status, stats=summary.stats)
        summary.digest = _digest_or_warning(db_path, reports_dir, started)
    logger.info(
        "run %s: %d sources, %d articles seen, %s, %d problems",
        summary.run_id, summary.sources, summary.articles_seen, summary.stats, len(summary.problems),
    )
    return summary


def _digest_or_warning(db_path: str, reports_dir: str | None, started: datetime) -> Path | None:
    """The digest is a by-product: failing to write it is logged, the run's data stands."""
    try:
        return write_nightly_digest(db_path, reports_dir, started)
    except Exception as exc:  # a full disk or an unwritable folder must not fail the ingest
        get_run_logger().error("could not write the digest: %s", exc)
        return None

