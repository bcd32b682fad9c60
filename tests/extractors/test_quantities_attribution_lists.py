"""Quantity attribution in lists and neighbouring clauses (issue 10, fourth rule round), on
sentences of our own: the element of a figure in a list of figures, each after its element."""

from __future__ import annotations

import pytest
from test_quantities import run


def elements(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(q.text, q.element) for q in run(text, language=language)]


@pytest.mark.parametrize(
    "text,language,expected",
    [
        # Each figure after its own element, in one clause.
        ("Traders quoted terbium oxide at 7,100 yuan/kg and those of dysprosium oxide at 1,650 yuan/kg.", "en",
         [("7,100 yuan/kg", "Tb"), ("1,650 yuan/kg", "Dy")]),
        ("其中轻稀土6.1万吨、中重稀土0.9万吨。", "zh", [("6.1万吨", "LREE"), ("0.9万吨", "HREE")]),
        # A clause naming no element goes on from the clause before that names one with its figure.
        ("金属铽价格上涨12%，月底报8200元/公斤，金属钬价格上涨5%，月底报61万元/吨。", "zh",
         [("12%", "Tb"), ("8200元/公斤", "Tb"), ("5%", "Ho"), ("61万元/吨", "Ho")]),
        ("Samarium oxide rose by 2,000 yuan/t, with a fall of 3,000 yuan/t in lutetium oxide, trading at 5.2 million yuan/t.", "en",
         [("2,000 yuan/t", "Sm"), ("3,000 yuan/t", "Lu"), ("5.2 million yuan/t", "Lu")]),
        # An aside carries no figure: it is not the item the figure continues (iron is not
        # what grew; the subject's element, vanadium, is not read yet: None, not Cu).
        ("Vanadium output, a by-product of copper mining, grew 8% to 900 tonnes.", "en",
         [("8%", None), ("900 tonnes", None)]),
        # Nor is a list of elements that commas split into clauses.
        ("The miner, which digs copper, cobalt, and nickel, holds a 40% stake in the smelter.", "en", [("40%", None)]),
    ],
)
def test_quantities_lists_element_of_its_own_item(text, language, expected):
    assert elements(text, language) == expected


# -- a tariff rate whose sentence names no one who sets it ---------------------------------


def _body(title: str, text: str):
    from orewatch.extractors.extract import extract_articles
    from orewatch.records import Article

    [extraction] = extract_articles([Article(id="t", title=title, text=text, published="2025-06-01")])
    return [(q.text, q.metric, q.country) for q in extraction.quantities if q.field == "text"]


def test_quantities_tariff_rate_is_set_by_whoever_set_the_tariff_before():
    # The firms' nationality is whose goods the rates fall on, not who sets them.
    text = (
        "Canada's trade ministry said on Friday it will impose countervailing duties of 45% on Korean steel wire.\n\n"
        "Two Korean companies were assigned far higher rates: one at 210% and the other at 233%."
    )
    assert _body("Ottawa hits Korean wire with duties", text) == [
        ("45%", "tariff", "CAN"), ("210%", "tariff", "CAN"), ("233%", "tariff", "CAN"),
    ]
    # A paragraph later, a rate with no setter in its sentence: the headline's target is not it.
    text = (
        "Mexico's economy ministry published the final list of goods hit by the new tariffs.\n\n"
        "The list covers $9 billion of imports.\n\n"
        "From 2026, imports of copper tube will be subject to a 30% tariff."
    )
    assert _body("Mexico's tariffs on Chinese metals", text)[-1] == ("30%", "tariff", "MEX")
    # A bloc sets it for no country.
    text = "The European Union imposed anti-dumping duties on Chinese fasteners.\n\nOne company will pay an 86.5% duty."
    assert _body("EU duties on Chinese fasteners", text) == [("86.5%", "tariff", None)]


# -- a percentage change before the price it reaches ----------------------------------------


def test_quantities_change_noun_before_a_price_is_that_prices_change():
    text = "A 12 percent climb made holmium oxide the week's top mover, closing at CNY 560 per kilogram."
    assert [(q.text, q.metric, q.country, q.element) for q in run(text)] == [
        ("12 percent", "price_change", "CHN", "Ho"),
        ("CNY 560 per kilogram", "price", "CHN", "Ho"),
    ]
    # Carried from the price of the sentence before, it still takes the market of the price it reaches.
    text = "Erbium oxide traded at $40 per kilogram in Rotterdam last week. With a 5 percent climb, it settled at CNY 315 per kilogram."
    assert [(q.text, q.metric, q.country) for q in run(text)][1:] == [
        ("5 percent", "price_change", "CHN"),
        ("CNY 315 per kilogram", "price", "CHN"),
    ]


# -- a state's stockpile -------------------------------------------------------------------


def test_quantities_stockpile_purchases_are_other_in_the_stockpile_clause_only():
    text = "The agency's stockpile is valued at $900 million, but the new law allocates $4 billion for new mines."
    assert [(q.text, q.metric) for q in run(text)] == [("$900 million", "other"), ("$4 billion", "investment")]
    text = "The ministry will buy up to 30 tonnes of scandium oxide for its stockpiling programme."
    assert [(q.text, q.metric) for q in run(text)] == [("up to 30 tonnes", "other")]
    # 储量 is what the ground holds; 储备 a stockpile.
    assert [(q.text, q.metric) for q in run("该矿稀土储量为8万吨，国家储备量为2万吨。", language="zh")] == [
        ("8万吨", "reserves"), ("2万吨", "other"),
    ]


def test_quantities_world_marker_before_a_chinese_measure_noun():
    # 全球 qualifies the measure noun a few characters on, as "global" does in English.
    [q] = run("机构预计到2030年全球稀土氧化物产量将达到35万吨左右。", language="zh")
    assert (q.metric, q.country) == ("production", "WLD")
    # A country figure beside a world word that qualifies nothing stays the country's.
    [q] = run("中国是全球最大的稀土生产国，去年产量为21万吨。", language="zh")
    assert (q.metric, q.country) == ("production", "CHN")


@pytest.mark.parametrize(
    "text,element",
    [
        # What a tariff falls on is named in its own clause, not in one a conjunction opens.
        ("Ottawa said it was imposing 20 percent tariffs on Chinese steel while also restricting exports of graphite.", None),
        ("The president said he would add 50 percent tariffs on imports from the country after its curbs on tungsten.", None),
        ("Ottawa said it was imposing 20 percent tariffs on Chinese graphite while also restricting steel imports.", "graphite"),
    ],
)
def test_quantities_tariff_element_stops_at_a_subordinate_clause(text, element):
    [q] = run(text)
    assert (q.metric, q.element) == ("tariff", element)


def test_quantities_country_after_an_owning_verb_is_what_is_owned():
    # 拥有 X 的 N%: X's minerals are owned; the owner is the subject, as in "own 50% of X's minerals".
    [q] = run("据报道，日本提出拥有智利30%的锂矿资源。", language="zh")
    assert q.country == "JPN"


@pytest.mark.parametrize(
    "text,metric",
    [
        # An ability to make is a capacity, with or without a yearly rate.
        ("The smelter will be able to process 2 million tonnes of bauxite annually.", "capacity"),
        ("The grant will enable the firm to produce up to 4,000 tonnes of cathode material.", "capacity"),
        ("The line is capable of refining 800 tonnes of gallium.", "capacity"),
        # What was made is output.
        ("The smelter processed 2 million tonnes of bauxite last year.", "processing"),
    ],
)
def test_quantities_ability_to_make_is_capacity(text, metric):
    [q] = run(text)
    assert q.metric == metric


def test_quantities_a_list_of_destinations_passes_its_role_through_a_bloc():
    text = "Vietnam's rare earth exports rose last year. Shipments to Korea, the EU and India made up 70 percent of the total exports."
    assert [(q.text, q.country) for q in run(text)] == [("70 percent", "VNM")]


def test_quantities_lender_named_after_the_sum_puts_it_in():
    text = "Brazilian miner Vale Verde has secured up to $300 million in financing from Japan's state lender for its nickel mine."
    assert [(q.text, q.metric, q.country) for q in run(text)] == [("up to $300 million", "investment", "JPN")]
    # No lender named: the borrower's money.
    text = "Brazilian miner Vale Verde has secured up to $300 million in financing for its nickel mine."
    assert [(q.text, q.metric, q.country) for q in run(text)] == [("up to $300 million", "investment", "BRA")]


def test_quantities_currency_sign_before_a_digit_belongs_to_the_next_number():
    assert [(q.text, q.value) for q in run("The loan comes in three US$40 million tranches.")] == [("US$40 million", 4e7)]
    assert [(q.text, q.value) for q in run("Each share was sold for 3 $ in the offer.")] == [("3 $", 3.0)]


def test_quantities_decimal_comma_before_a_scale_word():
    found = run("Ministers froze the US$3,6 billion copper project, and 1,250 tonnes of ore were stockpiled.")
    assert [(q.text, q.value) for q in found] == [("US$3,6 billion", 3.6e9), ("1,250 tonnes", 1250.0)]


def test_quantities_chinese_text_naming_only_china_owns_its_unattributed_figures():
    text = "中国稀土行业整合加速。该集团的稀土分离能力合计2.6万吨/年。"
    assert [(q.text, q.country) for q in run(text, language="zh")] == [("2.6万吨", "CHN")]
    # A text naming no country at all, or another country too, leaves it unattributed.
    assert [(q.text, q.country) for q in run("该集团的稀土分离能力合计2.6万吨/年。", language="zh")] == [("2.6万吨", None)]
