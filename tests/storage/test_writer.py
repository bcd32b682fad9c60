"""Bulk writes: new, unchanged, updated and duplicate articles; ids; reviews re-attaching.
Every test runs on a DuckDB file and on a DuckLake on PostgreSQL (the `store` fixture)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import duckdb
import pytest

from orewatch.records import Article, Event, Mention, Quantity, event_id
from orewatch.storage import tables
from orewatch.storage.db import connect_reader, connect_writer
from orewatch.storage.reviews import record_review
from orewatch.storage.writer import BatchStats, store_batch

from .builders import make_article, make_extraction, toy_extract
from .snapshots import count, snapshot


def test_writer_stores_every_record_of_a_batch(store):
    batch = [make_extraction(n) for n in range(3)]
    assert store_batch(store, batch) == BatchStats(new=3)
    assert count(store, "SELECT count(*) FROM articles") == 3
    assert count(store, "SELECT count(*) FROM country_mentions") == sum(len(x.countries) for x in batch)
    assert count(store, "SELECT count(*) FROM element_mentions") == sum(len(x.elements) for x in batch)
    assert count(store, "SELECT count(*) FROM quantities") == sum(len(x.quantities) for x in batch)
    assert count(store, "SELECT count(*) FROM events") == sum(len(x.events) for x in batch)
    con = connect_reader(store)
    # Offsets point at the mention's words in the stored text (SQL substring is 1-based).
    wrong = con.execute(
        "SELECT count(*) FROM element_mentions m JOIN articles a USING (article_id) "
        "WHERE substring(CASE m.field WHEN 'title' THEN a.title ELSE a.text END, "
        "m.start_char + 1, m.end_char - m.start_char) <> m.text"
    ).fetchone()[0]
    q = con.execute("SELECT value, unit, is_change, metric, country FROM quantities WHERE unit = 'AUD' LIMIT 1").fetchone()
    con.close()
    assert wrong == 0
    assert q == (2e8, "AUD", False, "investment", "AUS")


def test_writer_restoring_the_same_batch_changes_no_row(store):
    batch = [make_extraction(n) for n in range(3)]
    store_batch(store, batch, fetched_at="2025-11-01T00:00:00+00:00")
    before = snapshot(store)
    # Even a later fetch time must not touch an unchanged article.
    assert store_batch(store, batch, fetched_at="2025-12-01T00:00:00+00:00") == BatchStats(unchanged=3)
    assert snapshot(store) == before
    assert before["articles"] and before["extracted_events"]


def test_writer_update_replaces_extraction_and_keeps_reviews(store):
    first = make_extraction(7)
    store_batch(store, [first], fetched_at="2025-11-01T00:00:00+00:00")
    kept, dropped = first.events[0], first.events[2]
    kept_id, dropped_id = event_id(first.article.id, kept), event_id(first.article.id, dropped)
    record_review(store, kept_id, "alice", "accepted", note="checked against the ministry notice")
    record_review(store, dropped_id, "bob", "rejected")

    # The edited article: the agreement sentence is gone, a lithium sentence is new.
    edited = dataclasses.replace(
        first.article,
        text=first.article.text.replace("Japan and Vietnam signed an agreement on rare earths supply. ", "")
        + " China will invest in a lithium plant under an agreement with Vietnam.",
    )
    second = toy_extract(edited)
    stats = store_batch(store, [second], fetched_at="2025-12-01T00:00:00+00:00")
    assert stats == BatchStats(updated=1)

    con = connect_reader(store)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert con.execute("SELECT fetched_at FROM articles").fetchone()[0] == datetime(2025, 12, 1, tzinfo=timezone.utc)
        stored_codes = con.execute("SELECT code FROM country_mentions ORDER BY start_char").fetchall()
        assert [c for (c,) in stored_codes] == [m.code for m in second.countries if m.field == "text"]
        ids = {r[0]: r[1:] for r in con.execute("SELECT event_id, review_status, reviewed_by FROM events").fetchall()}
        assert set(ids) == {event_id(edited.id, e) for e in second.events}
        assert ids[kept_id] == ("accepted", "alice")  # same sentence, same id: the decision re-attached
        assert dropped_id not in ids
        new_ids = set(ids) - {kept_id, event_id(edited.id, first.events[1])}
        assert new_ids and all(ids[i] == ("pending", None) for i in new_ids)
        assert con.execute("SELECT event_id FROM orphan_reviews").fetchall() == [(dropped_id,)]
        assert con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2  # the log keeps all
    finally:
        con.close()


def test_writer_event_and_quantity_ids_stable_across_offsets(store):
    """Text inserted before an event moves its offsets but not its id, nor the quantity ids."""
    first = make_extraction(3)
    store_batch(store, [first])
    shifted = toy_extract(dataclasses.replace(first.article, text="Markets were calm. " + first.article.text))
    con = connect_writer(store)
    before_q = con.execute("SELECT quantity_id FROM quantities ORDER BY 1").fetchall()
    before_e = con.execute("SELECT event_id, start_char FROM extracted_events ORDER BY 1").fetchall()
    assert store_batch(con, [shifted]) == BatchStats(updated=1)
    after_e = con.execute("SELECT event_id, start_char FROM extracted_events ORDER BY 1").fetchall()
    assert con.execute("SELECT quantity_id FROM quantities ORDER BY 1").fetchall() == before_q
    con.close()
    assert [e for e, _ in after_e] == [e for e, _ in before_e]
    assert [s for _, s in after_e] == [s + len("Markets were calm. ") for _, s in before_e]


def test_writer_skips_duplicate_content_under_another_url(store):
    original = make_extraction(1)
    store_batch(store, [original])
    syndicated = toy_extract(dataclasses.replace(original.article, id="ar_syndicated", url="https://mirror.example.com/1"))
    assert store_batch(store, [syndicated]) == BatchStats(duplicates=1)
    assert count(store, "SELECT count(*) FROM articles WHERE article_id = 'ar_syndicated'") == 0
    assert count(store, "SELECT count(*) FROM country_mentions WHERE article_id = 'ar_syndicated'") == 0


def test_writer_skips_duplicates_within_one_batch(store):
    a = make_extraction(1)
    copy = toy_extract(dataclasses.replace(a.article, id="ar_copy", url=None))
    # Whitespace and case do not make another version (records.normalize_for_hash).
    shouting = toy_extract(dataclasses.replace(a.article, id="ar_loud", text=a.article.text.upper() + "  "))
    assert store_batch(store, [a, copy, shouting, make_extraction(2)]) == BatchStats(new=2, duplicates=2)
    assert count(store, "SELECT count(*) FROM articles") == 2


def test_writer_same_id_twice_in_a_batch_keeps_the_last_reading(store):
    a = make_extraction(1)
    later = toy_extract(dataclasses.replace(a.article, text=a.article.text + " Japan banned lithium imports."))
    assert store_batch(store, [a, later]) == BatchStats(new=1, duplicates=1)
    assert count(store, "SELECT count(*) FROM articles WHERE text LIKE '%banned lithium%'") == 1


def test_writer_published_at_is_the_instant_and_the_local_string_is_kept(store):
    batch = [
        toy_extract(make_article(1, published="2025-10-28T11:24:00+08:00")),
        toy_extract(make_article(2, published=None)),
        toy_extract(make_article(3, published="2025-10-28 11:24")),  # no offset: taken as UTC
        toy_extract(make_article(4, published="sometime in October")),
        toy_extract(make_article(5, published="2025-05")),  # known to the month only: no instant
    ]
    store_batch(store, batch)
    con = connect_reader(store)
    rows = dict(con.execute("SELECT url, (published_at, published_local) FROM articles").fetchall())
    con.close()
    utc = timezone.utc
    assert rows["https://news.example.org/minerals/1"] == (datetime(2025, 10, 28, 3, 24, tzinfo=utc), "2025-10-28T11:24:00+08:00")
    assert rows["https://news.example.org/minerals/2"] == (None, None)
    assert rows["https://news.example.org/minerals/3"] == (datetime(2025, 10, 28, 11, 24, tzinfo=utc), "2025-10-28 11:24")
    assert rows["https://news.example.org/minerals/4"] == (None, "sometime in October")
    assert rows["https://news.example.org/minerals/5"] == (None, "2025-05")
    assert len(rows) == 5


def test_writer_repeated_quantities_get_distinct_stable_ids(store):
    base = make_extraction(5)
    q = base.quantities[0]
    twice = dataclasses.replace(base, quantities=(q, q), events=base.events + base.events[:1])
    assert store_batch(store, [twice]) == BatchStats(new=1)
    assert count(store, "SELECT count(DISTINCT quantity_id) FROM quantities") == 2
    # An event read twice from one article is stored once (SPEC §3).
    assert count(store, "SELECT count(*) FROM extracted_events") == len(base.events)
    before = snapshot(store)
    assert store_batch(store, [twice]) == BatchStats(unchanged=1)
    assert snapshot(store) == before


def test_writer_failed_batch_leaves_nothing_of_it(store):
    store_batch(store, [make_extraction(1)])
    before = snapshot(store)
    bad = make_extraction(2)
    # A mention without its words: the database refuses it (NOT NULL), in both stores.
    broken = dataclasses.replace(bad, countries=bad.countries + (Mention("CHN", None, "text", 0, 5),))
    with pytest.raises(duckdb.ConstraintException):
        store_batch(store, [make_extraction(3), broken])
    assert snapshot(store) == before


def test_writer_columns_come_from_every_record_field(store):
    """A field added to a record must get a column, or storing fails loudly here."""
    con = connect_writer(store)
    try:
        for record, table in ((Article, "articles"), (Mention, "country_mentions"), (Mention, "element_mentions"),
                              (Quantity, "quantities"), (Event, "extracted_events")):
            columns = {r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
                "AND table_name = ?", [table]).fetchall()}
            wanted = {column for _, column, _ in tables.record_columns(record)}
            assert wanted <= columns, (table, wanted - columns)
    finally:
        con.close()
