"""`orewatch eval`: the event shares added on 2026-12-06 (partners, elements, phase), the gold
loader's phase, effective_date and story keys, and pairwise "same story" precision and recall."""

from __future__ import annotations

import json

import pytest

from orewatch.evaluation import check_targets, format_report, report_to_json, score
from tests.conftest import REPO, run_cli
from tests.test_evaluation import extraction, gold_article, gold_file, pe


def ge(type_, actor, partners=(), date="2025-03-04", elements=(), phase=None, story=None, effective=None, **more):
    item = {"type": type_, "subtype": None, "actor": actor, "partners": list(partners), "elements": list(elements),
            "date": date, "date_precision": "day", "effective_date": effective, **more}
    if phase is not None:
        item["phase"] = phase
    if story is not None:
        item["story"] = story
    return item


# --------------------------------------------------------------------------- gold loader


def test_evaluation_gold_reads_phase_effective_date_and_story(tmp_path):
    (article,) = gold_file(tmp_path, gold_article(events=[
        ge("tariff", "USA", phase="suspended", story="us-tariff-1", effective="2025-04"), ge("tariff", "CHN")]))
    suspended, plain = article.events
    assert (suspended.phase, suspended.effective_date, suspended.story) == ("suspended", "2025-04", "us-tariff-1")
    assert (plain.phase, plain.effective_date, plain.story) == (None, None, None)


def test_evaluation_gold_refuses_an_unknown_phase(tmp_path):
    with pytest.raises(ValueError, match=r"gold.json: article 1 .*phase 'paused' is not one of proposed"):
        gold_file(tmp_path, gold_article(events=[ge("tariff", "USA", phase="paused")]))


# --------------------------------------------------------------------------- event shares


def test_evaluation_event_partners_elements_and_phase_shares(tmp_path):
    gold = gold_file(tmp_path, gold_article(events=[
        ge("export_restriction", "CHN", ["USA"], elements=["Ga", "Ge"], phase="suspended"),
        ge("tariff", "USA", ["CHN"], elements=["Sb"]),  # no phase in the gold: phase not scored
        ge("agreement", "USA", ["AUS"], elements=["REE"], phase="announced"),  # parties are the key
    ]))
    predicted = [pe("export_restriction", "CHN", ["USA"], "2025-03", ["Ge", "Ga"], "announced"),
                 pe("tariff", "USA", [], "2025-03", ["Sb"], "lifted"),
                 pe("agreement", "AUS", ["USA"], "2025-03", ["REE", "Ga"])]
    report = score(gold, [extraction(events=predicted)])
    shares = {name: (s.right, s.total) for name, s in report.attribution.items() if name.startswith("event_")}
    assert shares == {"event_date_month": (3, 3), "event_partners": (1, 2), "event_elements": (2, 3),
                      "event_phase": (1, 2)}
    errors = {(f.kind, f.item.split(" (")[0]) for f in report.attribution_errors}
    assert errors == {("event_partners", "partners: predicted [], gold ['CHN']"),
                      ("event_elements", "elements: predicted ['Ga', 'REE'], gold ['REE']"),
                      ("event_phase", "phase: predicted 'announced', gold 'suspended'")}


def test_evaluation_event_shares_are_read_from_each_gold_events_own_pair(tmp_path):
    # Two measures of one key in one article: each gold event is judged against the predicted
    # event it was paired with, so a perfect extraction scores 1.0.
    gold = gold_file(tmp_path, gold_article(events=[ge("investment", "USA", ["KAZ"], "2025-09-01", ["W"]),
                                                    ge("investment", "USA", ["AUS"], "2025-10-20", ["Ga"])]))
    predicted = [pe("investment", "USA", ["KAZ"], "2025-09", ["W"]), pe("investment", "USA", ["AUS"], "2025-10", ["Ga"])]
    report = score(gold, [extraction(events=predicted)])
    assert (report.attribution["event_partners"].share, report.attribution["event_elements"].share) == (1.0, 1.0)


# --------------------------------------------------------------------------- stories


def _story_gold(tmp_path):
    return gold_file(
        tmp_path,
        gold_article("First report", events=[ge("export_restriction", "CHN", date="2023-07-03", elements=["Ga"],
                                                story="ga-2023")]),
        gold_article("Second report", events=[ge("export_restriction", "CHN", date="2023-07-03", elements=["Ga"],
                                                 story="ga-2023")]),
        gold_article("Third report", events=[ge("export_restriction", "CHN", date="2025-05-14", elements=["Ga"],
                                                story="ga-2025"),
                                             ge("tariff", "USA", date="2025-05-02", story="us-tariff")]),
        gold_article("Fourth report", events=[ge("export_restriction", "CHN", date="2023-07-05", elements=["Ga"],
                                                 story="ga-2023")]),
    )


def _predicted(first_date="2023-07-03", fourth_date="2023-07-05", third_date="2025-05-14"):
    return [
        extraction("First report", article_id="ar_1", events=[pe("export_restriction", "CHN", (), first_date, ["Ga"],
                                                                  precision="day")]),
        extraction("Second report", article_id="ar_2", events=[pe("export_restriction", "CHN", (), "2023-07-03",
                                                                   ["Ga"], precision="day")]),
        extraction("Third report", article_id="ar_3", events=[pe("export_restriction", "CHN", (), third_date, ["Ga"],
                                                                  precision="day"),
                                                               pe("tariff", "USA", (), "2025-05-02", precision="day")]),
        extraction("Fourth report", article_id="ar_4", events=[pe("export_restriction", "CHN", (), fourth_date, ["Ga"],
                                                                   precision="day")]),
    ]


def test_evaluation_stories_all_pairs_right(tmp_path):
    report = score(_story_gold(tmp_path), _predicted())
    # 5 labelled events: 3 pairs of ga-2023 are one story, the 7 other pairs are not.
    assert (report.story_events, report.stories.tp, report.stories.fp, report.stories.fn) == (5, 3, 0, 0)
    assert (report.stories.precision, report.stories.recall) == (1.0, 1.0)
    assert report.story_findings == []


def test_evaluation_stories_split_and_merged_pairs_are_counted_and_named(tmp_path):
    # The fourth report dates the 2023 measure to 2025-05: it leaves its story (2 pairs missed)
    # and joins the 2025 one (1 pair wrongly merged).
    report = score(_story_gold(tmp_path), _predicted(fourth_date="2025-05-20"))
    assert (report.stories.tp, report.stories.fp, report.stories.fn) == (1, 1, 2)
    assert (report.stories.precision, report.stories.recall) == (0.5, 1 / 3)
    kinds = sorted(f.item.split(" ")[0] for f in report.story_findings)
    assert kinds == ["merges", "split"]
    assert report_to_json(report)["stories"] == {"events": 5, "tp": 1, "fp": 1, "fn": 2, "precision": 0.5,
                                                 "recall": 1 / 3, "f1": 0.4}
    text = format_report(report)
    assert "pairs of the 5 matched events with a gold story label" in text and "STORIES SPLIT OR MERGED (2)" in text
    assert check_targets(report, {"stories.precision": 0.95, "stories.recall": 0.3}) == [
        "stories.precision: 0.500 < 0.950"]


def test_evaluation_stories_absent_when_the_gold_labels_none(tmp_path):
    gold = gold_file(tmp_path, gold_article(events=[ge("tariff", "USA")]))
    report = score(gold, [extraction(events=[pe("tariff", "USA")])])
    assert report.stories is None and report_to_json(report)["stories"] is None
    assert "same story" not in format_report(report)
    assert check_targets(report, {"stories.recall": 0.85}) == ["stories.recall: the gold labels no story (floor 0.850)"]


def test_evaluation_stories_on_our_story_gold_through_the_cli():
    """`orewatch eval` on the story gold reports pairwise figures (their floors: test_eval_gate)."""
    result = run_cli("eval", str(REPO / "fixtures/gold/stories.json"), str(REPO / "fixtures/stories"),
                     "--format", "json")
    assert result.returncode == 0, result.stderr
    stories = json.loads(result.stdout)["stories"]
    assert stories["events"] >= 15 and stories["tp"] + stories["fn"] >= 10
    assert 0.0 <= stories["precision"] <= 1.0 and 0.0 <= stories["recall"] <= 1.0
