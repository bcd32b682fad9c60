"""The event attributes SPEC §4 scores among matched events, besides the date: partners (not
for agreements, whose parties are the key), elements, and phase where the gold gives it.

SPEC §4 reads them from "the first predicted event with the matched key". Events are paired
one to one, in text order among same-key candidates (dates agreeing first), so the paired event
is that first event whenever a key occurs once in an article; where an article has two measures
of one key (two US investments), each gold event is judged against its own pair rather than
both against the first, which would score a perfect extraction below 1.0 (docs/evaluation.md)."""

from __future__ import annotations

from orewatch.evaluation_report import Finding, Report
from orewatch.gold import GoldEvent
from orewatch.records import Event


def _shown(value: object) -> str:
    return repr(sorted(value)) if isinstance(value, (set, frozenset)) else repr(value)


def judge_event_attributes(report: Report, title: str, gold: GoldEvent, first: Event, described: str) -> None:
    """Count `first` (the predicted event paired with the gold event) right or wrong on
    partners, elements and phase; every wrong one is listed with its sentence."""
    checks = {
        "partners": None if gold.type == "agreement" else (set(first.partners), set(gold.partners)),
        "elements": (set(first.elements), set(gold.elements)),
        "phase": None if gold.phase is None else (first.phase, gold.phase),
    }
    for name, compared in checks.items():
        if compared is None:
            continue
        predicted, expected = compared
        share = report.attribution[f"event_{name}"]
        share.total += 1
        if predicted == expected:
            share.right += 1
            continue
        report.attribution_errors.append(Finding(
            f"event_{name}", title, f"{name}: predicted {_shown(predicted)}, gold {_shown(expected)} ({described})",
            sentence=first.sentence, text=first.trigger,
        ))  # fmt: skip
