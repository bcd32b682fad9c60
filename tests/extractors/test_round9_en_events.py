"""Round 9, English event detection on the consumed blind sets (blind9-en, blind8-en, blind7-en):
each phenomenon the misses showed, with passages of our own in other words and other sentence
shapes than the articles, and near-misses that must stay no event. A passage lists the (type,
actor, partners, elements) of every event it must give, or none; an agreement's actor field holds
all its parties joined by "-" and its partners are empty.
"""

from __future__ import annotations

import pytest

from event_rows import case, role_rows as _rows


# A plant that starts operating, its noun and its verb separated by a parenthetical between commas
# (", with a capacity of ...,", ", which cost ...,"): the parenthetical is a clause of its own, and
# its closing comma returns to the plant's clause (pair_reach.across_aside). A parenthetical that is
# never closed leaves the verb to its own clause.
ASIDES = [
    case("aside-with", "A Korean group's cathode plant in Hungary, with room for 40,000 tonnes of nickel a year, "
         "started operating on Monday.", [("capacity_expansion", "KOR", ("HUN",), ("Ni",))]),
    case("aside-which", "Brazil's state niobium refinery, which cost $400 million to build, came on stream in June.",
         [("capacity_expansion", "BRA", (), ("Nb",))]),
    case("aside-whose", "An Indonesian cobalt smelter, whose owners include a state fund, was commissioned last week.",
         [("capacity_expansion", "IDN", (), ("Co",))]),
    # a standalone start of production after its facility: the owner named with the facility acts
    case("owner-aside-production", "A smelter in Oman owned by an Indian group, with room for 30,000 tonnes of "
         "copper, began production in May.", [("capacity_expansion", "IND", ("OMN",), ("Cu",))]),
    case("owner-production", "A lithium refinery in Chile run by a Korean group started commercial production "
         "on Monday.", [("capacity_expansion", "KOR", ("CHL",), ("Li",))]),
    case("start-once", "Japan will buy half the cobalt from the refinery when it starts production.", []),
    case("aside-unclosed", "Chile's regulators inspected the lithium refinery, with inspectors saying exports "
         "could start up again in May.", []),
]

# A state's instrument as the subject of the sentence after the one naming the state ("The decree
# introduces ...", "The resolution sets ..."): the instrument stands for its government (an anaphor
# of event_actors.yaml), not for no one; an instrument that carries a measure of the same type
# already read is that package, no new event.
INSTRUMENTS = [
    case("resolution-duty", "The cabinet of Uzbekistan adopted Resolution No. 12 on Monday. The resolution "
         "introduces an export duty of 8% on zinc concentrate.", [("tariff", "UZB", (), ())]),
    case("decree-levy", "Bolivia's president signed a supreme decree on Friday. Under the decree, smelters will "
         "pay a levy on exports of tin.", [("other_policy", "BOL", (), ()), ("tariff", "BOL", (), ("Sn",))]),
    case("ordinance-tariff", "Mongolia published an ordinance on fluorspar in May. The ordinance imposes a "
         "20% tariff on copper concentrate exports from July.", [("tariff", "MNG", (), ("Cu",))]),
    # the decree that carries a duty already read: its second duty is the same package (optional in gold)
    case("decree-package", "Laos will raise its export duty on tin concentrate to 15%, under a decree published "
         "today. The decree also sets a duty of 10% on exports of zinc ores.", [("tariff", "LAO", (), ("Sn",))]),
    case("resolution-no-state", "Traders expect a vote soon. The resolution would introduce an export duty on "
         "zinc concentrate.", []),
]

# A state setting or changing the royalty or mining tax on what is mined: other_policy (blind9
# conventions: a royalty rate is other, the measure a rule on the supply chain), in the active, the
# passive and as a noun phrase; a royalty only paid or counted is no measure.
ROYALTIES = [
    case("royalty-set", "Zambia's parliament voted to set a royalty of 6% on cobalt sales.",
         [("other_policy", "ZMB", (), ("Co",))]),
    case("royalty-passive", "Chile's copper royalty was raised to 3% of operating margin in 2023.",
         [("other_policy", "CHL", (), ("Cu",))]),
    case("royalty-new", "Peru's congress approved a new windfall tax on large gold miners on Thursday.",
         [("other_policy", "PER", (), ("Au",))]),
    case("royalty-paid", "Royalties paid by Namibia's uranium mines rose to $90 million last year.", []),
]

# A state's refusal of one project's permit is its act on that project (CONVENTIONS: a state's act
# on one company's licence, permit, lease or concession is other_policy), in the active and the
# passive, with a refusal noun; a company's own application that lapsed is not.
REFUSALS = [
    case("permit-rejected", "Zimbabwe's mines ministry rejected the mining permit of a lithium project on Friday.",
         [("other_policy", "ZWE", (), ("Li",))]),
    case("permit-refusal", "Serbia's refusal of the permit for a borates mine angered investors.",
         [("other_policy", "SRB", (), ())]),
    case("permit-denied", "Panama's supreme court denied the copper mine's operating permit last year.",
         [("other_policy", "PAN", (), ("Cu",))]),
    case("permit-lapsed", "A Canadian miner halted work in Ecuador after its water permit lapsed.", []),
]

# A company placed by its seat, a city or region of one country ("a Perth-based miner", "a refiner
# headquartered ... -headquartered", "based in Ontario"): the text gives its country (CONVENTIONS),
# so it acts as that country, in an agreement, a plant and an investment alike (seats.py); a seat
# that is no place of the lexicon, or a capital, changes nothing.
SEATS = [
    case("seat-before-plant", "A Perth-based miner will build a graphite plant in Mozambique.",
         [("capacity_expansion", "AUS", ("MOZ",), ("graphite",))]),
    case("seat-agreement", "Houston-based Lonestar Brine signed a memorandum with Chile's state mining company on "
         "lithium extraction.", [("agreement", "CHL-USA", (), ("Li",))]),
    case("seat-after-invest", "A cobalt refiner based in Ontario will invest $80 million in a sulphate plant in "
         "Zambia.", [("investment", "CAN", ("ZMB",), ("Co",)), ("capacity_expansion", "CAN", ("ZMB",), ("Co",))]),
    case("seat-headquartered", "The Bavaria-headquartered magnet maker opened a new factory in Vietnam on Monday.",
         [("capacity_expansion", "DEU", ("VNM",), ())]),
    case("seat-unknown", "Springfield-based Nickelco began building a nickel smelter in Indonesia last week.",
         [("capacity_expansion", None, ("IDN",), ("Ni",))]),
]

# A regional body acts for its country (CONVENTIONS): a region or city of the seat table named with a
# word of government before it ("Queensland regulators", "the Nevada Division of Minerals") or after
# it ("the provincial government of Salta"); a region that is only where something happens is not.
REGIONAL_BODIES = [
    case("region-regulators", "Queensland regulators imposed a new royalty on vanadium producers in May.",
         [("other_policy", "AUS", (), ("V",))]),
    case("region-of", "The provincial government of Salta refused the water permit of a lithium brine project.",
         [("other_policy", "ARG", (), ("Li",))]),
    case("region-named-body", "The Nevada Division of Minerals cancelled the lease of a lithium clay developer.",
         [("other_policy", "USA", (), ("Li",))]),
    case("region-only-place", "Investors in Ontario cheered as regulators raised the royalty on nickel.", []),
]

# A plant in passing: the verb of its output after a start verb ("began producing", "is due to
# start processing"), works under way ("is under construction"), and an object relative whose
# subject is a pronoun ("the plant it is building": the one it stands for builds it). A plant
# "being built" names no builder: the investors before it are not its builders.
PLANTS_IN_PASSING = [
    case("began-producing", "The Korean refinery in Hungary began producing nickel sulphate on Monday.",
         [("capacity_expansion", "KOR", ("HUN",), ("Ni",))]),
    case("due-to-start-processing", "A Chinese group's cobalt plant in Zambia is due to start processing ore "
         "next year.", [("capacity_expansion", "CHN", ("ZMB",), ("Co",))]),
    case("under-construction", "A Canadian group's graphite anode plant in Quebec is under construction.",
         [("capacity_expansion", "CAN", (), ("graphite",))]),
    case("pronoun-relative", "An Indian steelmaker will take vanadium from the refinery it is building in Odisha.",
         [("capacity_expansion", "IND", (), ("V",))]),
    case("being-built-investors", "Two Korean funds bought shares in a Chilean company whose copper smelter "
         "being built in Peru is late.", []),
]

# A supply deal names its counterparty after its purpose verb: "to buy ... from X", "to supply ...
# to X" (offtakes.py); a deal whose subject is an anaphor ("The company signed an offtake with a
# German anode maker") has the one the anaphor stands for as its other party. Not a partner, not
# past the end of the sentence part, not a negative subject.
SUPPLY_DEALS = [
    case("deal-to-buy-from", "India's state steel group signed a ten-year contract to buy 300,000 tonnes of "
         "manganese ore a year from a Ghanaian miner.", [("agreement", "GHA-IND", (), ("Mn",))]),
    case("deal-to-sell-to", "A Brazilian niobium producer has signed an agreement in principle to sell ferroniobium "
         "for five years to a Chinese steel mill.", [("agreement", "BRA-CHN", (), ("Nb",))]),
    case("anaphor-deal", "Calgary-based Northern Cobalt opened an office on Monday. The company then signed a "
         "cobalt supply memorandum with a Finnish refiner.", [("agreement", "CAN-FIN", (), ("Co",))]),
    case("anaphor-talks-before", "Calgary-based Northern Cobalt opened an office on Monday. The company was in "
         "talks with a Finnish refiner about a further supply deal.", []),
    case("partner-ships", "The plant, built with a Thai partner, will ship its cathodes to Japan.", []),
    case("to-buy-other-part", "Japan signed an agreement on Monday to buy more rare earths; shipments from "
         "Vietnam rose.", []),
    case("nobody-signs", "Nobody would sign a contract with a Mexican anode plant at these prices, he said.", []),
]

# A place opening the sentence with "In", closed by a comma, sets the scene: the name after the comma
# is the clause's subject and acts, not the next member of a list of places (nearby.fronted_place); a
# real list of places ("In Canada, Australia and Chile, ...") stays places.
FRONTED_PLACES = [
    case("fronted-body", "In the United States, the Defense Logistics Agency will buy 40 tonnes of cobalt for "
         "the national defence stockpile.", [("stockpile", "USA", (), ("Co",))]),
    case("fronted-country", "In South America, Bolivia banned exports of lithium carbonate on Friday.",
         [("export_restriction", "BOL", (), ("Li",))]),
    case("fronted-other-country", "In Europe, Finland will build a stockpile of battery metals.",
         [("stockpile", "FIN", (), ())]),
    case("fronted-list", "In Canada, Australia and Chile, export bans on lithium are rare.", []),
]


@pytest.mark.parametrize("text,expected", ASIDES + INSTRUMENTS + ROYALTIES + REFUSALS + SEATS + REGIONAL_BODIES
                         + PLANTS_IN_PASSING + SUPPLY_DEALS + FRONTED_PLACES)
def test_round9_en_events(text, expected):
    assert _rows(text) == expected
