"""The review page shows, beside an event, the other reports of its story (issue 10 point 5):
a real `orewatch review` server over plain HTTP, on a real DuckDB file."""

from __future__ import annotations

import html

from orewatch.storage import review_reads
from orewatch.storage.db import reader_connection
from tests.review.support import EditorClient, build_db, review_server


def test_review_story_reports_read_the_other_reports_of_each_story(db_path):
    ids = build_db(db_path, articles=3)  # the same three measures in every toy article
    with reader_connection(db_path) as con:
        found = review_reads.story_reports(con, [ids[0][0], "ev_unknown"], per_story=1)
    assert set(found) == {ids[0][0]}
    (newest,) = found[ids[0][0]]
    assert newest["reports"] == 2  # the two other articles' reports, the newest one listed
    assert newest["title"] == "Gallium curbs and rare earths deals, report 2"
    assert newest["event_id"] == ids[2][0]


def test_review_page_lists_an_events_other_reports_beside_it(db_path):
    build_db(db_path, articles=3)
    with review_server(db_path) as server:
        editor = EditorClient(server.url, "Story Sam")
        page = html.unescape(editor.http.get("/?type=export_restriction").text)
        editor.close()
    assert page.count("Other reports of this measure: 2") == 3
    for n in range(3):
        assert f"Gallium curbs and rare earths deals, report {n}" in page
    assert "China announced export controls on gallium and germanium in report 1." in page
