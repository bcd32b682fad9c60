"""The nightly_ingest flow under prefect_test_harness, on a real DuckDB file and on a real
DuckLake on PostgreSQL (the `store` fixture runs each test on both)."""

from __future__ import annotations

from functools import partial

import pytest

from orewatch import sources
from orewatch.flows.nightly import nightly_ingest
from orewatch.readers import ReadOptions
from orewatch.storage.db import reader_connection


@pytest.fixture(autouse=True)
def prefect_harness(prefect_api):
    yield prefect_api


def table(store, sql):
    with reader_connection(store) as con:
        return con.execute(sql).fetchall()


def ingest(store, items, **options):
    return nightly_ingest(items=items, db=store.location, data_path=store.data_path, **options)


def test_nightly_ingest_stores_articles_and_one_run_row(store, article_dir):
    summary = ingest(store, [str(article_dir)])
    assert summary.articles_seen == 2 and summary.stats.new == 2 and summary.status == "completed"
    assert table(store, "select count(*) from articles") == [(2,)]
    assert table(store, "select count(*) from country_mentions where code = 'AUS'")[0][0] >= 1
    (run,) = table(store, "select flow, articles_seen, articles_new, articles_failed, status from runs")
    assert run == ("nightly_ingest", 2, 2, 0, "completed")
    urls = [r[0] for r in table(store, "select url from articles where url is not null")]
    assert urls == ["http://news.example.org/vn-ree"]  # tracking parameter dropped


def test_nightly_ingest_twice_changes_no_row(store, article_dir):
    ingest(store, [str(article_dir)])
    relations = ["articles", "country_mentions", "element_mentions", "quantities", "events"]
    before = {r: table(store, f"select * from {r} order by all") for r in relations}
    summary = ingest(store, [str(article_dir)])
    assert summary.stats.new == 0 and summary.stats.unchanged == 2
    assert {r: table(store, f"select * from {r} order by all") for r in relations} == before
    assert table(store, "select count(*) from runs") == [(2,)]


def test_nightly_ingest_failing_source_is_counted_and_others_land(store, article_dir):
    (article_dir / "broken.jsonl").write_text('{"title": "ok", "text": "fine"}\n{not json\n', encoding="utf-8")
    dead_url = "http://127.0.0.1:9/nothing-listens-here"
    summary = ingest(store, [str(article_dir), dead_url], remote_retries=0)
    assert summary.articles_seen == 3
    assert summary.sources_failed == 1 and summary.status == "partial"
    assert {p.origin for p in summary.problems} == {f"{article_dir / 'broken.jsonl'}:2", dead_url}
    assert table(store, "select count(*) from articles") == [(3,)]
    assert table(store, "select status, articles_failed from runs") == [("partial", 2)]


def test_nightly_ingest_edited_article_replaces_its_extraction(store, article_dir):
    ingest(store, [str(article_dir)])
    article = article_dir / "gallium.txt"
    ids_before = table(store, "select article_id, content_hash from articles where title like 'Canberra%'")
    events_before = {r[0] for r in table(store, "select event_id from events")}
    article.write_text(article.read_text(encoding="utf-8").replace("about 50 tonnes", "about 60 tonnes"), encoding="utf-8")
    summary = ingest(store, [str(article_dir)])
    assert (summary.stats.updated, summary.stats.unchanged, summary.stats.new) == (1, 1, 0)
    ids_after = table(store, "select article_id, content_hash from articles where title like 'Canberra%'")
    assert ids_after[0][0] == ids_before[0][0] and ids_after[0][1] != ids_before[0][1]
    values = [r[0] for r in table(store, "select value from quantities q join articles a using (article_id) "
                                      "where a.title like 'Canberra%' and unit = 't'")]
    assert values == [60.0]  # the old figure is gone, the new one is there
    assert {r[0] for r in table(store, "select event_id from events")} == events_before  # unchanged events keep ids


def test_nightly_ingest_article_breaking_an_extractor_is_reported_alone(store, article_dir, monkeypatch):
    from orewatch.extractors import extract

    real = extract.extract_articles

    def breaks_on_vietnam(articles, *args, **kwargs):
        if any("Vietnam" in a.title for a in articles):
            raise ValueError("component crashed")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_articles", breaks_on_vietnam)
    summary = ingest(store, [str(article_dir)])
    assert summary.stats.new == 1 and summary.status == "partial"
    (problem,) = summary.problems
    assert "wire.jsonl" in problem.origin and "extraction failed (ValueError: component crashed)" in problem.message
    assert table(store, "select title from articles") == [("Canberra backs new gallium refinery",)]


def test_nightly_ingest_keeps_the_search_index_current_and_writes_the_digest(tmp_path, article_dir):
    from orewatch.storage.search import search_articles

    db, reports = tmp_path / "ore.duckdb", tmp_path / "reports"
    first = nightly_ingest(items=[str(article_dir)], db=str(db), reports_dir=str(reports))
    assert first.articles_indexed == 2
    assert [h.title for h in search_articles(db, "gallium refinery")] == ["Canberra backs new gallium refinery"]
    day = first.digest.stem
    assert first.digest == reports / f"{day}.html" and day == table(db, "select strftime(max(started_at), '%Y-%m-%d') from runs")[0][0]
    page = first.digest.read_text(encoding="utf-8")
    assert "Canberra backs new gallium refinery" in page and "<script" not in page

    (article_dir / "tin.txt").write_text("Tin smelter restarts in Indonesia\nMetals Desk Wire · 2025-06-13 10:00\n\n"
                                         "Indonesia restarted a tin smelter on Friday.\n", encoding="utf-8")
    second = nightly_ingest(items=[str(article_dir)], db=str(db), reports_dir=str(reports))
    assert second.stats.new == 1 and second.articles_indexed == 3
    assert [h.title for h in search_articles(db, "tin smelter")] == ["Tin smelter restarts in Indonesia"]
    # Same day: the page is rewritten and still covers everything since the last run before today.
    assert second.digest == first.digest
    assert "Canberra backs new gallium refinery" in second.digest.read_text(encoding="utf-8")

    third = nightly_ingest(items=[str(article_dir)], db=str(db), reports_dir=str(reports))
    assert third.stats.unchanged == 3 and third.articles_indexed is None  # nothing new: index kept


def test_nightly_ingest_digest_failure_does_not_fail_the_run(tmp_path, article_dir):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder", encoding="utf-8")
    summary = nightly_ingest(items=[str(article_dir)], db=str(tmp_path / "ore.duckdb"), reports_dir=str(blocker))
    assert summary.status == "completed" and summary.digest is None
    assert table(tmp_path / "ore.duckdb", "select status from runs") == [("completed",)]


def test_nightly_ingest_article_cut_to_size_is_a_warning_not_a_failure(store, article_dir, monkeypatch):
    # gallium.txt's body (about 250 characters) is cut to 120; wire.jsonl's (86) is not.
    monkeypatch.setattr(sources, "ReadOptions", partial(ReadOptions, max_article_chars=120))
    summary = ingest(store, [str(article_dir)])
    assert (summary.articles_failed, summary.articles_warned, summary.status) == (0, 1, "completed")
    (problem,) = summary.problems
    assert problem.warning and "gallium.txt" in problem.origin and "cut to 120" in problem.message
    assert table(store, "select status, articles_failed, articles_warned from runs") == [("completed", 0, 1)]
    assert table(store, "select title, length(text) from articles order by title") == [
        ("Canberra backs new gallium refinery", 120), ("Vietnam sets rare earth export limits", 86)]


def test_nightly_ingest_of_an_empty_folder_is_a_failed_run(store, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    summary = ingest(store, [str(empty)])
    assert (summary.articles_seen, summary.problems, summary.status) == (0, [], "failed")
    assert table(store, "select status, articles_seen, articles_failed, articles_warned from runs") == [("failed", 0, 0, 0)]
