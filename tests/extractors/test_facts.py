"""The Doc's facts: token offsets and texts read from arrays and the kept text agree with
spaCy's Token and Span objects, on a text with every kind of spacing the tokenizer keeps;
they are made once per Doc, and made anew only for another tokenization."""

from __future__ import annotations

import spacy

from orewatch.extractors._shared.facts import DocFacts, doc_facts
from orewatch.extractors._shared.tokenizer import TextKeepingTokenizer, make_tokenizer_split_cjk

TEXT = "The U.S.-China truce held;  exports of Dy2O3 rose 3.5%\n\n- in May, 稀土出口 (up) .\t$5 end "


def make_nlp():
    nlp = spacy.blank("en")
    make_tokenizer_split_cjk(nlp)
    return nlp


def test_facts_tokens_match_spacy():
    doc = make_nlp().make_doc(TEXT)
    index = doc_facts(doc)
    for token in doc:
        assert index.token_text(token.i) == token.text
        assert index.lower(token.i) == token.lower_
        assert index.space_after(token.i) == bool(token.whitespace_)
        assert index.token_at(token.idx) == token.i
        assert index.is_token(token.idx, token.idx + len(token)) == token.i
    for start, end in [(0, 3), (2, 9), (5, 5), (0, len(doc))]:
        assert index.span_text(start, end) == doc[start:end].text


def test_facts_is_token_refuses_part_of_a_token():
    doc = make_nlp().make_doc("Output of 1,000 tonnes.")
    index = doc_facts(doc)
    comma = "Output of 1,000 tonnes.".index(",")
    assert index.is_token(comma, comma + 1) is None
    assert index.is_token(0, 6) == 0


def test_facts_made_by_the_tokenizer_with_its_text():
    nlp = make_nlp()
    tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    doc = tokenizer(TEXT)
    assert isinstance(doc._.facts, DocFacts) and doc._.facts.text is TEXT
    assert doc_facts(doc) is doc._.facts
    # A Doc from any other tokenizer gets its facts made once, on first need, then kept.
    other = nlp.make_doc(TEXT)
    assert other._.facts is None
    assert doc_facts(other).text == TEXT and doc_facts(other) is doc_facts(other)
    assert [d.text for d in tokenizer.pipe(["a b", "c"])] == ["a b", "c"]


def test_facts_made_anew_for_another_tokenization():
    nlp = make_nlp()
    doc = TextKeepingTokenizer(nlp.tokenizer)("New York and Hong Kong")
    first = doc_facts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    again = doc_facts(doc)
    assert again is not first and again.n == 4 == len(doc)
    assert [again.token_text(i) for i in range(again.n)] == ["New York", "and", "Hong", "Kong"]
