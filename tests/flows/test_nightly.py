"""The nightly_ingest flow under prefect_test_harness, on a real DuckDB file."""

from __future__ import annotations

from functools import partial

import duckdb
import pytest

from orewatch import sources
from orewatch.flows.nightly import nightly_ingest
from orewatch.readers import ReadOptions


@pytest.fixture(autouse=True)
def prefect_harness(prefect_api):
    yield prefect_api


def table(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_nightly_ingest_stores_articles_and_one_run_row(tmp_path, article_dir):
    db = tmp_path / "ore.duckdb"
    summary = nightly_ingest(items=[str(article_dir)], db=str(db))
    assert summary.articles_seen == 2 and summary.stats.new == 2 and summary.status == "completed"
    assert table(db, "select count(*) from articles") == [(2,)]
    assert table(db, "select count(*) from country_mentions where code = 'AUS'")[0][0] >= 1
    (run,) = table(db, "select flow, articles_seen, articles_new, articles_failed, status from runs")
    assert run == ("nightly_ingest", 2, 2, 0, "completed")
    urls = [r[0] for r in table(db, "select url from articles where url is not null")]
    assert urls == ["http://news.example.org/vn-ree"]  # tracking parameter dropped


def test_nightly_ingest_twice_changes_no_row(tmp_path, article_dir):
    db = tmp_path / "ore.duckdb"
    nightly_ingest(items=[str(article_dir)], db=str(db))
    relations = ["articles", "country_mentions", "element_mentions", "quantities", "events"]
    before = {r: table(db, f"select * from {r} order by all") for r in relations}
    summary = nightly_ingest(items=[str(article_dir)], db=str(db))
    assert summary.stats.new == 0 and summary.stats.unchanged == 2
    assert {r: table(db, f"select * from {r} order by all") for r in relations} == before
    assert table(db, "select count(*) from runs") == [(2,)]


def test_nightly_ingest_failing_source_is_counted_and_others_land(tmp_path, article_dir):
    db = tmp_path / "ore.duckdb"
    (article_dir / "broken.jsonl").write_text('{"title": "ok", "text": "fine"}\n{not json\n', encoding="utf-8")
    dead_url = "http://127.0.0.1:9/nothing-listens-here"
    summary = nightly_ingest(items=[str(article_dir), dead_url], db=str(db), remote_retries=0)
    assert summary.articles_seen == 3
    assert summary.sources_failed == 1 and summary.status == "partial"
    assert {p.origin for p in summary.problems} == {f"{article_dir / 'broken.jsonl'}:2", dead_url}
    assert table(db, "select count(*) from articles") == [(3,)]
    assert table(db, "select status, articles_failed from runs") == [("partial", 2)]


def test_nightly_ingest_edited_article_replaces_its_extraction(tmp_path, article_dir):
    db = tmp_path / "ore.duckdb"
    nightly_ingest(items=[str(article_dir)], db=str(db))
    article = article_dir / "gallium.txt"
    ids_before = table(db, "select article_id, content_hash from articles where title like 'Canberra%'")
    events_before = {r[0] for r in table(db, "select event_id from events")}
    article.write_text(article.read_text(encoding="utf-8").replace("about 50 tonnes", "about 60 tonnes"), encoding="utf-8")
    summary = nightly_ingest(items=[str(article_dir)], db=str(db))
    assert (summary.stats.updated, summary.stats.unchanged, summary.stats.new) == (1, 1, 0)
    ids_after = table(db, "select article_id, content_hash from articles where title like 'Canberra%'")
    assert ids_after[0][0] == ids_before[0][0] and ids_after[0][1] != ids_before[0][1]
    values = [r[0] for r in table(db, "select value from quantities q join articles a using (article_id) "
                                      "where a.title like 'Canberra%' and unit = 't'")]
    assert values == [60.0]  # the old figure is gone, the new one is there
    assert {r[0] for r in table(db, "select event_id from events")} == events_before  # unchanged events keep ids


def test_nightly_ingest_article_breaking_an_extractor_is_reported_alone(tmp_path, article_dir, monkeypatch):
    from orewatch.extractors import extract

    real = extract.extract_articles

    def breaks_on_vietnam(articles, *args, **kwargs):
        if any("Vietnam" in a.title for a in articles):
            raise ValueError("component crashed")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_articles", breaks_on_vietnam)
    db = tmp_path / "ore.duckdb"
    summary = nightly_ingest(items=[str(article_dir)], db=str(db))
    assert summary.stats.new == 1 and summary.status == "partial"
    (problem,) = summary.problems
    assert "wire.jsonl" in problem.origin and "extraction failed (ValueError: component crashed)" in problem.message
    assert table(db, "select title from articles") == [("Canberra backs new gallium refinery",)]


def test_nightly_ingest_article_cut_to_size_is_a_warning_not_a_failure(tmp_path, article_dir, monkeypatch):
    # gallium.txt's body (about 250 characters) is cut to 120; wire.jsonl's (86) is not.
    monkeypatch.setattr(sources, "ReadOptions", partial(ReadOptions, max_article_chars=120))
    db = tmp_path / "ore.duckdb"
    summary = nightly_ingest(items=[str(article_dir)], db=str(db))
    assert (summary.articles_failed, summary.articles_warned, summary.status) == (0, 1, "completed")
    (problem,) = summary.problems
    assert problem.warning and "gallium.txt" in problem.origin and "cut to 120" in problem.message
    assert table(db, "select status, articles_failed, articles_warned from runs") == [("completed", 0, 1)]
    assert table(db, "select title, length(text) from articles order by title") == [
        ("Canberra backs new gallium refinery", 120), ("Vietnam sets rare earth export limits", 86)]


def test_nightly_ingest_of_an_empty_folder_is_a_failed_run(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "ore.duckdb"
    summary = nightly_ingest(items=[str(empty)], db=str(db))
    assert (summary.articles_seen, summary.problems, summary.status) == (0, [], "failed")
    assert table(db, "select status, articles_seen, articles_failed, articles_warned from runs") == [("failed", 0, 0, 0)]
