"""Fixtures shared by the extractor tests."""

from __future__ import annotations

import pytest
import spacy

from orewatch.extractors.pipeline import build_pipeline


@pytest.fixture(scope="session")
def nlp() -> spacy.language.Language:
    """The pipeline up to the country and element components: its tokenizer, its sentence
    rules, countries and elements (quantities and events left out, so that these tests see
    only what the two components themselves do)."""
    pipeline = build_pipeline()
    for name in ("orewatch_events", "orewatch_quantities"):
        pipeline.remove_pipe(name)
    return pipeline
