"""Round 9 (issue 10, English attribution on unseen text): passages of our own for each
phenomenon seen in the blind sets, each with several wordings and shapes and near-misses that
must keep their value."""

from __future__ import annotations

import pytest
from test_quantities import run


def read(text: str) -> list[tuple]:
    return [(round(q.value, 2), q.unit, q.metric, q.country, q.element) for q in run(text)]


# -- offtakes: a tonnage a company agrees to buy or supply is `other`, no country's -------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Under the agreement, a Japanese trading house will buy up to 8,000 tonnes a year of nickel sulphate from the refinery.",
         (8000.0, "t", "other", None, "Ni")),
        ("The miner signed an offtake agreement with a German cathode maker for up to 15,000 tonnes a year of lithium concentrate.",
         (15000.0, "t", "other", None, "Li")),
        # relative clause, "supply" and the goods after the rate
        ("The contract, under which the Canadian developer would supply about 6,000 tonnes of cobalt hydroxide a year to a Korean battery maker, runs for five years.",
         (6000.0, "t", "other", None, "Co")),
        ("Peru's regulator must still clear the deal, which gives the Saudi fund the right to purchase 90,000 tonnes of copper concentrate a year.",
         (90000.0, "t", "other", None, "Cu")),
        ("A Brazilian steelmaker has a supply contract with the Indian mine for 300,000 tonnes of manganese ore.",
         (300000.0, "t", "other", None, "Mn")),
    ],
)
def test_round9_offtake_volume_is_other_of_no_country(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a country's past purchase from another country: its imports
        ("The United States bought 2,600 tonnes of antimony from Canada last year.", (2600.0, "t", "imports", "USA", "Sb")),
        # a plant's ability to supply is its size
        ("The Chilean refinery has the capacity to supply 10,000 tonnes a year of lithium hydroxide.", (10000.0, "t", "capacity", "CHL", "Li")),
        # a state reserve's purchase stays the state's
        ("Australia's strategic reserve will take up to 30 tonnes of gallium a year from the refinery.", (30.0, "t", "other", "AUS", "Ga")),
    ],
)
def test_round9_offtake_near_misses(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Indian government will buy up to 40 tonnes of germanium a year from two smelters.", (40.0, "t", "other", "IND", "Ge")),
        ("South Korea's stockpiling agency said on Friday it would purchase 500 tonnes of tungsten this year.", (500.0, "t", "other", "KOR", "W")),
    ],
)
def test_round9_a_state_buyer_keeps_its_country(text, expected):
    assert read(text) == [expected]


def test_round9_a_state_owned_company_buys_for_no_country():
    text = "State utility Egat said it had signed a memorandum with a Vietnamese refiner to buy up to 9,000 tonnes of nickel sulphate a year."
    assert read(text) == [(9000.0, "t", "other", None, "Ni")]


def test_round9_bought_for_a_state_reserve_is_the_states():
    text = "Kazakhstan's Samruk fund will acquire up to 2,000 tonnes of refined copper for the national reserve this year."
    assert read(text) == [(2000.0, "t", "other", "KAZ", "Cu")]


# -- a plant named again as "the plant" / "it": where the plant introduced before is ------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Zambia's state miner signed a deal on Tuesday with a Canadian group to build a copper smelter near Kitwe. "
         "The smelter is designed to produce 150,000 tonnes of copper cathode a year.",
         (150000.0, "t", "capacity", "ZMB", "Cu")),
        # the place after the plant noun wins over the investors' countries; a sentence in between
        # that names the plant again only by "the plant's"
        ("A Korean battery group and a Japanese trader will invest $400 million in a cathode plant being built in Hungary. "
         "Under the deal, the Korean side will take most of the plant's output. "
         "It will be able to process 30,000 tonnes of nickel a year.",
         (30000.0, "t", "capacity", "HUN", "Ni")),
        # apposition after the anaphor
        ("Oman's state fund bought an idle nickel refinery at Sohar last year. "
         "The refinery, shut since 2021, is designed to treat 120,000 tonnes of nickel matte a year.",
         (120000.0, "t", "capacity", "OMN", "Ni")),
    ],
)
def test_round9_plant_anaphor_takes_the_plants_country(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the figure's own sentence names where it is
        ("A Chilean group runs a copper smelter in Chile. The plant produced 300,000 tonnes of copper in Peru last year.",
         (300000.0, "t", "production", "PER", "Cu")),
        # a sentence that does not refer back to a plant keeps the usual reading
        # a company's nationality is no plant's place
        ("A Danish-owned company plans an open-pit mine on the island. The deposit holds 4 million tonnes of rare earth oxides.",
         (4000000.0, "t", "reserves", None, "REE")),
        ("A Chilean group runs a copper smelter in Chile. Peru produced 2.7 million tonnes of copper last year.",
         (2700000.0, "t", "production", "PER", "Cu")),
    ],
)
def test_round9_plant_anaphor_near_misses(text, expected):
    assert expected in read(text)
