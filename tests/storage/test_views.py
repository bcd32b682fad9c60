"""The analysts' views: events with editors' corrections, monthly counts, quantity trends."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from orewatch.records import event_id
from orewatch.storage.read import run_query
from orewatch.storage.reviews import record_review
from orewatch.storage.writer import store_batch

from .builders import make_article, make_extraction, toy_extract


def _export_control_id(extraction) -> str:
    (event,) = [e for e in extraction.events if e.type == "export_restriction"]
    return event_id(extraction.article.id, event)


def test_views_events_show_the_latest_correction_and_decision(store):
    x = make_extraction(1)
    store_batch(store, [x])
    ev = _export_control_id(x)
    record_review(store, ev, "alice", "corrected", changes={"partners": ["USA", "JPN"], "event_date": "2025-10-09",
                                                          "date_precision": "day"})
    record_review(store, ev, "bob", "accepted")  # a later acceptance keeps alice's corrections
    _, rows = run_query(store, f"SELECT partners, event_date, date_precision, actor, review_status, reviewed_by "
                                 f"FROM events WHERE event_id = '{ev}'")
    assert rows == [(["USA", "JPN"], "2025-10-09", "day", "CHN", "accepted", "bob")]
    _, raw = run_query(store, f"SELECT partners, event_date FROM extracted_events WHERE event_id = '{ev}'")
    assert raw == [([], "2025-10")]  # the extraction itself is untouched


def test_views_reviews_are_validated_before_they_are_logged(store):
    store_batch(store, [make_extraction(1)])
    with pytest.raises(ValueError):
        record_review(store, "ev_x", "alice", "maybe")
    with pytest.raises(ValueError):
        record_review(store, "ev_x", "alice", "corrected", changes={"sentence": "edited"})
    with pytest.raises(ValueError):
        record_review(store, "ev_x", "alice", "corrected")
    assert run_query(store, "SELECT count(*) FROM reviews")[1] == [(0,)]


def test_views_event_month_counts_leave_out_rejected_events(store):
    a, b = make_extraction(1), make_extraction(2)
    store_batch(store, [a, b])
    record_review(store, _export_control_id(b), "alice", "rejected")
    _, rows = run_query(store, "SELECT month, year, element, event_count, article_count FROM event_month_counts "
                                 "WHERE type = 'export_restriction' AND actor = 'CHN' ORDER BY element")
    assert rows == [(date(2025, 10, 1), 2025, "Ga", 1, 1), (date(2025, 10, 1), 2025, "Ge", 1, 1)]


def test_views_quantity_trends_group_figures_by_year_and_unit(store):
    older = toy_extract(make_article(1, published="2024-03-01T08:00:00+00:00"))
    newer = [toy_extract(make_article(n, published="2025-10-28T11:24:00+08:00")) for n in (2, 3)]
    bigger = toy_extract(dataclasses.replace(make_article(4), text=make_article(4).text.replace("390,000", "400,000")))
    store_batch(store, [older, *newer, bigger])
    _, rows = run_query(store, "SELECT year, figure_count, article_count, min_value, max_value, stated_year_count "
                                 "FROM quantity_trends WHERE metric = 'production' AND unit = 't' ORDER BY year")
    assert rows == [(2024, 1, 1, 390000.0, 390000.0, 0), (2025, 3, 3, 390000.0, 400000.0, 0)]
