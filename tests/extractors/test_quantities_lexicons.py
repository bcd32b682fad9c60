"""Every example sentence in the quantity lexicons (units.yaml, quantity_context.yaml,
metrics.yaml) goes through the real pipeline and must give what its entry says."""

from __future__ import annotations

import pytest

from orewatch.extractors._shared.lexicons import load_lexicon as load_yaml
from orewatch.extractors.pipeline import get_pipeline


def run(text: str, published: str | None = "2025-06-01T00:00:00+00:00"):
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.field = "text"
    doc._.language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.quantities


def _unit_examples():
    data = load_yaml("units")
    for entry in data["currencies"]:
        for ex in entry["examples"]:
            yield pytest.param(ex, id=f"{entry['code']}:{ex['text'][:30]}")
    for key in ("yen_sign", "pound_word", "scales"):
        for ex in data[key]["examples"]:
            yield pytest.param(ex, id=f"{key}:{ex['text'][:30]}")
    for entry in data["mass"]:
        for ex in entry["examples"]:
            yield pytest.param(ex, id=f"mass:{ex['text'][:30]}")
    for key in ("examples", "chinese_prefix_examples", "tenths_examples"):
        for ex in data["percent"][key]:
            yield pytest.param(ex, id=f"percent:{ex['text'][:30]}")
    for ex in data["price_examples"]:
        yield pytest.param(ex, id=f"price:{ex['text'][:30]}")


@pytest.mark.parametrize("example", list(_unit_examples()))
def test_quantities_lexicon_unit_examples(example):
    found = run(example["text"])
    value = float(example["value"])  # YAML reads 8.5e9 (no exponent sign) as a string
    # The example's one quantity, and no other.
    assert [(q.unit, q.value) for q in found] == [(example["unit"], pytest.approx(value, rel=1e-6))], [
        (q.value, q.unit, q.text) for q in found
    ]


def _context_examples():
    data = load_yaml("quantity_context")
    for entry in data["qualifiers"]:
        for ex in entry["examples"]:
            yield pytest.param("qualifier", ex, id=f"{entry['qualifier']}:{ex['text'][:30]}")
    for entry in data["changes"]:
        for ex in entry["examples"]:
            yield pytest.param("change", ex, id=f"change{entry['sign']}:{ex['text'][:30]}")
    for name, spec in data["not_quantities"].items():
        for ex in spec["examples"]:
            yield pytest.param("none", ex, id=f"{name}:{ex['text'][:30]}")


@pytest.mark.parametrize("kind,example", list(_context_examples()))
def test_quantities_lexicon_context_examples(kind, example):
    found = run(example["text"])
    if kind == "none":
        assert found == []
    elif kind == "qualifier":
        assert [q.qualifier for q in found] == [example["qualifier"]], [(q.text, q.qualifier) for q in found]
    else:
        assert [(q.change, q.value) for q in found] == [(True, pytest.approx(float(example["value"])))], [
            (q.text, q.value, q.change) for q in found
        ]


def _metric_examples():
    for entry in load_yaml("metrics")["metrics"]:
        for ex in entry["examples"]:
            yield pytest.param(ex, id=f"{entry['metric']}:{ex['text'][:30]}")


@pytest.mark.parametrize("example", list(_metric_examples()))
def test_quantities_lexicon_metric_examples(example):
    found = run(example["text"])
    assert found, "no quantity read"
    assert [q.metric for q in found] == [example["metric"]], [(q.text, q.metric) for q in found]


def _place_examples():
    context = load_yaml("quantity_context")
    for entry in context["places"] + context["national"]:
        for ex in entry["examples"]:
            yield pytest.param(ex, id=f"place-{entry['country']}:{ex['text'][:30]}")


@pytest.mark.parametrize("example", list(_place_examples()))
def test_quantities_lexicon_place_examples(example):
    """A figure located only by a region, city or port, or given by a national body or
    leader, is its country's (no country named)."""
    found = run(example["text"])
    assert [q.country for q in found] == [example["country"]], [(q.text, q.country) for q in found]


@pytest.mark.parametrize(
    "example", [pytest.param(ex, id=ex["text"][:30]) for ex in load_yaml("quantity_context")["general_minerals"]["examples"]]
)
def test_quantities_lexicon_general_mineral_examples(example):
    """Money put into minerals in general is no one element's."""
    found = run(example["text"])
    assert [q.element for q in found] == [example["element"]], [(q.text, q.element) for q in found]


def test_quantities_lexicon_every_entry_has_examples():
    units = load_yaml("units")
    assert all(entry.get("examples") for entry in units["currencies"] + units["mass"])
    assert all(entry.get("examples") for entry in load_yaml("metrics")["metrics"])
    context = load_yaml("quantity_context")
    assert all(entry.get("examples") for entry in context["qualifiers"] + context["changes"] + context["places"] + context["national"])
    assert context["general_minerals"]["examples"]
