"""The rules of the analysts' views on hand-made figures: which figures conflict (ranges,
bounds, one row per change of story), which USGS edition and year a check uses, how the
latest figure and its agreeing sources are chosen, and how attention weeks are counted."""

from __future__ import annotations

import dataclasses
from datetime import date

from orewatch.records import Article, Extraction, Mention, Quantity, article_id
from orewatch.storage.writer import store_batch
from tests.conftest import rows_of


def _article(n: int, published: str, source: str) -> Article:
    title = f"Figures report {n}"
    return Article(id=article_id(None, title, source, published), title=title, text=f"Body {n}.",
                   url=None, source=source, published=published, language="en")


def _figure(value: float, metric: str = "reserves", country: str = "CHN", element: str = "REE",
            year: int | None = None, qualifier: str = "exact", value_max: float | None = None,
            unit: str = "t", start: int = 0) -> Quantity:
    return Quantity(value, value_max, unit, qualifier, False, metric, country, element, year,
                    f"{value:g} t", "text", start, start + 5, f"The figure is {value:g}.")


def _store(db_path, *reports: tuple[str, str, list[Quantity]], mentions: tuple[Mention, ...] = ()) -> None:
    extractions = [Extraction(_article(n, published, source), (), mentions, tuple(figures), ())
                   for n, (published, source, figures) in enumerate(reports)]
    store_batch(db_path, extractions)


def test_analyst_views_conflicts_one_row_per_change_of_story(db_path):
    _store(db_path,
           ("2025-01-10T08:00:00+00:00", "A", [_figure(100.0)]),
           ("2025-02-10T08:00:00+00:00", "B", [_figure(105.0)]),   # 4.8 % from A: agrees
           ("2025-03-10T08:00:00+00:00", "C", [_figure(200.0)]),   # conflicts with B
           ("2025-04-10T08:00:00+00:00", "D", [_figure(200.0)]),   # agrees with C
           ("2025-05-10T08:00:00+00:00", "E", [_figure(100.0)]))   # conflicts with D
    rows = rows_of(db_path, "SELECT year, earlier_source, earlier_value, later_source, later_value, gap "
                            "FROM figure_conflicts ORDER BY later_published_at")
    assert rows == [(2025, "B", 105.0, "C", 200.0, 95 / 200), (2025, "D", 200.0, "E", 100.0, 0.5)]


def test_analyst_views_conflicts_ranges_and_bounds(db_path):
    _store(db_path,
           ("2025-01-10T08:00:00+00:00", "A", [_figure(100.0, value_max=120.0)]),
           ("2025-02-10T08:00:00+00:00", "B", [_figure(125.0)]),                       # 5 of 125: agrees
           ("2025-03-10T08:00:00+00:00", "C", [_figure(50.0, qualifier="more_than")]),  # no upper end
           ("2025-04-10T08:00:00+00:00", "D", [_figure(40.0, qualifier="up_to")]),      # 10 of 50 = 20 %
           ("2026-01-10T08:00:00+00:00", "E", [_figure(10.0)]))                         # another year
    rows = rows_of(db_path, "SELECT earlier_source, later_source, gap FROM figure_conflicts")
    assert rows == [("C", "D", 10 / 50)]


def test_analyst_views_conflicts_leave_out_prices_changes_and_unknown_owners(db_path):
    change = dataclasses.replace(_figure(-50.0), change=True)
    _store(db_path,
           ("2025-01-10T08:00:00+00:00", "A", [_figure(10.0, metric="price", unit="USD/kg"),
                                               _figure(100.0, country=None, start=10), change]),
           ("2025-02-10T08:00:00+00:00", "B", [_figure(50.0, metric="price", unit="USD/kg"),
                                               _figure(300.0, country=None, start=10),
                                               dataclasses.replace(change, value=-5.0)]))
    assert rows_of(db_path, "SELECT count(*) FROM figure_conflicts") == [(0,)]


def test_analyst_views_latest_figure_counts_agreeing_sources(db_path):
    _store(db_path,
           ("2025-01-10T08:00:00+00:00", "A", [_figure(44e6)]),
           ("2025-02-10T08:00:00+00:00", "A", [_figure(46e6)]),   # same source again, 4.5 % off
           ("2025-03-10T08:00:00+00:00", "B", [_figure(60e6)]),
           ("2025-04-10T08:00:00+00:00", "C", [_figure(44e6, qualifier="approx")]),
           ("2025-04-11T08:00:00+00:00", "D", [_figure(12.0, unit="%")]))
    rows = rows_of(db_path, "SELECT unit, value, source, figures, articles, sources, agreeing_sources "
                            "FROM latest_figures WHERE metric = 'reserves' ORDER BY unit")
    assert rows == [("%", 12.0, "D", 1, 1, 1, 1), ("t", 44e6, "C", 4, 4, 3, 2)]


def test_analyst_views_checks_pick_the_edition_of_the_publication_year(db_path):
    _store(db_path,
           # No year, 2025: MCS 2025, reserves as of 2024 (44,000,000 t).
           ("2025-06-01T08:00:00+00:00", "A", [_figure(40e6, qualifier="approx")]),
           # Stated year 2022, article of 2024: MCS 2024's 2022 output (210,000 t).
           ("2024-06-01T08:00:00+00:00", "B", [_figure(150_000.0, metric="production", year=2022)]),
           # Stated year 2025 in an article of 2025: only MCS 2026 has it (270,000 t).
           ("2025-09-01T08:00:00+00:00", "C", [_figure(270_000.0, metric="production", year=2025)]),
           # No year in 2011: no edition was current, no check.
           ("2011-07-01T08:00:00+00:00", "D", [_figure(2e6)]),
           # World reserves "more than 90,000,000" (MCS 2025) against 85 Mt: within 10 %.
           ("2025-03-01T08:00:00+00:00", "E", [_figure(85e6, country="WLD")]),
           # Gallium output is checked against refinery production; Nd is not REE.
           ("2025-03-02T08:00:00+00:00", "F", [_figure(760.0, metric="production", country="WLD",
                                                       element="Ga", year=2024),
                                               _figure(50_000.0, element="Nd", start=10)]))
    rows = rows_of(db_path, "SELECT source, reference_statistic, reference_edition, reference_year, "
                            "reference_value, round(ratio, 3), verdict FROM figure_checks ORDER BY source")
    assert rows == [
        ("A", "reserves", 2025, 2024, 44e6, round(40 / 44, 3), "agrees"),
        ("B", "mine_production", 2024, 2022, 210_000.0, round(150 / 210, 3), "lower"),
        ("C", "mine_production", 2026, 2025, 270_000.0, 1.0, "agrees"),
        ("E", "reserves", 2025, 2024, 90e6, round(85 / 90, 3), "agrees"),
        ("F", "refinery_production", 2025, 2024, 760.0, 1.0, "agrees"),
    ]


def test_analyst_views_checks_say_when_usgs_withholds(db_path):
    _store(db_path, ("2025-06-01T08:00:00+00:00", "A",
                     [_figure(5000.0, metric="production", country="USA", element="Li", year=2024)]))
    assert rows_of(db_path, "SELECT reference_value, ratio, verdict, reference_qualifier FROM figure_checks") == [
        (None, None, "withheld", "withheld")]


def test_analyst_views_attention_weeks_follow_the_source_day(db_path):
    ga = Mention("Ga", "gallium", "text", 0, 7)
    # Monday 2025-03-03 00:30 in Beijing is Sunday 2025-03-02 in UTC: the source's day counts.
    _store(db_path, ("2025-03-03T00:30:00+08:00", "A", []), ("2025-03-09T20:00:00+08:00", "B", []),
           ("2025-03-10T09:00:00+08:00", "C", []), mentions=(ga, ga))
    assert rows_of(db_path, "SELECT week, code, articles, mentions FROM element_attention ORDER BY week") == [
        (date(2025, 3, 3), "Ga", 2, 4), (date(2025, 3, 10), "Ga", 1, 2)]
