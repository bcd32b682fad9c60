"""Quantity attribution across sentences and by place, on sentences of our own (issue 10
point 2): a figure whose sentence names no measure, price changes, shipments, ranked actors,
regions and ports, Chinese price changes."""

from __future__ import annotations

import pytest
from test_quantities import run


def attribution(text: str, **kw):
    return [(q.text, q.metric, q.country, q.element) for q in run(text, **kw)]


def test_quantities_discourse_change_of_a_price_unit_is_a_price_change():
    assert attribution("Tungsten APT prices in Rotterdam rose to $800/mtu, up $40/mtu on the week.") == [
        ("$800/mtu", "price", "NLD", "W"),
        ("$40/mtu", "price_change", "NLD", "W"),
    ]


def test_quantities_discourse_figure_without_a_measure_takes_the_one_before():
    text = "China exported 5,000 tonnes of rare earths in May. That was up 21.5% from April, and 4,100 tonnes a year ago."
    assert attribution(text) == [
        ("5,000 tonnes", "exports", "CHN", "REE"),
        ("21.5%", "exports", "CHN", "REE"),
        ("4,100 tonnes", "exports", "CHN", "REE"),
    ]


def test_quantities_discourse_change_after_a_price_is_a_price_change_of_its_market():
    text = "Terbium oxide traded at CNY 4,000 per kilogram. A 30 percent jump made it the week's biggest mover."
    assert attribution(text) == [
        ("CNY 4,000 per kilogram", "price", "CHN", "Tb"),
        ("30 percent", "price_change", "CHN", "Tb"),
    ]


def test_quantities_discourse_bare_share_in_a_later_sentence_keeps_its_own_measure():
    text = "Mines there produced 9,000 tonnes of copper. The share will be raised to 30 percent in 2028."
    assert [q.metric for q in run(text)] == ["production", "other"]


@pytest.mark.parametrize(
    "text,metric,country",
    [
        ("Miners in Congo will be allowed to ship 40,000 tonnes of cobalt a year.", "exports", "COD"),
        ("Imports from Laos, including shipments of oxide, rose to 9,000 tonnes.", "imports", None),
        ("Outbound shipments from Japan, the world's largest producer of the metal, were 700 tonnes.", "exports", "JPN"),
    ],
)
def test_quantities_discourse_shipments_follow_the_trade_flow(text, metric, country):
    [q] = run(text)
    assert (q.metric, q.country) == (metric, country)


@pytest.mark.parametrize(
    "text,country",
    [
        # A place beside the price word is the market.
        ("Gallium prices in Rotterdam climbed to $600 per kilogram.", "NLD"),
        # A place elsewhere in the sentence is not.
        ("The operator of the Nevada mine was promised a floor of $110 per kilogram.", None),
        # A place inside a company's name is not a place.
        ("Pilbara Minerals lifted output by 4% to 180,000 tonnes.", None),
    ],
)
def test_quantities_discourse_places_attribute_as_their_country(text, country):
    assert {q.country for q in run(text)} == {country}


def test_quantities_discourse_a_region_is_no_investor():
    text = "Japan's state agency backs the project. It will take a 30% stake in a mine in Western Australia."
    assert [(q.metric, q.country) for q in run(text)] == [("investment", "JPN")]


def test_quantities_discourse_chinese_price_change_without_market_is_china():
    assert attribution("氧化镝价格涨幅为85%，氧化铽跌幅为5%。") == [
        ("85%", "price_change", "CHN", "Dy"),
        ("5%", "price_change", "CHN", "Tb"),
    ]
    # Not when the article quotes money in another currency (a world report).
    assert [q.country for q in run("锂价格下跌75%，市场规模达到7700亿美元。")] == [None, None]
