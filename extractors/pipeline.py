"""Builds the orewatch spaCy pipeline: the tokenizer (_shared/tokenizer.py), sentence starts
from one regex pass (_shared/sentences.py), then one rule-based component per extractor:
countries, elements, quantities, events."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from functools import lru_cache
from weakref import WeakKeyDictionary

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


# Container objects allocated before the collector's youngest generation is scanned (Python's
# default, 700, ran a collection every few sentences of extraction; they find little: Docs
# and records are freed when their count drops).
YOUNG_COLLECTION_THRESHOLD = 10_000


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The process's pipeline, built once. Building it allocates ~100,000 long-lived objects
    (lexicons, matchers, compiled rules): no collection runs while it is built, and they are
    then frozen (`gc.freeze`), so that the collections during extraction do not walk them
    again each time; the youngest generation is scanned less often. Output is unchanged."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        nlp = build_pipeline()
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
    return nlp


# New strings (words, numbers, their shapes) a pipeline keeps for good before its batches run
# inside memory zones: about 11 MB with their lexemes and tokenizer cache entries (50,000 new
# words made 65,000 strings and 35 MB), a small part of `orewatch extract`'s 140 MB, reached
# well before 10,000 articles of real news.
KEPT_STRINGS = 20_000
# The size of each pipeline's vocabulary at its first batch.
_STRINGS_AT_FIRST_BATCH: WeakKeyDictionary[Language, int] = WeakKeyDictionary()


@contextmanager
def batch_memory(nlp: Language) -> Iterator[None]:
    """Where to extract one batch so that memory stays flat over many batches and words stay
    cheap to tokenize: the first batches of a pipeline run as is, until they have added
    KEPT_STRINGS new strings to its vocabulary; every later one inside `nlp.memory_zone()`
    (its new strings are freed after it).

    Why not a zone for every batch: spaCy saves nothing to the tokenizer's cache inside a
    zone and makes each new word's lexeme anew, so every word of every batch would go through
    the prefix, suffix and infix expressions and the lexical attributes again (a fifth of the
    extraction's time). The words of the first batches (the common ones of the input) stay in
    the vocabulary and the tokenizer's cache, and later batches reuse them."""
    first = _STRINGS_AT_FIRST_BATCH.setdefault(nlp, len(nlp.vocab.strings))
    keep = len(nlp.vocab.strings) - first < KEPT_STRINGS
    with nullcontext() if keep else nlp.memory_zone():
        yield
