"""The analysts' commands as a user runs them (the installed console script, a real database):
trends with filters and charts, search, export read back by pandas, polars and DuckDB, report."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import duckdb
import pandas as pd
import polars as pl
import pytest

from tests.conftest import rows_of, run_cli


@pytest.mark.parametrize("report,header", [
    ("events", "month,type,actor,events,reviewed_events,articles"),
    ("figures", "published,metric,country,element,unit,value,value_max,qualifier,is_change,year,source,article_id,quantity_id"),
    ("conflicts", "published,metric,country,element,unit,year,gap,earlier_value,earlier_source,earlier_published,"
                  "later_value,later_source,earlier_sentence,later_sentence,earlier_quantity_id,later_quantity_id"),
    ("attention", "week,kind,code,articles,mentions"),
    ("checks", "published,metric,country,element,year,value,qualifier,reference_value,reference_year,"
               "reference_edition,ratio,verdict,source,sentence,quantity_id"),
])
def test_cli_trends_every_report_as_csv(fixture_db, report, header):
    result = run_cli("trends", report, "--db", str(fixture_db), "--format", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == header and len(lines) > 1
    assert result.stderr == ""


def test_cli_trends_filters_and_json(fixture_db):
    result = run_cli("trends", "events", "--db", str(fixture_db), "--country", "chn", "--type", "export_restriction",
                     "--since", "2026-01-01", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"month": "2026-01-01", "type": "export_restriction", "actor": "CHN", "events": 2, "reviewed_events": 0, "articles": 2},
        {"month": "2026-03-01", "type": "export_restriction", "actor": "CHN", "events": 1, "reviewed_events": 0, "articles": 1}]


def test_cli_trends_chart_goes_to_its_file_and_stdout_stays_clean(fixture_db, tmp_path):
    chart = tmp_path / "checks.png"
    result = run_cli("trends", "checks", "--db", str(fixture_db), "--element", "REE", "--format", "csv",
                     "--chart", str(chart))
    assert result.returncode == 0, result.stderr
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["element"] for r in rows} == {"REE"}
    assert result.stderr == f"orewatch: chart written to {chart}\n"


@pytest.mark.parametrize("args,message", [
    (["attention", "--metric", "price"], "--metric does not apply to the attention report"),
    (["figures", "--type", "tariff"], "--type does not apply to the figures report"),
    (["events", "--chart", "out.pdf"], "use a .png, .svg or .html file"),
    (["events", "--since", "yesterday"], "'yesterday' does not match the format"),
])
def test_cli_trends_misuse_exits_2_with_one_line(fixture_db, args, message):
    result = run_cli("trends", *args, "--db", str(fixture_db))
    assert result.returncode == 2 and message in result.stderr and result.stdout == ""


def test_cli_trends_without_database_exits_1(tmp_path):
    result = run_cli("trends", "events", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: no database at {tmp_path / 'none.duckdb'}: run `orewatch ingest` first"


def test_cli_search_marks_terms_and_finds_chinese(fixture_db):
    result = run_cli("search", "export licence gallium", "--db", str(fixture_db), "--limit", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(" 1. ")
    assert "**gallium**" in result.stdout and "**licence**" in result.stdout.lower()
    result = run_cli("search", "稀土 出口", "--db", str(fixture_db), "--format", "json")
    hits = json.loads(result.stdout)
    assert hits and all("**" in h["sentence"] for h in hits)
    assert "中国宣布对稀土实施新的出口管制" in [h["title"] for h in hits]


def test_cli_search_nothing_to_find(fixture_db):
    result = run_cli("search", "zirconium", "--db", str(fixture_db))
    assert result.returncode == 0 and result.stdout == "no article matches\n"


def test_cli_export_parquet_reads_back_in_pandas_polars_and_duckdb(fixture_db, tmp_path):
    folder = tmp_path / "export"
    result = run_cli("export", str(folder), "--format", "parquet", "--db", str(fixture_db))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((folder / "manifest.json").read_text())
    relations = {r["relation"]: r for r in manifest["relations"]}
    assert {"articles", "quantities", "events", "figure_history", "latest_figures", "figure_conflicts",
            "figure_checks", "event_trends", "element_attention", "country_attention", "reference_figures",
            "reviews", "runs"} <= set(relations)
    assert "extracted_events" not in relations and "schema_version" not in relations
    assert relations["quantities"]["partitioned_by"] == "published_month"
    months = {p.name for p in (folder / "quantities").iterdir()}
    assert "published_month=2026-01" in months and "published_month=unknown" in months
    for name, info in relations.items():
        expected = rows_of(fixture_db, f'SELECT count(*) FROM "{name}"')[0][0]
        path = folder / info["path"]
        pattern = f"{path}/**/*.parquet" if path.is_dir() else str(path)
        assert len(pd.read_parquet(path)) == expected, name
        assert pl.read_parquet(pattern, hive_partitioning=path.is_dir()).height == expected, name
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{pattern}', hive_partitioning = "
                          f"{str(path.is_dir()).lower()})").fetchone()[0] == expected, name
    checks = pl.read_parquet(f"{folder}/figure_checks/**/*.parquet", hive_partitioning=True)
    assert set(checks.filter(pl.col("source") == "Ridgeline Commodities Brief")["verdict"]) == {"higher"}


def test_cli_export_csv_and_a_file_in_the_way(fixture_db, tmp_path):
    folder = tmp_path / "csv"
    assert run_cli("export", str(folder), "--format", "csv", "--db", str(fixture_db)).returncode == 0
    frame = pd.read_csv(folder / "latest_figures.csv")
    assert len(frame) == rows_of(fixture_db, "SELECT count(*) FROM latest_figures")[0][0]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("export", str(blocker), "--db", str(fixture_db))
    assert result.returncode in (1, 2) and result.stdout == ""


def test_cli_report_writes_a_self_contained_page(fixture_db, tmp_path):
    page = tmp_path / "digest.html"
    result = run_cli("report", "--since", "2020-01-01", "--output", str(page), "--db", str(fixture_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(page)
    text = page.read_text(encoding="utf-8")
    assert text.count("<svg") == 3 and "<script" not in text and "src=" not in text
    assert "Harbour Metals Daily" in text and "New events waiting for review" in text
    later = run_cli("report", "--since", datetime.now(timezone.utc).strftime("%Y-%m-%d"), "--output", "-",
                    "--db", str(fixture_db))
    assert later.returncode == 0 and later.stdout.startswith("<!DOCTYPE html>")
