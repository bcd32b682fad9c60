"""Builds the orewatch spaCy pipeline: the tokenizer (_shared/tokenizer.py), sentence starts
from one regex pass (_shared/sentences.py), then one rule-based component per extractor:
countries, elements, quantities, events."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the component modules registers their factories.
from orewatch.extractors import countries, elements, events, quantities  # noqa: F401
from orewatch.extractors._shared import sentences  # noqa: F401
from orewatch.extractors._shared.tokenizer import TextKeepingTokenizer, make_tokenizer_split_cjk

PIPELINE_VERSION = "orewatch.pipeline.v1"


def build_pipeline() -> Language:
    """A fresh pipeline; most callers want the cached `get_pipeline()`."""
    nlp = spacy.blank("en")
    make_tokenizer_split_cjk(nlp)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    # The sentencizer's boundaries plus "a line break ends a sentence", without a Python
    # loop over every token (see _shared/sentences.py).
    nlp.add_pipe("orewatch_sentences")
    nlp.add_pipe("orewatch_countries")
    nlp.add_pipe("orewatch_elements")
    nlp.add_pipe("orewatch_quantities")
    nlp.add_pipe("orewatch_events")
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    return build_pipeline()
