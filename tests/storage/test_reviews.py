"""The reviews log as the review page writes it: what each decision keeps, undo as a new
row, events that change since review, and the views built on the log."""

from __future__ import annotations

import dataclasses
import json

import duckdb
import pytest

from orewatch.records import event_id
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


def _status(db_path) -> dict[str, str]:
    return dict(run_query(db_path, "SELECT event_id, review_status FROM events")[1])


def _log(db_path) -> list[tuple]:
    return run_query(db_path, "SELECT review_id, event_id, editor, decision, undoes FROM reviews ORDER BY review_id")[1]


def test_reviews_decision_keeps_what_the_editor_saw_and_before_after(db_path):
    first = make_extraction(1)
    store_batch(db_path, [first])
    control, loan, deal = _ids(first)
    record_review(db_path, control, "alice", "corrected", changes={"actor": "VNM", "partners": ["JPN"]})
    record_review(db_path, control, "bob", "corrected", changes={"event_date": "2025-10-09", "date_precision": "day"})
    record_review(db_path, loan, "bob", "rejected", note="a loan offer, not a loan")
    _, rows = run_query(db_path, "SELECT decision, changes, seen, values_before, values_after, article_id "
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
    _, shown = run_query(db_path, f"SELECT actor, partners, event_date, review_status FROM events WHERE event_id = '{control}'")
    assert shown == [("VNM", ["JPN"], "2025-10-09", "corrected")]
    assert _status(db_path) == {control: "corrected", loan: "rejected", deal: "pending"}


def test_reviews_correction_that_changes_nothing_is_an_acceptance(db_path):
    first = make_extraction(1)
    store_batch(db_path, [first])
    control = _ids(first)[0]
    record_review(db_path, control, "alice", "corrected", changes={"actor": "CHN", "partners": []})
    assert run_query(db_path, "SELECT decision, changes FROM reviews")[1] == [("accepted", None)]


def test_reviews_events_reviewed_lists_approved_and_corrected_with_corrections(db_path):
    store_batch(db_path, [make_extraction(1), make_extraction(2)])
    ids = _ids(make_extraction(1)) + _ids(make_extraction(2))
    record_review(db_path, ids[0], "alice", "accepted")
    record_review(db_path, ids[1], "alice", "rejected")
    record_review(db_path, ids[2], "alice", "corrected", changes={"partners": ["VNM", "AUS"]})
    columns, rows = run_query(db_path, "SELECT * FROM events_reviewed ORDER BY event_id")
    assert {r[0] for r in rows} == {ids[0], ids[2]}
    by_id = {r[0]: dict(zip(columns, r)) for r in rows}
    assert by_id[ids[2]]["partners"] == ["VNM", "AUS"] and by_id[ids[2]]["review_status"] == "corrected"
    assert by_id[ids[0]]["title"] == make_extraction(1).article.title


def test_reviews_undo_is_a_new_row_and_restores_the_state_before(db_path):
    first = make_extraction(1)
    store_batch(db_path, [first])
    control, loan, deal = _ids(first)
    record_review(db_path, control, "alice", "corrected", changes={"actor": "VNM"})
    record_review(db_path, loan, "alice", "accepted")
    record_review(db_path, deal, "bob", "rejected")
    undone = undo_last_review(db_path, "alice")
    assert (undone.undone_review_id, undone.event_id) == (2, loan)
    assert _status(db_path) == {control: "corrected", loan: "pending", deal: "rejected"}
    undo_last_review(db_path, "alice")  # u twice: the decision before that
    assert _status(db_path) == {control: "pending", loan: "pending", deal: "rejected"}
    assert run_query(db_path, f"SELECT actor FROM events WHERE event_id = '{control}'")[1] == [("CHN",)]
    assert undo_last_review(db_path, "alice") is None  # nothing left of alice's
    assert _log(db_path) == [(1, control, "alice", "corrected", None), (2, loan, "alice", "accepted", None),
                             (3, deal, "bob", "rejected", None), (4, loan, "alice", "undone", 2),
                             (5, control, "alice", "undone", 1)]
    assert run_query(db_path, "SELECT review_id FROM effective_reviews")[1] == [(3,)]
    _, (row,) = run_query(db_path, "SELECT values_before, values_after FROM reviews WHERE review_id = 5")
    assert json.loads(row[0])["actor"] == "VNM" and json.loads(row[1])["actor"] == "CHN"


def test_reviews_refuse_unknown_and_re_extracted_events(db_path):
    first = make_extraction(1)
    store_batch(db_path, [first])
    control = _ids(first)[0]
    with pytest.raises(UnknownEvent):
        record_review(db_path, "ev_nowhere", "alice", "accepted")
    seen = {**dataclasses.asdict(first.events[0]), "event_date": first.events[0].date}
    fingerprint = extraction_fingerprint(seen)
    with pytest.raises(StaleEvent):
        record_review(db_path, control, "alice", "accepted", fingerprint="0" * 16)
    assert record_review(db_path, control, "alice", "accepted", fingerprint=fingerprint) == 1
    assert len(_log(db_path)) == 1


def _re_extract(db_path, extraction, old: str, new: str, **event_changes):
    """Store the article again with `old` replaced by `new` in its text."""
    article = dataclasses.replace(extraction.article, text=extraction.article.text.replace(old, new))
    again = toy_extract(article)
    if event_changes:
        again = dataclasses.replace(again, events=tuple(dataclasses.replace(e, **event_changes) for e in again.events))
    store_batch(db_path, [again])
    return again


def test_reviews_edited_sentence_sends_exactly_that_event_back_as_changed(db_path):
    first = make_extraction(1)
    store_batch(db_path, [first])
    control, loan, deal = _ids(first)
    for eid in (control, loan, deal):
        record_review(db_path, eid, "alice", "accepted")
    second = _re_extract(db_path, first, "officials said", "officials confirmed")
    new_loan = _ids(second)[1]
    assert new_loan != loan  # the sentence is part of the id
    assert _status(db_path) == {control: "accepted", new_loan: "changed", deal: "accepted"}
    _, queue = run_query(db_path, "SELECT event_id, review_status, earlier_review_id FROM review_queue")
    assert queue == [(new_loan, "changed", 2)]
    record_review(db_path, new_loan, "bob", "accepted")  # decided again: out of the queue
    assert run_query(db_path, "SELECT count(*) FROM review_queue")[1] == [(0,)]


def test_reviews_re_extracted_date_is_changed_since_review(db_path):
    first = make_extraction(1)
    store_batch(db_path, [first])
    control = _ids(first)[0]
    record_review(db_path, control, "alice", "accepted")
    _re_extract(db_path, first, "390,000", "391,000", date="2025-09")  # same event ids, new date
    assert _status(db_path)[control] == "changed"
    _, queue = run_query(db_path, "SELECT event_id, review_status, earlier_review_id FROM review_queue")
    assert sorted(queue) == sorted([(control, "changed", 1)] + [(i, "pending", None) for i in _ids(first)[1:]])
    assert run_query(db_path, "SELECT count(*) FROM events_reviewed")[1] == [(0,)]


def test_reviews_same_input_again_keeps_every_decision(db_path):
    batch = [make_extraction(n) for n in range(3)]
    store_batch(db_path, batch)
    ids = [i for x in batch for i in _ids(x)]
    for n, eid in enumerate(ids):
        record_review(db_path, eid, "alice", ("accepted", "rejected")[n % 2])
    before = _status(db_path)
    store_batch(db_path, batch)
    store_batch(db_path, [toy_extract(x.article) for x in batch])
    assert _status(db_path) == before and set(before.values()) == {"accepted", "rejected"}


def test_reviews_stats_views_count_decisions_in_force(db_path):
    store_batch(db_path, [make_extraction(1), make_extraction(2)])
    ids = _ids(make_extraction(1)) + _ids(make_extraction(2))
    record_review(db_path, ids[0], "alice", "accepted")
    record_review(db_path, ids[3], "alice", "corrected", changes={"actor": "VNM"})
    record_review(db_path, ids[1], "bob", "rejected")
    record_review(db_path, ids[4], "bob", "accepted")
    undo_last_review(db_path, "bob")
    _, outcomes = run_query(db_path, "SELECT type, trigger, decided, accepted, rejected, corrected, accepted_share "
                                     "FROM review_outcomes ORDER BY type")
    assert outcomes == [("export_restriction", "export controls", 2, 1, 0, 1, 0.5),
                        ("investment", "lend", 1, 0, 1, 0, 0.0)]
    _, activity = run_query(db_path, "SELECT editor, decisions, accepted, rejected, corrected, undone, events "
                                     "FROM review_activity ORDER BY editor")
    assert activity == [("alice", 2, 1, 0, 1, 0, 2), ("bob", 2, 1, 1, 0, 1, 2)]


def test_reviews_log_is_never_updated_or_deleted(db_path):
    first = make_extraction(1)
    store_batch(db_path, [first])
    for eid in _ids(first):
        record_review(db_path, eid, "alice", "accepted")
    undo_last_review(db_path, "alice")
    store_batch(db_path, [toy_extract(dataclasses.replace(first.article, text="Nothing happened today."))])
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM reviews").fetchone() == (4,)
        assert con.execute("SELECT count(*) FROM orphan_reviews").fetchone() == (2,)  # the undone one left out
    finally:
        con.close()
