"""Self-contained HTML pages: inline CSS, inline SVG charts, no script, nothing fetched when
the page opens (no CDN, no web font), so a digest opens the same offline."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from orewatch.output import _cell

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
       sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2733; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.meta { color: #5b6775; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: .5rem 0; }
th, td { border-bottom: 1px solid #dde3ea; padding: .25rem .45rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; max-width: 30rem; }
th { background: #f2f5f8; position: sticky; top: 0; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
.summary { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; list-style: none; }
.summary li { background: #f2f5f8; border-radius: 6px; padding: .5rem .8rem; }
.summary b { display: block; font-size: 1.4rem; } .more { color: #5b6775; font-style: italic; }
"""


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
            f"<body>\n<h1>{html.escape(title)}</h1>\n{body}\n</body>\n</html>\n")


def _td(value: Any) -> str:
    if isinstance(value, float):
        return f'<td class="num">{value:,.6g}</td>'
    if isinstance(value, int) and not isinstance(value, bool):
        return f'<td class="num">{value:,}</td>'
    if isinstance(value, dt.datetime):
        value = value.isoformat(timespec="minutes")
    return f"<td>{html.escape(_cell(value))}</td>"


def rows_table(columns: Sequence[str], rows: Sequence[Sequence], limit: int = 500, total: int | None = None) -> str:
    """An HTML table of the rows (at most `limit`, then a line saying how many more of `total`,
    by default len(rows), there are)."""
    if not rows:
        return '<p class="more">none</p>'
    total = len(rows) if total is None else total
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "\n".join("<tr>" + "".join(_td(v) for v in row) + "</tr>" for row in rows[:limit])
    shown = min(limit, len(rows))
    more = f'<p class="more">… and {total - shown:,} more rows</p>' if total > shown else ""
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>{more}"
