"""Editors' decisions survive re-ingestion of our fixtures through the real flow, and an
edited sentence sends exactly its event back to the queue as changed since review; the
decisions export as an events-only gold file that `orewatch eval` scores."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from orewatch.gold import load_gold
from orewatch.storage.read import run_query
from orewatch.storage.reviews import record_review
from tests.conftest import REPO, run_cli
from tests.review.conftest import copy_db

EDITED_FILE = "wire/tungsten-apt-record.txt"
EDITED_SENTENCE = ("Buyers are also preparing for a US rule", "Buyers are now also preparing for a US rule")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, prefect_api) -> tuple[Path, Path]:
    """Our fixture articles (a copy, so one can be edited) ingested once through the flow."""
    root = tmp_path_factory.mktemp("fixtures")
    articles = root / "articles"
    shutil.copytree(REPO / "fixtures" / "articles", articles)
    db = root / "template.duckdb"
    result = run_cli("ingest", str(articles), "--db", str(db), env={"PREFECT_API_URL": prefect_api})
    assert result.returncode == 0, result.stderr
    return articles, db


def _ingest(articles: Path, db: Path, prefect_api: str) -> str:
    result = run_cli("ingest", str(articles), "--db", str(db), env={"PREFECT_API_URL": prefect_api})
    assert result.returncode == 0, result.stderr
    return result.stdout


def _states(db: Path) -> dict[str, str]:
    return dict(run_query(db, "SELECT event_id, review_status FROM events")[1])


def test_review_reingest_keeps_decisions_and_an_edited_sentence_comes_back(ingested, tmp_path, prefect_api):
    source, template = ingested
    articles = tmp_path / "articles"
    shutil.copytree(source, articles)
    db = copy_db(template, tmp_path / "orewatch.duckdb")
    _, events = run_query(db, "SELECT event_id, sentence FROM events ORDER BY event_id")
    assert len(events) > 50
    for n, (event, _) in enumerate(events):
        record_review(db, event, "Editor Eve", ("accepted", "rejected")[n % 3 == 0])
    decided = _states(db)
    assert set(decided.values()) == {"accepted", "rejected"}

    stored = run_query(db, "SELECT count(*) FROM articles")[1][0][0]
    assert f": 0 new, 0 updated, {stored} unchanged" in _ingest(articles, db, prefect_api)
    assert _states(db) == decided
    assert run_query(db, "SELECT count(*) FROM review_queue")[1] == [(0,)]

    (edited_id, _), = [(e, s) for e, s in events if s.startswith(EDITED_SENTENCE[0])]
    path = articles / EDITED_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(*EDITED_SENTENCE), encoding="utf-8")
    assert "1 updated" in _ingest(articles, db, prefect_api)
    _, queue = run_query(db, "SELECT event_id, review_status, earlier_review_id, sentence, type, actor FROM review_queue")
    (new_id, status, earlier, sentence, kind, actor), = queue
    assert status == "changed" and new_id != edited_id and sentence.startswith(EDITED_SENTENCE[1])
    _, (old,) = run_query(db, f"SELECT event_id, decision, seen ->> 'type', seen ->> 'actor' FROM reviews WHERE review_id = {earlier}")
    assert old == (edited_id, decided[edited_id], kind, actor)
    after = _states(db)
    assert {e: s for e, s in after.items() if e != new_id} == {e: s for e, s in decided.items() if e != edited_id}


def test_review_export_gold_round_trip_through_eval(ingested, tmp_path):
    source, template = ingested
    db = copy_db(template, tmp_path / "orewatch.duckdb")
    _, rows = run_query(db, "SELECT a.title, e.event_id, e.type, e.actor FROM events e JOIN articles a USING (article_id) "
                            "WHERE a.title IN ('Tungsten APT hits record as China cuts first-batch mining quota', "
                            "'India approves incentive scheme for rare earth magnet plants') ORDER BY e.event_id")
    assert len(rows) == 9  # "signed exploration deals with Argentina and Chile" is two deals
    accepted, rejected, corrected = rows[:4], rows[4:6], rows[6]  # rows[7:] stay undecided
    for _, event, _, _ in accepted:
        record_review(db, event, "Editor Eve", "accepted")
    for _, event, _, _ in rejected:
        record_review(db, event, "Editor Eve", "rejected")
    new_actor = "JPN" if corrected[3] != "JPN" else "KOR"
    record_review(db, corrected[1], "Editor Eve", "corrected", changes={"actor": new_actor})

    gold_file = tmp_path / "editors-gold.json"
    result = run_cli("review", "export-gold", str(gold_file), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"orewatch: wrote {gold_file}: 2 articles, 5 decided events, 2 undecided (optional)"
    document = json.loads(gold_file.read_text(encoding="utf-8"))
    assert document["kinds"] == ["events"]
    gold = load_gold(gold_file)
    assert {g.title for g in gold} == {r[0] for r in rows}
    assert all(g.kinds == frozenset({"events"}) for g in gold)
    assert sum(1 for g in gold for e in g.events if e.optional) == 2

    scored = run_cli("eval", str(gold_file), str(source), "--format", "json")
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    assert list(report["kinds"]) == ["events"]
    assert list(report["attribution"]) == ["event_date_month", "event_partners", "event_elements", "event_phase"]
    events = report["kinds"]["events"]
    # The same extractor against its editors: approved events are hits, rejected ones false
    # positives, the corrected one a miss (gold actor) plus a false positive (extracted actor).
    assert (events["tp"], events["fp"], events["fn"]) == (4, 3, 1)
    assert report["articles_scored"] == 2
    text = run_cli("eval", str(gold_file), str(source)).stdout
    assert "this gold file covers events only" in text
    floors = tmp_path / "floors.json"
    floors.write_text('{"countries": 0.9}')
    refused = run_cli("eval", str(gold_file), str(source), "--targets", str(floors))
    assert refused.returncode == 1 and "countries: not covered by this gold file" in refused.stderr
