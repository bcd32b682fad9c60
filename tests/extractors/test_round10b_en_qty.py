"""Round 10b (issue 10, English quantity attribution on unseen text): passages of our own for
each phenomenon, with several wordings and shapes, and near-misses that must keep their value."""

from __future__ import annotations

import pytest
from test_quantities import rows as read


def _last(text: str) -> tuple:
    return read(text)[-1]


# -- a foreign-owned plant's capacity is its host's (hosts.py) -----------------------------------
# The plant's clause names only its owner's nationality; the article is about the host.

@pytest.mark.parametrize(
    "text,expected",
    [
        # indefinite subject with "-owned", city the rules do not know
        ("Ghana wants more of its bauxite refined at home. The mines ministry said on Tuesday that output had risen for a third year. "
         "A Turkish-owned refinery near Tema is adding a second line that will lift its capacity to 90,000 tonnes of manganese alloy a year.",
         (90000.0, "t", "capacity", "GHA", "Mn")),
        # "owned by" + nationality after the plant, passive shape
        ("Namibia approved three new mining licences this week. Namibia's mines ministry expects them to add jobs. "
         "Throughput at the Otjozondu concentrator, controlled by an Indian steelmaker, was lifted to a capacity of 400,000 tonnes of manganese ore a year.",
         (400000.0, "t", "capacity", "NAM", "Mn")),
        # "financed by" + nationality, the figure after "with capacity for"
        ("Laos has become a magnet for processing investment. In Savannakhet, a separation plant financed by a Korean group opened last month with capacity for 3,000 tonnes of rare earth oxide a year.",
         (3000.0, "t", "capacity", "LAO", "REE")),
        # the foreign partner is the one who builds ("with a Japanese company")
        ("Morocco wants a battery industry. Morocco's phosphate group is moving into batteries. A cathode maker in Kenitra signed a memorandum with a Japanese company to build a 20,000 tonne-a-year precursor line.",
         (20000.0, "t", "capacity", "MAR", None)),
    ],
)
def test_round10b_foreign_owned_plant_capacity_is_the_hosts(text, expected):
    assert _last(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # alone, nothing names a host: the owner's nationality stays
        ("A Belgian refiner raised its germanium capacity by 25%.", (25.0, "%", "capacity", "BEL", "Ge")),
        # a country's own company (possessive) is that country's, whatever the article is about
        ("Chile is courting Asian buyers. Chile's copper exports rose again. Peru's state miner plans to raise smelting capacity to 150,000 tonnes of copper a year.",
         (150000.0, "t", "capacity", "PER", "Cu")),
        # a country's industry (plural head) is that country's
        ("Chile is courting Asian buyers. Chile's copper exports rose again. Indonesian smelters will have capacity for 1.2 million tonnes of copper cathode a year by 2027.",
         (1200000.0, "t", "capacity", "IDN", "Cu")),
        # a bare nationality may be the host itself ("Finnish refiner X" in an article on Congo)
        ("Congo extended its cobalt export quota. Congo's regulator set the 2027 allocations. Finnish refiner Kokkola Metals is adding a line that will lift its capacity by 5,000 tonnes of cobalt a year.",
         (5000.0, "t", "capacity", "FIN", "Co")),
        # a located figure keeps its place ("in Finland")
        ("Chile is courting Asian buyers. Chile's copper exports rose again. A Swedish group will build a refinery in Finland with capacity for 15,000 tonnes of lithium hydroxide a year.",
         (15000.0, "t", "capacity", "FIN", "Li")),
    ],
)
def test_round10b_plant_capacity_near_misses(text, expected):
    assert _last(text) == expected


@pytest.mark.xfail(strict=True, reason="a bare nationality ('Australian miner X raised throughput at its mine') may be "
                   "the host itself ('a Belgian refiner raised its capacity'): reading it as the article's host cost the "
                   "challenge secondary-en and corpus country shares; it needs the place of the mine (a region gazetteer)")
def test_round10b_bare_nationality_of_a_foreign_miner():
    text = ("Zambia's copper output rose again last year. Zambia's mines ministry expects more. "
            "Australian miner Kafue Copper raised throughput at its Mimbula mine to 4 million tonnes of copper ore a year.")
    assert _last(text) == (4000000.0, "t", "capacity", "ZMB", "Cu")


# -- a plant's planned annual output is its capacity (planned.py) --------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        # "due to", relative clause on the plant
        ("A state miner bought a stake in a nickel sulphate plant near Sudbury that is due to produce 12,000 tonnes a year.",
         (12000.0, "t", "capacity", None, "Ni")),
        # a modal ("should"), "output at" the plant, goods between the figure and the rate
        ("Output at the Kolwezi plant should reach 8,000 tonnes of cobalt metal a year after the second kiln is lit.",
         (8000.0, "t", "capacity", "COD", "Co")),
        # "will add", the plant as the subject, "annually"
        ("Vietnam's new tungsten mine will add about 4,000 tonnes of concentrate annually from 2027.",
         (4000.0, "t", "capacity", "VNM", "W")),
        # "plans a mine ... producing", apposition
        ("The developer plans an open-pit mine in Ontario, producing 25,000 tonnes of lithium hydroxide per year, at a cost it has not disclosed.",
         (25000.0, "t", "capacity", "CAN", "Li")),
    ],
)
def test_round10b_plant_planned_annual_output_is_capacity(text, expected):
    assert _last(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what mines turned out a year, in the past: production
        ("Bolivia's tin mines turned out about 17,000 tonnes of tin a year on average in the 2010s.", (17000.0, "t", "production", "BOL", "Sn")),
        # what a mine turned out: production
        ("Peru's Antamina mine produced 450,000 tonnes of copper last year.", (450000.0, "t", "production", "PER", "Cu")),
        # a plant's output with no rate of a year stays production
        ("The smelter will produce about 2,000 tonnes of cobalt this quarter.", (2000.0, "t", "production", None, "Co")),
    ],
)
def test_round10b_planned_output_near_misses(text, expected):
    assert _last(text) == expected
