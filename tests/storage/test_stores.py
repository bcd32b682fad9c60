"""The two kinds of store: one setting names either; a DuckLake on a real PostgreSQL holds the
same schema, comments and ids as a DuckDB file; what a lake lacks is handled."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from orewatch.storage import dialect, migrations
from orewatch.storage.db import connect_reader, connect_writer, reader_connection, writer_lock
from orewatch.storage.dictionary import describe
from orewatch.storage.errors import DatabaseMissing, StorageError
from orewatch.storage.lake import maintain_lake
from orewatch.storage.reviews import new_review_id, record_review
from orewatch.storage.stores import DEFAULT_DB_PATH, Store, resolve_store
from orewatch.storage.stories import refresh_pending
from orewatch.storage.writer import BatchStats, store_batch

from .builders import make_extraction, toy_extract
from .snapshots import count, rows, snapshot


def test_stores_setting_from_argument_then_env_then_sources_file(monkeypatch, tmp_path):
    monkeypatch.delenv("OREWATCH_DB", raising=False)
    monkeypatch.delenv("OREWATCH_DATA_PATH", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_store() == Store(str(DEFAULT_DB_PATH))
    (tmp_path / "conf").mkdir()
    sources = tmp_path / "conf" / "sources.toml"
    sources.write_text('[database]\ndb = "ducklake:postgres:dbname=ore host=db.example.org user=ore"\n'
                       'data_path = "lake-files"\n', encoding="utf-8")
    monkeypatch.setenv("OREWATCH_SOURCES", str(sources))
    from_file = resolve_store()
    assert from_file == Store("ducklake:postgres:dbname=ore host=db.example.org user=ore",
                              f"{tmp_path / 'conf' / 'lake-files'}/")  # relative to the sources file
    monkeypatch.setenv("OREWATCH_DB", str(tmp_path / "env.duckdb"))
    assert resolve_store() == Store(str(tmp_path / "env.duckdb"))
    assert resolve_store("arg.duckdb") == Store("arg.duckdb")
    monkeypatch.setenv("OREWATCH_DATA_PATH", "s3://bucket/lake/")
    assert resolve_store("ducklake:postgres:dbname=x").data_path == "s3://bucket/lake/"
    assert resolve_store("ducklake:postgres:dbname=x", "files").data_path == f"{tmp_path / 'files'}/"


def test_stores_refuse_other_catalogs_and_hide_passwords():
    with pytest.raises(StorageError, match="catalog must be PostgreSQL"):
        resolve_store("ducklake:sqlite:catalog.sqlite")
    secret = Store("ducklake:postgres:dbname=ore host=h user=u password=hunter2")
    assert "hunter2" not in str(secret) and str(secret).endswith("password=***")


def test_stores_lake_ddl_has_nothing_a_lake_refuses():
    """Every migration and the bootstrap, as a lake runs them: no key, CHECK, sequence or index
    (and a key column stays NOT NULL)."""
    sources = [m.sql for m in migrations.list_migrations()] + [migrations.BOOTSTRAP_SQL.read_text()]
    forbidden = re.compile(r"PRIMARY\s+KEY|UNIQUE|CHECK\s*\(|SEQUENCE|nextval|CREATE\s+INDEX", re.IGNORECASE)
    for sql in sources:
        for statement in dialect.lake_sql(sql):
            code = dialect.code_of(statement)
            if not code.upper().startswith("COMMENT"):
                assert not forbidden.search(code), code
    # From the first shared-store migration on, no ADD COLUMN (docs/scale-out.md: rebuild the table).
    for migration in migrations.list_migrations()[4:]:
        assert not re.search(r"ADD\s+COLUMN", dialect.code_of(migration.sql), re.IGNORECASE), migration.path
    (reviews,) = [s for s in dialect.lake_sql(migrations.list_migrations()[0].sql) if "CREATE TABLE reviews" in s]
    assert re.search(r"review_id\s+BIGINT NOT NULL,", reviews)
    assert dialect.lake_statement("CREATE SEQUENCE review_id_seq START 1;") is None


def test_stores_both_end_with_the_same_relations_views_and_comments(file_store, lake_store):
    schemas = []
    for store in (file_store, lake_store):
        con = connect_writer(store)
        try:
            schemas.append(describe(con))
        finally:
            con.close()
    file_schema, lake_schema = schemas
    assert lake_schema == file_schema
    assert {"articles", "events", "runs", "run_log", "reviews", "schema_view_columns"} <= set(lake_schema)
    assert lake_schema["runs"].kind == "view"
    commented = [c for r in lake_schema.values() if r.kind == "view" for _, _, c in r.columns]
    assert commented and all(commented)  # view columns documented in the lake too


def test_stores_same_batches_give_the_same_rows_and_ids(file_store, lake_store):
    first = [make_extraction(n) for n in range(4)]
    article = make_extraction(2).article
    edited = toy_extract(dataclasses.replace(article, text=article.text + " Japan banned lithium imports."))
    for store in (file_store, lake_store):
        assert store_batch(store, first, fetched_at="2025-11-01T00:00:00+00:00") == BatchStats(new=4)
        assert store_batch(store, [edited, make_extraction(9)], fetched_at="2025-12-01T00:00:00+00:00") == \
            BatchStats(new=1, updated=1)
    file_rows, lake_rows = snapshot(file_store), snapshot(lake_store)
    assert file_rows == lake_rows
    assert len(file_rows["extracted_events"]) == 15


def test_stores_review_numbers_grow_with_time_in_both(store):
    x = make_extraction(1)
    store_batch(store, [x])
    ids = [record_review(store, row[0], "alice", "accepted") for row in rows(store, "SELECT event_id FROM events")]
    assert ids == sorted(ids) and len(set(ids)) == 3 and ids[0] > 1 << 60
    assert [r[0] for r in rows(store, "SELECT review_id FROM reviews ORDER BY reviewed_at, review_id")] == ids
    assert new_review_id() > ids[-1]


def test_stores_lake_reader_of_an_empty_catalog_says_run_ingest(postgres):
    empty = Store(postgres.lake_url(postgres.create_database("empty")))
    with pytest.raises(DatabaseMissing) as error:
        connect_reader(empty)
    assert str(error.value) == f"no DuckLake at {empty}: run `orewatch ingest` first"
    with pytest.raises(StorageError, match="give --data-path"):
        connect_writer(empty)  # a new lake needs its data path


def test_stores_lake_unreachable_catalog_is_one_line_without_password(postgres):
    port = postgres.port + 1 if postgres.port < 65535 else postgres.port - 1
    store = Store(f"ducklake:postgres:dbname=x host=127.0.0.1 port={port} user=postgres password=hunter2", "/tmp/x/")
    with pytest.raises(StorageError) as error:
        connect_writer(store)
    message = str(error.value)
    assert message.startswith("cannot open the DuckLake ducklake:postgres:dbname=x")
    assert "hunter2" not in message and "\n" not in message


def test_stores_lake_has_no_run_lock(lake_store):
    with writer_lock(lake_store) as first, writer_lock(lake_store, timeout=0) as second:
        assert first is None and second is None


# Each child stores its own new articles and, every other batch, a new version of one shared
# article: deletes of tables the other child appends to, i.e. DuckLake conflicts.
CONCURRENT_WRITER = textwrap.dedent(
    """
    import dataclasses, sys
    sys.path.insert(0, {here!r})
    from builders import make_extraction, toy_extract
    from orewatch.storage.stores import Store
    from orewatch.storage.writer import store_batch

    store, base = Store(sys.argv[1], sys.argv[2]), int(sys.argv[3])
    shared = make_extraction(0).article
    for n in range(8):
        batch = [make_extraction(base + n * 10 + i) for i in range(10)]
        if n % 2:
            batch.append(toy_extract(dataclasses.replace(shared, text=shared.text + f" Note {{base}}-{{n}}.")))
        store_batch(store, batch)
    print("done", flush=True)
    """
)


def test_stores_two_writers_on_one_lake_both_complete(lake_store):
    store_batch(lake_store, [make_extraction(0)])
    script = CONCURRENT_WRITER.format(here=str(Path(__file__).resolve().parent))
    children = [subprocess.Popen([sys.executable, "-c", script, lake_store.location, lake_store.data_path, str(base)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for base in (1000, 5000)]
    outputs = [child.communicate(timeout=240) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err[-2000:] for _, err in outputs]
    assert count(lake_store, "SELECT count(*) FROM articles") == 1 + 2 * 80
    # The shared article was replaced whole each time: one row, and its children once.
    with reader_connection(lake_store) as con:
        (aid,) = con.execute("SELECT article_id FROM articles WHERE text LIKE '%Note%'").fetchone()
        assert con.execute("SELECT count(*) FROM extracted_events WHERE article_id = ?", [aid]).fetchone()[0] == 3


def test_stores_lake_maintenance_merges_files_and_keeps_every_row(lake_store):
    for n in range(6):  # 16 quantities a batch: more than DuckLake keeps inlined in its catalog (10)
        store_batch(lake_store, [make_extraction(n * 10 + i) for i in range(8)])
    # Deletes too: a re-extracted article (its events and story rows replaced), and a decision
    # whose story refresh replaces rows of event_stories and appends to story_refreshes.
    article = make_extraction(3).article
    store_batch(lake_store, [toy_extract(dataclasses.replace(article, text=article.text + " Japan banned lithium imports."))])
    record_review(lake_store, rows(lake_store, "SELECT min(event_id) FROM events")[0][0], "alice", "corrected",
                  changes={"actor": "USA"})
    assert refresh_pending(lake_store) > 0
    # A reader attached before the maintenance (as the review page's is) must read every
    # relation after it: each table, and the views built on them.
    before = snapshot(lake_store)
    stories_before = rows(lake_store, "SELECT * FROM stories ORDER BY ALL")
    assert len(before["event_stories"]) == len(before["extracted_events"]) == 144
    assert len(before["story_refreshes"]) == 1
    con = connect_writer(lake_store)
    try:
        files = lambda: con.execute("SELECT count(*) FROM ducklake_list_files('lake', 'quantities')").fetchone()[0]  # noqa: E731
        assert files() == 6
        maintain_lake(con, retention_days=0)
        # The six batches' files merged into one (with the re-extraction's deletions in a
        # file of their own beside it), and the re-extracted rows' file.
        assert files() == 2
    finally:
        con.close()
    assert snapshot(lake_store) == before
    assert rows(lake_store, "SELECT * FROM stories ORDER BY ALL") == stories_before


def test_stores_copy_moves_a_file_into_a_lake_whole(file_store, lake_store):
    from orewatch.storage.copy import copy_store
    from orewatch.storage.runs import finish_run, start_run

    run = start_run(file_store, "nightly_ingest")
    stats = store_batch(file_store, [make_extraction(n) for n in range(12)])
    finish_run(file_store, run, 12, stats.new, 0, "completed", stats=stats)
    x = make_extraction(3)
    record_review(file_store, next(iter(rows(file_store, "SELECT event_id FROM events LIMIT 1")))[0], "alice",
                  "corrected", changes={"actor": "USA"})
    assert refresh_pending(file_store) > 0  # the corrected event moves to another story
    copied = copy_store(file_store, lake_store)
    assert copied == {"articles": 12, "country_mentions": 48, "element_mentions": 72, "quantities": 24,
                      "extracted_events": 36, "reviews": 1, "run_log": 2, "event_stories": 36, "story_refreshes": 1}
    assert snapshot(lake_store) == snapshot(file_store)
    for view in ("element_attention", "country_attention", "figure_checks"):  # summaries recomputed
        assert rows(lake_store, f"SELECT * FROM {view} ORDER BY ALL") == \
            rows(file_store, f"SELECT * FROM {view} ORDER BY ALL") != [], view
    assert rows(lake_store, "SELECT review_status, actor FROM events WHERE review_status <> 'pending'") == \
        [("corrected", "USA")]
    with pytest.raises(StorageError, match="is not empty"):
        copy_store(file_store, lake_store)
    assert x.article.id in {r[0] for r in rows(lake_store, "SELECT article_id FROM articles")}
