"""Round 10, English plants and investments on unseen text (blind7-11): the company an article is
about, whose country the text states once, acts in its later plants and investments, named again by
its bare name or a company word ("the miner", "the new owner", "its owner"). Passages of our own, in
other words and shapes than the articles, and near-misses. A passage lists the (type, actor,
partners, elements) of every event it must give; an agreement's actor field holds all its parties
joined by "-" and its partners are empty.
"""

from __future__ import annotations

import pytest

from event_rows import case, role_rows as _rows

# A nationality stated before the company noun, by ownership, or in an apposition after the name
# (company_register.py); the company is named again later by its name, its first word, or a
# company word of event_actors.yaml `anaphors`.
COMPANY_DISCOURSE = [
    case("adjective-then-the-miner", "A Moroccan mining group agreed on Monday to sell cobalt sulphate to a carmaker. "
         "To meet the contract, the miner will double the capacity of its cobalt plant near Marrakech.",
         [("capacity_expansion", "MAR", (), ("Co",))]),
    case("owned-by-then-new-owner", "GABORONE - A miner controlled by a Chinese state group completed its purchase of a copper "
         "mine in north-western Botswana on Tuesday. The new owner said it would build a second concentrator at the mine.",
         [("capacity_expansion", "CHN", ("BWA",), ())]),
    case("apposition-then-first-word", "Norland Metals, a Finnish company, signed a loan for its refinery. In March "
         "Norland said it had begun building a cobalt sulphate line at the plant in Sweden.",
         [("capacity_expansion", "FIN", ("SWE",), ("Co",)), ("investment", "FIN", (), ())]),
    case("apposition-the-then-company", "Ruvuma Graphite, the Australian developer, signed a framework agreement with "
         "Tanzania. The company will build a purification plant in the Lindi region.",
         [("agreement", "AUS-TZA", (), ("graphite",)), ("capacity_expansion", "AUS", (), ())]),
    case("name-after-noun-then-developer", "The Indonesian group Sulawesi Nikel completed a study. The developer said "
         "it would open a new nickel smelter in Morowali next year.", [("capacity_expansion", "IDN", (), ("Ni",))]),
    case("participle-owner-then-its-owner", "VIENTIANE, May 4 (Mekong Wire) - A refinery in Laos, owned by a Vietnamese metals group, stopped work in "
         "May. Its owner said it would spend $80 million to build a second refinery line.",
         [("capacity_expansion", "VNM", ("LAO",), ())]),
    case("hyphen-owned-then-owner", "Work resumed at the Chinese-owned Basalt Ridge refinery in Papua New Guinea. "
         "Its owner has pledged a further $150 million to rebuild the tailings dam.",
         [("investment", "CHN", (), ())]),
    # near-misses: a company named as a counterparty (after "to", "with", "from", "held by") is not
    # the one "the company" goes on about
    case("counterparty-not-the-company", "Under the deal, a Moroccan miner will sell cobalt to a French carmaker. "
         "The company will also build a sulphate plant near Casablanca.", [("capacity_expansion", "MAR", (), ())]),
    # the company named again, but its plant only loses output: no event
    case("company-output-falls", "A Moroccan mining group signed a supply deal on Monday. The miner said output at "
         "its cobalt plant near Marrakech fell by 5% in the first half.", []),
    # a listing place states no nationality
    case("listed-is-no-nationality", "An Australian-listed developer, Kestrel Lithium, said on Monday that it "
         "would build a lithium hydroxide refinery in Portugal.", [("capacity_expansion", None, ("PRT",), ("Li",))],
         gap="\"Australian-listed\" is still read as a nationality by the nearest-country rule"),
]

# A plant built in a clause of its own on a company (a relative clause, a purpose infinitive after
# the company that gets the money): the company builds it, not the lender or investor
# (builders.py); a company the text does not place has no actor, its host a partner when a region
# or the dateline places it (company_hosts.py).
CLAUSE_BUILDERS = [
    case("loan-to-then-infinitive", "Brazil's development bank has approved a loan to Serra Minerals to build a rare "
         "earth separation plant in the state of Goias.",
         [("capacity_expansion", None, ("BRA",), ("REE",)), ("investment", "BRA", (), ("REE",))]),
    case("stake-in-which-is-building", "Germany's state lender said it had taken a stake in Baltic Lithium, which is "
         "building a lithium hydroxide refinery near Rostock.",
         [("capacity_expansion", None, ("DEU",), ("Li",)), ("investment", "DEU", (), ("Li",))]),
    case("relative-plans-to-build-dateline", "LUSAKA - The state mining holding paid $45 million for 20% of Kivu "
         "Cobalt, which plans to build a cobalt hydroxide plant near Kitwe.",
         [("capacity_expansion", None, ("ZMB",), ("Co",))]),
    case("registered-builder", "The Korean development bank lent $200 million to Chile's Andesal to build a lithium "
         "carbonate plant.", [("capacity_expansion", "CHL", (), ("Li",)), ("investment", "KOR", (), ("Li",))]),
    # near-misses: a state that builds in its own clause; a place before "to" is no builder
    case("state-builds", "Chile will build a lithium refinery in Antofagasta, officials said.",
         [("capacity_expansion", "CHL", (), ("Li",))]),
    case("place-before-to", "Lynas in Australia is raising capacity at its plant in Malaysia to boost yttrium output.",
         [("capacity_expansion", "AUS", ("MYS",), ("Y",))]),
]

# The discourse around a company: a company named earlier in the anaphor's own sentence; a plural
# "investments" with nothing it goes into is talk; a company's plant leaves "the government" to the
# state named before.
COMPANY_SENTENCES = [
    case("company-earlier-in-sentence", "A Japanese trader bought a stake in a mine last year. In May, a Korean "
         "refiner signed a supply deal, and the company said it would invest $300 million in Peru.",
         [("investment", "KOR", ("PER",), ())]),
    case("plural-investments-generic", "Brazil's Vale said the company continues to pursue global mining investments.", []),
    case("plural-investments-with-object", "Japan announced investments in a lithium refinery in Chile.",
         [("investment", "JPN", ("CHL",), ("Li",))]),
    case("company-plant-then-government", "Indonesia's government welcomed the plan. A Chinese group will build a "
         "smelter in Sulawesi. The government will also ban bauxite exports.",
         [("capacity_expansion", "CHN", (), ()), ("export_restriction", "IDN", (), ())],
         gap="a company introduced in the plant's own sentence still becomes the actor 'the government' stands "
             "for (counting such intros cost blind11-en and challenge zh)"),
]

# A company's reported intention to invest or build is a plan (CONVENTIONS: proposed); a state's
# "will" stays a decision.
PLANS = [
    ("The Chilean producer said it would invest $900 million in a new carbonate plant.", "proposed"),
    ("A Peruvian miner says it could build a second concentrator at the mine.", "proposed"),
    ("Chile will build a lithium refinery in Antofagasta, officials said.", "announced"),
]


@pytest.mark.parametrize("text,phase", PLANS)
def test_round10_company_plans_are_proposed(text, phase):
    from event_rows import extract_articles, Article
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published="2025-10-29T09:00:00+00:00")])
    assert extraction.events and {e.phase for e in extraction.events if e.type == "capacity_expansion"} == {phase}


@pytest.mark.parametrize("text,expected", COMPANY_DISCOURSE + CLAUSE_BUILDERS + COMPANY_SENTENCES)
def test_round10_en_plants(text, expected):
    assert _rows(text) == expected
