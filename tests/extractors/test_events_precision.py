"""Words that look like events and are not (issue 10 point 1, precision on unseen text):
sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest
from test_events_support import keys_of


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # an abstract investment noun naming no money, element, company or facility is talk
        # about investment in general (substance.py) ...
        ("Chile and Peru want deeper ties in trade, investment and energy.", set()),
        ("The rules complement the domestic investments made by the US administration.", set()),
        ("The treaty would open the country's natural wealth to Brazilian investment.", set()),
        ("北约国家应加大对国防的投资，美国总统表示。", set()),
        # ... but one naming its amount, element or object is an investment
        ("Japan's investment of $200 million was approved on Monday.", {("investment", "JPN", ())}),
        ("Korea's investment in lithium rose last year.", {("investment", "KOR", ())}),
        ("Canada's investment in the refinery was approved.", {("investment", "CAN", ())}),
        ("韩国将对越南的稀土项目进行投资。", {("investment", "KOR", ("VNM",))}),
        # a deal that ends a war is not on the supply chain
        ("Russia wants Kyiv to stay neutral under any peace deal with the United States.", set()),
        ("Armenia and Azerbaijan reached a ceasefire agreement on Monday.", set()),
        # "cooperation" names a relation, not an instrument: a goal to deepen it is no deal
        ("Congo is aiming to solidify economic cooperation with the United States.", set()),
        # a minerals deal stays one
        ("Congo signed a minerals agreement with the United States on Monday.", {("agreement", "COD", ("USA",))}),
        # an expansion of energy output is not on the minerals' supply chain (substance.py) ...
        ("Peru's president signed an order seeking to double electricity production by 2030.", set()),
        ("Chile will expand green hydrogen production capacities, its minister said.", set()),
        # ... an element's output is
        ("Chile will expand lithium production at its Atacama mine.", {("capacity_expansion", "CHL", ())}),
    ],
)
def test_events_or_none(text, keys):
    assert keys_of(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a partnership owned by a possessive is the parties' relation, not a deal made
        ("Namibia and the EU advanced their partnership in green hydrogen on Wednesday.", set()),
        ("Japan and India deepened their strategic partnership on rare earths.", set()),
        # a joint venture run by someone, or owned by a possessive, is a company
        ("Niger plans to nationalise the uranium joint venture operated by French group Orano.",
         {("other_policy", "NER", ("FRA",))}),
        ("Chile said its joint venture with a local miner had opened a lithium plant.", {("capacity_expansion", "CHL", ())}),
        # a partnership signed or formed is one
        ("Namibia and the EU signed a partnership on raw materials on Wednesday.", {("agreement", "EU", ("NAM",))}),
    ],
)
def test_events_partnership_as_relation(text, keys):
    assert keys_of(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # an award is an investment only of money; a title awarded is granted, not invested
        ("Guinea has revoked the bauxite concession awarded to a subsidiary of a UAE group.",
         {("other_policy", "GIN", ("ARE",))}),
        ("Canada's energy department awarded $20 million to a graphite anode maker in Quebec.",
         {("investment", "CAN", ())}),
    ],
)
def test_events_award_of_money(text, keys):
    assert keys_of(text) == keys
