"""Re-pins tests/eval_floors.json to today's measured figures, truncated to two decimals: run
it after an improvement (`.venv/bin/python tests/pin_eval_floors.py`), never to let a
regression through. It pins every figure `orewatch eval` reports (title countries and title
elements included), and refuses to lower a floor: it prints the figures that fell and
writes nothing, unless given `--allow-lower` (say why in the commit that lowers one). A share
with nothing to measure (event_phase on a gold without phases) is not pinned.

A set whose inputs are absent (the seeds, without ../shared) keeps its floors as they are.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "tests" / "eval_floors.json"
SETS = {"corpus": ("fixtures/gold/corpus.json", REPO / "fixtures" / "articles"),
        "seeds": ("fixtures/gold/seeds.json", REPO.parent / "shared" / "seeds"),
        "stories": ("fixtures/gold/stories.json", REPO / "fixtures" / "stories"),
        "heldout": ("fixtures/gold/heldout.json", REPO.parent / "shared" / "corpus"),
        **{name: (f"fixtures/gold/{name}.json", REPO.parent / "shared" / "corpus")
           for name in ("dev-en2-a", "dev-en2-b", "dev-en1", "dev-rthk", "dev-zh2011")},
        # round 7 challenge sets, written before the rules were read (fixtures/gold/README.md)
        **{f"challenge-{name}": (f"fixtures/gold/challenge-{name}.json", REPO / "fixtures" / "challenge" / name)
           for name in ("policy-en", "market-en", "zh", "attribution-en")},
        # round 8 challenge set (events mentioned in passing), written before the rules were read
        "challenge-secondary-en": ("fixtures/gold/challenge-secondary-en.json",
                                   REPO / "fixtures" / "challenge" / "secondary-en"),
        # blind sets once scored (docs/measurements.md), since developed on: held like the others
        **{f"{name}-{lang}": (f"fixtures/gold/{name}-{lang}.json", REPO / "fixtures" / name / lang)
           for name in ("blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14") for lang in ("en", "zh")}}


def measure(gold: str, inputs: Path) -> dict[str, float]:
    """Every figure of `orewatch eval` (F1 per kind, attribution shares), truncated to 2 decimals."""
    out = subprocess.run([str(Path(sys.executable).parent / "orewatch"), "eval", gold, str(inputs), "--format", "json"],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    values = {k: v["f1"] for k, v in report["kinds"].items()}
    values.update({k: v["share"] for k, v in report["attribution"].items()})
    if report.get("stories"):
        values.update({f"stories.{m}": report["stories"][m] for m in ("precision", "recall")})
    return {k: math.floor(v * 100) / 100 for k, v in values.items() if v is not None}


def lowered(old: dict[str, dict[str, float]], new: dict[str, dict[str, float]]) -> list[str]:
    """"set figure: old -> new" for every pinned floor the new figures would lower or drop."""
    return [
        f"{name} {key}: {floor} -> {new[name].get(key, 'none')}"
        for name, floors in old.items() if name in new
        for key, floor in floors.items() if new[name].get(key, -1.0) < floor
    ]


def main(argv: list[str] | None = None, floors_path: Path = FLOORS) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--allow-lower", action="store_true", help="write even when a floor goes down")
    args = parser.parse_args(argv)
    old = json.loads(floors_path.read_text())
    new = {name: measure(gold, inputs) if inputs.is_dir() else old[name] for name, (gold, inputs) in SETS.items()}
    fell = lowered(old, new)
    if fell and not args.allow_lower:
        print("pin_eval_floors: refusing to lower these floors (--allow-lower to do it anyway):", file=sys.stderr)
        for line in fell:
            print(f"  {line}", file=sys.stderr)
        return 1
    floors_path.write_text(json.dumps(new, indent=2) + "\n")
    print(json.dumps(new, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
