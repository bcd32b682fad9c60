"""Sentence starts from one regex pass (sentences.py) against spaCy's own sentencizer plus the
rule "a line break ends a sentence", token for token, on texts of our own with the hard cases:
abbreviations, decimals, closing quotes and brackets, runs of marks, CJK marks, bullets."""

from __future__ import annotations

import pytest
import spacy

from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors._shared.sentences import sentence_starts, set_sentence_starts
from orewatch.extractors._shared.tokenizer import make_tokenizer_split_cjk
from orewatch.extractors.pipeline import build_pipeline

TEXTS = [
    "",
    "Gallium",
    "Beijing tightened controls.",
    "The U.S. imported 3.5 tonnes. Prices rose 2.4% in Jan. after the ban.",
    'He said: "We will comply." Then he left. (The ministry declined to comment.) Shares fell.',
    "Really?! Yes... The quota (about 1,000 t.) was cut!",
    "First line without a stop\nSecond line\n\n- bullet one\n- bullet two.\nLast",
    "中国对镓实施出口管制。美国表示反对！日本呢？他说：“可以。”然后",
    "Full-width stop\uff0eNext one\uff01and more\uff1f Done.",
    "A mark outside the basic plane \U00011047 then more text. End",
    "Trailing spaces.   \n  \t Indented next sentence.  ",
    "Mr. Smith met Dr. Lee at 9 a.m. on Jan. 5. They signed.",
    "Tabs\tand.\tmarks\r\nWindows line\r\nend.",
]


def reference(nlp, text: str) -> list[int]:
    """spaCy's sentencizer, then a line break starts the next token's sentence."""
    doc = nlp.make_doc(text)
    nlp.get_pipe("sentencizer")(doc)
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc.to_array("SENT_START").tolist()


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    make_tokenizer_split_cjk(pipeline)
    pipeline.add_pipe("sentencizer")
    return pipeline


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_match_sentencizer_and_line_breaks(nlp, text):
    doc = set_sentence_starts(nlp.make_doc(text))
    assert doc.to_array("SENT_START").tolist() == reference(nlp, text)


def test_sentences_in_the_pipeline_give_sents_and_span_sent():
    nlp = build_pipeline()
    doc = nlp("Canberra signed a deal. The U.S. agreed\nto buy 2.5 tonnes of gallium.")
    assert [s.text for s in doc.sents] == [
        "Canberra signed a deal.",
        "The U.S. agreed\n",
        "to buy 2.5 tonnes of gallium.",
    ]
    gallium = next(t for t in doc if t.text == "gallium")
    assert gallium.sent.text == "to buy 2.5 tonnes of gallium."
    assert doc.has_annotation("SENT_START")


def test_sentences_kept_text_is_the_doc_text():
    nlp = build_pipeline()
    text = "Line one.\n\n  Line  two,  with   spaces\t\tand tabs. 稀土出口。"
    doc = nlp.make_doc(text)
    assert doc_facts(doc).text == doc.text == text


@pytest.mark.parametrize("text", [t for t in TEXTS if t])
def test_sentences_starts_kept_or_read_agree_with_sents(nlp, text):
    ours = build_pipeline()(text)
    theirs = nlp(text)  # spaCy's sentencizer: no kept starts, read from the Doc
    assert sentence_starts(ours) == [s.start for s in ours.sents]
    assert sentence_starts(theirs) == [s.start for s in theirs.sents]
