"""Round 8 (issue 10 points 1 and 2): bodies named with their country. A body's
name followed by "of" a country is that country's ("the Export-Import Bank of Korea", not the
US bank of that name); a bank, fund or agency "of" a country acts for it. Passages of our own
(the phenomenon was found on secondary-en); rows as in test_challenge_7_zh.py."""

from __future__ import annotations

import pytest

from event_rows import ev, event_row, passage
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

SAT = "2025-11-08T12:00:00+00:00"


CASES = [
    passage("body-of-another-country",
            "The Export-Import Bank of Korea agreed to lend $200 million to a lithium refinery in Chile.", SAT,
            [ev("investment", "KOR", ("CHL",), ("Li",))]),
    passage("bank-of-a-country", "The Development Bank of Namibia will invest in a graphite mine.", SAT,
            [ev("investment", "NAM", (), ("graphite",))]),
]


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_challenge_8_names(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    got = {event_row(e) for e in extraction.events}
    assert (required - got, got - required - optional) == (set(), set())
