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
         gap="a company with no stated country takes the host only when its plant runs (hosts.py)"),
]


@pytest.mark.parametrize("text,expected", COMPANY_DISCOURSE)
def test_round10_en_plants(text, expected):
    assert _rows(text) == expected
