"""labelled_spans: the country and element spans as plain tuples, the same as reading
doc.spans back, and never stale when someone replaces a span group afterwards."""

from __future__ import annotations

from spacy.tokens import Span

from orewatch.extractors._shared.terms import LabelledSpan, labelled_spans
from orewatch.extractors.pipeline import build_pipeline

TEXT = "China and the U.S. agreed on NdPr and Dy2O3 supply; 中美稀土 talks resumed in Tokyo."


def read_back(doc, key):
    return [LabelledSpan(s.start, s.end, s.start_char, s.end_char, s.label_) for s in doc.spans[key]]


def test_labelled_spans_equal_the_span_groups():
    doc = build_pipeline()(TEXT)
    for key in ("countries", "elements"):
        assert labelled_spans(doc, key) == read_back(doc, key)
        assert labelled_spans(doc, key)  # the text names both kinds
    assert {"Nd", "Pr"} <= {s.label for s in labelled_spans(doc, "elements")}


def test_labelled_spans_follow_a_replaced_group():
    doc = build_pipeline()(TEXT)
    doc.spans["countries"] = [Span(doc, 0, 1, label="XXX")]
    assert labelled_spans(doc, "countries") == [LabelledSpan(0, 1, 0, 5, "XXX")]
    assert labelled_spans(doc, "absent") == []
