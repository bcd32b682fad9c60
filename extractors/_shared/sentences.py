"""Sets sentence starts from one regular-expression pass over the text: the rule of spaCy's
sentencizer (a sentence ends after a sentence-final mark and the closing punctuation that
follows it) and a line break ends a sentence (bullets and list items of dumps often end with
no full stop, and a clause must never run from one bullet into the next).

The result is the sentencizer's, token for token, at a fraction of its cost: spaCy's
sentencizer and a newline rule each walk every token in Python; here only the marks found by
the regex are looked at, and the boundaries are written with one `Doc.from_array`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc

from orewatch.extractors._shared.facts import doc_facts

SENTENCE_FINAL = frozenset(Sentencizer.default_punct_chars)
# A sentence-final mark or a line break. Marks outside the Basic Multilingual Plane are
# matched as a range and checked afterwards: a character class listing them makes `re` test
# every character the slow way (ten times slower over a whole article).
_BOUNDARY = re.compile(
    "[\n" + "".join(re.escape(c) for c in sorted(SENTENCE_FINAL) if ord(c) < 0x10000) + "]"
    "|[\U00010000-\U0010FFFF]"
)
_NOT_START = numpy.uint64(2**64 - 1)  # sent_start -1, as from_array wants it (uint64)


def sentence_start_tokens(doc: Doc) -> list[int]:
    """Sorted token indices that start a sentence (token 0 included), from the text."""
    n = len(doc)
    if n == 0:
        return []
    facts = doc_facts(doc)
    text, starts, ends = facts.text, facts.starts, facts.ends
    found = {0}
    for hit in _BOUNDARY.finditer(text):
        at = hit.start()
        char = text[at]
        i = bisect_right(starts, at) - 1
        if char == "\n":
            # A line break always sits in a whitespace token of its own: the next one starts.
            found.add(i + 1)
        elif char in SENTENCE_FINAL and starts[i] == at and ends[i] == at + 1:
            # A mark that is a token of its own ("." but not the dots of "U.S." or "3.5"):
            # the sentence starts at the first token after it that is not punctuation
            # (closing quotes and brackets stay with the sentence they close).
            j = i + 1
            while j < n and _is_punct(doc, text, starts[j], j):
                j += 1
            found.add(j)
    found.discard(n)
    return sorted(found)


def _is_punct(doc: Doc, text: str, at: int, i: int) -> bool:
    first = text[at]
    if first.isalnum() or first.isspace():
        return False  # the usual case, decided without making a Token
    return doc[i].is_punct


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark every token as starting a sentence or not, as spaCy's sentencizer does."""
    n = len(doc)
    if n == 0:
        return doc
    starts = sentence_start_tokens(doc)
    values = numpy.full((n, 1), _NOT_START, dtype=numpy.uint64)
    values[starts] = 1
    doc.from_array([SENT_START], values)
    # Kept for the components that walk sentences (`sentence_starts`).
    doc_facts(doc).sentence_starts = starts
    return doc


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where `doc.sents` starts its sentences (token 0 always): as kept by the
    orewatch_sentences component, else read from the Doc (any sentence annotation)."""
    facts = doc_facts(doc)
    if facts.sentence_starts is None:
        flags = doc.to_array(SENT_START)
        starts = numpy.flatnonzero(flags == 1).tolist()
        facts.sentence_starts = starts if starts[:1] == [0] else [0, *starts]
    return facts.sentence_starts


@Language.component("orewatch_sentences")
def orewatch_sentences(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
