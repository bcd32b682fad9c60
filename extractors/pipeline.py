"""Builds the orewatch spaCy pipeline: the tokenizer (_shared/tokenizer.py), sentence starts
from one regex pass (_shared/sentences.py), then one rule-based component per extractor:
countries, elements, quantities, events."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from functools import lru_cache
from weakref import WeakSet

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


# Pipelines whose vocabulary and tokenizer cache were filled outside a memory zone.
_WARMED: WeakSet[Language] = WeakSet()


@contextmanager
def batch_memory(nlp: Language) -> Iterator[None]:
    """Where to extract one batch so that memory stays flat over many batches and words stay
    cheap to tokenize: the first batch of a pipeline runs as is, every later one inside
    `nlp.memory_zone()` (its new strings are freed after it).

    Why not a zone for every batch: spaCy saves nothing to the tokenizer's cache inside a
    zone and makes each new word's lexeme anew, so every word of every batch would go through
    the prefix, suffix and infix expressions again (a third of the extraction's time). The
    first batch's words (the common ones of the input) stay in the vocabulary and the cache
    (at most 10,000 entries), once, and later batches reuse them."""
    warm = nlp in _WARMED
    with nlp.memory_zone() if warm else nullcontext():
        yield
    _WARMED.add(nlp)
