"""The summary tables behind element_attention, country_attention, figure_checks and
figure_conflicts, kept
current batch by batch, always equal a full recomputation: after ingests, after re-ingests
with edited texts and moved publication dates, after editors' reviews, and after compaction;
in a DuckDB file and in a DuckLake (the `store` fixture runs each test on both)."""

from __future__ import annotations

from dataclasses import replace

import duckdb

from orewatch.storage.db import connect_writer
from orewatch.storage.reviews import record_review
from orewatch.storage.stores import Store
from orewatch.storage.summaries import SOURCES, compact_summaries, rebuild_summary
from orewatch.storage.writer import store_batch

from .builders import make_extraction

VIEWS = ("element_attention", "country_attention", "figure_checks", "figure_conflicts")

# What element_attention and country_attention meant before the summary tables: counted from
# every mention on each query. The kept counts must say exactly the same.
FROM_MENTIONS = """
WITH per_article AS (SELECT article_id, code, count(*) AS mentions FROM {table} GROUP BY ALL)
SELECT d.week, m.code, count(*) AS articles, sum(m.mentions)::BIGINT AS mentions
FROM per_article AS m JOIN publication_days AS d USING (article_id)
GROUP BY ALL ORDER BY ALL
"""


def _rows(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {view: con.execute(f"SELECT * FROM {view} ORDER BY ALL").fetchall() for view in VIEWS}


def _assert_current(store: Store) -> dict[str, list[tuple]]:
    """The views as kept equal the views after a rebuild from the whole tables, and the
    attention views equal the counts taken from every mention."""
    con = connect_writer(store)
    try:
        kept = _rows(con)
        assert kept["element_attention"] == con.execute(FROM_MENTIONS.format(table="element_mentions")).fetchall()
        assert kept["country_attention"] == con.execute(FROM_MENTIONS.format(table="country_mentions")).fetchall()
        for summary in SOURCES:
            rebuild_summary(con, summary)
        assert _rows(con) == kept
    finally:
        con.close()
    return kept


def _week_published(week: int) -> str:
    return f"2025-10-{6 + 7 * week:02d}T23:30:00+08:00" if week < 4 else "2025-11-03T08:00:00+00:00"


def _reporting(extraction, tonnes: float):
    """The article with its world rare-earth output figure changed to `tonnes`."""
    return replace(extraction, quantities=tuple(
        replace(q, value=tonnes) if q.unit == "t" else q for q in extraction.quantities))


def test_summaries_follow_ingests_edits_and_reviews(store):
    first = [make_extraction(n, published=_week_published(n % 4)) for n in range(8)]
    first[5] = _reporting(first[5], 300_000)  # disagrees with the reports before and after it
    first.append(make_extraction(99, published=None))  # undated: counted nowhere, checked still
    assert store_batch(store, first).new == 9
    kept = _assert_current(store)
    assert {row[1] for row in kept["element_attention"]} == {"Ga", "Ge", "REE"}
    assert len(kept["figure_checks"]) == 9  # the world's rare-earth output of every article
    assert [(row[0], row[6], row[14]) for row in kept["figure_conflicts"]] == [  # into 5 and out of it
        ("production", 300_000.0, 390_000.0), ("production", 390_000.0, 300_000.0)]

    # Re-read: article 1 edited (more mentions) and moved to another week, article 2 edited
    # without its tonnage (its check goes), 3 unchanged, 20 and 21 new, 21 twice in the batch.
    second = [
        make_extraction(1, extra="Japan buys lithium and gallium from Australia.", published=_week_published(3)),
        make_extraction(2, published=_week_published(2), extra="Vietnam studies lithium."),
        make_extraction(3, published=_week_published(3)),
        make_extraction(20, published=_week_published(4)),
        make_extraction(21, published=_week_published(0)),
        make_extraction(21, published=_week_published(0)),
    ]
    stats = store_batch(store, second)
    assert (stats.new, stats.updated, stats.unchanged, stats.duplicates) == (2, 2, 1, 1)
    kept = _assert_current(store)
    assert ("Li" in {row[1] for row in kept["element_attention"]})

    con = connect_writer(store)
    try:
        event_id = con.execute("SELECT event_id FROM extracted_events ORDER BY event_id LIMIT 1").fetchone()[0]
        before_counts = con.execute("SELECT count(*) FROM attention_counts").fetchone()[0]
    finally:
        con.close()
    record_review(store, event_id, "Editor Eve", "rejected")
    assert _assert_current(store) == kept  # reviews change no attention and no check

    con = connect_writer(store)
    try:
        con.execute("DELETE FROM summary_state")  # so that the rebuild below does not hide compaction
        compact_summaries(con)
        groups = con.execute("SELECT count(*) FROM (SELECT DISTINCT kind, week, code FROM attention_counts)").fetchone()[0]
        assert con.execute("SELECT count(*) FROM attention_counts").fetchone()[0] == groups <= before_counts
        assert _rows(con) == kept
    finally:
        con.close()


def test_summaries_are_built_for_a_database_written_before_them(store):
    """A writer opening a database whose summaries were never built (or whose definition
    changed) rebuilds them whole."""
    store_batch(store, [make_extraction(n, published=_week_published(n % 4)) for n in range(4)])
    con = connect_writer(store)
    try:
        kept = _rows(con)
        con.execute("DELETE FROM attention_counts")
        con.execute("DELETE FROM checked_figures")
        con.execute("DELETE FROM figure_levels")
        con.execute("UPDATE summary_state SET definition = 'older'")
    finally:
        con.close()
    con = connect_writer(store)
    try:
        assert _rows(con) == kept and kept["element_attention"] and kept["figure_checks"]
        assert con.execute("SELECT count(*) FROM figure_levels").fetchone()[0] == 4
    finally:
        con.close()
