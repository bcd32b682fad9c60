"""Quantity attribution by the phrase a figure sits in (issue 10, fifth rule round), on
sentences of our own: the goods a tariff falls on, a share of a world total, a clause whose
subject is "the country"."""

from __future__ import annotations

import pytest
from test_quantities import run


def attributed(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.text, q.metric, q.country, q.element) for q in run(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # The goods after "on" name the tariff's element, even none, whatever else the sentence names.
        ("Tungsten exports slowed after Ottawa raised tariffs on Korean goods to 40% last week.",
         [("40%", "tariff", "CAN", None)]),
        ("The government added a 50% import duty on solar panels, citing antimony smuggling.",
         [("50%", "tariff", None, None)]),
        ("Canada imposed anti-dumping duties of 32% on South Korean graphite.",
         [("32%", "tariff", "CAN", "graphite")]),
        # A rate that continues a tariff falls on that tariff's goods.
        ("Duties on Peruvian fruit will rise to 60 percent and tariffs on certain antimony products will increase to 15 percent.",
         [("60 percent", "tariff", None, None), ("15 percent", "tariff", None, "Sb")]),
        ("The agency recommended a 20% duty on cobalt hydroxide, rising to 35% in 2028.",
         [("20%", "tariff", None, "Co"), ("35%", "tariff", None, "Co")]),
        # A rate set anew by a pronoun is the same measure: its goods, not the lithium after it.
        ("Mexico set a 15% tariff on all imports from Brazil, and raised it to 30% in June, while cutting lithium royalties.",
         [("15%", "tariff", "MEX", None), ("30%", "tariff", "MEX", None)]),
        # No "on" phrase: the tariff's clause still decides.
        ("Brazil imposed a 12% tariff on Thursday on niobium.", [("12%", "tariff", "BRA", "Nb")]),
    ],
)
def test_quantities_tariff_element_is_the_goods_it_falls_on(text, expected):
    assert attributed(text) == expected
