"""Schema creation, forward migration from version 1, and the views' upkeep."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from orewatch.storage import migrations
from orewatch.storage.db import connect_writer
from orewatch.storage.errors import SchemaError
from orewatch.storage.writer import store_batch

from .builders import make_extraction

# SPEC §5: at least these relations with at least these columns.
SPEC_RELATIONS = {
    "articles": "article_id url source title published_at language fetched_at content_hash text",
    "country_mentions": "article_id code text field start_char end_char",
    "element_mentions": "article_id code text field start_char end_char",
    "quantities": "quantity_id article_id value value_max unit qualifier is_change metric country "
    "element year text sentence field start_char end_char",
    "events": "event_id article_id type subtype actor partners elements event_date date_precision phase "
    "effective_date story_id trigger sentence field start_char end_char review_status reviewed_by reviewed_at",
    "stories": "story_id type actor partners elements first_date last_date phases reports articles sources "
    "review_status",
    "reviews": "review_id event_id editor decision changes note reviewed_at",
    "runs": "run_id flow started_at finished_at articles_seen articles_new articles_failed status",
}


def _columns(con, relation: str) -> dict[str, str]:
    return dict(
        con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = current_database() "
            "AND table_name = ?", [relation]
        ).fetchall()
    )


def test_migrations_create_spec_schema_from_empty(store):
    con = connect_writer(store)
    try:
        assert migrations.current_version(con) == migrations.latest_version() == 11
        assert con.execute("SELECT version, name FROM schema_version ORDER BY 1").fetchall() == [
            (1, "initial"),
            (2, "run_outcomes"),
            (3, "review_decisions"),
            (4, "analysts"),
            (5, "shared_store"),
            (6, "phases_and_stories"),
            (7, "run_warnings"),
            (8, "analyst_summaries"),
            (9, "figure_levels"),
            (10, "keys_without_indexes"),
            (11, "story_rules_state"),
        ]
        # No ART index behind the big tables' ids: a writer's memory must not grow with them.
        keyed = {row[0] for row in con.execute(
            "SELECT table_name FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') "
            "AND database_name = current_database()").fetchall()}
        assert keyed.isdisjoint({"articles", "quantities", "extracted_events", "country_mentions",
                                 "element_mentions", "event_stories", "figure_levels", "checked_figures"})
        for relation, names in SPEC_RELATIONS.items():
            assert set(names.split()) <= set(_columns(con, relation)), relation
        events = _columns(con, "events")
        assert events["partners"] == events["elements"] == "VARCHAR[]"
        assert events["event_date"] == "VARCHAR"
        assert _columns(con, "articles")["published_at"] == "TIMESTAMP WITH TIME ZONE"
        views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal "
                                           "AND database_name = current_database()").fetchall()}
        assert views == {v.name for v in migrations.list_views()}
        assert {"events", "event_month_counts", "quantity_trends", "stories", "story_reports"} <= views
        assert list(_columns(con, "events"))[7:12] == ["event_date", "date_precision", "phase", "effective_date",
                                                       "story_id"]
    finally:
        con.close()


def _write_as_version_2(con, extractions) -> None:
    """Articles and events as a version 1 or 2 writer stored them: no phase, no stories."""
    for x in extractions:
        a = x.article
        con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, NULL, ?, 'en', now(), ?, ?)",
                    [a.id, a.url, a.source, a.title, a.published, a.id, a.text])
        for e in x.events:
            con.execute("INSERT INTO extracted_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [f"ev_{a.id}_{e.type}", a.id, e.type, e.subtype, e.actor, list(e.partners),
                         list(e.elements), e.date, e.date_precision, e.trigger, e.sentence, e.field, e.start, e.end])


_OLD_EVENT_COLUMNS = ("event_id, article_id, type, subtype, actor, partners, elements, event_date, date_precision, "
                      "trigger, sentence, field, start_char, end_char")


def test_migrations_upgrade_v1_database_keeps_its_data(db_path):
    db_path.parent.mkdir(parents=True)
    con = duckdb.connect(str(db_path))
    assert migrations.migrate(con, target=1) == [1]
    _write_as_version_2(con, [make_extraction(1), make_extraction(2)])
    con.execute("INSERT INTO runs VALUES ('run_old', 'ingest', now(), now(), 2, 2, 0, 'completed')")
    old_event = con.execute("SELECT event_id FROM extracted_events ORDER BY event_id LIMIT 1").fetchone()[0]
    con.execute("INSERT INTO reviews (event_id, editor, decision, note) VALUES (?, 'alice', 'rejected', 'v1')", [old_event])
    before = {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall()
              for t, cols in (("articles", "*"), ("extracted_events", _OLD_EVENT_COLUMNS))}
    assert "articles_updated" not in _columns(con, "runs")
    con.close()

    con = connect_writer(db_path)  # the current code opens the old file
    try:
        assert migrations.current_version(con) == migrations.latest_version()
        assert con.execute("SELECT count(*) FROM reference_figures").fetchone()[0] == 1171
        for (table, cols), rows in zip((("articles", "*"), ("extracted_events", _OLD_EVENT_COLUMNS)), before.values()):
            assert con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall() == rows
        assert con.execute(
            "SELECT run_id, articles_new, articles_updated, articles_duplicate, articles_warned FROM runs"
        ).fetchall() == [("run_old", 2, None, None, None)]
        # The v1 review is kept (id, decision, note) in the rebuilt reviews table, and still
        # applies: a review without `seen` is never called changed.
        assert con.execute("SELECT review_id, event_id, decision, note, seen FROM reviews").fetchall() == [
            (1, old_event, "rejected", "v1", None)
        ]
        assert con.execute("SELECT review_status, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall() == [
            ("pending", 5), ("rejected", 1)
        ]
        # The sequence goes on after the kept rows.
        assert con.execute("INSERT INTO reviews (event_id, editor, decision) VALUES ('ev_x', 'bob', 'accepted') "
                           "RETURNING review_id").fetchone() == (2,)
        # Events read before phases keep the default; every one gets its story on opening.
        assert con.execute("SELECT DISTINCT phase, effective_date FROM events").fetchall() == [("announced", None)]
        assert con.execute("SELECT count(*) FROM events WHERE story_id IS NULL").fetchone() == (0,)
    finally:
        con.close()


def test_migrations_upgrade_v2_database_gives_every_event_its_story(db_path):
    db_path.parent.mkdir(parents=True)
    con = duckdb.connect(str(db_path))
    assert migrations.migrate(con, target=2) == [1, 2]
    _write_as_version_2(con, [make_extraction(n) for n in (1, 2, 3)])
    con.close()

    con = connect_writer(db_path)
    try:
        rows = con.execute("SELECT type, count(DISTINCT story_id), count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()
        # The three reports of each kind are one measure each (same actor, elements, month).
        assert rows == [("agreement", 1, 3), ("export_restriction", 1, 3), ("investment", 1, 3)]
        assert con.execute("SELECT count(*) FROM event_stories").fetchone() == (9,)
    finally:
        con.close()
    with connect_writer(db_path) as again:  # a second opening finds nothing to do
        assert again.execute("SELECT count(*) FROM event_stories").fetchone() == (9,)


def test_migrations_upgrade_v5_lake_gives_events_phases_and_stories(lake_store):
    """A shared lake made by version 5 (before phases and stories) taken to the current schema."""
    from orewatch.storage.lake import connect_lake

    con = connect_lake(lake_store, read_only=False)
    try:
        assert migrations.migrate(con, target=5) == [1, 2, 3, 4, 5]
        _write_as_version_2(con, [make_extraction(n) for n in (1, 2, 3)])
    finally:
        con.close()
    con = connect_writer(lake_store)
    try:
        assert migrations.current_version(con) == migrations.latest_version()
        assert con.execute("SELECT DISTINCT phase, effective_date FROM events").fetchall() == [("announced", None)]
        rows = con.execute("SELECT type, count(DISTINCT story_id), count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()
        assert rows == [("agreement", 1, 3), ("export_restriction", 1, 3), ("investment", 1, 3)]
        assert con.execute("SELECT count(*) FROM event_stories").fetchone() == (9,)
    finally:
        con.close()


def test_migrations_refuse_a_database_newer_than_the_code(db_path):
    connect_writer(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (99, 'from_the_future')")
    con.close()
    with pytest.raises(SchemaError, match="newer than this orewatch"):
        connect_writer(db_path)


def test_migrations_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(migrations.MIGRATIONS_DIR / "0001_initial.sql", folder)
    (folder / "0002_broken.sql").write_text(
        "ALTER TABLE runs ADD COLUMN half_done INTEGER;\nSELECT * FROM no_such_table;\n"
    )
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", folder)
    con = duckdb.connect(str(tmp_path / "x.duckdb"))
    with pytest.raises(duckdb.CatalogException):
        migrations.migrate(con)
    assert migrations.current_version(con) == 1
    assert "half_done" not in _columns(con, "runs")
    con.close()


def test_migrations_numbers_must_not_skip(tmp_path):
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(SchemaError, match="expected migration number 0002"):
        migrations.list_migrations(tmp_path)


def test_migrations_views_recreated_only_when_a_file_changes(tmp_path, monkeypatch):
    folder = tmp_path / "views"
    shutil.copytree(migrations.VIEWS_DIR, folder)
    monkeypatch.setattr(migrations, "VIEWS_DIR", folder)
    con = duckdb.connect(str(tmp_path / "v.duckdb"))
    migrations.migrate(con)
    assert migrations.refresh_views(con) is False  # nothing changed: no catalog writes
    queue = folder / "review_queue.sql"
    queue.write_text(queue.read_text().replace("e.event_id,\n    e.review_status,", "e.event_id,\n    'x' AS marker,\n    e.review_status,", 1))
    migrations.migrate(con)
    assert "marker" in _columns(con, "review_queue")
    con.close()


def test_migrations_views_come_after_the_views_they_use():
    order = [v.name for v in migrations.list_views()]
    for dependent in ("event_month_counts", "review_queue"):
        assert order.index("events") < order.index(dependent)
