"""Mentions: the country and element components write each mention once, as the `Mention`
record `orewatch extract` prints (character offsets into the Doc's text), into the Doc's
facts, and the same spans into `doc.spans` for spaCy's own tools."""

from __future__ import annotations

from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors.pipeline import build_pipeline
from orewatch.records import Mention

TEXT = "China and the U.S. agreed on NdPr and Dy2O3 supply; 中美稀土 talks resumed in Tokyo."


def test_mentions_are_the_records_with_character_offsets():
    doc = build_pipeline()(TEXT)
    facts = doc_facts(doc)
    assert facts.mentions("countries") == [
        Mention("CHN", "China", "text", 0, 5),
        Mention("USA", "U.S.", "text", 14, 18),
        Mention("CHN", "中", "text", 52, 53),
        Mention("USA", "美", "text", 53, 54),
        Mention("JPN", "Tokyo", "text", 74, 79),
    ]
    assert facts.mentions("elements") == [
        Mention("Nd", "NdPr", "text", 29, 33),
        Mention("Pr", "NdPr", "text", 29, 33),
        Mention("Dy", "Dy2O3", "text", 38, 43),
        Mention("REE", "稀土", "text", 54, 56),
    ]


def test_mentions_equal_the_span_groups():
    doc = build_pipeline()(TEXT)
    for kind in ("countries", "elements"):
        spans = sorted(((s.start_char, s.end_char, s.label_) for s in doc.spans[kind]), key=lambda t: t[:2])
        assert [(m.start, m.end, m.code) for m in doc_facts(doc).mentions(kind)] == spans
        assert all(doc_facts(doc).tokens_of(m) == (s.start, s.end) for m, s in zip(doc_facts(doc).mentions(kind), doc.spans[kind]))


def test_mentions_none_before_their_component_ran():
    nlp = build_pipeline()
    doc = nlp.make_doc(TEXT)
    assert doc_facts(doc).mentions("countries") == [] and doc_facts(doc).mentions("elements") == []
