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
    # Not when the article quotes money in another currency (a world report); the size of a
    # market named with no country is the world's (a figure that sizes a market).
    assert [q.country for q in run("锂价格下跌75%，市场规模达到7700亿美元。")] == [None, "WLD"]


# --- the headline, national bodies, price changes of a quote (issue 10 point 2) -----------


def _body(title: str, text: str):
    """The quantities read from the body of an article with this title."""
    from orewatch.extractors.extract import extract_articles
    from orewatch.records import Article

    [extraction] = extract_articles([Article(id="t", title=title, text=text, published="2025-06-01")])
    return [q for q in extraction.quantities if q.field == "text"]


def _body_quantities(title: str, text: str):
    return [(q.text, q.metric, q.country) for q in _body(title, text)]


def test_quantities_discourse_body_figure_takes_the_headline_country():
    text = "Shipments of the magnets fell to 2,100 tonnes in May. The figure was 3,400 tonnes a year ago."
    assert _body_quantities("Vietnam's magnet exports slump", text) == [
        ("2,100 tonnes", "exports", "VNM"),
        ("3,400 tonnes", "exports", "VNM"),
    ]
    # Without a country in the headline the body figure stays no one's.
    assert _body_quantities("Magnet exports slump", text) == [
        ("2,100 tonnes", "exports", None),
        ("3,400 tonnes", "exports", None),
    ]


@pytest.mark.parametrize(
    "text,country",
    [
        ("The export quota was set at 12,000 tonnes, the Ministry of Commerce said on Monday.", "CHN"),
        ("全国钨矿开采总量控制指标为8万吨。", "CHN"),
        ("Trump announced a 35% tariff on imported cobalt.", "USA"),
        # A leader beside his country's adjective is one mention: the deal stays joint.
        ("A deal between Kenya and Australian Prime Minister Albanese is worth $2 billion.", None),
    ],
)
def test_quantities_discourse_national_bodies_and_leaders_act_for_their_country(text, country):
    [q] = run(text, language="zh" if "全国" in text else "en")
    assert q.country == country


def test_quantities_discourse_price_change_takes_the_market_of_the_quote():
    text = "Cerium oxide was quoted at 7,200 yuan/t, a decrease of 300 yuan/t, down 4.0% on the week."
    assert attribution(text) == [
        ("7,200 yuan/t", "price", "CHN", "Ce"),
        ("300 yuan/t", "price_change", "CHN", "Ce"),
        ("4.0%", "price_change", "CHN", "Ce"),
    ]
    # A change that reaches its own price is that price's, not the earlier quote's.
    text = "Prices in Rotterdam were 500 euros a tonne last week. Antimony oxide surged 40% to 9,000 yuan per tonne."
    assert [(q.text, q.country) for q in run(text)][1:] == [("40%", "CHN"), ("9,000 yuan per tonne", "CHN")]


def _body_elements(title: str, text: str):
    return [(q.text, q.metric, q.element) for q in _body(title, text)]


def test_quantities_discourse_body_figure_takes_the_headline_element():
    text = "The ministry set this year's export quota at 21,000 tonnes. Exports reached 18,000 tonnes in May."
    assert _body_elements("Beijing trims its tungsten quota", text) == [
        ("21,000 tonnes", "exports", "W"),
        ("18,000 tonnes", "exports", "W"),
    ]
    # A sentence before that names an element decides first; a tariff takes no headline element.
    text = "Cobalt output rose. The state mined 9,000 tonnes. Demand held up. Lawmakers later set a 15% tariff on imported goods."
    assert _body_elements("Lithium miners struggle", text) == [
        ("9,000 tonnes", "production", "Co"),
        ("15%", "tariff", None),
    ]
    # Without an element in the headline the body figure stays no element's.
    assert _body_elements("Beijing trims its quota", text.replace("Cobalt output rose. ", ""))[0][2] is None


@pytest.mark.parametrize(
    "text,metrics",
    [
        # A quota whose sentence does not say what it limits limits what the quota before did.
        ("Hanoi set the export quota for antimony at 4,000 tonnes. Two firms got quotas of 900 tonnes and 700 tonnes.",
         ["exports", "exports", "exports"]),
        ("The smelting quota was 8,000 tonnes. Last year the quota stood at 7,500 tonnes.", ["production", "production"]),
        # Its own words decide first; with none anywhere, a quota limits production.
        ("The export quota was 6,000 tonnes. The mining quota was 9,000 tonnes.", ["exports", "production"]),
        ("今年出口配额为3万吨。其中两家企业分别获得5000吨和4000吨的配额。", ["exports", "exports", "exports"]),
        ("The quota was set at 5,000 tonnes.", ["production"]),
    ],
)
def test_quantities_discourse_quota_limits_what_the_quota_before_limits(text, metrics):
    assert [q.metric for q in run(text, language="zh" if "配额" in text else "en")] == metrics


def test_quantities_discourse_bracketed_conversion_is_the_quote_and_its_market():
    text = "Holmium oxide closed at CNY 480 ($67) per kilogram. A 5 percent jump made it the top mover."
    assert attribution(text) == [
        ("CNY 480", "price", "CHN", "Ho"),
        ("$67", "price", "CHN", "Ho"),
        ("5 percent", "price_change", "CHN", "Ho"),
    ]
    # A sum that is not in brackets keeps its own market.
    assert [q.country for q in run("Oxide traded at CNY 480 per kilogram, while Rotterdam quotes were $90 per kilogram.")] == ["CHN", "NLD"]


def test_quantities_discourse_article_country_counts_no_counterparts():
    text = (
        "Washington published the final list on Friday. Shipments from China will face the new rates. "
        "Goods from China already pay other duties. The duty on batteries rises to 25% next year."
    )
    assert _body_quantities("US tariffs on Chinese batteries take effect", text) == [("25%", "tariff", "USA")]


@pytest.mark.parametrize(
    "text,element",
    [
        # A tariff's element is named in its clause, not in the sentence's other clauses.
        ("Beijing set a 15% tariff on US farm goods, and added export controls on gallium.", None),
        ("Washington set a 25% tariff on Chinese graphite anodes.", "graphite"),
        # With no element in its sentence, the sentences before still name it.
        ("The probe covered Chinese antimony. A countervailing duty of 8% followed.", "Sb"),
    ],
)
def test_quantities_discourse_tariff_element_is_named_in_its_clause(text, element):
    assert [q.element for q in run(text) if q.metric == "tariff"] == [element]
