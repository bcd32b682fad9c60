"""The extraction quality gate: `orewatch eval` on our gold corpus, on our gold for the shared
seeds and on our story gold must not fall below the pinned floors in tests/eval_floors.json.

The floors are measured figures, raised as the extractors improve, never lowered to let a
change through (tests/pin_eval_floors.py refuses to); fixtures/gold/targets.json holds the
issue's targets. The corpus and the seeds must meet the higher of the two for every figure,
and every figure the report gives has a floor. The story gold (fixtures/gold/stories.json) is
held to its floors, and its same-story targets are checked by a strict expected failure: the
day they are met that test fails until it is made a plain gate. The seeds need ../shared:
skipped in a clone without it, failed in CI (OREWATCH_REQUIRE_SHARED=1, set by .ci/run).
"""

from __future__ import annotations

import functools
import json

import pytest

from tests.conftest import REPO, SHARED, run_cli, skip_without_shared
from tests.pin_eval_floors import SETS as PINNED_SETS
from tests.pin_eval_floors import lowered, main

FLOORS = json.loads((REPO / "tests" / "eval_floors.json").read_text())
TARGETS = json.loads((REPO / "fixtures" / "gold" / "targets.json").read_text())
# The sets pin_eval_floors.py measures, as (gold, inputs) paths.
SETS = {name: (REPO / gold, inputs) for name, (gold, inputs) in PINNED_SETS.items()}
TARGETED = ("seeds",)  # the sets held to fixtures/gold/targets.json (issue 4's targets) as well as their floors
STORY_TARGETS = ("stories.precision", "stories.recall")
# Issue 10's targets on real news (fixtures/gold/targets-unseen.json), checked on our gold over
# real articles by a strict expected failure until they are met.
UNSEEN_TARGETS = json.loads((REPO / "fixtures" / "gold" / "targets-unseen.json").read_text())
UNSEEN_SETS = ("heldout", "dev-en2-a", "dev-en2-b", "dev-en1", "dev-rthk", "dev-zh2011")


def figures(report: dict) -> dict[str, float]:
    values = {kind: row["f1"] for kind, row in report["kinds"].items()}
    values.update({name: row["share"] for name, row in report["attribution"].items() if row["share"] is not None})
    if report.get("stories"):
        values.update({f"stories.{m}": report["stories"][m] for m in ("precision", "recall")})
    return values


@functools.cache
def evaluate(corpus: str) -> dict[str, float]:
    gold, inputs = SETS[corpus]
    if inputs.is_relative_to(SHARED):
        skip_without_shared(inputs)
    result = run_cli("eval", str(gold), str(inputs), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert not report["missing_articles"], report["missing_articles"]
    return figures(report)


@pytest.mark.parametrize("corpus", list(SETS))
def test_eval_gate_meets_pinned_floors(corpus):
    measured = evaluate(corpus)
    print(f"\n{corpus}: " + ", ".join(
        f"{k} {measured[k]:.3f} (target {TARGETS[k]})" for k in TARGETS if k in measured))
    assert set(FLOORS[corpus]) == set(measured), "a figure without a floor: run tests/pin_eval_floors.py"
    targets = {k: t for k, t in TARGETS.items() if k not in STORY_TARGETS} if corpus in TARGETED else {}
    required = {k: max(floor, targets.get(k, 0.0)) for k, floor in FLOORS[corpus].items()}
    below = {k: (measured.get(k), need) for k, need in required.items() if measured.get(k, 0) < need}
    assert not below, f"below the issue's targets or the pinned floors (measured, required): {below}"


def test_eval_gate_story_gold_meets_the_story_targets():
    """Stories of the extractors' own output meet the issue's targets (precision 1.0, recall 1.0
    since phases are read, 2026-12-06; 0.909 and 0.625 before)."""
    measured = evaluate("stories")
    below = {k: (measured[k], TARGETS[k]) for k in STORY_TARGETS if measured[k] < TARGETS[k]}
    assert not below, f"same-story figures below the issue's targets (measured, target): {below}"


def below_unseen_targets() -> dict[str, dict[str, tuple[float, float]]]:
    """Per set over real articles, the figures below issue 10's targets (measured, target); the
    Chinese sets are held to the Chinese events target instead of the general one."""
    below = {}
    for name in UNSEEN_SETS:
        measured = evaluate(name)
        targets = dict(UNSEEN_TARGETS["all"])
        if name in UNSEEN_TARGETS["chinese_sets"]:
            targets["events"] = UNSEEN_TARGETS["chinese_events"]
        missed = {k: (round(measured[k], 3), t) for k, t in targets.items() if k in measured and measured[k] < t}
        if missed:
            below[name] = missed
    return below


@pytest.mark.xfail(strict=True, reason="issue 10's targets are not met on our gold over real articles "
                                       "(2026-12-06; figures in docs/measurements.md)")
def test_eval_gate_real_articles_meet_issue_10_targets():
    below = below_unseen_targets()
    assert not below, f"below issue 10's targets (measured, target): {below}"


def test_eval_gate_pin_finds_every_lowered_or_dropped_floor():
    old = {"corpus": {"events": 0.85, "countries": 1.0, "title_elements": 1.0}, "seeds": {"events": 0.85}}
    new = {"corpus": {"events": 0.84, "countries": 1.0}, "seeds": {"events": 0.9}}
    assert lowered(old, new) == ["corpus events: 0.85 -> 0.84", "corpus title_elements: 1.0 -> none"]
    assert lowered(old, {"seeds": {"events": 0.85}}) == []  # a set not measured keeps its floors


def test_eval_gate_pin_refuses_to_lower_a_floor(tmp_path, capsys):
    floors = json.loads((REPO / "tests" / "eval_floors.json").read_text())
    floors["corpus"]["events"] = 0.99  # above what the extractors measure
    path = tmp_path / "eval_floors.json"
    path.write_text(json.dumps(floors))
    assert main([], floors_path=path) == 1
    assert json.loads(path.read_text()) == floors  # nothing written
    assert "corpus events: 0.99 -> 0.8" in capsys.readouterr().err
