"""Charts of the trend reports on the fixture database. Each is also written as PNG to
build/charts/<report>.png, to be looked at (the issue's closing note names them)."""

from __future__ import annotations

from datetime import date

import pytest
from PIL import Image

from orewatch.analysis.charts import draw, save_chart
from orewatch.storage.trends import TrendFilters, run_report
from tests.conftest import REPO

CHART_DIR = REPO / "build" / "charts"
CASES = {
    "events": (TrendFilters(country="CHN"), "month of the event's date", "events (count of reports)"),
    "figures": (TrendFilters(metric="reserves"), "publication date", "reserves (tonnes)"),
    "conflicts": (TrendFilters(), "publication date of the later report",
                  "gap between the two reports (% of the larger value)"),
    "attention": (TrendFilters(since=date(2025, 6, 1), element="REE"), "publication week",
                  "articles mentioning it (count per week)"),
    "checks": (TrendFilters(), "publication date", "news figure ÷ USGS figure (ratio, log scale)"),
}


@pytest.mark.parametrize("report", list(CASES))
def test_charts_every_report_has_time_on_x_units_and_a_title(fixture_db, report):
    filters, xlabel, ylabel = CASES[report]
    columns, rows = run_report(fixture_db, report, filters)
    assert rows
    fig = draw(report, columns, rows, filters)
    (ax,) = fig.axes
    assert (ax.get_xlabel(), ax.get_ylabel()) == (xlabel, ylabel)
    title = ax.get_title()
    assert title and all(str(v) in title for v in (filters.country, filters.metric, filters.element) if v)
    png = save_chart(CHART_DIR / f"{report}.png", report, columns, rows, filters)
    with Image.open(png) as image:
        assert image.format == "PNG" and image.size == (1300, 728)


def test_charts_svg_and_html_are_self_contained(fixture_db, tmp_path):
    filters = TrendFilters(country="CHN", type="export_restriction")
    columns, rows = run_report(fixture_db, "events", filters)
    svg = save_chart(tmp_path / "events.svg", "events", columns, rows, filters).read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
    page = save_chart(tmp_path / "events.html", "events", columns, rows, filters).read_text(encoding="utf-8")
    assert page.count("<svg") == 1 and "<script" not in page and "<link" not in page
    assert "src=" not in page and "url(http" not in page
    assert "<td>export_restriction</td>" in page  # the rows below the chart


def test_charts_no_rows_still_draw_a_labelled_chart(tmp_path):
    fig = draw("checks", ["published", "ratio", "verdict"], [], TrendFilters(country="XXX"))
    assert "no rows match these filters" in [t.get_text() for t in fig.axes[0].texts]
    with pytest.raises(ValueError, match="written as"):
        save_chart(tmp_path / "chart.pdf", "checks", [], [], TrendFilters())
