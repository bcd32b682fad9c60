"""Peer conformance through the command line, as the issue asks: the 471 peer cases become
one JSON Lines file (title = case id, text = case text), `orewatch extract` reads it, and its
text-field quantities are scored by value and unit (SPEC §4). Skipped without ../shared."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.conftest import REPO, SHARED, run_cli, skip_without_shared

CASES = SHARED / "peer-tests" / "quantities.jsonl"


def peer_scoring():
    spec = importlib.util.spec_from_file_location("peer_scoring_cli", REPO / "tests/extractors/peer_scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_peer_conformance_via_orewatch_extract(tmp_path):
    skip_without_shared(CASES)
    scoring = peer_scoring()
    cases = scoring.load_cases(CASES)
    inputs = tmp_path / "peer-cases.jsonl"
    inputs.write_text("".join(json.dumps({"title": c["id"], "text": c["text"]}, ensure_ascii=False) + "\n"
                              for c in cases), encoding="utf-8")
    result = run_cli("extract", str(inputs), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    by_title = {}
    for line in result.stdout.splitlines():
        obj = json.loads(line)
        by_title[obj["title"]] = [q for q in obj["quantities"] if q["field"] == "text"]
    assert len(by_title) == len(cases), "every case must be read as one article"
    score = scoring.score(cases, lambda _articles: [by_title[c["id"]] for c in cases])
    print("\n" + score.report())
    assert score.by_language["en"].f1 >= 0.9
    assert score.by_language["zh"].f1 >= 0.8
