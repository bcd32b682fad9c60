"""Scores extracted quantities against the peer conformance cases (../shared/peer-tests,
scored as its SOURCES.md and SPEC §4 say): value+unit P/R/F1 per language and per unit."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from orewatch import evaluation
from orewatch.evaluation_report import Finding, KindScore, Report
from orewatch.gold import GoldArticle, GoldQuantity
from orewatch.records import Article, Extraction, Quantity

CORE_UNITS = ("t", "%", "USD", "CNY", "EUR", "JPY", "AUD", "GBP")


def load_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def case_articles(cases: Iterable[dict]) -> list[Article]:
    """One article per case: title = the case id, text = the case text."""
    return [
        Article(id=c["id"], title=c["id"], text=c["text"], language=c.get("lang", "en"))
        for c in cases
    ]


def unit_group(unit: str) -> str:
    if unit in CORE_UNITS:
        return unit
    if "/" in unit:
        return "price units"
    return "other"


@dataclass
class PeerScore:
    by_language: dict[str, KindScore] = field(default_factory=dict)
    by_unit: dict[str, KindScore] = field(default_factory=dict)
    negatives: int = 0
    negatives_clean: int = 0
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)

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


def _as_gold(case: dict, keep: Callable[[str], bool]) -> GoldArticle:
    quantities = tuple(
        GoldQuantity(value=g["value"], value_max=g.get("value_max"), unit=g["unit"], optional=bool(g.get("optional")))
        for g in case["expected"] if keep(g["unit"])
    )
    empty = frozenset()
    return GoldArticle(case["id"], None, None, empty, empty, empty, empty, quantities=quantities)


def _as_extraction(case: dict, preds: list[dict], keep: Callable[[str], bool]) -> Extraction:
    quantities = tuple(
        Quantity(value=p["value"], value_max=p.get("value_max"), unit=p["unit"], qualifier="exact", change=False,
                 metric="other", country=None, element=None, year=None, text=p.get("text", ""), field="text",
                 start=0, end=0)
        for p in preds if keep(p["unit"])
    )
    return Extraction(Article(id=case["id"], title=case["id"], text=case["text"]), quantities=quantities)


def _score_slice(cases: list[dict], predictions: list[list[dict]], keep: Callable[[str], bool]) -> Report:
    """The evaluation engine itself (orewatch.evaluation, SPEC §4) on the items `keep` admits:
    slicing by unit is exact, since a match needs equal units."""
    return evaluation.score([_as_gold(c, keep) for c in cases],
                            [_as_extraction(c, p, keep) for c, p in zip(cases, predictions)])


def score(cases: list[dict], predicted: Callable[[list[Article]], list[list[dict]]]) -> PeerScore:
    """Score `predicted(articles)` (per article, its text-field quantities as dicts with
    value, value_max and unit) against each case's expected list."""
    result = PeerScore()
    predictions = predicted(case_articles(cases))
    for case, preds in zip(cases, predictions):
        if not case["expected"]:
            result.negatives += 1
            result.negatives_clean += not preds
    for lang in sorted({c.get("lang", "en") for c in cases}):
        pairs = [(c, p) for c, p in zip(cases, predictions) if c.get("lang", "en") == lang]
        report = _score_slice([c for c, _ in pairs], [p for _, p in pairs], lambda unit: True)
        result.by_language[lang] = report.kinds["quantities"]
        result.misses += [f for f in report.misses if f.kind == "quantities"]
        result.false_positives += [f for f in report.false_positives if f.kind == "quantities"]
    units = {unit_group(q["unit"]) for c in cases for q in c["expected"]}
    units |= {unit_group(q["unit"]) for p in predictions for q in p}
    for group in units:
        report = _score_slice(cases, predictions, lambda unit, group=group: unit_group(unit) == group)
        result.by_unit[group] = report.kinds["quantities"]
    return result


def extractor_predictions(articles: list[Article]) -> list[list[dict]]:
    """The orewatch pipeline's text-field quantities per article (the title is the case id)."""
    from orewatch.extractors.extract import extract_articles

    return [
        [{"value": q.value, "value_max": q.value_max, "unit": q.unit, "text": q.text}
         for q in ex.quantities if q.field == "text"]
        for ex in extract_articles(articles)
    ]
