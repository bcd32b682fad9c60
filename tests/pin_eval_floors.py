"""Re-pins tests/eval_floors.json to today's measured figures, truncated to two decimals:
run it after an improvement (`.venv/bin/python tests/pin_eval_floors.py`), never to let a
regression through."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEYS = ["countries", "elements", "quantities", "events", "quantity_metric", "quantity_country", "event_date_month"]
SETS = {"corpus": ("fixtures/gold/corpus.json", "fixtures/articles"),
        "seeds": ("fixtures/gold/seeds.json", str(REPO.parent / "shared" / "seeds"))}


def measure(gold: str, inputs: str) -> dict[str, float]:
    out = subprocess.run([str(Path(sys.executable).parent / "orewatch"), "eval", gold, inputs, "--format", "json"],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    values = {k: v["f1"] for k, v in report["kinds"].items()}
    values.update({k: v["share"] for k, v in report["attribution"].items()})
    return {k: math.floor(values[k] * 100) / 100 for k in KEYS}


if __name__ == "__main__":
    floors = {name: measure(*paths) for name, paths in SETS.items()}
    (REPO / "tests" / "eval_floors.json").write_text(json.dumps(floors, indent=2) + "\n")
    print(json.dumps(floors, indent=2))
