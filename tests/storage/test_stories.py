"""Stories in the database: event_stories kept in step with writes and reviews, the stories and
story_reports views, on both kinds of store (a DuckDB file and a DuckLake on PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from orewatch.records import Article, Event, Extraction, article_id, event_id
from orewatch.storage.db import reader_connection
from orewatch.storage.read import run_query
from orewatch.storage.reviews import record_review
from orewatch.storage.stories import refresh_pending
from orewatch.storage.writer import store_batch
from orewatch.storage.stores import Store
from orewatch.stories import StoryReport, assign_stories

ER = "export_restriction"


def ev(sentence: str, date: str, precision: str = "day", elements=("Ga",), partners=(), *, type_=ER, actor="CHN",
       phase="announced", effective=None, subtype="control") -> Event:
    return Event(type_, subtype, actor, tuple(partners), tuple(elements), date, precision, "controls", sentence,
                 "text", 0, len(sentence), phase, effective)


def article(n: int, source: str, published: str, *events: Event, title: str | None = None) -> Extraction:
    title = title or f"Report {n} on minerals"
    url = f"https://news.example.org/{n}"
    text = " ".join(e.sentence for e in events)
    a = Article(article_id(url, title, source, published), title, text, url, source, published)
    return Extraction(a, events=events)


def _corpus() -> list[Extraction]:
    """Three measures, by hand: China's 2023 gallium licences (three reports, one of them the
    day it took effect), China's 2025 gallium control (two reports, one undated), and an
    Australia-US agreement (two reports naming the parties the other way round)."""
    return [
        article(1, "Orewire", "2023-07-03T18:00:00+08:00",
                ev("China will require licences for gallium and germanium exports.", "2023-07-03",
                   elements=("Ga", "Ge"), effective="2023-08-01", subtype="licence")),
        article(2, "Metals Daily", "2023-07-05T09:00:00+09:00",
                ev("Japan is studying China's licence rule on gallium exports.", "2023-07-03", subtype="licence")),
        article(3, "Asia Ore Brief", "2023-08-01T16:00:00+08:00",
                ev("China's licences for gallium and germanium took effect.", "2023-08-01", elements=("Ga", "Ge"),
                   phase="effective", effective="2023-08-01", subtype="licence")),
        article(4, "Orewire", "2025-05-14T17:00:00+08:00",
                ev("China added gallium scrap to its export control list.", "2025-05-14")),
        article(5, "Asia Ore Brief", "2025-06-12T15:00:00+08:00",
                ev("Exporters waited for licences under China's widened gallium controls.", "2025-06", "published")),
        article(6, "Asia Ore Brief", "2025-10-21T12:00:00+08:00",
                ev("Australia and the United States signed a framework.", "2025-10-20", elements=(), partners=("USA",),
                   type_="agreement", actor="AUS", subtype=None)),
        article(7, None, "2025-10-23T09:00:00+01:00",
                ev("The framework the United States and Australia signed on Monday.", "2025-10-20", elements=("REE",),
                   partners=("AUS",), type_="agreement", actor="USA", subtype=None)),
    ]


def _events_by_article(db) -> dict[int, str]:
    _, rows = run_query(db, "SELECT a.title, e.story_id FROM events e JOIN articles a USING (article_id)")
    return {int(title.split()[1]): story for title, story in rows}


def test_stories_every_stored_event_has_its_story(store):
    store_batch(store, _corpus())
    stories = _events_by_article(store)
    assert len(stories) == 7 and None not in stories.values()
    assert stories[1] == stories[2] == stories[3]
    assert stories[4] == stories[5]
    assert stories[6] == stories[7]
    assert len({stories[1], stories[4], stories[6]}) == 3


def test_stories_relation_summarizes_each_measure(store):
    store_batch(store, _corpus())
    story = _events_by_article(store)
    cols, rows = run_query(store, "SELECT * FROM stories ORDER BY first_date")
    assert cols == ["story_id", "type", "actor", "partners", "elements", "first_date", "last_date", "phases",
                    "reports", "articles", "sources", "review_status"]
    assert rows == [
        (story[1], ER, "CHN", [], ["Ga", "Ge"], "2023-07-03", "2023-08-01", ["announced", "effective"], 3, 3,
         ["Asia Ore Brief", "Metals Daily", "Orewire"], "pending"),
        (story[4], ER, "CHN", [], ["Ga"], "2025-05-14", "2025-06", ["announced"], 2, 2,
         ["Asia Ore Brief", "Orewire"], "pending"),
        # Agreement reports name either party as actor: one each here, the earlier code wins.
        (story[6], "agreement", "AUS", ["USA"], ["REE"], "2025-10-20", "2025-10-20", ["announced"], 2, 2,
         ["Asia Ore Brief"], "pending"),
    ]


def test_stories_ids_are_those_of_the_pure_function(store):
    corpus = _corpus()
    store_batch(store, corpus)
    reports = [StoryReport(event_id(x.article.id, e), x.article.id, e.type, e.actor, e.partners, e.elements, e.date,
                           e.date_precision, e.phase, e.effective_date, x.article.published)
               for x in corpus for e in x.events]
    _, rows = run_query(store, "SELECT event_id, story_id FROM events")
    assert dict(rows) == assign_stories(reports)


def test_stories_editors_decisions_reshape_stories_at_the_next_refresh(store):
    corpus = _corpus()
    store_batch(store, corpus)
    ids = {int(x.article.title.split()[1]): event_id(x.article.id, x.events[0]) for x in corpus}
    before = _events_by_article(store)
    record_review(store, ids[2], "alice", "accepted")
    record_review(store, ids[5], "alice", "rejected")  # leaves its story, which stays
    record_review(store, ids[3], "bob", "corrected", changes={"actor": "HKG"})  # another actor: another story
    # A decision is only a row in reviews: stories keep their grouping, their status moves at once.
    assert _events_by_article(store) == before
    _, rows = run_query(store, "SELECT actor, reports, review_status FROM stories ORDER BY first_date, actor")
    assert rows == [("CHN", 3, "accepted"), ("CHN", 1, "pending"), ("AUS", 2, "pending")]

    assert refresh_pending(store) == 5  # the CHN and HKG export restrictions: 4 + 1 events
    after = _events_by_article(store)
    assert after[1] == after[2] == before[1] and after[3] not in (before[1], before[3])
    assert after[4] == before[4] and after[5] != before[5]
    assert after[6] == before[6] == after[7]
    _, rows = run_query(store, "SELECT actor, reports, review_status FROM stories ORDER BY first_date, actor")
    assert rows == [("CHN", 2, "accepted"), ("HKG", 1, "accepted"), ("CHN", 1, "pending"), ("CHN", 1, "rejected"),
                    ("AUS", 2, "pending")]
    assert refresh_pending(store) == 0  # nothing decided since

    # A later acceptance stands over the rejection: the report goes back into its story.
    record_review(store, ids[5], "alice", "accepted")
    refresh_pending(store)
    assert _events_by_article(store)[5] == before[5]


def test_stories_reextracting_an_article_moves_only_its_events(store):
    corpus = _corpus()
    store_batch(store, corpus)
    before = _events_by_article(store)
    # Article 2 is re-extracted with another date (say, a corrected text): its report leaves
    # the 2023 story for a story of its own; no other report moves.
    x = corpus[1]
    edited = Extraction(Article(x.article.id, x.article.title, x.article.text + " Updated.", x.article.url,
                                x.article.source, x.article.published),
                        events=(ev("Japan is studying China's licence rule on gallium exports.", "2023-09-04"),))
    assert store_batch(store, [edited]).updated == 1
    after = _events_by_article(store)
    assert after[2] != before[2]
    assert {n: s for n, s in after.items() if n != 2} == {n: s for n, s in before.items() if n != 2}
    with reader_connection(store) as con:  # the replaced event's old row went with it
        assert con.execute("SELECT count(*) FROM event_stories").fetchone() == (7,)
        assert con.execute("SELECT count(*) FROM event_stories WHERE event_id NOT IN "
                           "(SELECT event_id FROM extracted_events)").fetchone() == (0,)


@pytest.fixture
def second_store(store, request, tmp_path) -> Store:
    """Another new store of the same kind as `store`."""
    if not store.is_lake:
        return Store(str(tmp_path / "second.duckdb"))
    postgres = request.getfixturevalue("postgres")
    return Store(postgres.lake_url(postgres.create_database("second")), f"{tmp_path / 'second-lake-data'}/")


def test_stories_left_pending_by_batches_are_the_same_once_refreshed(store, second_store):
    corpus = _corpus()
    at_once, batched = store, second_store
    store_batch(at_once, corpus)
    for start in range(0, len(corpus), 3):  # an ingest run's way: batches, then one refresh
        store_batch(batched, corpus[start:start + 3], refresh_stories=False)
    _, pending = run_query(batched, "SELECT count(*) FROM events WHERE story_id IS NULL")
    assert pending == [(7,)]
    assert refresh_pending(batched) == 7
    assert refresh_pending(batched) == 0  # nothing left to do
    query = "SELECT event_id, story_id FROM events ORDER BY ALL"
    assert run_query(batched, query) == run_query(at_once, query)


def test_stories_story_reports_lists_an_events_other_reports(store):
    corpus = _corpus()
    store_batch(store, corpus)
    first = event_id(corpus[0].article.id, corpus[0].events[0])
    query = """SELECT source, published_at, phase, sentence FROM story_reports
               WHERE story_id = (SELECT story_id FROM events WHERE event_id = '{0}') AND event_id <> '{0}'
               ORDER BY published_at"""
    _, rows = run_query(store, query.format(first))
    assert rows == [
        ("Metals Daily", datetime(2023, 7, 5, 0, 0, tzinfo=timezone.utc), "announced",
         "Japan is studying China's licence rule on gallium exports."),
        ("Asia Ore Brief", datetime(2023, 8, 1, 8, 0, tzinfo=timezone.utc), "effective",
         "China's licences for gallium and germanium took effect."),
    ]
    assert run_query(store, query.format("ev_unknown"))[1] == []
    agreement = event_id(corpus[5].article.id, corpus[5].events[0])  # the agreement has one other report
    assert [row[0] for row in run_query(store, query.format(agreement))[1]] == [None]


def test_stories_counted_beside_events_in_event_trends(store):
    store_batch(store, _corpus())
    _, rows = run_query(store, """SELECT month, events, stories, articles FROM event_trends
                                    WHERE type = 'export_restriction' AND actor = 'CHN' AND element = 'Ga'
                                    ORDER BY month""")
    # July 2023: two reports of the licences (one story); August: the day they took effect (the
    # same story, dated in another month); May and June 2025: the 2025 control, one report each.
    assert rows == [(date(2023, 7, 1), 2, 1, 2), (date(2023, 8, 1), 1, 1, 1),
                    (date(2025, 5, 1), 1, 1, 1), (date(2025, 6, 1), 1, 1, 1)]


def test_stories_are_recomputed_whole_when_the_clustering_rules_change(store, monkeypatch):
    """Stories computed by other rules (an older release) are recomputed, every block, by the
    first writer after the upgrade; with the same rules nothing is recomputed."""
    import orewatch.storage.stories as storage_stories
    from orewatch.storage.db import writer_connection

    store_batch(store, _corpus())
    expected = dict(run_query(store, "SELECT event_id, story_id FROM events")[1])
    with writer_connection(store) as con:  # what an older release's rules left
        con.execute("UPDATE event_stories SET story_id = 'st_older_rules'")
        con.execute("UPDATE summary_state SET definition = 'older rules' WHERE summary = 'event_stories'")
    with writer_connection(store):  # the first writer of the new release
        pass
    assert dict(run_query(store, "SELECT event_id, story_id FROM events")[1]) == expected
    assert run_query(store, "SELECT definition FROM summary_state WHERE summary = 'event_stories'")[1] == [
        (storage_stories.rules_digest(),)]
    with writer_connection(store) as con:  # same rules: stored stories are left as they are
        con.execute("UPDATE event_stories SET story_id = 'st_kept'")
    with writer_connection(store):
        pass
    assert {story for _, story in run_query(store, "SELECT event_id, story_id FROM events")[1]} == {"st_kept"}
