"""The digest page: which rows it covers, and that it opens offline in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest
from PIL import Image

from orewatch.analysis.digest import render_digest, resolve_reports_dir, write_digest
from orewatch.storage.digest import read_digest
from tests.conftest import REPO, rows_of


class _Resources(HTMLParser):
    """Every tag and every attribute that would make a browser fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.fetches: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name in ("src", "srcset", "data") or (tag == "link" and name == "href"):
                self.fetches.append(f"{tag} {name}={value}")


def test_digest_covers_what_arrived_since(fixture_db):
    now = datetime.now(timezone.utc)
    everything = read_digest(fixture_db, None, now)
    articles = rows_of(fixture_db, "SELECT count(*) FROM articles")[0][0]
    assert len(everything.sections["articles"].rows) == articles
    assert len(everything.sections["pending_events"].rows) == rows_of(
        fixture_db, "SELECT count(*) FROM events WHERE review_status = 'pending'")[0][0]
    assert len(everything.sections["conflicts"].rows) == rows_of(fixture_db, "SELECT count(*) FROM figure_conflicts")[0][0]
    assert len(everything.sections["checks"].rows) == rows_of(fixture_db, "SELECT count(*) FROM figure_checks")[0][0]
    nothing = read_digest(fixture_db, now + timedelta(minutes=1), now)
    assert [len(nothing.sections[s].rows) for s in ("articles", "pending_events", "figures", "conflicts", "checks")] \
        == [0, 0, 0, 0, 0]
    # The charts still show the database's latest year, whatever arrived.
    assert nothing.trends["events"][1].rows == everything.trends["events"][1].rows != []


def test_digest_page_fetches_nothing(fixture_db, tmp_path):
    page = write_digest(fixture_db, tmp_path / "d.html", None)
    parser = _Resources()
    parser.feed(page.read_text(encoding="utf-8"))
    assert parser.fetches == [] and not {"script", "link", "iframe", "img"} & parser.tags
    assert not list(tmp_path.glob("*.partial"))


def test_digest_reports_folder_is_configurable(tmp_path, monkeypatch):
    monkeypatch.delenv("OREWATCH_REPORTS", raising=False)
    assert resolve_reports_dir(None, tmp_path / "data" / "ore.duckdb") == tmp_path / "data" / "reports"
    monkeypatch.setenv("OREWATCH_REPORTS", str(tmp_path / "env"))
    assert resolve_reports_dir(None, "x.duckdb") == tmp_path / "env"
    assert resolve_reports_dir(tmp_path / "arg", "x.duckdb") == tmp_path / "arg"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (make test installs it)")
def test_digest_opens_offline_in_chromium(fixture_db, tmp_path):
    page = write_digest(fixture_db, tmp_path / "digest.html", None)
    shot = REPO / "build" / "digest.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    # No proxy server at all, so any request for a resource would fail: the page needs none.
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--proxy-server=127.0.0.1:9", "--window-size=1280,2400", f"--screenshot={shot}",
                    page.as_uri()], check=True, capture_output=True, timeout=120)
    with Image.open(shot) as image:
        assert image.size == (1280, 2400)
        assert len(image.convert("L").getcolors(maxcolors=1 << 16) or []) > 10  # not a blank page
    assert "Harbour Metals Daily" in render_digest(read_digest(fixture_db, None, datetime.now(timezone.utc)), "t")


def test_digest_keeps_the_first_rows_and_counts_the_rest(fixture_db, monkeypatch):
    """A large night: each section keeps only its first rows, but its count, the verdicts of
    every check and the page's "… and N more rows" cover all of them."""
    from orewatch.storage import digest

    now = datetime.now(timezone.utc)
    everything = read_digest(fixture_db, None, now)
    monkeypatch.setattr(digest, "KEEP_ROWS", 2)
    kept = read_digest(fixture_db, None, now)
    for name, section in everything.sections.items():
        assert kept.sections[name].rows == section.rows[:2]
        assert kept.sections[name].count == section.count == len(section.rows)
    verdicts = rows_of(fixture_db, "SELECT verdict, count(*) FROM figure_checks GROUP BY verdict")
    assert dict(kept.sections["checks"].tally) == dict(verdicts)
    articles = everything.sections["articles"].count
    assert articles > 2
    assert f"… and {articles - 2:,} more rows" in render_digest(kept, "t")
    summary = re.compile(r'<ul class="summary">.*?</ul>', re.DOTALL)
    assert summary.search(render_digest(kept, "t")).group() == summary.search(render_digest(everything, "t")).group()


def _night_split(fixture_db, tmp_path) -> tuple["Path", datetime]:
    """A copy of the fixture database in which half of the articles arrived a day later."""
    import duckdb

    db = tmp_path / "split.duckdb"
    shutil.copy(fixture_db, db)
    later = datetime(2031, 1, 1, tzinfo=timezone.utc)
    con = duckdb.connect(str(db))
    try:
        con.execute("UPDATE articles SET fetched_at = ? WHERE hash(article_id) % 2 = 0", [later])
    finally:
        con.close()
    return db, later


def test_digest_sections_are_the_rows_of_their_views(fixture_db, tmp_path):
    """The sections read base tables (narrow rows first) instead of the views they stand for,
    so that a large night fits a writer's memory: their rows must be the views' rows."""
    from orewatch.storage.digest import _section
    from orewatch.storage.read import reading

    db, later = _night_split(fixture_db, tmp_path)
    night = "SELECT article_id FROM articles WHERE fetched_at >= ?"
    expected = {
        "pending_events": rows_of(db, f"""
            SELECT published_at, type, subtype, actor, partners, elements, event_date, trigger, sentence, source, event_id
            FROM review_queue WHERE article_id IN ({night})
            ORDER BY published_at DESC NULLS LAST, event_id""", [later]),
        "figures": rows_of(db, f"""
            SELECT published_at, metric, country, element, value, value_max, unit, qualifier, is_change, year, source, text, quantity_id
            FROM figure_history WHERE article_id IN ({night})
            ORDER BY published_at DESC NULLS LAST, metric, country, quantity_id""", [later]),
        "conflicts": rows_of(db, f"""
            SELECT metric, country, element, unit, year, round(gap, 3), earlier_value, earlier_source,
                   earlier_published_at, later_value, later_source, later_published_at, earlier_sentence, later_sentence
            FROM figure_conflicts WHERE later_article_id IN ({night}) OR earlier_article_id IN ({night})
            ORDER BY later_published_at DESC NULLS LAST, metric, country, element, later_quantity_id, earlier_quantity_id""",
            [later, later]),
    }
    assert all(len(rows) >= 2 for rows in expected.values())  # the fixture has a night of each
    with reading(db, 5.0) as con:
        for name, rows in expected.items():
            whole = _section(con, name, later, keep=10_000)
            assert (whole.rows, whole.count) == (rows, len(rows)), name
            first = _section(con, name, later, keep=2)
            assert (first.rows, first.count) == (rows[:2], len(rows)), name
