"""The digest page: a summary and charts, then what arrived since the last run, the events
waiting for review, the new conflicts, checks and figures; one self-contained HTML file that
opens offline.

`render_digest(data)` turns orewatch.storage.digest's rows into the page; `write_digest`
reads and writes in one go (the nightly flow and `orewatch report` both call it)."""

from __future__ import annotations

import html
import os
from datetime import datetime, timezone
from pathlib import Path

from orewatch.analysis.charts import draw, svg_text
from orewatch.analysis.html import page, rows_table
from orewatch.storage.digest import DigestData, read_digest

REPORTS_ENV_VAR = "OREWATCH_REPORTS"

# Section heading, what it means, and how many rows the page lists before "… and N more".
SECTION_TEXT = {
    "articles": ("Articles that arrived", "stored for the first time, or re-read with changed text", 200),
    "pending_events": ("New events waiting for review", "events of these articles no editor has decided on yet", 200),
    "conflicts": ("New conflicts", "a report of these articles more than 10 % away from the previous report of the same figure", 100),
    "checks": ("New checks against USGS", "reserves and production figures of these articles beside the Mineral Commodity Summaries (disagreements first)", 200),
    "figures": ("New figures", "every figure read from these articles", 300),
    "runs": ("Runs", "ingestion runs in this period", 50),
}
CHART_TEXT = {
    "events": "Policy events per month (the latest year of the database)",
    "attention": "Attention per week (the latest 26 weeks of the database)",
    "checks": "The new figures against USGS",
}


def resolve_reports_dir(arg: str | os.PathLike | None, db_path: str | os.PathLike) -> Path:
    """Where digests go: the argument, else $OREWATCH_REPORTS, else `reports/` beside the
    database (data/reports/ for the default data/orewatch.duckdb)."""
    if arg:
        return Path(arg)
    env = os.environ.get(REPORTS_ENV_VAR)
    return Path(env) if env else Path(db_path).parent / "reports"


def _period(data: DigestData) -> str:
    generated = data.generated_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    if data.since is None:
        return f"Everything in the database, as of {generated}."
    since = data.since.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"What arrived from {since} to {generated}."


def _summary(data: DigestData) -> str:
    items = [(data.sections[name].count, SECTION_TEXT[name][0])
             for name in ("articles", "pending_events", "figures", "conflicts", "checks")]
    verdicts = data.sections["checks"].tally
    disagreeing = verdicts["higher"] + verdicts["lower"]
    items.append((disagreeing, "figures that disagree with USGS"))
    cells = "".join(f"<li><b>{count:,}</b>{html.escape(label)}</li>" for count, label in items)
    return f'<ul class="summary">{cells}</ul>'


def _charts(data: DigestData) -> str:
    parts = []
    for report, (filters, rows) in data.trends.items():
        fig = draw(report, rows.columns, rows.rows, filters)
        heading = CHART_TEXT[report]
        if rows.count > len(rows.rows):  # a night too large to chart every figure
            heading += f" (the first {len(rows.rows):,} of {rows.count:,}, disagreements first)"
        parts.append(f"<h3>{html.escape(heading)}</h3>\n<figure>{svg_text(fig)}</figure>")
    return "\n".join(parts)


def render_digest(data: DigestData, title: str) -> str:
    """The digest as one HTML document (inline CSS and SVG, no script, nothing fetched)."""
    body = [f'<p class="meta">{html.escape(_period(data))}</p>', _summary(data),
            "<h2>Charts</h2>\n" + _charts(data)]
    for name in ("articles", "pending_events", "conflicts", "checks", "figures"):
        heading, meaning, limit = SECTION_TEXT[name]
        rows = data.sections[name]
        body.append(f"<h2>{heading} ({rows.count:,})</h2>\n<p class=\"meta\">{html.escape(meaning)}</p>")
        body.append(rows_table(rows.columns, rows.rows, limit=limit, total=rows.count))
    heading, meaning, limit = SECTION_TEXT["runs"]
    body.append(f"<h2>{heading}</h2>\n<p class=\"meta\">{meaning}</p>")
    runs = data.sections["runs"]
    body.append(rows_table(runs.columns, runs.rows, limit=limit, total=runs.count))
    return page(title, "\n".join(body))


def write_digest(db_path: str | os.PathLike, output: Path, since: datetime | None,
                 now: datetime | None = None) -> Path:
    """Read the digest's rows and write the page to `output` (folders created); returns it.

    The page is written to a temporary file first and renamed, so a reader never sees half."""
    now = now or datetime.now(timezone.utc)
    data = read_digest(db_path, since, now)
    title = f"orewatch digest {now.astimezone(timezone.utc):%Y-%m-%d}"
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    partial.write_text(render_digest(data, title), encoding="utf-8")
    partial.replace(output)
    return output
