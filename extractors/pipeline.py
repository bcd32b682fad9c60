"""Builds the orewatch spaCy pipeline: a blank English tokenizer that also splits CJK
characters and keeps each Doc's text, sentence starts from one regex pass
(sentences.py), then one rule-based component per extractor."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# Importing the component modules registers their factories.
from orewatch.extractors import countries, elements, events, quantities, sentences  # noqa: F401
from orewatch.extractors.doc_index import TextKeepingTokenizer

# CJK ideographs, CJK punctuation and full-width forms become one token each, so that
# PhraseMatcher patterns such as 中国 or 稀土 (two tokens) match inside running Chinese text.
CJK_CHAR = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"

# An abbreviation ending in a period glued to a hyphen or slash ("U.S.-China", "U.K.-based") is
# split there, so that "U.S." stays one token the country matcher can see.
ABBREVIATION_JOINER = r"(?<=[A-Z]\.)[-\u2013/](?=[A-Za-z])"

PIPELINE_VERSION = "orewatch.pipeline.v1"

# Context set on each Doc before the components run (see extract.py), and results.
for name in ("published", "field", "language", "quantities", "events"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


def make_tokenizer_split_cjk(nlp: Language) -> None:
    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(defaults.prefixes) + [CJK_CHAR]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(defaults.suffixes) + [CJK_CHAR]).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(defaults.infixes) + [CJK_CHAR, ABBREVIATION_JOINER]
    ).finditer


def build_pipeline() -> Language:
    """A fresh pipeline; most callers want the cached `get_pipeline()`."""
    nlp = spacy.blank("en")
    make_tokenizer_split_cjk(nlp)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    # The sentencizer's boundaries plus "a line break ends a sentence", without a Python
    # loop over every token (see sentences.py).
    nlp.add_pipe("orewatch_sentences")
    nlp.add_pipe("orewatch_countries")
    nlp.add_pipe("orewatch_elements")
    nlp.add_pipe("orewatch_quantities")
    nlp.add_pipe("orewatch_events")
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    return build_pipeline()
