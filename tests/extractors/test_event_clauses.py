"""Segments and clauses found from regex hits (event_clauses.py) against the plain
token-by-token reading of the same rules, on sentences of our own; and the date screen of
event_dates.py, which must never drop a date the full pattern list finds."""

from __future__ import annotations

from datetime import date

import pytest

import orewatch.extractors.events.date_resolution as date_resolution
import orewatch.extractors.events.date_screen as event_date_screen
import orewatch.extractors.events.dates as event_dates
from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors.events.clauses import BARE_CLAUSE_OPENERS, CLAUSE_OPENERS, clause_ids, clauses, segments
from orewatch.extractors.pipeline import get_pipeline

TEXTS = [
    "China banned exports of gallium, which it dominates; the US protested, but Japan did not.",
    "Officials met in May - the quota was cut - and prices rose.  - Dump bullet one - bullet two",
    "Exports fell, and Japanese officials said they would respond, however slowly, while Korea waited.",
    "巴铁要卖稀土给美国，赴美签字，救美军工一命。中国，美国，日本。",
    "The 1,000-tonne quota, whereas last year's was larger; BUT nobody complained. Butter, abut.",
    "— Dash first, then text – and an en dash — then em dash -so close- done.",
    "However the deal held. But not for long, although both sides signed, as expected.",
]


def reference_segments(doc):
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if (
                tok.text in ("-", "–", "—")
                and tok.i > start
                and (doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space)
                and (tok.whitespace_ or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_space))
            ):
                out.append((start, tok.i))
                start = tok.i + 1
        if start < sent.end:
            out.append((start, sent.end))
    return [(s, e) for s, e in out if e > s]


def reference_clause_ids(doc, start, end):
    ids, clause = [], 0
    for i in range(start, end):
        lower = doc[i].lower_
        prev = doc[i - 1].text if i > start else ""
        cjk = lambda t: bool(t) and "\u3400" <= t[0] <= "\u9fff"  # noqa: E731
        if i > start and (
            prev in (";", "；")
            or (prev in (",", "，") and lower in CLAUSE_OPENERS)
            or (prev in ("，", ",") and i >= start + 2 and cjk(doc[i - 2].text) and cjk(doc[i].text))
            or (prev == "," and lower == "and" and i + 1 < end and doc[i + 1].is_title)
            or lower in BARE_CLAUSE_OPENERS
        ):
            clause += 1
        ids.append(clause)
    return ids


@pytest.mark.parametrize("text", TEXTS)
def test_event_clauses_segments_match_token_reading(text):
    doc = get_pipeline()(text)
    assert segments(doc) == reference_segments(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_event_clauses_clause_ids_match_token_reading(text):
    doc = get_pipeline()(text)
    for start, end in segments(doc) + [(0, len(doc)), (2, len(doc) - 1)]:
        assert clause_ids(doc, start, end) == reference_clause_ids(doc, start, end)


def test_event_clauses_bounds_of_a_clause():
    doc = get_pipeline()("China banned exports, which hurt Japan; Korea objected.")
    found = clauses(doc_facts(doc), 0, len(doc))
    which = [t.i for t in doc if t.text == "which"][0]
    start, end = found.bounds(which)
    assert doc[start:end].text == "which hurt Japan;"
    assert found.bounds(0) == (0, which)


@pytest.mark.parametrize(
    "sentence",
    [
        "On June 7, 2025 the ministry said quotas would apply from Dec. 1 until the end of 2026.",
        "Exports fell in the first half of 2024 and in Q3, mid-2025 being the low.",
        "The curbs began last week, earlier this month, or yesterday; on Tuesday they widened.",
        "自2025年10月1日起实施，去年同期为3月。",
        "No date at all in this sentence about gallium.",
        "Output rose in May and fell in September, the month the ban began.",
        "The ſeptember 2024 rule (with a long s) and the April 2023 quarter.",
    ],
)
def test_event_dates_screen_never_drops_a_date(sentence, monkeypatch):
    published = date(2025, 10, 28)
    screened = event_dates.find_dates(sentence, published)
    monkeypatch.setattr(event_date_screen, "NEEDS", {k: (("",),) for k in event_date_screen.NEEDS})
    assert screened == event_dates.find_dates(sentence, published)


def test_event_dates_screen_covers_every_pattern():
    assert {kind for kind, _ in event_dates._PATTERNS} == set(event_date_screen.NEEDS)


def test_event_dates_every_pattern_has_its_resolver():
    kinds = {kind for kind, _ in event_dates._PATTERNS}
    assert kinds == set(date_resolution.RESOLVERS)
    assert date_resolution.RELATIVE < kinds
