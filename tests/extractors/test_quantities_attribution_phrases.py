"""Quantity attribution by the phrase a figure sits in (issue 10, fifth rule round), on
sentences of our own: the goods a tariff falls on, a share of a world total, a clause whose
subject is "the country"."""

from __future__ import annotations

import pytest
from test_quantities import run


def read(text: str):
    """The quantities of `text`, read as Chinese when it holds a CJK character."""
    return run(text, language="zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")


def attributed(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.text, q.metric, q.country, q.element) for q in read(text)]


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


@pytest.mark.parametrize(
    "text,expected",
    [
        # A share of a world total belongs to whoever holds it, never to the world.
        ("Brazil leads global niobium mining, accounting for over 90% of world output.",
         [("over 90%", "production", "BRA", "Nb")]),
        # 国外 (abroad) is no country: the share is nobody's, not the world's.
        ("国外钨产量将达到全球产量的30%。", [("30%", "production", None, "W")]),
        # A growth rate of a world total is the world's (no share), as is a world total's change.
        ("到2020年全球钴产量将达到20万吨，年复合增长率8%。",
         [("20万吨", "production", "WLD", "Co"), ("8%", "production", "WLD", "Co")]),
        ("Global cobalt output rose 12% last year.", [("12%", "production", "WLD", "Co")]),
    ],
)
def test_quantities_a_share_of_a_world_total_is_not_the_worlds(text, expected):
    assert attributed(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A tonnage that sizes a market is what the market takes up; a market no country is
        # named for is the world's.
        ("However, the sharpest effect may fall on the small (~1,800t) niobium market.",
         [("~1,800t", "consumption", "WLD", "Nb")]),
        # A sum that sizes a market is no one's investment.
        ("到2035年，全球锂电池材料市场总规模将达到5000亿美元。", [("5000亿美元", "other", "WLD", "Li")]),
        ("Analysts say the magnet market will reach $30 billion by 2030.", [("$30 billion", "other", "WLD", None)]),
        # A market named with its country is that country's.
        ("China's gallium market consumed 400 tonnes last year, a $200 million market.",
         [("400 tonnes", "consumption", "CHN", "Ga"), ("$200 million", "other", "CHN", "Ga")]),
        # Money put into a market's players stays an investment.
        ("The fund will invest $300 million in firms that serve the battery market.",
         [("$300 million", "investment", None, None)]),
    ],
)
def test_quantities_a_figure_that_sizes_a_market(text, expected):
    assert attributed(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Minerals or mining as a whole sector: no element, whatever the sentences before name.
        ("Peru's cobalt output rose last year. Its mineral exports rose 14% to $2 billion.",
         [("14%", "exports", None), ("$2 billion", "exports", None)]),
        ("Guinea produces bauxite and gold. The code lets the state take stakes of up to 25% in mining projects.",
         [("up to 25%", "investment", None)]),
        # An element right before the sector word names which.
        ("The fund took a 10% stake in two lithium mining projects.", [("10%", "investment", "Li")]),
    ],
)
def test_quantities_minerals_as_a_whole_name_no_element(text, expected):
    assert [(q.text, q.metric, q.element) for q in run(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A tonnage something needs or requires is what it uses up (the verb right before it).
        ("A frigate needs roughly 3.1 tons of rare earths and a fighter jet about 0.4 tons.",
         [("roughly 3.1 tons", "consumption"), ("about 0.4 tons", "consumption")]),
        ("The plant requires about 3,000 tonnes of spodumene concentrate a month.", [("about 3,000 tonnes", "consumption")]),
        ("每台风机需约600公斤稀土永磁材料。", [("约600公斤", "consumption")]),
        # Not an obligation, nor money.
        ("Miners are required to sell 25% of their output at home.", [("25%", "production")]),
        ("The project requires $2 billion of investment.", [("$2 billion", "investment")]),
    ],
)
def test_quantities_a_tonnage_needed_is_consumption(text, expected):
    assert [(q.text, q.metric) for q in read(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "The country" is the country the text is about, not one named after the figure.
        ("Vietnam plans to curb ore exports. The country is home to an estimated 22 million tonnes of rare earths, second to the 44 million tonnes in China.",
         [("an estimated 22 million tonnes", "reserves", "VNM"), ("44 million tonnes", "reserves", "CHN")]),
        # ... or the subject named before it in its own sentence.
        ("Japan imported about 4,200 tons of rare earths from China in 2024, with the country relying on China for about 60% of its needs.",
         [("about 4,200 tons", "imports", "JPN"), ("about 60%", "imports", "JPN")]),
        # A tonnage its own phrase places is that place's, also when compared with another.
        ("Brazil holds 21 million tonnes of rare earth reserves, compared with 44 million tonnes in China.",
         [("21 million tonnes", "reserves", "BRA"), ("44 million tonnes", "reserves", "CHN")]),
        ("Australia's Lynas produced 3,000 tonnes of oxide at its plant in Malaysia.", [("3,000 tonnes", "production", "MYS")]),
        # "up from" the same place's earlier figure keeps its country.
        ("Indonesia produced 1.8 million tonnes in 2024, up from 1.5 million tonnes in 2023.",
         [("1.8 million tonnes", "production", "IDN"), ("1.5 million tonnes", "production", "IDN")]),
    ],
)
def test_quantities_the_country_and_a_figures_own_place(text, expected):
    assert [(q.text, q.metric, q.country) for q in run(text)] == expected
