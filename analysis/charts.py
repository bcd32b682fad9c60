"""Charts of the trend reports, drawn offline with matplotlib: time on the x axis, axes
labelled with their units, a title that says what is shown and with which filters.

`draw(report, columns, rows, filters)` returns a matplotlib Figure (no pyplot, no global
state); `save_chart` writes it as PNG, SVG, or a self-contained HTML page (inline SVG and the
rows as a table: nothing is fetched when it opens)."""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from orewatch.analysis.html import page, rows_table
from orewatch.storage.trends import TrendFilters

CHART_SUFFIXES = (".png", ".svg", ".html")
MAX_SERIES = 8
UNIT_NAMES = {"t": "tonnes", "%": "percent"}
SVG_METADATA = {"Date": None, "Creator": "orewatch"}  # no timestamp: same rows, same file


def _number(value: float, _pos: object = None) -> str:
    """44000000 -> 44M, 270000 -> 270k: tick labels an analyst reads at a glance."""
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def filters_label(filters: TrendFilters) -> str:
    parts = [f"{name} {getattr(filters, name)}" for name in ("type", "metric", "country", "element")
             if getattr(filters, name)]
    if filters.since or filters.until:
        parts.append(f"{filters.since or '…'} to {filters.until or '…'}")
    return "; ".join(parts)


def _title(what: str, filters: TrendFilters, note: str = "") -> str:
    label = filters_label(filters)
    return what + (f"\n{label}" if label else "") + (f" ({note})" if note else "")


def _new_figure() -> tuple[Figure, object]:
    fig = Figure(figsize=(10, 5.6), layout="constrained")
    ax = fig.add_subplot()
    ax.grid(True, axis="y", alpha=0.3)
    return fig, ax


def _time_axis(ax, label: str) -> None:
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.set_xlabel(label)


def _records(columns: Sequence[str], rows: Sequence[Sequence]) -> list[dict]:
    return [dict(zip(columns, row)) for row in rows]


def _events(ax, records: list[dict]) -> str:
    per_type: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        per_type[r["type"]][r["month"]] += r["events"]
    months = sorted({r["month"] for r in records})
    bottom = Counter()
    for kind in sorted(per_type, key=lambda k: -sum(per_type[k].values())):
        heights = [per_type[kind][m] for m in months]
        ax.bar(months, heights, width=20, bottom=[bottom[m] for m in months], label=kind)
        bottom.update(per_type[kind])
    ax.set_ylabel("events (count of reports)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    _time_axis(ax, "month of the event's date")
    return "Policy events per month, by type"


def _figures(ax, records: list[dict]) -> str:
    levels = [r for r in records if not r["is_change"] and r["published"] is not None
              and (r["country"] or r["element"])]
    if not levels:
        return "Reported figures over time"
    (metric, unit), _ = Counter((r["metric"], r["unit"]) for r in levels).most_common(1)[0]
    shown = [r for r in levels if (r["metric"], r["unit"]) == (metric, unit)]
    series: dict[str, list] = defaultdict(list)
    for r in shown:
        series[f"{r['country'] or 'no country'} {r['element'] or ''}".strip()].append((r["published"], r["value"]))
    for name in sorted(series, key=lambda s: -len(series[s]))[:MAX_SERIES]:
        points = sorted(series[name])
        ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=name)
    values = [r["value"] for r in shown if r["value"] > 0]
    if values and max(values) / min(values) > 100:  # output of 300 t beside 2 Mt: log scale
        ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(_number))
    ax.set_ylabel(f"{metric} ({UNIT_NAMES.get(unit, unit)}{', log scale' if ax.get_yscale() == 'log' else ''})")
    _time_axis(ax, "publication date")
    hidden = len(records) - len(shown)
    note = f"\n{hidden} figures of other metrics or units, changes, or without country and element not shown" if hidden else ""
    return f"Reported {metric} figures in {UNIT_NAMES.get(unit, unit)}, by country and element{note}"


def _conflicts(ax, records: list[dict]) -> str:
    by_label: dict[str, list] = defaultdict(list)
    for r in records:
        by_label[f"{r['country']} {r['element']} {r['metric']}"].append((r["published"], 100 * r["gap"]))
    for label, points in sorted(by_label.items()):
        ax.scatter([p[0] for p in points], [p[1] for p in points], label=label, s=40)
    ax.set_ylabel("gap between the two reports (% of the larger value)")
    ax.set_ylim(bottom=0)
    _time_axis(ax, "publication date of the later report")
    return "Conflicting figures: reports more than 10 % apart from the previous report"


def _attention(ax, records: list[dict]) -> str:
    totals: Counter = Counter()
    series: dict[str, list] = defaultdict(list)
    for r in records:
        name = f"{r['kind']} {r['code']}"
        totals[name] += r["articles"]
        series[name].append((r["week"], r["articles"]))
    weeks = _every_week([r["week"] for r in records])
    for name, _ in totals.most_common(MAX_SERIES):
        counts = dict(series[name])  # a week nobody mentioned it is a 0, not a gap to draw across
        ax.plot(weeks, [counts.get(w, 0) for w in weeks], marker=".", label=name)
    ax.set_ylim(bottom=0)
    ax.set_ylabel("articles mentioning it (count per week)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    _time_axis(ax, "publication week")
    return "Attention: articles per week that mention each element or country"


def _every_week(weeks: list) -> list:
    """Every Monday from the first to the last week given."""
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    return [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def _checks(ax, records: list[dict]) -> str:
    ax.axhspan(0.9, 1.1, color="tab:green", alpha=0.12, label="within 10 % of USGS")
    ax.axhline(1.0, color="tab:green", linewidth=1)
    colours = {"agrees": "tab:green", "higher": "tab:red", "lower": "tab:blue"}
    for verdict, colour in colours.items():
        points = [r for r in records if r["verdict"] == verdict and r["ratio"]]
        ax.scatter([r["published"] for r in points], [r["ratio"] for r in points], color=colour,
                   label=verdict, s=40, zorder=3)
        if len(records) <= 30:
            for r in points:
                ax.annotate(f"{r['country']} {r['element']} {r['metric']}", (r["published"], r["ratio"]),
                            textcoords="offset points", xytext=(4, 4), fontsize=7)
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}"))
    ax.set_ylabel("news figure ÷ USGS figure (ratio, log scale)")
    _time_axis(ax, "publication date")
    return "Reported reserves and production against USGS Mineral Commodity Summaries"


DRAWERS = {"events": _events, "figures": _figures, "conflicts": _conflicts,
           "attention": _attention, "checks": _checks}


def draw(report: str, columns: Sequence[str], rows: Sequence[Sequence], filters: TrendFilters) -> Figure:
    """The chart of a report's rows as a matplotlib Figure."""
    fig, ax = _new_figure()
    records = _records(columns, rows)
    what = DRAWERS[report](ax, records)
    if not records:
        ax.text(0.5, 0.5, "no rows match these filters", transform=ax.transAxes,
                ha="center", va="center", fontsize=14, color="grey")
    elif ax.get_legend_handles_labels()[0]:
        fig.legend(loc="outside right upper", fontsize=9)
    title = _title(what, filters)
    if report == "events":  # an event's country is the one that acts
        title = title.replace("country ", "actor ")
    ax.set_title(title, fontsize=12)
    return fig


def svg_text(fig: Figure) -> str:
    """The figure as an SVG document (text drawn as paths: no font needed to view it)."""
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata=SVG_METADATA)
    text = out.getvalue()
    return text[text.index("<svg"):]  # inline in HTML: no XML prolog or DOCTYPE


def save_chart(path: Path, report: str, columns: Sequence[str], rows: Sequence[Sequence],
               filters: TrendFilters) -> Path:
    """Write the report's chart to `path`: .png, .svg or .html (chosen by the suffix)."""
    suffix = path.suffix.lower()
    if suffix not in CHART_SUFFIXES:
        raise ValueError(f"{path}: a chart is written as {', '.join(CHART_SUFFIXES)}")
    fig = draw(report, columns, rows, filters)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".png":
        fig.savefig(path, format="png", dpi=130, metadata={"Software": "orewatch"})
    elif suffix == ".svg":
        fig.savefig(path, format="svg", metadata=SVG_METADATA)
    else:
        title = f"orewatch trends {report}" + (f" ({filters_label(filters)})" if filters_label(filters) else "")
        body = f"<figure>{svg_text(fig)}</figure>\n<h2>Rows</h2>\n{rows_table(columns, rows)}"
        path.write_text(page(title, body), encoding="utf-8")
    return path
