"""Re-pins tests/eval_floors.json to today's measured figures, truncated to two decimals:
run it after an improvement (`.venv/bin/python tests/pin_eval_floors.py`), never to let a
regression through. Every figure a set measures is pinned (a share with nothing to measure,
such as event_phase on a gold without phases, is not)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEYS = ["countries", "elements", "quantities", "events", "quantity_metric", "quantity_country", "quantity_element",
        "event_date_month", "event_partners", "event_elements", "event_phase", "stories.precision", "stories.recall"]
SETS = {"corpus": ("fixtures/gold/corpus.json", "fixtures/articles"),
        "seeds": ("fixtures/gold/seeds.json", str(REPO.parent / "shared" / "seeds")),
        "stories": ("fixtures/gold/stories.json", "fixtures/stories")}


def measure(gold: str, inputs: str) -> dict[str, float]:
    out = subprocess.run([str(Path(sys.executable).parent / "orewatch"), "eval", gold, inputs, "--format", "json"],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    values = {k: v["f1"] for k, v in report["kinds"].items()}
    values.update({k: v["share"] for k, v in report["attribution"].items()})
    if report.get("stories"):
        values.update({f"stories.{m}": report["stories"][m] for m in ("precision", "recall")})
    return {k: math.floor(values[k] * 100) / 100 for k in KEYS if values.get(k) is not None}


if __name__ == "__main__":
    floors = {name: measure(*paths) for name, paths in SETS.items()}
    (REPO / "tests" / "eval_floors.json").write_text(json.dumps(floors, indent=2) + "\n")
    print(json.dumps(floors, indent=2))
