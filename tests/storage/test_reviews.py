"""The reviews log as the review page writes it: what each decision keeps, undo as a new
row, events that change since review, and the views built on the log. Every test runs on a
DuckDB file and on a DuckLake on PostgreSQL (the `store` fixture)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from orewatch.records import event_id
from orewatch.storage.db import reader_connection
from orewatch.storage.read import run_query
from orewatch.storage.reviews import (
    StaleEvent,
    UnknownEvent,
    extraction_fingerprint,
    record_review,
    undo_last_review,
)
from orewatch.storage.writer import store_batch

from .builders import make_extraction, toy_extract


def _ids(extraction):
    return [event_id(extraction.article.id, e) for e in extraction.events]


def _status(store) -> dict[str, str]:
    return dict(run_query(store, "SELECT event_id, review_status FROM events")[1])


def _log(store) -> list[tuple]:
    return run_query(store, "SELECT review_id, event_id, editor, decision, undoes FROM reviews ORDER BY review_id")[1]


def test_reviews_decision_keeps_what_the_editor_saw_and_before_after(store):
    first = make_extraction(1)
    store_batch(store, [first])
    control, loan, deal = _ids(first)
    record_review(store, control, "alice", "corrected", changes={"actor": "VNM", "partners": ["JPN"]})
    record_review(store, control, "bob", "corrected", changes={"event_date": "2025-10-09", "date_precision": "day"})
    record_review(store, loan, "bob", "rejected", note="a loan offer, not a loan")
    _, rows = run_query(store, "SELECT decision, changes, seen, values_before, values_after, article_id "
                                 "FROM reviews ORDER BY review_id")
    first_row, second_row, third_row = rows
    seen = json.loads(first_row[2])
    assert seen == {"type": "export_restriction", "subtype": "control", "actor": "CHN", "partners": [],
                    "elements": ["Ga", "Ge"], "event_date": "2025-10", "date_precision": "published",
                    "trigger": "export controls", "sentence": first.events[0].sentence}
    assert json.loads(first_row[3])["actor"] == "CHN" and json.loads(first_row[4])["actor"] == "VNM"
    # bob's correction is merged onto alice's: the row holds every correction in force.
    assert json.loads(second_row[1]) == {"actor": "VNM", "partners": ["JPN"], "event_date": "2025-10-09",
                                         "date_precision": "day"}
    assert json.loads(second_row[3])["actor"] == "VNM"  # before = what the page showed
    assert third_row[0] == "rejected" and third_row[4] is None and third_row[5] == first.article.id
    _, shown = run_query(store, f"SELECT actor, partners, event_date, review_status FROM events WHERE event_id = '{control}'")
    assert shown == [("VNM", ["JPN"], "2025-10-09", "corrected")]
    assert _status(store) == {control: "corrected", loan: "rejected", deal: "pending"}


def test_reviews_correction_that_changes_nothing_is_an_acceptance(store):
    first = make_extraction(1)
    store_batch(store, [first])
    control = _ids(first)[0]
    record_review(store, control, "alice", "corrected", changes={"actor": "CHN", "partners": []})
    assert run_query(store, "SELECT decision, changes FROM reviews")[1] == [("accepted", None)]


def test_reviews_events_reviewed_lists_approved_and_corrected_with_corrections(store):
    store_batch(store, [make_extraction(1), make_extraction(2)])
    ids = _ids(make_extraction(1)) + _ids(make_extraction(2))
    record_review(store, ids[0], "alice", "accepted")
    record_review(store, ids[1], "alice", "rejected")
    record_review(store, ids[2], "alice", "corrected", changes={"partners": ["VNM", "AUS"]})
    columns, rows = run_query(store, "SELECT * FROM events_reviewed ORDER BY event_id")
    assert {r[0] for r in rows} == {ids[0], ids[2]}
    by_id = {r[0]: dict(zip(columns, r)) for r in rows}
    assert by_id[ids[2]]["partners"] == ["VNM", "AUS"] and by_id[ids[2]]["review_status"] == "corrected"
    assert by_id[ids[0]]["title"] == make_extraction(1).article.title


def test_reviews_undo_is_a_new_row_and_restores_the_state_before(store):
    first = make_extraction(1)
    store_batch(store, [first])
    control, loan, deal = _ids(first)
    r1 = record_review(store, control, "alice", "corrected", changes={"actor": "VNM"})
    r2 = record_review(store, loan, "alice", "accepted")
    r3 = record_review(store, deal, "bob", "rejected")
    undone = undo_last_review(store, "alice")
    assert (undone.undone_review_id, undone.event_id) == (r2, loan)
    assert _status(store) == {control: "corrected", loan: "pending", deal: "rejected"}
    second = undo_last_review(store, "alice")  # u twice: the decision before that
    assert _status(store) == {control: "pending", loan: "pending", deal: "rejected"}
    assert run_query(store, f"SELECT actor FROM events WHERE event_id = '{control}'")[1] == [("CHN",)]
    assert undo_last_review(store, "alice") is None  # nothing left of alice's
    r4, r5 = undone.review_id, second.review_id
    assert r1 < r2 < r3 < r4 < r5  # review numbers grow with time
    assert _log(store) == [(r1, control, "alice", "corrected", None), (r2, loan, "alice", "accepted", None),
                           (r3, deal, "bob", "rejected", None), (r4, loan, "alice", "undone", r2),
                           (r5, control, "alice", "undone", r1)]
    assert run_query(store, "SELECT review_id FROM effective_reviews")[1] == [(r3,)]
    _, (row,) = run_query(store, f"SELECT values_before, values_after FROM reviews WHERE review_id = {r5}")
    assert json.loads(row[0])["actor"] == "VNM" and json.loads(row[1])["actor"] == "CHN"


def test_reviews_refuse_unknown_and_re_extracted_events(store):
    first = make_extraction(1)
    store_batch(store, [first])
    control = _ids(first)[0]
    with pytest.raises(UnknownEvent):
        record_review(store, "ev_nowhere", "alice", "accepted")
    seen = {**dataclasses.asdict(first.events[0]), "event_date": first.events[0].date}
    fingerprint = extraction_fingerprint(seen)
    with pytest.raises(StaleEvent):
        record_review(store, control, "alice", "accepted", fingerprint="0" * 16)
    accepted = record_review(store, control, "alice", "accepted", fingerprint=fingerprint)
    assert [row[0] for row in _log(store)] == [accepted]


def _re_extract(store, extraction, old: str, new: str, **event_changes):
    """Store the article again with `old` replaced by `new` in its text."""
    article = dataclasses.replace(extraction.article, text=extraction.article.text.replace(old, new))
    again = toy_extract(article)
    if event_changes:
        again = dataclasses.replace(again, events=tuple(dataclasses.replace(e, **event_changes) for e in again.events))
    store_batch(store, [again])
    return again


def test_reviews_edited_sentence_sends_exactly_that_event_back_as_changed(store):
    first = make_extraction(1)
    store_batch(store, [first])
    control, loan, deal = _ids(first)
    decided = {eid: record_review(store, eid, "alice", "accepted") for eid in (control, loan, deal)}
    second = _re_extract(store, first, "officials said", "officials confirmed")
    new_loan = _ids(second)[1]
    assert new_loan != loan  # the sentence is part of the id
    assert _status(store) == {control: "accepted", new_loan: "changed", deal: "accepted"}
    _, queue = run_query(store, "SELECT event_id, review_status, earlier_review_id FROM review_queue")
    assert queue == [(new_loan, "changed", decided[loan])]
    record_review(store, new_loan, "bob", "accepted")  # decided again: out of the queue
    assert run_query(store, "SELECT count(*) FROM review_queue")[1] == [(0,)]


def test_reviews_re_extracted_date_is_changed_since_review(store):
    first = make_extraction(1)
    store_batch(store, [first])
    control = _ids(first)[0]
    accepted = record_review(store, control, "alice", "accepted")
    _re_extract(store, first, "390,000", "391,000", date="2025-09")  # same event ids, new date
    assert _status(store)[control] == "changed"
    _, queue = run_query(store, "SELECT event_id, review_status, earlier_review_id FROM review_queue")
    assert sorted(queue) == sorted([(control, "changed", accepted)] + [(i, "pending", None) for i in _ids(first)[1:]])
    assert run_query(store, "SELECT count(*) FROM events_reviewed")[1] == [(0,)]


def test_reviews_same_input_again_keeps_every_decision(store):
    batch = [make_extraction(n) for n in range(3)]
    store_batch(store, batch)
    ids = [i for x in batch for i in _ids(x)]
    for n, eid in enumerate(ids):
        record_review(store, eid, "alice", ("accepted", "rejected")[n % 2])
    before = _status(store)
    store_batch(store, batch)
    store_batch(store, [toy_extract(x.article) for x in batch])
    assert _status(store) == before and set(before.values()) == {"accepted", "rejected"}


def test_reviews_stats_views_count_decisions_in_force(store):
    store_batch(store, [make_extraction(1), make_extraction(2)])
    ids = _ids(make_extraction(1)) + _ids(make_extraction(2))
    record_review(store, ids[0], "alice", "accepted")
    record_review(store, ids[3], "alice", "corrected", changes={"actor": "VNM"})
    record_review(store, ids[1], "bob", "rejected")
    record_review(store, ids[4], "bob", "accepted")
    undo_last_review(store, "bob")
    _, outcomes = run_query(store, "SELECT type, trigger, decided, accepted, rejected, corrected, accepted_share "
                                     "FROM review_outcomes ORDER BY type")
    assert outcomes == [("export_restriction", "export controls", 2, 1, 0, 1, 0.5),
                        ("investment", "lend", 1, 0, 1, 0, 0.0)]
    _, activity = run_query(store, "SELECT editor, decisions, accepted, rejected, corrected, undone, events "
                                     "FROM review_activity ORDER BY editor")
    assert activity == [("alice", 2, 1, 0, 1, 0, 2), ("bob", 2, 1, 1, 0, 1, 2)]


def test_reviews_log_is_never_updated_or_deleted(store):
    first = make_extraction(1)
    store_batch(store, [first])
    for eid in _ids(first):
        record_review(store, eid, "alice", "accepted")
    undo_last_review(store, "alice")
    store_batch(store, [toy_extract(dataclasses.replace(first.article, text="Nothing happened today."))])
    with reader_connection(store) as con:
        assert con.execute("SELECT count(*) FROM reviews").fetchone() == (4,)
        assert con.execute("SELECT count(*) FROM orphan_reviews").fetchone() == (2,)  # the undone one left out
