"""The `orewatch` command as a user runs it: a real subprocess, real files, a real DuckDB."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from orewatch.readers import ReadOptions, read_paths
from orewatch.records import PHASES
from tests.conftest import run_cli

COMMANDS = ["ingest", "extract", "serve", "query", "status", "eval", "review", "review adduser", "review export-gold"]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_explains_itself(command):
    result = run_cli(*command.split(), "--help")
    assert result.returncode == 0 and "Usage: orewatch " + command in result.stdout
    assert len(result.stdout.splitlines()) > 5


def test_cli_extract_prints_spec_objects_deterministically(article_dir):
    first = run_cli("extract", str(article_dir), "--format", "jsonl")
    second = run_cli("extract", str(article_dir), "--format", "jsonl")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout  # byte-identical
    objects = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(objects) == 2
    keys = {"id", "source", "title", "published", "url", "language", "countries", "elements", "quantities", "events"}
    assert all(set(o) == keys for o in objects)  # exactly SPEC §3's keys
    gallium = next(o for o in objects if o["title"].startswith("Canberra"))
    assert gallium["published"] == "2025-06-12T09:30:00+08:00"  # naive time in the default zone
    assert {c["code"] for c in gallium["countries"]} == {"AUS", "CHN"}
    (article,) = [a for a in read_paths([article_dir]).articles if a.title == gallium["title"]]
    fields = {"title": article.title, "text": article.text}  # SPEC §3 prints no body: read it again
    for mention in gallium["countries"] + gallium["elements"] + gallium["quantities"]:
        assert fields[mention["field"]][mention["start"] : mention["end"]] == mention["text"]


def test_cli_extract_events_carry_phase_and_effective_date_in_spec_order(article_dir):
    result = run_cli("extract", str(article_dir), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    events = [e for line in result.stdout.splitlines() for e in json.loads(line)["events"]]
    assert events
    spec_order = ["type", "subtype", "actor", "partners", "elements", "date", "date_precision", "phase",
                  "effective_date", "trigger", "sentence", "field", "start", "end"]  # SPEC §3
    assert all(list(e) == spec_order for e in events)
    assert {e["phase"] for e in events} <= set(PHASES)
    assert all(e["effective_date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["effective_date"])
               for e in events)


def test_cli_extract_reads_shared_seeds_and_corpus(shared_dir):
    seeds = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    result = run_cli("extract", *seeds, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 8
    assert all(o["title"] for o in objects) and len({o["id"] for o in objects}) == 8
    corpora = sorted(shared_dir.glob("corpus/*/*.jsonl"))
    result = run_cli("extract", *map(str, corpora), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    # One object per article the product's reader reads, in its order (the corpus grows).
    expected = [a.id for a in read_paths(corpora, ReadOptions()).articles]
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == expected and len(expected) > 100


def write_bad_inputs(folder):
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "gbk.txt").write_bytes("中国稀土出口新规\n\n中国商务部宣布对稀土实施出口许可管理。".encode("gbk"))
    (folder / "truncated.txt").write_text(
        "Search documents\n美国镓价上涨\nMetals Wire· 2025-05-01 10:00\nGallium prices rose 20% in April.\n"
        "日本锑库存\nMetals Wire· 2025-05-02 11:00\n", encoding="utf-8")
    (folder / "noarticle.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (folder / "lines.jsonl").write_text('{"title": "Chile lithium royalty", "text": "Chile raised its lithium royalty."}\n{broken\n',
                                        encoding="utf-8")
    with open(folder / "huge.txt", "wb") as big:
        big.truncate(50 * 1024 * 1024)  # 50 MB, sparse
        big.seek(0)
        big.write(b"Huge file\n\nrare earths " * 10)


def test_cli_extract_bad_inputs_get_one_line_each(tmp_path):
    bad = tmp_path / "bad"
    write_bad_inputs(bad)
    result = run_cli("extract", str(bad), "--format", "jsonl")
    assert result.returncode == 0  # something could be read
    titles = {json.loads(line)["title"] for line in result.stdout.splitlines()}
    # GBK read correctly; the dump's complete group; the JSON Lines file's good line.
    assert titles == {"中国稀土出口新规", "美国镓价上涨", "Chile lithium royalty"}
    errors = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "binary.txt", "truncated.txt", "noarticle.html", "lines.jsonl:2", "huge.txt"):
        assert sum(name in line for line in errors) == 1, (name, errors)


def test_cli_ingest_and_extract_agree_on_an_empty_folder(tmp_path, prefect_api):
    empty = tmp_path / "empty"
    empty.mkdir()
    extracted = run_cli("extract", str(empty))
    ingested = run_cli("ingest", str(empty), "--db", str(tmp_path / "ore.duckdb"), env={"PREFECT_API_URL": prefect_api})
    assert (extracted.returncode, ingested.returncode) == (1, 1)
    message = "Error: no article could be read from the given input"
    assert extracted.stderr.strip().splitlines() == [message]
    assert ingested.stderr.strip().splitlines()[-1] == message and "Traceback" not in ingested.stderr
    assert extracted.stdout == ""


def test_cli_extract_nothing_readable_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("extract", str(tmp_path / "empty.txt"))
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: [repr(row) for row in con.execute(f"select * from {t} order by all").fetchall()]
                for t in ("articles", "country_mentions", "element_mentions", "quantities", "events")}
    finally:
        con.close()


def test_cli_ingest_bad_inputs_keep_stored_data(tmp_path, article_dir, prefect_api):
    env = {"PREFECT_API_URL": prefect_api}
    db = tmp_path / "ore.duckdb"
    first = run_cli("ingest", str(article_dir), "--db", str(db), env=env)
    assert first.returncode == 0, first.stderr
    assert "2 new" in first.stdout
    before = snapshot(db)
    bad = tmp_path / "bad"
    write_bad_inputs(bad)
    second = run_cli("ingest", str(bad), "--db", str(db), env=env)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr and "huge.txt" in second.stderr
    after = snapshot(db)
    assert all(set(before[t]) <= set(after[t]) for t in before)  # nothing stored before changed
    assert len(after["articles"]) == len(before["articles"]) + 3
    only_bad = tmp_path / "only-bad"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_bytes(b"")
    third = run_cli("ingest", str(only_bad), "--db", str(db), env=env)
    assert third.returncode == 1 and "empty.txt" in third.stderr
    assert snapshot(db) == after


def test_cli_query_formats_and_status(tmp_path, article_dir, prefect_api):
    db = tmp_path / "ore.duckdb"
    assert run_cli("ingest", str(article_dir), "--db", str(db), env={"PREFECT_API_URL": prefect_api}).returncode == 0
    csv_out = run_cli("query", "select title from articles order by title", "--db", str(db), "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.splitlines() == ["title", "Canberra backs new gallium refinery", "Vietnam sets rare earth export limits"]
    as_json = json.loads(run_cli("query", "select count(*) as n from articles", "--db", str(db), "--format", "json").stdout)
    assert as_json == [{"n": 2}]
    bad_sql = run_cli("query", "select * from no_such_table", "--db", str(db))
    assert bad_sql.returncode == 1 and "no_such_table" in bad_sql.stderr and "Traceback" not in bad_sql.stderr
    status = run_cli("status", "--db", str(db))
    assert status.returncode == 0 and "articles" in status.stdout and "completed" in status.stdout


def test_cli_query_while_a_writer_holds_the_database(tmp_path, article_dir):
    db = tmp_path / "ore.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from orewatch.storage.db import connect_writer
        con = connect_writer({str(db)!r})
        print("holding", flush=True)
        time.sleep(6)
        con.close()
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        busy = run_cli("query", "select 1", "--db", str(db), "--wait", "1")
        assert busy.returncode == 1 and time.monotonic() - started >= 1
        assert "being written" in busy.stderr and "Traceback" not in busy.stderr
        waited = run_cli("query", "select 42 as answer", "--db", str(db), "--wait", "20", "--format", "csv")
        assert waited.returncode == 0 and waited.stdout.splitlines() == ["answer", "42"]
    finally:
        holder.wait(timeout=30)


def test_cli_query_without_database_says_so(tmp_path):
    result = run_cli("query", "select 1", "--db", str(tmp_path / "absent.duckdb"))
    assert result.returncode == 1 and "orewatch ingest" in result.stderr


def test_cli_reference_doc_matches_help():
    from orewatch.cli_reference import main as check_reference

    assert check_reference(["--check"]) == 0, "docs/cli-reference.md is stale: python -m orewatch.cli_reference"


def test_cli_ingest_refuses_wrong_sources_entry_in_one_line(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "news"\nkind = "folderz"\npath = "."\n', encoding="utf-8")
    result = run_cli("ingest", "--sources", str(sources), "--db", str(tmp_path / "ore.duckdb"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {sources}: [[source]] #1 ('news'): kind must be one of folder, file, url, feed, not 'folderz'"]
    assert not (tmp_path / "ore.duckdb").exists()


def test_cli_ingest_while_another_ingest_runs_says_so(tmp_path, article_dir):
    db = tmp_path / "ore.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from orewatch.storage.db import writer_lock
        with writer_lock({str(db)!r}):
            print("locked", flush=True)
            time.sleep(20)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run_cli("ingest", str(article_dir), "--db", str(db))
        assert result.returncode == 1 and "another ingest is running" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()
