"""Speed-ups that must answer as the regular expression they stand for: the substring screen
before a case-insensitive search (_shared/screens.may_hold) and the CJK start test."""

from __future__ import annotations

import random
import re

from orewatch.extractors._shared.cjk import _IDEOGRAPH, starts_cjk
from orewatch.extractors._shared.screens import may_hold
from orewatch.extractors.events.measure_scope import _MAY_SCOPE, _SCOPE_STEMS


def test_starts_cjk_is_the_ideograph_match_for_every_character():
    for code in range(0x110000):
        text = chr(code) + "x"
        assert starts_cjk(text) == (_IDEOGRAPH.match(text) is not None), hex(code)
    assert not starts_cjk("")


def test_may_hold_never_refuses_a_text_the_search_matches():
    rng = random.Random(3)
    pieces = ["The ban ", "COVERS", " cover", "Includes ", "appl", "ies to", "focuſ on", "İNCLUDES",
              "extends  to", " rice", "ıncludes", "ſ", "K", "concentrates on", "\n", "x", "GOES TO", " go to", "went to"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if _MAY_SCOPE.search(text):
            assert may_hold(text, _SCOPE_STEMS), repr(text)
    assert not may_hold("The ban will start in June.", _SCOPE_STEMS)
    assert may_hold("The ban ALSO COVERS cobalt.", _SCOPE_STEMS)
    assert may_hold("The first loans go to a lithium refinery.", _SCOPE_STEMS)


def test_every_fold_exception_is_sent_to_the_search():
    # The characters a case-insensitive search matches to an ASCII letter that lower() does not make.
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        c = chr(code)
        if letter.fullmatch(c) and not (c.lower().isascii() and len(c.lower()) == 1):
            assert may_hold(c, ("zzz",)), hex(code)
