"""Round 8 (issue 10 point 1): who acts. A country's act named by a decision noun it possesses is
its own, whatever preposition the main clause puts before the country; where a market participant
speaks from ("a trader in Hong Kong said") acts for no one. Found on the shared RTHK development
set ("markets fixated on X's announcement that it was imposing ...") and the consumed blind7-en
set. Passages of our own; rows as in test_challenge_7_zh.py."""

from __future__ import annotations

import pytest

from event_rows import ev, event_row, passage
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

SAT = "2025-11-08T12:00:00+00:00"


CASES = [
    passage("reacted-to-possessor-decision", "Traders reacted to Indonesia's decision to ban nickel ore exports.", SAT,
            [ev("export_restriction", "IDN", (), ("Ni",))]),
    passage("focused-on-possessor-announcement",
            "Shares slid as investors focused on Chile's announcement that it was imposing a tax on lithium exports.", SAT,
            [ev("tariff", "CHL", (), ("Li",))]),
    # a second act of the same subject after "while also" has its own goods: the rare earths
    # are the export controls', not the tariff's
    passage("while-also-own-goods",
            "Beijing said it was imposing tariffs on US goods while also enacting export controls on rare earths.", SAT,
            [ev("tariff", "CHN", ("USA",)), ev("export_restriction", "CHN", (), ("REE",))]),
    # where a market participant speaks from ("a trader in Hong Kong said") acts for no one
    passage("market-speaker-seat",
            'Congo set cobalt export quotas last week. "These quotas are well below what the market needs," a trader in Hong Kong said.',
            SAT, [ev("export_restriction", "COD", (), ("Co",), date="2025-11", prec="month")]),
    # a target after "to" without a decision noun stays a target
    passage("target-not-possessor", "Japan halted exports of gallium to Korea's chip makers.", SAT,
            [ev("export_restriction", "JPN", ("KOR",), ("Ga",))]),
]


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_challenge_8_possessor(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    got = {event_row(e) for e in extraction.events}
    assert (required - got, got - required - optional) == (set(), set())
