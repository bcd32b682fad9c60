"""Round 10b (speed, issue 10): a screen that skips a search must skip only where the search finds
nothing. Passages of our own, read by the lexicon's own tables."""

from __future__ import annotations

import pytest

from orewatch.extractors.quantities.lexicon import get_lexicon
from orewatch.extractors.quantities.tables import PhraseTable, lowered, phrase_screen


def _found(tables, text: str, lo: int = 0, hi: int | None = None) -> bool:
    low = lowered(text)
    hi = len(low) if hi is None else hi
    return any(t.find(low, False, lo, hi) for t in tables)


@pytest.mark.parametrize(
    "text",
    [
        # places and national bodies, at a sentence's start, after a hyphen, as a stem with an ending
        "Output at the Antofagasta port rose to 4,000 tonnes.",
        "Shipments from Western Australia fell 12% in the quarter.",
        "The State Council approved 30,000 tonnes of new quota.",
        "A Texas-based refiner said it would process 5,000 tonnes a year.",
        # near-misses: a term inside a longer word, a figure with no place or body at all
        "The company said its output reached 2,500 tonnes last year.",
        "Prices of cobalt hydroxide climbed 8% on the week.",
    ],
)
def test_place_and_national_screen_agrees_with_the_tables(text: str) -> None:
    lex = get_lexicon()
    tables = (lex.place_phrases, lex.national_phrases)
    screen = phrase_screen(*tables)
    low = lowered(text)
    for lo in range(0, len(low), 7):  # every window a sentence could be
        for hi in (lo + 15, len(low)):
            if _found(tables, text, lo, min(hi, len(low))):
                assert screen.may_find(low, False, lo, min(hi, len(low)))


def test_screen_skips_text_with_no_term_and_never_screens_chinese() -> None:
    tables = (PhraseTable({"rotterdam": "NLD", "jiangxi": "CHN", "产区": "CHN"}), PhraseTable({"state council": "CHN"}))
    screen = phrase_screen(*tables)
    assert screen.may_find(lowered("Stocks in Rotterdam rose."), False, 0, 25)
    assert screen.may_find(lowered("The State Council met."), False, 0, 22)
    assert not screen.may_find(lowered("Stocks in the warehouse rose; the council met."), False, 0, 40)
    assert not screen.may_find(lowered("Prerotterdam stocks"), False, 0, 19)  # inside a word: no term there
    assert screen.may_find("产区库存增加", True, 0, 6)  # Chinese text: the tables' own search decides


def test_extensions_read_and_written_through_user_data_are_doc_underscore() -> None:
    import spacy

    from orewatch.extractors._shared.extensions import KEYS, get_ext, set_ext

    doc = spacy.blank("en")("Gallium exports fell.")
    for name in KEYS:
        assert get_ext(doc, name) is None and getattr(doc._, name) is None  # the default
        set_ext(doc, name, (name, 1))
        assert getattr(doc._, name) == (name, 1)
        setattr(doc._, name, [name])
        assert get_ext(doc, name) == [name]
