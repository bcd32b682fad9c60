"""The official statistics that news figures are checked against: USGS Mineral Commodity
Summaries rows shipped as `reference_data/usgs-mcs.csv` and loaded into `reference_figures`.

The CSV is derived from the shared reference table (`../shared/reference/usgs-mcs.csv`, see its
SOURCES.md) by `derive_rows`: every row kept as it is, plus the publication it comes from and
that publication's data-release DOI. `load_reference_figures` (re)loads the shipped file
whenever its content changed, so a database always holds the figures of the code it runs.
Where every number comes from: docs/reference-figures.md.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import duckdb

from orewatch.storage.migrations import transaction
from orewatch.storage.sqlfiles import execute_script, sql_text

REFERENCE_CSV = Path(__file__).resolve().parent / "reference_data" / "usgs-mcs.csv"

# The data release of each Mineral Commodity Summaries edition (as SOURCES.md cites them).
EDITION_DOIS = {
    "2023": "https://doi.org/10.5066/P9WCYUI6",
    "2024": "https://doi.org/10.5066/P144BA54",
    "2025": "https://doi.org/10.5066/P13XCP3R",
    "2026": "https://doi.org/10.5066/P1WKQ63T",
}
SHARED_COLUMNS = ["edition", "commodity", "element", "country_iso3", "country_name", "statistic",
                  "year", "value", "unit", "basis", "qualifier", "source_url"]
COLUMNS = ["edition", "publication", "data_release", *SHARED_COLUMNS[1:]]


def publication_name(edition: str) -> str:
    return f"U.S. Geological Survey, Mineral Commodity Summaries {edition}"


def derive_rows(shared_csv: Path) -> list[dict[str, str]]:
    """The shipped rows from the shared table: same rows and values, publication named."""
    with shared_csv.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != SHARED_COLUMNS:
            raise ValueError(f"{shared_csv}: expected columns {','.join(SHARED_COLUMNS)}")
        rows = list(reader)
    unknown = sorted({r["edition"] for r in rows} - set(EDITION_DOIS))
    if unknown:
        raise ValueError(f"{shared_csv}: no data-release DOI known for edition(s) {', '.join(unknown)}")
    return [{**row, "publication": publication_name(row["edition"]),
             "data_release": EDITION_DOIS[row["edition"]]} for row in rows]


def render_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: row[c] for c in COLUMNS} for row in rows)
    return out.getvalue()


def load_reference_figures(con: duckdb.DuckDBPyConnection, path: Path = REFERENCE_CSV) -> bool:
    """Replace `reference_figures` with the CSV's rows when the file changed; True if it did."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    loaded = con.execute(
        "SELECT sha256 FROM reference_files WHERE file_name = ?", [path.name]
    ).fetchone()
    if loaded and loaded[0] == digest:
        return False
    with transaction(con):
        execute_script(con, sql_text("reference", "load_reference_figures"),
                       {"path": str(path), "file_name": path.name, "sha256": digest})
    return True


def main(argv: list[str] | None = None) -> int:
    """`python -m orewatch.storage.reference SHARED_CSV`: rewrite the shipped CSV from it."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m orewatch.storage.reference ../shared/reference/usgs-mcs.csv", file=sys.stderr)
        return 2
    REFERENCE_CSV.write_text(render_csv(derive_rows(Path(args[0]))), encoding="utf-8")
    print(f"wrote {REFERENCE_CSV}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
