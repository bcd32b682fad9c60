"""`orewatch search`: articles ranked by BM25, each with its best sentence, terms marked."""

from __future__ import annotations

import click

from orewatch.cli_store import cli_store, store_options

from orewatch.output import format_option, write_rows



def _print_hits(hits) -> None:
    for hit in hits:
        published = hit.published_at.date().isoformat() if hit.published_at else "undated"
        click.echo(f"{hit.rank:>2}. {hit.score:5.2f}  {published}  {hit.source or '-'}  {hit.title}")
        if hit.sentence != hit.title:
            click.echo(f"    {hit.sentence}")
        click.echo(f"    {hit.url or hit.article_id}")
    if not hits:
        click.echo("no article matches")


@click.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Articles to show.")
@format_option()
@click.option("--reindex", is_flag=True,
              help="Rebuild the search index from scratch first (needs the database to itself meanwhile).")
@store_options
@click.option("--wait", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Seconds to wait while an ingest is writing the database.")
def search(query: str, limit: int, fmt: str, reindex: bool, db: str | None, data_path: str | None, wait: float) -> None:
    """Find articles about QUERY, best first (BM25 over titles and texts).

    English words are matched by their stem ("licences" finds "licence"); Chinese is
    matched by character pairs, so `稀土 出口` and `稀土出口` find 稀土出口. Each article is
    shown with the sentence that holds the most query terms, **marked**. Every ingest adds
    the articles it stored to the index.
    """
    from orewatch.storage.errors import StorageError
    from orewatch.storage.search import search_articles, update_search_index

    path = cli_store(db, data_path)
    try:
        if reindex:
            count = update_search_index(path, rebuild=True, on_batch=_reindex_progress)
            click.echo(f"\rorewatch: search index rebuilt over {count:,} articles".ljust(60), err=True)
        hits = search_articles(path, query, limit, wait_seconds=wait)
    except StorageError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "table":
        _print_hits(hits)
        return
    columns = ["rank", "score", "published_at", "source", "title", "sentence", "url", "article_id"]
    write_rows(columns, [[h.rank, round(h.score, 4), h.published_at, h.source, h.title, h.sentence,
                          h.url, h.article_id] for h in hits], fmt)


def _reindex_progress(indexed: int, pending: int) -> None:
    """One line on stderr, rewritten after each batch the rebuild indexes."""
    click.echo(f"\rorewatch: search index: {indexed:,} of {pending:,} articles indexed", err=True, nl=False)
