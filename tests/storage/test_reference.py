"""The shipped USGS reference figures: derived row for row from ../shared's table, every row
named by its publication and source, loaded into reference_figures once per file version."""

from __future__ import annotations

import csv

import duckdb
import pytest

from orewatch.storage import reference
from orewatch.storage.db import connect_writer
from orewatch.storage.migrations import migrate


def _shipped() -> list[dict]:
    with reference.REFERENCE_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.shared
def test_reference_shipped_csv_is_the_shared_table_with_publications(shared_dir):
    derived = reference.render_csv(reference.derive_rows(shared_dir / "reference" / "usgs-mcs.csv"))
    assert reference.REFERENCE_CSV.read_text(encoding="utf-8") == derived


def test_reference_every_number_names_its_publication_and_source():
    rows = _shipped()
    assert len(rows) == 1171
    assert {r["edition"] for r in rows} == {"2023", "2024", "2025", "2026"}
    for row in rows:
        assert row["publication"] == f"U.S. Geological Survey, Mineral Commodity Summaries {row['edition']}"
        assert row["data_release"] == reference.EDITION_DOIS[row["edition"]]
        assert row["source_url"].startswith("https://github.com/") and "/blob/" in row["source_url"]
        assert row["unit"] == "t"
        assert (row["value"] == "") == (row["qualifier"] == "withheld")


def test_reference_loads_once_per_file_version(tmp_path):
    con = duckdb.connect(str(tmp_path / "ref.duckdb"))
    migrate(con)
    assert reference.load_reference_figures(con) is True
    assert reference.load_reference_figures(con) is False
    assert con.execute("SELECT count(*), count(value) FROM reference_figures").fetchall() == [(1171, 1162)]
    changed = tmp_path / "usgs-mcs.csv"
    changed.write_text(reference.REFERENCE_CSV.read_text(encoding="utf-8").replace(
        "44000000", "45000000"), encoding="utf-8")
    assert reference.load_reference_figures(con, changed) is True
    assert con.execute("SELECT DISTINCT value FROM reference_figures WHERE country = 'CHN' AND element = 'REE' "
                       "AND statistic = 'reserves'").fetchall() == [(45_000_000.0,)]
    con.close()


def test_reference_every_writer_sees_the_figures(tmp_path):
    con = connect_writer(tmp_path / "w.duckdb")
    try:
        rows = con.execute("SELECT edition, value, publication FROM reference_figures WHERE country = 'CHN' "
                           "AND element = 'REE' AND statistic = 'reserves' ORDER BY edition").fetchall()
    finally:
        con.close()
    assert rows == [(e, 44_000_000.0, f"U.S. Geological Survey, Mineral Commodity Summaries {e}")
                    for e in (2023, 2024, 2025, 2026)]
