"""Elements and partners an event reads beyond its own sentence (SPEC §2, changed 2026-12-06):
repeats of a measure lend the elements they name, and an English headline gives the elements
and the host of body events whose sentence names none. Sentences of our own, through the real
pipeline as extract.py runs it."""

from __future__ import annotations

import pytest
from test_events_support import PUBLISHED, events_of

from orewatch.extractors.extract import extract_articles
from orewatch.records import Article


def _events(title: str, text: str, language: str = "en") -> list[tuple]:
    article = Article(id="a", title=title, text=text, published=PUBLISHED, language=language)
    (extraction,) = extract_articles([article])
    return [(e.type, e.actor, e.partners, e.elements) for e in extraction.events]


def test_events_neighbours_repeat_of_a_measure_lends_its_elements():
    text = (
        "Beijing issued its first rare earth export quota of the year on Monday. "
        "The quota covers 20,000 tonnes of light rare earths and 3,000 tonnes of heavy rare earths."
    )
    assert [(e.type, e.elements) for e in events_of(text)] == [("export_restriction", ("REE", "LREE", "HREE"))]


def test_events_neighbours_sentence_without_elements_takes_the_headlines():
    found = _events(
        "Congo replaces cobalt export ban with quotas",
        "Congo will now control supply through strict annual export quotas, the regulator said on Sunday.",
    )
    assert found == [("export_restriction", "COD", (), ("Co",))]


def test_events_neighbours_investment_without_host_takes_the_headlines_other_country():
    found = _events(
        "Canadian magnet maker lands $50 million for Estonia factory",
        "Canada's Neo Materials secured a $50 million loan on Monday to complete the plant.",
    )
    assert found == [("investment", "CAN", ("EST",), ())]


def test_events_neighbours_domestic_investment_has_no_host_from_the_headline():
    found = _events(
        "Washington bets on magnets to cut reliance on China",
        "The Pentagon will invest $400 million in domestic magnet production.",
    )
    assert found == [("investment", "USA", (), ())]


def test_events_neighbours_headline_is_not_read_for_chinese_articles():
    found = _events("刚果(金)钴出口禁令改为配额", "Congo will now control supply through strict annual export quotas.", "zh")
    assert [f[3] for f in found] == [()]


def test_events_neighbours_tariff_takes_no_element_from_the_headline():
    found = _events(
        "Lithium miners brace for trade war",
        "Washington imposed a 25% tariff on all Chinese goods on Monday.",
    )
    assert found == [("tariff", "USA", ("CHN",), ())]


def test_events_neighbours_licence_act_has_the_holders_country_as_partner():
    found = events_of("Peru revoked the mining licences held by a Canadian copper explorer on Tuesday.")
    assert [(e.type, e.actor, e.partners) for e in found] == [("other_policy", "PER", ("CAN",))]
    found = events_of("Niger will nationalise a uranium mine operated by a French group.")
    assert [(e.type, e.actor, e.partners) for e in found] == [("other_policy", "NER", ("FRA",))]


def test_events_neighbours_a_law_has_no_holder():
    found = events_of("Mali's president signed a new mining code into law on Monday, as a Canadian miner disputed its taxes.")
    assert [(e.type, e.actor, e.partners) for e in found] == [("other_policy", "MLI", ())]


def test_events_neighbours_pointer_takes_the_previous_sentences_elements():
    text = (
        "Traders said cobalt and nickel from Russia still reach Europe.\n\n"
        "Washington said on Friday it will prohibit imports of these metals from Russia."
    )
    found = events_of(text)
    assert [(e.type, e.actor, e.elements) for e in found] == [("import_restriction", "USA", ("Co", "Ni"))]


def test_events_neighbours_list_in_the_next_sentence_gives_the_elements():
    text = (
        "Beijing said on Tuesday it would restrict exports of some chipmaking inputs to the United States.\n\n"
        "Among the materials covered are gallium and germanium, the ministry said."
    )
    found = events_of(text)
    assert [(e.type, e.actor, e.elements) for e in found] == [("export_restriction", "CHN", ("Ga", "Ge"))]


def test_events_neighbours_no_pointer_no_neighbours_elements():
    text = "Prices of gallium rose in May. Beijing said on Tuesday it would restrict exports of chip inputs."
    assert [e.elements for e in events_of(text)] == [()]


def test_events_neighbours_company_whose_country_the_text_never_names_has_no_actor():
    # CONVENTIONS: a company's country comes only from the text; the host stays a partner.
    found = events_of("Lynas will build a heavy rare earths separation plant in Malaysia next year.")
    assert [(e.type, e.actor, e.partners) for e in found] == [("capacity_expansion", None, ("MYS",))]
    found = events_of("Australia's Lynas will build a heavy rare earths separation plant in Malaysia next year.")
    assert [(e.type, e.actor, e.partners) for e in found] == [("capacity_expansion", "AUS", ("MYS",))]


def test_events_neighbours_measure_named_in_a_retaliating_clause_is_background():
    text = "Washington announced a 100% tariff on Chinese goods on Friday, retaliating against Beijing's export controls."
    assert [(e.type, e.actor) for e in events_of(text)] == [("tariff", "USA")]
    text = "Beijing set tariffs on US farm goods as a countermeasure to Washington's import duties."
    assert [(e.type, e.actor) for e in events_of(text)] == [("tariff", "CHN")]


def test_events_neighbours_a_blocs_name_is_no_agreement():
    found = events_of("US picks 20 projects to support under its Minerals Security Partnership initiative", field="title")
    assert found == []


def test_events_neighbours_national_body_without_its_country_acts_for_the_articles_country():
    text = (
        "Canada wants more of its nickel refined at home. "
        "On Monday, the Minister of Natural Resources announced up to $40 million in investments for six mine projects."
    )
    assert [(e.type, e.actor) for e in events_of(text)] == [("investment", "CAN")]
    text = "India imports most of its magnets. The Union Cabinet approved funding of Rs 7,000 crore for magnet plants."
    assert [(e.type, e.actor) for e in events_of(text)] == [("investment", "IND")]


def test_events_neighbours_pledge_not_to_act_is_no_measure():
    for text in (
        "Indonesia vowed not to impose export quotas on nickel ore.",
        "Chile ruled out an export ban on lithium on Monday.",
        "Kinshasa refrained from imposing an export ban on cobalt.",
        "Peru rejected a new copper export tax.",
        "The ministry said it has no intention of seizing any stake from existing licence holders.",
    ):
        assert events_of(text) == [], text


def test_events_neighbours_a_party_far_after_the_agreement_belongs_to_another_noun():
    text = (
        "The United States and Ukraine signed an agreement giving American firms access to minerals "
        "in the hope of ensuring continued support for Kyiv in its long war with Russia."
    )
    assert [(e.type, {e.actor, *e.partners}) for e in events_of(text)] == [("agreement", {"USA", "UKR"})]


def test_events_neighbours_foreign_investors_do_not_own_their_hosts_ban():
    cases = {
        "Chinese miners in Zimbabwe must now comply with a ban on exports of raw lithium ore.": "ZWE",
        "Indonesia, where Chinese companies built smelters, banned nickel ore exports in 2020.": "IDN",
        "Chinese-owned smelters in Indonesia welcomed the ban on nickel ore exports.": "IDN",
        "Chinese export controls on antimony hit Europe hard.": "CHN",  # not investors: the owner
    }
    for text, actor in cases.items():
        assert [e.actor for e in events_of(text) if e.type == "export_restriction"] == [actor], text


def test_events_neighbours_no_host_from_a_chinese_headline_over_english_text():
    found = _events("对华依赖难解,日本加码镓回收", "Japan's Dowa will double its gallium recovery capacity at its plant by 2026.")
    assert found == [("capacity_expansion", "JPN", (), ("Ga",))]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # the next sentence opens by naming the measure: its targets are the event's partners
        ("Hanoi banned exports of tungsten ore on Monday. The measure applies to shipments to South Korea.",
         ("KOR",)),
        ("Canberra imposed duties on lithium hydroxide on Monday. The duties target imports from India and Chile.",
         ("IND", "CHL")),
        # the event's sentence points back at the goods of the sentence before
        ("Shipments of cobalt to Japan doubled in May. Kinshasa halted the shipments on Friday.", ("JPN",)),
        # near misses: the next sentence speaks of something else; the actor is never its own partner
        ("Hanoi banned exports of tungsten ore on Monday. Prices in South Korea rose.", ()),
        ("Hanoi banned exports of tungsten ore on Monday. The ban applies to shipments from Vietnam.", ()),
    ],
)
def test_events_neighbours_partners_from_the_sentence_that_speaks_of_the_measure(text, partners):
    found = [e for e in events_of(text) if e.type != "agreement"]
    assert [e.partners for e in found] == [partners]
