"""Scores extracted quantities against the peer conformance cases (../shared/peer-tests,
scored as its SOURCES.md and SPEC §4 say): value+unit P/R/F1 per language and per unit."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from orewatch.records import Article

CORE_UNITS = ("t", "%", "USD", "CNY", "EUR", "JPY", "AUD", "GBP")
TOLERANCE = 0.005


def load_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def case_articles(cases: Iterable[dict]) -> list[Article]:
    """One article per case: title = the case id, text = the case text."""
    return [
        Article(id=c["id"], title=c["id"], text=c["text"], language=c.get("lang", "en"))
        for c in cases
    ]


def close(a: float, b: float) -> bool:
    a, b = abs(a), abs(b)
    if a == b:
        return True
    return abs(a - b) <= TOLERANCE * max(a, b)


def _ends(item: dict) -> list[float]:
    ends = [item["value"]]
    if item.get("value_max") is not None:
        ends.append(item["value_max"])
    return ends


def matches(pred: dict, gold: dict) -> bool:
    """Units equal and values within 0.5%; for a range, either end may match."""
    if pred["unit"] != gold["unit"]:
        return False
    return any(close(p, g) for p in _ends(pred) for g in _ends(gold))


def dedupe(items: list[dict]) -> list[dict]:
    """Repeats of the same value and unit count once."""
    out: list[dict] = []
    for item in items:
        if not any(o["unit"] == item["unit"] and close(o["value"], item["value"]) for o in out):
            out.append(item)
    return out


def unit_group(unit: str) -> str:
    if unit in CORE_UNITS:
        return unit
    if "/" in unit:
        return "price units"
    return "other"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PeerScore:
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_unit: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    negatives: int = 0
    negatives_clean: int = 0
    misses: list[tuple[str, dict]] = field(default_factory=list)
    false_positives: list[tuple[str, dict]] = field(default_factory=list)

    def report(self) -> str:
        lines = ["value+unit P/R/F1 (SPEC §4) on the peer conformance cases"]
        for lang, c in sorted(self.by_language.items()):
            lines.append(f"  {lang:<12} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}  (tp={c.tp} fp={c.fp} fn={c.fn})")
        order = list(CORE_UNITS) + ["price units", "other"]
        for unit in order:
            if unit in self.by_unit:
                c = self.by_unit[unit]
                lines.append(f"  unit {unit:<11} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}  (tp={c.tp} fp={c.fp} fn={c.fn})")
        share = self.negatives_clean / self.negatives if self.negatives else 1.0
        lines.append(f"  negative cases with nothing found: {self.negatives_clean}/{self.negatives} ({share:.1%})")
        return "\n".join(lines)


def score(cases: list[dict], predicted: Callable[[list[Article]], list[list[dict]]]) -> PeerScore:
    """Score `predicted(articles)` (per article, its text-field quantities as dicts with
    value, value_max and unit) against each case's expected list."""
    result = PeerScore()
    predictions = predicted(case_articles(cases))
    for case, preds in zip(cases, predictions):
        lang = case.get("lang", "en")
        gold = case["expected"]
        if not gold:
            result.negatives += 1
            result.negatives_clean += not preds
        required = dedupe([g for g in gold if not g.get("optional")])
        optional = [g for g in gold if g.get("optional")]
        preds = dedupe(preds)
        used_gold: set[int] = set()
        for p in preds:
            hit = next((i for i, g in enumerate(required) if i not in used_gold and matches(p, g)), None)
            if hit is not None:
                used_gold.add(hit)
                result.by_language[lang].tp += 1
                result.by_unit[unit_group(p["unit"])].tp += 1
            elif any(matches(p, g) for g in optional):
                continue
            else:
                result.by_language[lang].fp += 1
                result.by_unit[unit_group(p["unit"])].fp += 1
                result.false_positives.append((case["id"], p))
        for i, g in enumerate(required):
            if i not in used_gold:
                result.by_language[lang].fn += 1
                result.by_unit[unit_group(g["unit"])].fn += 1
                result.misses.append((case["id"], g))
    return result


def extractor_predictions(articles: list[Article]) -> list[list[dict]]:
    """The orewatch pipeline's text-field quantities per article (the title is the case id)."""
    from orewatch.extractors.extract import extract_articles

    return [
        [{"value": q.value, "value_max": q.value_max, "unit": q.unit, "text": q.text}
         for q in ex.quantities if q.field == "text"]
        for ex in extract_articles(articles)
    ]
