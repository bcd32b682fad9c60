"""Quantity attribution on sentences of our own, one per phenomenon (SPEC §2 metric/country,
and the gold writers' conventions in fixtures/gold/README.md): markets of prices, planned
capacity, investors and hosts, owners and locations, several countries, carried subjects."""

from __future__ import annotations

import pytest
from test_quantities import run


def attribution(text: str, **kw):
    return [(q.text, q.metric, q.country) for q in run(text, **kw)]


def by_text(text: str, **kw):
    return {q.text: q for q in run(text, **kw)}


# -- prices: the market's country, else none ------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        # A bloc's market is no country's.
        ("Cobalt prices in Europe rose 4% to $21 per pound.", [None, None]),
        # "outside China" names no market country.
        ("Gallium prices outside China climbed to $640 per kilogram.", [None]),
        # A yuan price is China's market.
        ("Spot tungsten concentrate traded at 150,000 yuan per tonne.", ["CHN"]),
        # A place named after the price is its market.
        ("Washington set a floor well above the $55 per kilogram at which the oxide trades in China.", ["CHN"]),
        # A country named after a price only as a motive is not its market.
        ("Tungsten prices have risen 45% this year as China cut its mining quota.", [None]),
    ],
)
def test_quantities_attribution_price_market_country(text, expected):
    assert [q.country for q in run(text)] == expected


def test_quantities_attribution_change_to_a_price_is_a_price_change():
    found = by_text("Cobalt metal gained 7% to $18 per pound on Monday.")
    assert found["7%"].metric == "price_change"


# -- capacity: the planned yearly output of a plant ---------------------------------------

@pytest.mark.parametrize(
    "text,metric",
    [
        ("The refinery is designed to produce 3,000 tonnes of lithium hydroxide a year.", "capacity"),
        ("The mine could recover up to 40 tonnes of gallium a year once it opens.", "capacity"),
        ("The firm plans a 30-tonne-a-year germanium plant in Ontario.", "capacity"),
        # Present output is production, and so is a national target with no making verb.
        ("Canada produces around 9 tonnes of germanium a year.", "production"),
        ("Peru produced 2 million tonnes of copper last year and aims to reach 3 million tonnes a year by 2030.", "production"),
    ],
)
def test_quantities_attribution_planned_annual_output_is_capacity(text, metric):
    assert run(text)[-1].metric == metric


# -- money ------------------------------------------------------------------------------------

def test_quantities_attribution_money_is_never_a_tonnage_metric():
    found = by_text("The Pentagon awarded $20 million to expand gallium recovery at a smelter in Utah.")
    assert found["$20 million"].metric == "investment"


def test_quantities_attribution_sum_without_trade_word_is_investment():
    assert run("The national mission has an outlay of $2 billion through 2030.")[0].metric == "investment"


def test_quantities_attribution_percentage_is_investment_only_as_a_stake():
    found = by_text("The U.S. imposed a 10% tariff on imports from China in February and raised it to 20% after a trade deal.")  # a pronoun refers back to the tariff
    assert (found["20%"].metric, found["20%"].country) == ("tariff", "USA")
    assert run("The state fund will take a 25% stake in the miner.")[0].metric == "investment"


def test_quantities_attribution_investment_belongs_to_the_investor_not_the_host():
    assert attribution("A Korean steel group will invest $200 million in a nickel plant in Indonesia.") == [
        ("$200 million", "investment", "KOR")
    ]


def test_quantities_attribution_sum_in_a_national_currency_names_its_country():
    found = run("Producers face an estimated industry-wide cost of 2 billion yuan.")
    assert (found[0].metric, found[0].country) == ("investment", "CHN")


def test_quantities_attribution_deal_between_two_countries_is_no_ones():
    found = run("An agreement between Canberra and Tokyo worth $2 billion was signed.")
    assert found[0].country is None


# -- counterparts, owners, places ---------------------------------------------------------

def test_quantities_attribution_target_of_a_tariff_with_a_quantifier_is_a_counterpart():
    found = run("Washington cut its tariff on most Brazilian goods to 12% in July.")
    assert (found[0].metric, found[0].country) == ("tariff", "USA")


def test_quantities_attribution_exports_belong_to_the_country_they_come_from():
    assert run("Exports of magnets from China to Japan fell 12% in May.")[0].country == "CHN"


def test_quantities_attribution_output_belongs_to_where_it_is_mined_not_the_owner():
    assert run("The largest producer, Chinese miner Zhenfa, mined 90,000 tonnes of cobalt in Congo in 2024.")[0].country == "COD"


def test_quantities_attribution_owner_stands_in_when_its_clause_names_no_place():
    text = "In May the Pentagon awarded $9 million to a wafer maker, and a Belgian refiner raised its germanium capacity by 20%."
    assert by_text(text)["20%"].country == "BEL"


def test_quantities_attribution_figure_for_several_countries_is_no_ones():
    found = run("Peru, Chile and Bolivia are the next largest producers, each with less than 6%.")
    assert found[0].country is None


def test_quantities_attribution_share_of_a_total_imported_by_a_country():
    found = run("Peru and Chile together supplied 40% of the copper concentrate imported by China.")
    assert (found[0].metric, found[0].country) == ("imports", "CHN")


def test_quantities_attribution_share_of_a_market_is_consumption_and_compared_figure_follows():
    found = by_text("Chinese imports accounted for 30% of the EU pigment market in 2024, up from 18% three years earlier.")
    assert [(found[t].metric, found[t].country) for t in ("30%", "18%")] == [("consumption", "CHN")] * 2


def test_quantities_attribution_world_figure_after_a_fraction():
    found = by_text("Peru produced 300 tonnes, a small fraction of global output of 400,000 tonnes.")
    assert found["400,000 tonnes"].country == "WLD"


def test_quantities_attribution_sentence_naming_no_country_takes_the_one_before():
    found = run("Chile tightened its lithium rules this year. The country mined 40,000 tonnes of lithium in 2024.")
    assert found[0].country == "CHL"


# -- element and year ---------------------------------------------------------------------

def test_quantities_attribution_element_of_the_of_phrase():
    found = by_text("China produced 95% of the world's gallium and 65% of its germanium.")
    assert (found["95%"].element, found["65%"].element) == ("Ga", "Ge")


def test_quantities_attribution_share_takes_the_year_of_its_total():
    found = by_text("Japan imported 5,000 tonnes of rare earths in 2024, about 55% of it from China.")
    assert found["about 55%"].year == 2024


# -- roles: the possessor of an act, the target of 对 (issue 10 point 2) -----------------------

@pytest.mark.parametrize(
    "text,language,country",
    [
        # "on X's announcement": X is the one who acts, not a counterpart.
        ("Traders focused on Brazil's decision to impose a 12% tariff on imported graphite.", "en", "BRA"),
        # "on X's goods" stays the counterpart of a tariff.
        ("India imposed a 12% tariff on Brazil's graphite.", "en", "IND"),
        # 对 reaches its target across an amount: the target is a counterpart.
        ("印度将对总值30亿美元的巴西商品征收15%关税。", "zh", "IND"),
    ],
)
def test_quantities_attribution_possessor_of_an_act_and_target_of_dui(text, language, country):
    found = [q for q in run(text, language=language) if q.metric == "tariff"]
    assert [q.country for q in found] == [country]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Owning a share is a stake: the owner's, not the country of what is owned.
        ("Brazil proposed taking ownership of 40 percent of Peru's lithium.", ("investment", "BRA")),
        ("The Korean state would own 20% of the company.", ("investment", "KOR")),
        # A share of a country's total stays that country's.
        ("Chile holds 30% of Peru's copper reserves.", ("reserves", "PER")),
    ],
)
def test_quantities_attribution_owned_share_is_the_owners_stake(text, expected):
    [q] = run(text)
    assert (q.metric, q.country) == expected
