"""Acceptance of the analysts' layer: on the fixture database (our own articles through the
real flow) and on one made from ../shared/seeds and ../shared/corpus, every view returns
rows and the answers to four questions match what we worked out by reading the articles:
China's latest reserves figure, China's export restrictions per month, a known conflict
and a known check against USGS.

The fixture expectations come from fixtures/articles/analysts/ (see its README), the shared
ones from the texts quoted in the comments."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from orewatch.storage.reviews import record_review
from orewatch.storage.trends import TrendFilters, run_report
from tests.conftest import rows_of

ANALYST_VIEWS = ("event_trends", "figure_history", "latest_figures", "figure_conflicts", "figure_checks",
                 "element_attention", "country_attention")


def _all_views(db) -> list[str]:
    return [r[0] for r in rows_of(db, "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' "
                                      "AND NOT internal ORDER BY 1")]


@pytest.mark.parametrize("which", ["fixture", "shared"])
def test_acceptance_every_view_returns_rows(which, request):
    db = request.getfixturevalue(f"{which}_db")
    views = _all_views(db)
    assert set(ANALYST_VIEWS) <= set(views)
    # The editors' views hold reviews only: none in a database nobody reviewed.
    empty = {v for v in views if rows_of(db, f'SELECT count(*) FROM "{v}"')[0][0] == 0}
    assert empty == {"orphan_reviews", "effective_reviews", "event_review_state", "events_reviewed",
                     "review_activity", "review_outcomes"}


# --- the fixture database ---------------------------------------------------------------

def test_acceptance_fixture_china_latest_reserves(fixture_db):
    rows = rows_of(fixture_db, """
        SELECT value, qualifier, source, CAST(timezone('UTC', published_at) AS DATE),
               figures, articles, sources, agreeing_sources
        FROM latest_figures
        WHERE metric = 'reserves' AND country = 'CHN' AND element = 'REE' AND unit = 't' AND year IS NULL""")
    # 44 Mt (Harbour, 2025-12-09), 60 Mt (Ridgeline, 2026-01-15), 4400万吨 (矿业观察, 2026-03-05):
    # the latest is 矿业观察's; three sources, two of them within 5 % of it.
    assert rows == [(44_000_000.0, "approx", "矿业观察", date(2026, 3, 5), 3, 3, 3, 2)]


def test_acceptance_fixture_china_export_restrictions_per_month(fixture_db):
    filters = TrendFilters(since=date(2026, 1, 1), country="CHN", type="export_restriction")
    _, rows = run_report(fixture_db, "events", filters)
    # January 2026: the gallium controls, reported twice by Ridgeline; March 2026: 矿业观察's
    # rare-earth controls. Nobody has reviewed them.
    assert rows == [(date(2026, 1, 1), "export_restriction", "CHN", 2, 0, 2),
                    (date(2026, 3, 1), "export_restriction", "CHN", 1, 0, 1)]
    by_element = rows_of(fixture_db, """
        SELECT month, element, events, reviewed_events, articles FROM event_trends
        WHERE actor = 'CHN' AND type = 'export_restriction' AND month >= DATE '2026-01-01'
        ORDER BY month, element""")
    assert by_element == [(date(2026, 1, 1), "Ga", 2, 0, 2), (date(2026, 3, 1), "REE", 1, 0, 1)]


def test_acceptance_fixture_reviewed_events_count_accepted_and_corrected(fixture_db, tmp_path):
    db = tmp_path / "reviewed.duckdb"
    shutil.copy(fixture_db, db)
    january = [r[0] for r in rows_of(db, """
        SELECT event_id FROM events WHERE actor = 'CHN' AND type = 'export_restriction'
        AND event_date = '2026-01' ORDER BY event_id""")]
    assert len(january) == 2
    record_review(db, january[0], "alice", "accepted")
    record_review(db, january[1], "bob", "rejected")
    assert rows_of(db, """
        SELECT events, reviewed_events, articles FROM event_trends
        WHERE actor = 'CHN' AND type = 'export_restriction' AND month = DATE '2026-01-01'""") == [(1, 1, 1)]


def test_acceptance_fixture_known_conflicts(fixture_db):
    rows = rows_of(fixture_db, """
        SELECT metric, year, earlier_value, earlier_source, later_value, later_source, round(gap, 4)
        FROM figure_conflicts WHERE country = 'CHN' AND element = 'REE' AND unit = 't'
        ORDER BY metric""")
    # Output in 2024: 270,000 t (Harbour) then 310,000 t (Ridgeline): 40,000 / 310,000 apart.
    # Reserves, articles of 2026: 60 Mt (Ridgeline) then 44 Mt (矿业观察): 16 / 60 apart.
    # (The 274,500 t of the 2024 quota article is within 10 % of Harbour's 270,000 t.)
    assert rows == [("production", 2024, 270_000.0, "Harbour Metals Daily", 310_000.0,
                     "Ridgeline Commodities Brief", round(40_000 / 310_000, 4)),
                    ("reserves", 2026, 60_000_000.0, "Ridgeline Commodities Brief", 44_000_000.0,
                     "矿业观察", round(16 / 60, 4))]


def test_acceptance_fixture_known_checks(fixture_db):
    rows = rows_of(fixture_db, """
        SELECT source, metric, year, value, reference_edition, reference_year, reference_value,
               round(ratio, 4), verdict
        FROM figure_checks WHERE country = 'CHN' AND element = 'REE'
          AND source IN ('Harbour Metals Daily', 'Ridgeline Commodities Brief', '矿业观察')
        ORDER BY published_at, metric""")
    # USGS MCS 2025: China REE reserves 44,000,000 t (2024), mine production 270,000 t (2024);
    # MCS 2026: reserves 44,000,000 t (2025), production 2024 still 270,000 t.
    assert rows == [
        ("Harbour Metals Daily", "production", 2024, 270_000.0, 2025, 2024, 270_000.0, 1.0, "agrees"),
        ("Harbour Metals Daily", "reserves", None, 44_000_000.0, 2025, 2024, 44_000_000.0, 1.0, "agrees"),
        ("Ridgeline Commodities Brief", "production", 2024, 310_000.0, 2026, 2024, 270_000.0,
         round(310 / 270, 4), "higher"),
        ("Ridgeline Commodities Brief", "reserves", None, 60_000_000.0, 2026, 2025, 44_000_000.0,
         round(60 / 44, 4), "higher"),
        ("矿业观察", "reserves", None, 44_000_000.0, 2026, 2025, 44_000_000.0, 1.0, "agrees"),
    ]


# --- the database of ../shared ----------------------------------------------------------

@pytest.mark.shared
def test_acceptance_shared_china_latest_reserves(shared_db):
    # seeds/001: "China holds approximately 44 million tons of rare earth reserves" (Sou Hu
    # Cai Jing, 2025-10-28), the latest article that gives China's reserves in tonnes.
    rows = rows_of(shared_db, """
        SELECT value, qualifier, source, CAST(timezone('UTC', published_at) AS DATE)
        FROM latest_figures
        WHERE metric = 'reserves' AND country = 'CHN' AND element = 'REE' AND unit = 't' AND year IS NULL""")
    assert rows == [(44_000_000.0, "approx", "Sou Hu Cai Jing", date(2025, 10, 28))]


@pytest.mark.shared
def test_acceptance_shared_china_export_restrictions_per_month(shared_db):
    # Read by hand: July 2023, the gallium and germanium controls (Beijing Review 2023-07-07,
    # The Register 2023-08-17 "announced back in early July"); August 2023, their start
    # ("From August 1 this year", hntopsy; "In August last year", Germanium.com 2024-04-22);
    # October 2023, graphite export permits (Reuters 2023-10-19); December 2023, "Beijing
    # tightened exports of some graphite products last December" (Reuters 2024-08-15).
    _, rows = run_report(shared_db, "events",
                         TrendFilters(since=date(2023, 7, 1), until=date(2023, 12, 31),
                                      country="CHN", type="export_restriction"))
    by_month = {row[0]: (row[3], row[5]) for row in rows}
    hand = {date(2023, 7, 1): (2, 2), date(2023, 8, 1): (2, 2), date(2023, 10, 1): (1, 1),
            date(2023, 12, 1): (1, 1)}
    assert {m: by_month.get(m) for m in hand} == hand


@pytest.mark.shared
def test_acceptance_shared_known_conflict_vietnam_reserves(shared_db):
    # Reuters (2025-03-13) and TRT World (2025-12-11): USGS cut Vietnam's rare-earth reserves
    # "to 3.5 million metric tonnes from 22 million tonnes"; Sou Hu Cai Jing (2025-10-28)
    # still gives "Vietnam (22 million tons)".
    rows = rows_of(shared_db, """
        SELECT earlier_value, earlier_source, later_value, later_source
        FROM figure_conflicts WHERE metric = 'reserves' AND country = 'VNM' AND element = 'REE'
        ORDER BY later_published_at""")
    assert rows == [(3_500_000.0, "Reuters, via Vietnam Aujourd'hui", 22_000_000.0, "Sou Hu Cai Jing"),
                    (22_000_000.0, "Sou Hu Cai Jing", 3_500_000.0, "TRT World (Reuters)")]


@pytest.mark.shared
def test_acceptance_shared_known_checks(shared_db):
    # Sou Hu Cai Jing (2025-10-28): Vietnam 22 million tons of reserves, the figure USGS
    # dropped in MCS 2025 (3,500,000 t); China's 2024 output 270,000 tons, as in MCS 2025.
    rows = rows_of(shared_db, """
        SELECT country, metric, value, reference_edition, reference_value, round(ratio, 3), verdict
        FROM figure_checks WHERE source = 'Sou Hu Cai Jing' AND element = 'REE'
          AND ((country = 'VNM' AND metric = 'reserves') OR (country = 'CHN' AND metric = 'production' AND year = 2024))
        ORDER BY country""")
    assert rows == [("CHN", "production", 270_000.0, 2025, 270_000.0, 1.0, "agrees"),
                    ("VNM", "reserves", 22_000_000.0, 2025, 3_500_000.0, 6.286, "higher")]
