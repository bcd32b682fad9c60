"""Stories through the real nightly_ingest flow (prefect_test_harness) on a real DuckDB file,
over our story fixtures (fixtures/stories): the same articles in any order and any
batches give the same stories, and re-extracting an article moves only its own events."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from orewatch.flows.nightly import nightly_ingest
from tests.conftest import REPO

STORIES = REPO / "fixtures" / "stories"


@pytest.fixture(autouse=True)
def prefect_harness(prefect_api):
    yield prefect_api


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def story_of_each_event(db: Path) -> dict[tuple[str, str], str]:
    """(article title, event id) -> story id."""
    return {(title, event): story for title, event, story in rows(
        db, "SELECT a.title, e.event_id, e.story_id FROM events e JOIN articles a USING (article_id)")}


def reversed_copy(source: Path, target: Path) -> Path:
    """The same articles, each file's lines in reverse order."""
    target.mkdir()
    for path in source.glob("*.jsonl"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        (target / path.name).write_text("".join(reversed(lines)), encoding="utf-8")
    return target


def test_stories_flow_same_stories_in_any_order_and_batching(tmp_path):
    one_run = tmp_path / "one.duckdb"
    nightly_ingest(items=[str(STORIES)], db=str(one_run), batch_size=5)

    backwards = reversed_copy(STORIES, tmp_path / "backwards")
    two_runs = tmp_path / "two.duckdb"
    first = nightly_ingest(items=[str(backwards / "orewire.jsonl")], db=str(two_runs), batch_size=3)
    second = nightly_ingest(items=[str(backwards / "asia-ore-brief.jsonl"), str(backwards / "metals-daily.jsonl")],
                            db=str(two_runs), batch_size=2)
    assert (first.stats.new, second.stats.new) == (8, 11)

    assert rows(two_runs, "SELECT count(*) FROM events WHERE story_id IS NULL") == [(0,)]
    assert story_of_each_event(two_runs) == story_of_each_event(one_run)
    assert rows(two_runs, "SELECT * FROM stories ORDER BY ALL") == rows(one_run, "SELECT * FROM stories ORDER BY ALL")
    # Several reports of one measure across outlets and days did land in one story.
    (most,) = rows(one_run, "SELECT max(articles), max(len(sources)) FROM stories")
    assert most[0] >= 3 and most[1] >= 3


def test_stories_flow_reextracted_article_moves_only_its_events(tmp_path):
    articles = tmp_path / "stories"
    shutil.copytree(STORIES, articles)
    db = tmp_path / "ore.duckdb"
    nightly_ingest(items=[str(articles)], db=str(db))
    before = story_of_each_event(db)

    # One article is corrected: the country that banned cobalt exports was misnamed. Its
    # events are re-extracted under the same article id; they may move, nothing else may.
    title = "Cobalt hydroxide jumps as Congo export halt tightens supply"
    feed = articles / "metals-daily.jsonl"
    text = feed.read_text(encoding="utf-8")
    assert text.count("after Congo banned cobalt exports") == 1
    feed.write_text(text.replace("after Congo banned cobalt exports", "after Zambia banned cobalt exports"),
                    encoding="utf-8")
    summary = nightly_ingest(items=[str(articles)], db=str(db))
    assert (summary.stats.updated, summary.stats.unchanged) == (1, 18)

    after = story_of_each_event(db)
    assert {k: v for k, v in after.items() if k[0] != title} == {k: v for k, v in before.items() if k[0] != title}
    moved = {k for k in after if k[0] == title} - set(before)
    assert moved, "the corrected article's event should be a new event in a story of its own"
    assert rows(db, f"""SELECT actor, articles FROM stories WHERE story_id IN (SELECT story_id FROM events
                        JOIN articles USING (article_id) WHERE title = '{title}' AND actor = 'ZMB')""") == [("ZMB", 1)]
