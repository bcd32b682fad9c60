"""Challenge set: quantities in market reports and company news (issue 10 point 2).

Passages written for this test before the quantity rules were read (rules round 6), five
phenomena: prices, company figures, trade, shares and rankings, the element of a figure and
figures outside the supply chain. Each passage's expected output is the whole set of its
quantities as (value, unit, metric, country, element), per SPEC §2 and the gold conventions
(fixtures/gold/README.md): a range by its low end, a decrease as a negative change, pounds
converted to kilograms. `optional` lists (value, unit) pairs that may be extracted or not, with
any attribution (company revenue, a share-price move, an equity stake)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from orewatch.extractors import extract_articles
from orewatch.records import Article

LB = 0.45359237


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    expected: set[tuple]
    published: str = "2025-11-14"
    optional: set[tuple] = field(default_factory=set)


def q(value, unit, metric, country=None, element=None) -> tuple:
    return (_rounded(value), unit, metric, country, element)


def _rounded(value: float) -> float:
    return float(f"{value:.4g}")


PRICES = [
    Passage(
        "price-yuan-wow",
        "Spot lithium carbonate prices fell to 72,500 yuan/t this week, down 3,000 yuan/t week "
        "on week, a price reporting agency said.",
        {q(72500, "CNY/t", "price", "CHN", "Li"), q(-3000, "CNY/t", "price_change", "CHN", "Li")},
    ),
    Passage(
        "price-rose-pct-to",
        "Neodymium-praseodymium oxide rose 5% to 540,000 yuan per tonne on Tuesday.",
        {q(5, "%", "price_change", "CHN"), q(540000, "CNY/t", "price", "CHN")},
    ),
    Passage(
        "price-lb-range-port",
        "Standard-grade cobalt metal was assessed at $15.50-16.20/lb in-warehouse Rotterdam, "
        "unchanged from a week earlier.",
        {q(15.50 / LB, "USD/kg", "price", "NLD", "Co")},
    ),
    Passage(
        "price-fob-country",
        "Spodumene concentrate FOB Australia climbed $120/t week on week to $1,050/t, its "
        "highest level since March.",
        {q(120, "USD/t", "price_change", "AUS", "Li"), q(1050, "USD/t", "price", "AUS", "Li")},
    ),
    Passage(
        "price-mtu-europe",
        "In Europe, ammonium paratungstate held at $340-$350 per mtu as buyers stayed away.",
        {q(340, "USD/mtu", "price", None, "W")},
    ),
    Passage(
        "price-cif-fall-by",
        "Dysprosium oxide CIF Rotterdam fell by $25/kg to $410/kg amid weak magnet demand.",
        {q(-25, "USD/kg", "price_change", "NLD", "Dy"), q(410, "USD/kg", "price", "NLD", "Dy")},
    ),
    Passage(
        "price-us-market-range",
        "Antimony trioxide in the U.S. market was quoted at $24,000-25,500 a tonne, up 8% from a "
        "month earlier.",
        {q(24000, "USD/t", "price", "USA", "Sb"), q(8, "%", "price_change", "USA", "Sb")},
    ),
    Passage(
        "price-exchange",
        "Three-month nickel on the London Metal Exchange slipped 1.2% to $16,450 a ton.",
        {q(-1.2, "%", "price_change", None, "Ni"), q(16450, "USD/t", "price", None, "Ni")},
    ),
    Passage(
        "price-two-yuan-clauses",
        "Terbium metal traded at 9,800 yuan/kg, while germanium ingot was steady at 14,200 "
        "yuan/kg.",
        {q(9800, "CNY/kg", "price", "CHN", "Tb"), q(14200, "CNY/kg", "price", "CHN", "Ge")},
    ),
    Passage(
        "price-nearmiss-shares-fx",
        "Shares of Redgum Resources rose 4% in Sydney while the yuan weakened to 7.2 per dollar.",
        set(),
        optional={(4.0, "%")},
    ),
]

COMPANY = [
    Passage(
        "company-quarter-mine-region",
        "Sydney-listed Redgum Lithium produced 185,000 t of spodumene concentrate at its Mt "
        "Carbine mine in Western Australia in the September quarter, up 12% quarter on quarter.",
        {q(185000, "t", "production", "AUS", "Li"), q(12, "%", "production", "AUS", "Li")},
    ),
    Passage(
        "company-guidance-unlocated",
        "Canada-based Northfield Cobalt expects to produce between 3,500 and 4,000 tonnes of "
        "cobalt this year, according to its guidance.",
        {q(3500, "t", "production", None, "Co")},
    ),
    Passage(
        "company-plant-capacity-abroad",
        "Perth-based Kestrel Rare Earths' separation plant in Malaysia has a capacity of 10,500 "
        "tonnes of rare earth oxides a year.",
        {q(10500, "t", "capacity", "MYS", "REE")},
    ),
    Passage(
        "company-capacity-double",
        "Tokyo-based Sumida Metals will double the capacity of its Philippine nickel plant to "
        "40,000 tonnes a year.",
        {q(40000, "t", "capacity", "PHL", "Ni")},
    ),
    Passage(
        "company-revenue-and-sales",
        "Quarterly revenue at Andes Lithium rose 18% to $412 million, while sales of lithium "
        "carbonate equivalent reached 24,300 tonnes.",
        {q(24300, "t", "other", None, "Li")},
        optional={(18.0, "%"), (412e6, "USD")},
    ),
    Passage(
        "company-targets-output",
        "Verde Minerals targets output of 270,000 tonnes of spodumene concentrate from its "
        "Grota operation in Brazil next year.",
        {q(270000, "t", "production", "BRA", "Li")},
    ),
    Passage(
        "company-mined-in-country",
        "Huaxin Mining mined 28,400 t of cobalt in Congo in the first half, the Shanghai-listed "
        "group said on Friday.",
        {q(28400, "t", "production", "COD", "Co")},
    ),
    Passage(
        "company-employees-processing",
        "The refinery in Mozambique, which employs 1,200 people, processed 15,000 t of graphite "
        "in 2025.",
        {q(15000, "t", "processing", "MOZ", "graphite")},
        published="2026-02-10",
    ),
    Passage(
        "company-state-plant",
        "US-based Ridgeline Materials said third-quarter NdPr oxide output rose to 1,300 tonnes "
        "at its plant in California.",
        {q(1300, "t", "production", "USA")},
    ),
]

TRADE = [
    Passage(
        "trade-customs-mom",
        "China exported 4,760 tonnes of rare earths in March, down 12.5% from February, customs "
        "data showed.",
        {q(4760, "t", "exports", "CHN", "REE"), q(-12.5, "%", "exports", "CHN", "REE")},
        published="2025-04-20",
    ),
    Passage(
        "trade-shipments-abroad-yoy",
        "Chinese shipments of germanium products abroad rose 40% year on year to 9.8 tonnes in "
        "October.",
        {q(40, "%", "exports", "CHN", "Ge"), q(9.8, "t", "exports", "CHN", "Ge")},
    ),
    Passage(
        "trade-shipped-to",
        "Indonesia shipped 1.2 million tonnes of nickel pig iron to China in the first quarter.",
        {q(1.2e6, "t", "exports", "IDN", "Ni")},
    ),
    Passage(
        "trade-imports-from",
        "Japan's imports of rare earth compounds from China fell to 620 t last month, finance "
        "ministry data showed.",
        {q(620, "t", "imports", "JPN", "REE")},
    ),
    Passage(
        "trade-inbound-into",
        "Inbound shipments of cobalt hydroxide into China jumped 25% month on month to 38,000 "
        "tonnes in May, according to customs figures.",
        {q(25, "%", "imports", "CHN", "Co"), q(38000, "t", "imports", "CHN", "Co")},
        published="2025-06-20",
    ),
    Passage(
        "trade-sold-abroad-share",
        "South Africa sold 310,000 tonnes of manganese ore abroad in August, of which 70% went "
        "to China.",
        {q(310000, "t", "exports", "ZAF", "Mn"), q(70, "%", "exports", "ZAF", "Mn")},
    ),
    Passage(
        "trade-exports-to-partners",
        "China's gallium exports to the United States totalled 2.3 tonnes in 2023, while those "
        "to Japan reached 14 tonnes.",
        {q(2.3, "t", "exports", "CHN", "Ga"), q(14, "t", "exports", "CHN", "Ga")},
    ),
    Passage(
        "trade-imports-origin-adjective",
        "Imports of Myanmar rare earth ore into China fell 30% year on year to 18,000 tonnes in "
        "the first half, customs data showed.",
        {q(-30, "%", "imports", "CHN", "REE"), q(18000, "t", "imports", "CHN", "REE")},
    ),
    Passage(
        "trade-imports-value",
        "The United States imported lithium-ion batteries worth $4.2 billion in the third "
        "quarter.",
        {q(4.2e9, "USD", "imports", "USA", "Li")},
    ),
]

SHARES = [
    Passage(
        "share-accounted-for-global",
        "China accounted for 69% of global rare earth mine output in 2024.",
        {q(69, "%", "production", "CHN", "REE")},
    ),
    Passage(
        "share-second-largest-with",
        "Australia is the second-largest lithium producer, with 86,000 t last year.",
        {q(86000, "t", "production", "AUS", "Li")},
    ),
    Passage(
        "share-supplies-world",
        "The Democratic Republic of Congo supplies about 74% of the world's cobalt.",
        {q(74, "%", "production", "COD", "Co")},
    ),
    Passage(
        "share-of-us-imports",
        "China supplied 70% of US imports of rare earth compounds and metals between 2020 and "
        "2023.",
        {q(70, "%", "imports", "USA", "REE")},
    ),
    Passage(
        "share-reserves-ranking",
        "Vietnam holds an estimated 22 million tonnes of rare earth reserves, second only to "
        "China's 44 million tonnes.",
        {q(22e6, "t", "reserves", "VNM", "REE"), q(44e6, "t", "reserves", "CHN", "REE")},
    ),
    Passage(
        "share-world-total-of-which",
        "World graphite output reached 1.6 million tonnes in 2024, of which China produced 1.27 "
        "million tonnes.",
        {q(1.6e6, "t", "production", "WLD", "graphite"),
         q(1.27e6, "t", "production", "CHN", "graphite")},
    ),
    Passage(
        "share-rose-from",
        "Indonesia's share of global nickel supply rose to 60% last year from 31% in 2020.",
        {q(60, "%", "production", "IDN", "Ni"), q(31, "%", "production", "IDN", "Ni")},
    ),
    Passage(
        "share-reserves-first-world",
        "Chile, with 9.3 million tonnes of lithium reserves, ranks first worldwide; global "
        "reserves total about 28 million tonnes.",
        {q(9.3e6, "t", "reserves", "CHL", "Li"), q(28e6, "t", "reserves", "WLD", "Li")},
    ),
    Passage(
        "share-refines",
        "China refines about 90% of the world's rare earths, the agency said.",
        {q(90, "%", "processing", "CHN", "REE")},
    ),
]

ELEMENTS = [
    Passage(
        "element-company-name-other-element",
        "Cobalt Ridge Ltd said its Ontario refinery will process 5,000 t of nickel a year from "
        "2027.",
        {q(5000, "t", "capacity", "CAN", "Ni")},
    ),
    Passage(
        "element-lce",
        "Output of lithium carbonate equivalent at the Salar Blanco project in Argentina reached "
        "15,600 t.",
        {q(15600, "t", "production", "ARG", "Li")},
    ),
    Passage(
        "element-ndpr-none",
        "China's NdPr oxide production rose 8% to 92,000 tonnes.",
        {q(8, "%", "production", "CHN"), q(92000, "t", "production", "CHN")},
    ),
    Passage(
        "element-nearmiss-employees-dates",
        "The mine's workforce grew to 2,300 workers on 3 March 2025, and its owner has paid a "
        "dividend every year since 2015.",
        set(),
    ),
    Passage(
        "element-hree-region",
        "Heavy rare earth output in Myanmar's Kachin state fell to 12,000 tonnes of oxide "
        "equivalent last year.",
        {q(12000, "t", "production", "MMR", "HREE")},
    ),
    Passage(
        "element-company-purchase",
        "Germany-based Brandt Alloys said it would buy 1,500 t of molybdenum concentrate a year "
        "from a Chilean miner.",
        # A company's offtake volume is `other` with country null (fixtures/gold/README.md,
        # blind7-en conventions; blind8-en's gold follows it for firms whose country is stated).
        # Corrected in round 9: this passage first expected the buyer's country (DEU).
        {q(1500, "t", "other", None, "Mo")},
    ),
    Passage(
        "element-ferronickel-territory",
        "Ferronickel output in New Caledonia fell 18% in the third quarter.",
        {q(-18, "%", "production", "NCL", "Ni")},
    ),
    Passage(
        "element-company-name-resources",
        "Lithium Energy Ltd reported 7.4 million tonnes of graphite resources at its project in "
        "Queensland, Australia.",
        {q(7.4e6, "t", "reserves", "AUS", "graphite")},
    ),
    Passage(
        "element-stake-and-staff",
        "Nordic Battery Metals, which has 450 employees, holds a 19.9% stake in a Tanzanian "
        "graphite developer.",
        set(),
        optional={(19.9, "%")},
    ),
]

PHENOMENA = {
    "prices": PRICES,
    "company": COMPANY,
    "trade": TRADE,
    "shares": SHARES,
    "elements": ELEMENTS,
}

# Passages that still fail, with what the rule would need (filled in after the rule work).
_SPODUMENE = (
    "spodumene is no element mention: the figure needs a mineral -> element table read by quantity "
    "attribution only (tried in round 6: lowered the withheld set's element share, reverted)"
)
XFAIL: dict[str, str] = {
    "price-fob-country": _SPODUMENE,
    "company-targets-output": _SPODUMENE,
}


def _cases():
    for phenomenon, passages in PHENOMENA.items():
        for passage in passages:
            marks = []
            if passage.id in XFAIL:
                marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[passage.id]))
            yield pytest.param(passage, id=f"{phenomenon}:{passage.id}", marks=marks)


def extracted(passage: Passage) -> set[tuple]:
    article = Article(
        id=passage.id, title="Market brief", text=passage.text, published=passage.published
    )
    (result,) = extract_articles([article])
    found = {q(x.value, x.unit, x.metric, x.country, x.element) for x in result.quantities}
    return {item for item in found if (item[0], item[1]) not in _optional(passage)}


def _optional(passage: Passage) -> set[tuple]:
    return {(_rounded(value), unit) for value, unit in passage.optional}


@pytest.mark.parametrize("passage", list(_cases()))
def test_challenge_quantities_market(passage):
    assert extracted(passage) == passage.expected
