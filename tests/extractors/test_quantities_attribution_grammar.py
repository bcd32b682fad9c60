"""Quantity attribution read from grammar (issue 10, third rule round), on sentences of our
own: what a percentage's own noun phrase names, the verb of the clause it sits in, what owns
a share, whose measure a tariff is."""

from __future__ import annotations

import pytest
from test_quantities import run


def metrics(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.metric) for q in run(text)]


# -- a percentage measured by a price word is a price change ------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        # The price word after the figure, in the noun phrase the figure heads.
        ("Traders blamed the ban for a 60 percent rise in tungsten prices since May.", [("60 percent", "price_change")]),
        ("Gallium saw a 15% price jump this week.", [("15%", "price_change")]),
        # The price word before it, in Chinese: 涨幅 measures a price's rise.
        ("本月氧化铽涨幅最大，达到45%。", [("45%", "price_change")]),
        # A price word after the figure in another phrase is not what the figure measures.
        ("The state cut the royalty rate from 8 percent to 4 percent after nickel prices slumped.",
         [("8 percent to 4 percent", "other")]),
    ],
)
def test_quantities_grammar_percentage_of_a_price_is_a_price_change(text, expected):
    assert metrics(text) == expected


# -- a share: the noun phrase after it, the verb before it ---------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        # The phrase after "of" ends where a new predicate starts: the export curbs are not
        # what the share measures.
        ("Indonesia refines about 60% of the world's nickel and has since widened its export ban.",
         [("about 60%", "processing")]),
        # A share of demand or of a market that the subject supplies is its share of supply.
        ("Chile supplies 40 percent of global lithium demand.", [("40 percent", "production")]),
        ("Congo, which controls over 70 per cent of the cobalt market, kept its quota.", [("over 70 per cent", "production")]),
        # Imports reaching a market are a share of what it consumes.
        ("Korean imports accounted for 25% of the Japanese cathode market last year.", [("25%", "consumption")]),
    ],
)
def test_quantities_grammar_share_of_supply_and_noun_phrase_end(text, expected):
    assert metrics(text) == expected


# -- a percentage whose own noun is a stake is an investment -------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("The decree lets the state take stakes of up to 30% in mining projects.", [("up to 30%", "investment")]),
        ("Norsk Metals announced a 15% acquisition of a copper refiner.", [("15%", "investment")]),
        # The stake noun after a list of shares is each one's.
        ("三家公司各占50%、25%、25%股权。", [("50%", "investment"), ("25%", "investment"), ("25%", "investment")]),
        # A market share is no stake.
        ("The trading house holds a 35% market share.", [("35%", "other")]),
    ],
)
def test_quantities_grammar_stake_percentage_is_investment(text, expected):
    assert metrics(text) == expected


# -- the noun a figure modifies names what it measures ------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        # The last word of the compound after the figure is its head.
        ("Canada raised its rate to a 35% import duty on steel.", [("35%", "tariff")]),
        ("Ministers weighed a 12% export tax on bauxite.", [("12%", "tariff")]),
        # Chinese: the noun after 的, whatever verb changed it.
        ("钨出口还增加了10%至20%不等的关税。", [("10%至20%", "tariff")]),
        ("该国以25%的储量提供了全球60%以上的稀土出口。", [("25%", "reserves"), ("60%以上", "exports")]),
    ],
)
def test_quantities_grammar_noun_the_figure_modifies(text, expected):
    assert metrics(text) == expected


# -- a tariff is the country's that sets it, not the one whose goods it falls on -----------

def countries(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.country) for q in run(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("India's finance ministry said all Australian-origin goods will face an extra 15% tariff.", [("15%", "IND")]),
        # The country that faces a tariff is its target: the sentence before names who sets it.
        ("Canada announced new duties on Asian steel. Vietnam, for instance, faces a duty of 22 percent.",
         [("22 percent", "CAN")]),
        # Chinese: the goods of a country (X的商品, X的能源產品) are the target, also in a list.
        ("日本政府宣布加徵關稅。韓國、越南兩國進口的商品加徵20%的關稅，越南的鋼鐵產品稅率5%。",
         [("20%", "JPN"), ("5%", "JPN")]),
        # The country that acts on the goods, or that imports them, sets the tariff.
        ("美国对中国产品加征25%关税。", [("25%", "USA")]),
        ("US imports of graphite will face a 25% tariff.", [("25%", "USA")]),
    ],
)
def test_quantities_grammar_tariff_is_not_its_targets(text, expected):
    assert countries(text) == expected


# -- money two countries hold jointly is no one's -----------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ministers met in Lima. The two governments will commit about 2 billion dollars to smelters.",
         [("about 2 billion dollars", None)]),
        ("Chile ships first lithium cargo to India under $300 million deal", [("under $300 million", None)]),
        ("日本首相希望與印度總理達成一項價值3億美元的協議。", [("3億美元", None)]),
        # Two firms of one country investing together: still that country's.
        ("Japan's Sojitz and JOGMEC will jointly take a 25% stake in the project.", [("25%", "JPN")]),
        # A deal naming one country is that country's.
        ("Korea signed a $200 million deal for graphite.", [("$200 million", "KOR")]),
    ],
)
def test_quantities_grammar_joint_money_has_no_country(text, expected):
    assert countries(text) == expected


# -- a company's stated country is the country of the money it puts in --------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        # Stated once ("Belgian refiner Korvex"), then the company alone holds the stake.
        ("Mali revoked the permit of Belgian refiner Korvex. Korvex holds a 40 percent stake in the mine, while Mali's state-owned Sodem owns the rest.",
         [("40 percent", "BEL")]),
        # "Canada's X", then an offer from X in another currency.
        ("Canada's Northvale walked away. The Sydney-listed target had rejected an offer from Northvale worth 2 billion pounds.",
         [("2 billion pounds", "CAN")]),
        # A company whose country the text never states gives none.
        ("Korvex holds a 40 percent stake in the mine.", [("40 percent", None)]),
    ],
)
def test_quantities_grammar_company_of_a_stated_country(text, expected):
    assert countries(text) == expected


# -- a tonnage that sizes a plant is its capacity -----------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("The grant pays for a 2,000-tonne cathode plant in Ohio.", [("2,000-tonne", "capacity")]),
        ("The loan will fund a 7,500 metric ton magnet facility.", [("7,500 metric ton", "capacity")]),
        ("该企业具备年产800吨的规模。", [("800吨", "capacity")]),
        ("新标准以年产量1000吨为下限。", [("1000吨", "capacity")]),
        # Output a plant made is production.
        ("The plant produced 3,000 tonnes of oxide last year.", [("3,000 tonnes", "production")]),
    ],
)
def test_quantities_grammar_tonnage_sizing_a_plant_is_capacity(text, expected):
    assert metrics(text) == expected


def test_quantities_grammar_copula_producer_is_the_subject_not_a_company_nationality():
    # "Peru is the third-largest producer" describes Peru (the topic of what follows), not a
    # Peruvian company; the next sentence's "the country" figure is Peru's.
    text = "Peru is the third-largest producer of copper, after Chile. Its mines in the country are estimated to contain 90 million tonnes of copper."
    assert countries(text) == [("90 million tonnes", "PER")]


# -- supply a country sources from elsewhere is its imports --------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Japan sources about 60% of its gallium from China.", [("about 60%", "imports")]),
        ("Korea sources most of its cobalt needs (80%) from Congo.", [("80%", "imports")]),
        # "sources" as a noun before the clause is no sourcing verb.
        ("According to sources, exports from Chile rose 5%.", [("5%", "exports")]),
    ],
)
def test_quantities_grammar_sourced_from_is_imports(text, expected):
    assert metrics(text) == expected


def test_quantities_grammar_year_of_an_issuing_clause_stays_outside_a_quoted_target():
    found = run("今年3月，国家出台相关政策，提出“前五家企业的产业集中度达到70%以上”的目标。", published="2011-06-01T00:00:00+08:00")
    assert [(q.text, q.metric, q.year) for q in found] == [("70%以上", "production", None)]


def test_quantities_grammar_chinese_price_change_with_yuan_prices_and_a_dollar_investment():
    # The article quotes yuan prices and a dollar investment (no foreign price): an unplaced
    # price change is China's market.
    text = "氧化镝价格为每公斤3000元。该公司投资4亿美元建厂。其中氧化镝价格上涨120%。"
    assert [(q.text, q.country) for q in run(text)] == [("3000元", "CHN"), ("4亿美元", None), ("120%", "CHN")]
