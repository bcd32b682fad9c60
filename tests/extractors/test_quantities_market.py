"""Quantity rules for market reports and company news (rules round 6, issue 10 point 2), one
sentence of our own per rule and the near-misses each must leave alone: price ranges and
changes in a price's unit, delivery bases as markets, imports "into" a country, selling
abroad, unlocated company output, possessives, planned capacity with "will", mineral
resources, tungsten's metric ton unit. Materials named without their element are tested by
their lexicon examples (quantity_context.yaml `materials`)."""

from __future__ import annotations

import pytest
from test_quantities import rows as read, run

LB = 0.45359237


@pytest.mark.parametrize(
    "text,expected",
    [
        # The denominator written once after a range is the low end's too.
        ("Manganese ore was offered at $4.10-4.30/dmtu.", [(4.1, "USD/mtu", "price", None, "Mn")]),
        ("Cobalt hydroxide payables stood at $7.00-7.50/lb.", [(round(7.0 / LB, 2), "USD/kg", "price", None, "Co")]),
        # A change "to" a price is in the price's unit.
        ("Tungsten concentrate rose $15 to $420 per mtu.",
         [(15.0, "USD/mtu", "price_change", None, "W"), (420.0, "USD/mtu", "price", None, "W")]),
        # ... but not a change "from" one price "to" another (two prices).
        ("Gallium rose from $500/kg to $560/kg.",
         [(500.0, "USD/kg", "price", None, "Ga"), (560.0, "USD/kg", "price", None, "Ga")]),
    ],
)
def test_quantities_market_price_units(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text,country",
    [
        ("Germanium dioxide CIF Rotterdam slipped to $2,100/kg.", "NLD"),
        ("Lithium hydroxide was assessed at $9.50/kg DDP Rotterdam.", "NLD"),
        # A basis over several countries is a region: no one's market.
        ("Lithium carbonate on a CIF China-Japan-Korea basis was at $10/kg.", None),
        # A place named without a basis or a price word stays no market.
        ("Dysprosium oxide, shipped from a Rotterdam warehouse, held at $400/kg.", None),
    ],
)
def test_quantities_market_delivery_basis_names_the_market(text, country):
    assert [q.country for q in run(text)] == [country]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Inbound shipments of manganese ore into India rose to 500,000 tonnes.", ["IND"]),
        ("Imports of Congolese cobalt into China fell 4%.", ["CHN"]),
        # A bloc is no importer (SPEC: blocs are not countries).
        ("Imports of graphite into the EU rose to 80,000 tonnes.", [None]),
        # "into" after an export is still the destination, not the figure's owner.
        ("Chile exported 20,000 tonnes of lithium into China.", ["CHL"]),
    ],
)
def test_quantities_market_imports_into_a_country(text, expected):
    assert [q.country for q in run(text)] == expected


@pytest.mark.parametrize(
    "text,metric",
    [
        ("Brazil sold 40,000 tonnes of graphite concentrate overseas last year.", "exports"),
        ("The company shipped 12,000 t of nickel matte abroad.", "exports"),
        # A clause with a metric word keeps it; "abroad" decides only where none is named.
        ("Peru produced 1,500 tonnes of tin, most of it sold abroad.", "production"),
        ("The firm sold 2,000 tonnes of cobalt to battery makers.", "other"),
    ],
)
def test_quantities_market_selling_abroad_is_exporting(text, metric):
    assert [q.metric for q in run(text)] == [metric]


@pytest.mark.parametrize(
    "text,country",
    [
        # A company's output that the text does not locate is no country's ...
        ("Korea-based Hanbit Materials expects to produce 2,000 tonnes of nickel sulphate.", None),
        # ... but a located one is its place's, and a capacity still its owner's where unlocated.
        ("Korea-based Hanbit Materials produced 2,000 tonnes of nickel at its plant in Indonesia.", "IDN"),
        ("A Belgian refiner raised its germanium capacity to 40 tonnes.", "BEL"),
    ],
)
def test_quantities_market_company_output_country(text, country):
    assert [q.country for q in run(text)] == [country]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Brazil's reserves are second to China's 44 million tonnes.", ["CHN"]),
        ("The country ranks behind Australia's 1.2 million tonnes of output.", ["AUS"]),
        # A bloc's possessive gives no country.
        ("The plan would lift the EU's 5% share of magnet output.", [None]),
    ],
)
def test_quantities_market_possessive_owns_the_figure(text, expected):
    assert [q.country for q in run(text)] == expected


@pytest.mark.parametrize(
    "text,metric",
    [
        ("The Kwinana refinery will process 24,000 t of lithium hydroxide a year from 2027.", "capacity"),
        # Without a yearly rate, "will" + a making verb is a plain output figure.
        ("China will produce 270,000 tonnes of rare earths this year.", "production"),
        ("The project has 12 million tonnes of lithium resources.", "reserves"),
        ("The deposit hosts 30 million tonnes of measured and indicated mineral resources of graphite.", "reserves"),
        # The mineral resources ministry measures nothing in the ground.
        ("Output was 2 million tonnes of ore, the mineral resources ministry said.", "production"),
    ],
)
def test_quantities_market_capacity_and_resources(text, metric):
    assert [q.metric for q in run(text)] == [metric]


def test_quantities_market_mtu_is_tungsten_only_when_no_element_is_named():
    assert [q.element for q in run("APT in Europe rose to $345 per mtu.")] == ["W"]
    assert [q.element for q in run("Manganese ore fell to $4.20/dmtu.")] == ["Mn"]
