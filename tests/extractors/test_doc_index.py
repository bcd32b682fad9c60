"""DocIndex: token offsets and texts read from arrays and the kept text agree with spaCy's
Token and Span objects, on a text with every kind of spacing the tokenizer keeps."""

from __future__ import annotations

import spacy

from orewatch.extractors._shared.doc_index import DocIndex, doc_text
from orewatch.extractors._shared.tokenizer import TextKeepingTokenizer, make_tokenizer_split_cjk

TEXT = "The U.S.-China truce held;  exports of Dy2O3 rose 3.5%\n\n- in May, 稀土出口 (up) .\t$5 end "


def make_nlp():
    nlp = spacy.blank("en")
    make_tokenizer_split_cjk(nlp)
    return nlp


def test_doc_index_tokens_match_spacy():
    doc = make_nlp().make_doc(TEXT)
    index = DocIndex.for_doc(doc)
    for token in doc:
        assert index.token_text(token.i) == token.text
        assert index.lower(token.i) == token.lower_
        assert index.space_after(token.i) == bool(token.whitespace_)
        assert index.token_at(token.idx) == token.i
        assert index.is_token(token.idx, token.idx + len(token)) == token.i
    for start, end in [(0, 3), (2, 9), (5, 5), (0, len(doc))]:
        assert index.span_text(start, end) == doc[start:end].text


def test_doc_index_is_token_refuses_part_of_a_token():
    doc = make_nlp().make_doc("Output of 1,000 tonnes.")
    index = DocIndex.for_doc(doc)
    comma = "Output of 1,000 tonnes.".index(",")
    assert index.is_token(comma, comma + 1) is None
    assert index.is_token(0, 6) == 0


def test_doc_index_text_kept_by_tokenizer_without_rebuilding():
    nlp = make_nlp()
    tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    doc = tokenizer(TEXT)
    assert doc.user_data["orewatch.text"] is TEXT
    assert doc_text(doc) is TEXT
    # A Doc from any other tokenizer gets its text built once, then cached.
    other = nlp.make_doc(TEXT)
    assert doc_text(other) == TEXT and doc_text(other) is doc_text(other)
    assert [d.text for d in tokenizer.pipe(["a b", "c"])] == ["a b", "c"]
