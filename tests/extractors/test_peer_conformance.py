"""The quantity extractor against the 471 peer conformance cases in ../shared/peer-tests
(other parsers' test suites in SPEC units); skipped when ../shared is absent."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED, skip_without_shared

CASES = SHARED / "peer-tests" / "quantities.jsonl"


def _scoring():
    # Loaded by path: tests/extractors is not a package, and other test folders may hold
    # modules of their own on sys.path.
    spec = importlib.util.spec_from_file_location("peer_scoring", Path(__file__).with_name("peer_scoring.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("peer_scoring", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def peer_score():
    skip_without_shared(CASES)
    scoring = _scoring()
    cases = scoring.load_cases(CASES)
    result = scoring.score(cases, scoring.extractor_predictions)
    print()
    print(result.report())
    return result


@pytest.mark.shared
def test_peer_conformance_english_value_unit_f1(peer_score):
    assert peer_score.by_language["en"].f1 >= 0.9


@pytest.mark.shared
def test_peer_conformance_chinese_value_unit_f1(peer_score):
    assert peer_score.by_language["zh"].f1 >= 0.8


@pytest.mark.shared
def test_peer_conformance_negative_cases_mostly_clean(peer_score):
    assert peer_score.negatives_clean >= 0.9 * peer_score.negatives


def test_peer_conformance_scoring_rules():
    """The scorer itself: 0.5% tolerance, either end of a range, repeats once, optional items."""
    scoring = _scoring()
    cases = [
        {"id": "a", "lang": "en", "text": "", "expected": [
            {"value": 100.0, "value_max": None, "unit": "USD"},
            {"value": 5.0, "value_max": None, "unit": "%", "optional": True}]},
        {"id": "b", "lang": "en", "text": "", "expected": [{"value": 10.0, "value_max": 20.0, "unit": "t"}]},
        {"id": "c", "lang": "zh", "text": "", "expected": []},
    ]
    predictions = [
        # 100.4 is within 0.5% of 100; the second 100.4 is a repeat (equal value) and counts once.
        [{"value": 100.4, "value_max": None, "unit": "USD"}, {"value": 100.4, "value_max": None, "unit": "USD"},
         {"value": 5.0, "value_max": None, "unit": "%"}],
        [{"value": 20.0, "value_max": None, "unit": "t"}, {"value": 7.0, "value_max": None, "unit": "t"}],
        [],
    ]
    result = scoring.score(cases, lambda articles: predictions)
    assert (result.by_language["en"].tp, result.by_language["en"].fp, result.by_language["en"].fn) == (2, 1, 0)
    assert (result.negatives, result.negatives_clean) == (1, 1)
