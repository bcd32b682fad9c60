"""Round 8, set `secondary-en` (fixtures/challenge/secondary-en, gold challenge-secondary-en.json):
plants, agreements, stockpiles and investments that news mentions in passing. Each phenomenon its
misses and false positives showed, with short passages of our own in other words than the
articles. A passage lists the (type, actor, elements) of every event it must give, or none; an
agreement's actor field holds all its parties joined by "-".
"""

from __future__ import annotations

import pytest

from event_rows import case, role_rows


def _rows(text: str) -> set[tuple]:
    """(type, actor, elements): the role rows without partners."""
    return {(type_, actor, elements) for type_, actor, _, elements in role_rows(text)}


# A plant that starts, runs or restarts is a new plant (SPEC §2 capacity_expansion), whichever
# side of the verb its noun stands; a size glued by hyphens is one word of its noun phrase.
PLANT_STARTS = [
    case("into-operation", "Peru's state smelter brought its second tin refining line into operation on Monday.",
         [("capacity_expansion", "PER", ("Sn",))]),
    case("started-up", "Mongolia's first copper smelter started up in August after two years of delays.",
         [("capacity_expansion", "MNG", ("Cu",))]),
    case("design-capacity", "Canada's only scandium refinery hit design capacity this quarter.",
         [("capacity_expansion", "CAN", ("Sc",))]),
    case("reopen", "Zambia's government will reopen a cobalt plant that has stood idle since 2019.",
         [("capacity_expansion", "ZMB", ("Co",))]),
    case("hyphenated-size", "Oman's state miner will build a 2,500-tonne-a-year antimony smelter in Sohar.",
         [("capacity_expansion", "OMN", ("Sb",))]),
    case("throughput", "Rwanda's tin smelter plans to double its throughput next year.",
         [("capacity_expansion", "RWA", ("Sn",))]),
]

# A running plant whose owner the text does not place keeps its host (actor null); a plant with
# no place, or a country named for something else further on, is a generic statement.
PLANT_HOSTS = [
    case("unplaced-owner-host", "Output at the Kopa graphite mine in Tanzania, which started production in June, "
         "reached 2,000 tonnes in September.",
         [("capacity_expansion", None, ("graphite",))]),
    case("part-of-country", "The separation plant in southern Malaysia that a little-known trader owns began "
         "trial runs in May.",
         [("capacity_expansion", None, ())]),
    case("generic-no-place", "New lithium mines will take years to come on stream.", []),
    case("generic-far-country", "Prices fell as new mines in Africa and a wave of lepidolite output in China "
         "flooded the market.", []),
]

# A plant's start that only dates another act is no event of its own; a sum between "drew" and
# "investment" does not make the topic's money an investment; licences counted are a statistic;
# "people familiar with the deals" describes a source.
PASSING = [
    case("start-as-time", "Germany will take 40% of the germanium from the refinery once it starts production.", []),
    case("drew-investment", "The ban drew more than $12 billion of Chinese smelting investment to the island.", []),
    case("counted-permits", "Customs granted 22 new export licences for tin concentrate in the quarter.", []),
    case("sources-familiar-with", "Smelters have signed longer contracts with miners, three people familiar with the "
         "deals said.", []),
    case("offtake-in-return", "Korea Zinc will invest $200 million in Australia's Kambalda nickel project in return "
         "for offtake rights.",
         [("investment", "KOR", ("Ni",))]),
]

# Offtakes and supply contracts are deals between the countries of the two sides.
DEALS = [
    case("offtake", "A Chilean lithium producer signed a ten-year offtake with a Japanese trading house.",
         [("agreement", "CHL-JPN", ("Li",))]),
    case("offtake-framework", "A German smelter agreed a copper offtake framework with a Mongolian miner.",
         [("agreement", "DEU-MNG", ("Cu",))]),
    case("supply-contract", "Norway's Hydro signed a supply contract for gallium with a Kazakh refinery on Friday.",
         [("agreement", "KAZ-NOR", ("Ga",))]),
]

# A state reserve buying, its stockpile targets raised, a stockpile named as what is bought for.
STOCKPILES = [
    case("bought-for-named-stockpile", "The Defense Logistics Agency bought 200 tonnes of antimony for the "
         "National Defense Stockpile in May.",
         [("stockpile", "USA", ("Sb",))]),
    case("reserve-agency", "Thailand's state reserve agency added tungsten to its holdings last month.",
         [("stockpile", "THA", ("W",))]),
    case("stockpile-targets", "Taiwan will raise its stockpile targets for rare earths next year.",
         [("stockpile", "TWN", ("REE",))]),
    case("enlarge", "Indonesia will enlarge its nickel stockpile by 2028, the ministry said.",
         [("stockpile", "IDN", ("Ni",))]),
    case("body-name-words", "The State Reserve Bureau purchased 2,000 tonnes of cobalt for the state stockpile.",
         [("stockpile", "CHN", ("Co",))]),
]

# Money set apart for a purpose, its sum after the verb.
MONEY_SET_APART = [
    case("earmarked", "Portugal has earmarked 300 million euros for a lithium refinery near Setubal.",
         [("investment", "PRT", ("Li",))]),
    case("set-aside", "India set aside Rs 500 crore for graphite anode plants in Tuesday's budget.",
         [("investment", "IND", ("graphite",))]),
    case("set-aside-no-money", "Chile set aside its concerns about lithium royalties.", []),
]

# A state auctioning mineral blocks sets the rules of access to the resource (other_policy).
AUCTIONS = [
    case("auction-tranche", "Brazil's mining agency opened its third round of auctions for rare earth areas on "
         "Tuesday.",
         [("other_policy", "BRA", ("REE",))]),
]

# A licence regime imposed on goods, named without a direction word near it.
REGIMES = [
    case("imposed-after", "Japanese buyers struggled after Beijing's licence requirements on dysprosium, imposed in "
         "April, slowed shipments for months.",
         [("export_restriction", "CHN", ("Dy",))]),
    case("placed-under-no-trade-word", "Buyers waited for weeks after China placed terbium under licences.",
         [("export_restriction", "CHN", ("Tb",))],
         gap="a sentence with no direction, production or standalone cue never reaches the trigger rules "
             "(the cheap gate of triggers.may_trigger); a regime word alone would send every 'licence' sentence "
             "through the builder"),
]


@pytest.mark.parametrize(
    ("text", "expected"), PLANT_STARTS + PLANT_HOSTS + PASSING + DEALS + STOCKPILES + MONEY_SET_APART + AUCTIONS + REGIMES
)
def test_challenge_8_secondary_en(text, expected):
    assert _rows(text) == expected
