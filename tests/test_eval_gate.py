"""The extraction quality gate: `orewatch eval` on our gold corpus and on our gold for the
shared seeds must not fall below the pinned floors in tests/eval_floors.json.

The floors are measured figures, raised as the extractors improve, never lowered to let a
change through; fixtures/gold/targets.json holds the issue's targets. Both sets must meet
the higher of the two for every figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED, run_cli

FLOORS = json.loads((REPO / "tests" / "eval_floors.json").read_text())
TARGETS = json.loads((REPO / "fixtures" / "gold" / "targets.json").read_text())


def figures(report: dict) -> dict[str, float]:
    values = {kind: row["f1"] for kind, row in report["kinds"].items()}
    values.update({name: row["share"] for name, row in report["attribution"].items()})
    return values


def evaluate(gold: Path, *inputs: Path) -> dict[str, float]:
    result = run_cli("eval", str(gold), *map(str, inputs), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert not report["missing_articles"], report["missing_articles"]
    return figures(report)


@pytest.mark.parametrize("corpus", ["corpus", "seeds"])
def test_eval_gate_meets_pinned_floors(corpus):
    if corpus == "seeds":
        if not (SHARED / "seeds").is_dir():
            pytest.skip("../shared is absent")
        measured = evaluate(REPO / "fixtures/gold/seeds.json", SHARED / "seeds")
    else:
        measured = evaluate(REPO / "fixtures/gold/corpus.json", REPO / "fixtures/articles")
    print(f"\n{corpus}: " + ", ".join(
        f"{k} {measured[k]:.3f} (target {TARGETS[k]})" for k in TARGETS if k in measured))
    required = {k: max(floor, TARGETS.get(k, 0.0)) for k, floor in FLOORS[corpus].items()}
    below = {k: (measured.get(k), need) for k, need in required.items() if measured.get(k, 0) < need}
    assert not below, f"below the issue's targets or the pinned floors (measured, required): {below}"
