"""Constructions of SPEC §2 "Policy events" read by rules (not by lexicon entries alone): one
sentence of our own per construction, through the real pipeline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from test_events_support import events_of, keys_of

from orewatch.extractors.events import event_key, merge_events
from orewatch.records import Event

# --------------------------------------------------------------------------- quotas


def test_events_constructions_quota_far_from_its_export_word_is_an_export_quota():
    found = events_of("Laos will keep its ban on tin exports for two more months and then switch to a quota system.")
    assert {(e.type, e.subtype, e.actor) for e in found} == {
        ("export_restriction", "ban", "LAO"),
        ("export_restriction", "quota", "LAO"),
    }


def test_events_constructions_bare_quota_continues_the_articles_quota():
    text = (
        "Vietnam cut its antimony export quota on Monday. "
        "The trade ministry set the new quota at 900 tonnes, officials said."
    )
    assert {(e.type, e.subtype) for e in events_of(text)} == {("export_restriction", "quota")}


def test_events_constructions_bare_quota_alone_is_a_production_quota():
    found = events_of("Beijing raised its tungsten quota for the year by 5% on Friday.")
    assert [(e.type, e.actor) for e in found] == [("production_quota", "CHN")]


def test_events_constructions_company_backing_a_quota_is_not_a_quota():
    assert events_of("Glencore said it supports the quota system.") == []


# --------------------------------------------------------------------------- repeats


def _event(subtype: str, date: str, precision: str = "day") -> Event:
    return Event(
        type="export_restriction", subtype=subtype, actor="CHN", partners=(), elements=(), date=date,
        date_precision=precision, trigger="t", sentence="s", field="text", start=0, end=1,
    )  # fmt: skip


def test_events_constructions_two_instruments_of_one_actor_are_two_events():
    merged = merge_events([_event("ban", "2025-03-02"), _event("quota", "2025-03-02")])
    assert [e.subtype for e in merged] == ["ban", "quota"]


def test_events_constructions_licences_and_controls_are_one_instrument():
    merged = merge_events([_event("control", "2025-03-02"), _event("licence", "2025-03", "published")])
    assert [e.subtype for e in merged] == ["control"]


def test_events_constructions_steps_of_one_deal_are_one_investment():
    text = (
        "In March 2023 Japan's Sojitz agreed to acquire a 20% stake in a Namibian zinc mine. "
        "Sojitz said on Tuesday it had completed the acquisition of the stake in Namibia."
    )
    found = events_of(text, published="2024-06-05")
    assert [(e.type, e.actor, e.partners, e.date) for e in found] == [("investment", "JPN", ("NAM",), "2023-03")]
    # Another actor, or another host, is another investment.
    other_host = replace(_event("ban", "2024-06-04"), type="investment", subtype=None, partners=("NAM",))
    assert len(merge_events([other_host, replace(other_host, date="2023-03", partners=("ZAF",))])) == 2


# --------------------------------------------------------------------------- actor


def test_events_constructions_money_from_a_body_names_the_funder():
    text = "A Nevada lithium project has received a loan of up to $700 million from the Export-Import Bank."
    assert ("investment", "USA", ()) in keys_of(text)


def test_events_constructions_coordinated_subject_acts_as_each_member():
    text = "Japan and India will invest $300 million in rare earth processing."
    assert [(e.type, e.actor) for e in events_of(text)] == [("investment", "JPN"), ("investment", "IND")]
    text = "The US and British governments barred imports of Russian nickel on Friday."
    assert [(e.type, e.actor, e.partners) for e in events_of(text)] == [
        ("import_restriction", "USA", ("RUS",)),
        ("import_restriction", "GBR", ("RUS",)),
    ]
    # A list that is not the subject of the trigger's verb does not act.
    text = "Shipments to Japan and Korea stopped after Vietnam banned rare earth exports."
    assert [(e.type, e.actor) for e in events_of(text)] == [("export_restriction", "VNM")]


def test_events_constructions_it_skips_places_of_the_previous_sentence():
    text = (
        "An Australian miner reported record output from its plant in Malaysia. "
        "It is building a second refinery in Texas."
    )
    # round 10: the region after the plant is its host (CONVENTIONS: regions attribute; company_hosts.py)
    assert ("capacity_expansion", "AUS", ("USA",)) in keys_of(text)


def test_events_constructions_origin_of_restricted_exports_acts():
    text = "The regulator extended the suspension of tin exports from Myanmar by three months."
    assert [(e.type, e.subtype, e.actor) for e in events_of(text)] == [("export_restriction", "ban", "MMR")]
    # An import's origin is its target, not its actor.
    assert events_of("Officials discussed the suspension of tin imports from Myanmar.") == []


def test_events_constructions_possessor_after_by_acts():
    text = "Cobalt prices jumped, driven by Congo's export ban."
    assert [(e.type, e.actor) for e in events_of(text)] == [("export_restriction", "COD")]


def test_events_constructions_subject_of_an_infinitive_acts():
    text = "The Pentagon gave $9 million to a Canadian company to expand a scandium plant."
    assert ("capacity_expansion", "CAN", ()) in keys_of(text)


def test_events_constructions_host_named_with_the_subject_is_a_partner():
    text = "A Peruvian company expects its tin mine in Bolivia to begin production next year."
    assert ("capacity_expansion", "PER", ("BOL",)) in keys_of(text)


def test_events_constructions_country_word_before_a_rule_is_its_author():
    text = "Smelters are getting ready for a Korean rule that bars graphite of Chinese origin from public tenders."
    assert [(e.type, e.actor, e.partners) for e in events_of(text)] == [("import_restriction", "KOR", ("CHN",))]


def test_events_constructions_seat_of_a_government_names_its_country():
    text = "The government in Vientiane ordered a moratorium on new potash mining licences."
    assert [(e.type, e.actor) for e in events_of(text)] == [("other_policy", "LAO")]
    # Elsewhere "in" still names a place: the host, not who acts.
    assert ("capacity_expansion", "CHN", ("LAO",)) in keys_of("A Chinese firm built a potash plant in Laos.")


def test_events_constructions_country_naming_the_measure_owns_it_not_who_reacts():
    found = events_of("Japan and Korea raised concerns over Vietnam's proposed export ban on rare earths.")
    assert [(e.type, e.actor) for e in found] == [("export_restriction", "VNM")]


def test_events_constructions_agent_of_a_later_noun_phrase_is_not_the_actor():
    found = events_of("Bolivia plans to nationalise a tin smelter operated by a Swiss group.")
    assert [(e.type, e.actor) for e in found] == [("other_policy", "BOL")]


# --------------------------------------------------------------------------- restrictions without a direction word


def test_events_constructions_closed_border_restricts_imports():
    found = events_of("Thailand shut two border crossings to tin ore trucks on Friday.")
    assert [(e.type, e.actor, e.date) for e in found] == [("import_restriction", "THA", "2025-10-24")]


def test_events_constructions_halt_to_new_permits_is_other_policy():
    found = events_of("Last week Bolivia declared a halt to new lithium exploration permits.")
    assert [(e.type, e.actor) for e in found] == [("other_policy", "BOL")]
    # A company stopping work because of its own permit is no policy.
    assert events_of("A Bolivian miner halted operations after its permit lapsed.") == []


def test_events_constructions_extended_measure_is_a_new_event_of_its_type():
    text = "Zimbabwe banned exports of lithium ore in March. In July, the ban was extended by six months."
    assert [(e.type, e.subtype, e.actor, e.date) for e in events_of(text)] == [
        ("export_restriction", "ban", "ZWE", "2025-03"),
        ("export_restriction", "ban", "ZWE", "2025-07"),
    ]
    # Nothing to continue, someone else's wish, or a company's own licence: no event.
    assert events_of("In July, the ban was extended by six months.") == []
    assert len(events_of("Zimbabwe banned exports of lithium ore in March. A Chinese miner asked for the ban to be lifted.")) == 1
    assert len(events_of("Zimbabwe banned exports of lithium ore in March. In July, the miner's licence was extended.")) == 1


def test_events_constructions_decision_date_beats_the_effective_date():
    text = "On May 4, the ministry said that from July 1 the ban would give way to export quotas of 5,000 tons a year in 2026."
    found = events_of("Zambia banned cobalt exports in February. " + text)
    assert [(e.subtype, e.date) for e in found] == [("ban", "2025-02"), ("quota", "2025-05-04")]


# --------------------------------------------------------------------------- agreements


def test_events_constructions_bloc_alone_is_all_the_parties():
    found = events_of("Group of Seven ministers on Friday agreed a joint plan for gallium supply.")
    assert [(e.type, e.actor, e.partners) for e in found] == [("agreement", "G7", ())]


def test_events_constructions_talks_are_not_an_agreement():
    assert events_of("Chile and Korea began talks on lithium cooperation in May.") == []


def test_events_constructions_partner_as_a_noun_is_not_an_agreement():
    assert events_of("A German magnet maker bought oxide through a trading partner in Vietnam.") == []


def test_events_constructions_headline_clause_takes_the_previous_clauses_parties():
    found = events_of("印尼要卖镍给日本，赴日签字", field="title")
    assert [(e.type, {e.actor, *e.partners}) for e in found] == [("agreement", {"IDN", "JPN"})]


def test_events_constructions_agreed_to_with_a_far_to_is_not_a_party():
    text = "The European Investment Bank agreed on Monday to lend the project 40 million euros, its first loan to a Serbian mine."
    assert all(e.type != "agreement" for e in events_of(text))


# --------------------------------------------------------------------------- not an act


def test_events_constructions_opposing_a_measure_is_not_taking_it():
    assert events_of("Beijing's commerce ministry said it opposed the duties.") == []


def test_events_constructions_a_condition_names_a_measure_without_taking_it():
    found = events_of("Beijing has threatened to restrict exports of graphite if the tariff goes ahead.")
    assert [e.type for e in found] == ["export_restriction"]


def test_events_constructions_investment_words_naming_organisations_or_deals():
    assert events_of("The project, backed by Canadian investment funds, awaits a final investment decision.") == []
    found = events_of("Zambia and Angola sign a rail financing deal.", field="title")
    assert [e.type for e in found] == ["agreement"]


def test_events_constructions_hoped_for_or_sold_stakes_are_not_investments():
    assert events_of("Japan's new agency aims to spur private investment in nickel refining.") == []
    assert events_of("Peru is still studying potential financing for its copper smelter.") == []
    assert events_of("Japan's Sumitomo agreed to divest a 20% stake in a Chilean copper mine.") == []
    assert events_of("The accord would expedite Korean and Australian investment in Zambian copper.") == []
    assert events_of("Under the new law the Bolivian state will hold a majority stake in every tin mine.") == []


def test_events_constructions_expansion_another_helps_is_a_purpose():
    assert events_of('"The stake will help it expand the production of zinc," the company said.') == []
    found = events_of("Peru will expand the production of zinc at its state smelter.")
    assert [(e.type, e.actor) for e in found] == [("capacity_expansion", "PER")]


def test_events_constructions_new_facility_inside_one_noun_phrase():
    assert ("capacity_expansion", "KOR", ("FIN",)) in keys_of(
        "A Korean battery group will put $900 million into a new high-purity nickel sulphate plant in Finland."
    )
    assert events_of("Indonesian officials said 12 new smelter applications were under review.") == []
    assert all(e.type != "capacity_expansion" for e in events_of("Chile adopted new rules for lithium mines."))


def test_events_constructions_capacity_raised_by_a_percentage_is_an_expansion():
    found = events_of("A Belgian refiner raised its germanium recycling capacity by 25% in 2025.")
    assert [(e.type, e.actor, e.date) for e in found] == [("capacity_expansion", "BEL", "2025")]


# --------------------------------------------------------------------------- dates


def test_events_constructions_main_clause_date_is_not_a_subordinate_measures():
    text = "Tin prices rose 12% since the start of the year, after Myanmar cut its mining quota for 2025."
    event = events_of(text)[0]
    assert (event.type, event.date_precision) == ("production_quota", "published")


def test_events_constructions_rest_of_a_year_is_a_period():
    text = "On May 4, the regulator said the ban would be replaced by export quotas for the rest of 2025, Zambia said."
    assert {e.date for e in events_of(text)} == {"2025-05-04"}


# --------------------------------------------------------------------------- background and repeats


def test_events_constructions_measure_after_following_is_not_the_clause_subjects():
    # What a clause follows is its background: the clause's subject does not own it.
    found = keys_of("Chile imposed new royalties on copper, following export curbs announced last month.")
    assert ("export_restriction", "CHL", ()) not in found
    assert keys_of("Laos became a top tin supplier, following large investments by foreign miners.") == set()
    # ... but an owner named after "following" still owns it,
    found = keys_of("The decree is a countermove following Japan's ban on Korean steel imports.")
    assert ("import_restriction", "JPN", ("KOR",)) in found
    # and "the following" points at a list.
    found = keys_of("Vietnam announced the following export controls on tungsten and tin.")
    assert found == {("export_restriction", "VNM", ())}


def test_events_constructions_definite_agreement_is_the_articles_agreement_again():
    text = (
        "Peru and Korea signed a lithium supply agreement on Monday. "
        "The agreement will not be an obstacle to Peru's accession to the EU. "
        'Korea\'s trade minister said that agreement "signals clearly to China" that Seoul wants other suppliers. '
        "Lima has linked the mining accord to talks between Chile and Bolivia."
    )
    assert {event_key(e) for e in events_of(text)} == {("agreement", frozenset({"PER", "KOR"}))}
    # A party named right after it makes it another agreement.
    text = (
        "Peru and Korea signed a lithium supply agreement on Monday. "
        "The agreement with Japan, signed by Peru last year, covers copper."
    )
    assert {event_key(e) for e in events_of(text)} == {
        ("agreement", frozenset({"PER", "KOR"})),
        ("agreement", frozenset({"PER", "JPN"})),
    }


def test_events_constructions_definite_measure_named_again_is_a_repeat():
    # "the new duties" of an actor that already has duties: a repeat, whatever its sentence dates.
    text = (
        "Mexico announced a 30% tariff on Korean steel on Friday. "
        "The president said the new duties will take effect on December 1."
    )
    assert [(e.type, e.actor, e.date) for e in merge_events(events_of(text))] == [("tariff", "MEX", "2025-10-24")]
    text = (
        "Zambia banned cobalt exports in June. "
        "The minister attributed a 40 percent rise in prices since March to the earlier export suspension."
    )
    assert [(e.type, e.actor, e.date) for e in merge_events(events_of(text))] == [("export_restriction", "ZMB", "2025-06")]
    # A relative clause tells another measure apart, with its own date.
    text = (
        "Mexico announced a 30% tariff on Korean steel on Friday. "
        "It also postponed the tariffs it had announced on March 3."
    )
    assert [(e.type, e.date) for e in merge_events(events_of(text))] == [("tariff", "2025-10-24"), ("tariff", "2025-03-03")]


def test_events_constructions_joint_investment_is_part_of_the_deal():
    text = "Chile and Korea signed a lithium pact, with $2 billion in joint investment from both sides."
    assert {event_key(e) for e in events_of(text)} == {("agreement", frozenset({"CHL", "KOR"}))}
    # one party's own money beside a deal stays an investment
    assert ("investment", "KOR", ()) in keys_of("Korea will make a $2 billion investment in lithium refining.")


def test_events_constructions_purpose_of_another_act_is_background():
    found = keys_of("Guinea's president signed a new mining code in a bid to raise the state's stake in mines.")
    assert found == {("other_policy", "GIN", ())}
    text = "The miner went to court in order to overturn an order from the Chilean government halting imports of ore."
    assert events_of(text) == []


def test_events_constructions_element_in_a_company_name_is_not_the_events():
    text = "Chinese firms such as Jiangxi Ganfeng Cobalt have acquired lithium mines worth $500 million in Namibia."
    assert [e.elements for e in events_of(text)] == [("Li",)]
    # ... unless it is the only element the sentence names
    text = "Chinese group Jiangxi Ganfeng Cobalt has acquired mines worth $500 million in Namibia."
    assert [e.elements for e in events_of(text)] == [("Co",)]


def test_events_constructions_bans_on_goods_that_share_nothing_are_two_measures():
    text = (
        "Indonesia banned nickel ore exports on Monday. "
        "The president said on Tuesday that Indonesia will ban tin exports from next year."
    )
    found = merge_events(events_of(text))
    assert sorted((e.type, e.actor, e.elements) for e in found) == [
        ("export_restriction", "IDN", ("Ni",)),
        ("export_restriction", "IDN", ("Sn",)),
    ]
    # a repeat naming a member of the group it named first is still a repeat
    text = "China cut its rare earth export quota on Monday. The quota covers dysprosium and terbium."
    assert [e.elements for e in merge_events(events_of(text))] == [("REE", "Dy", "Tb")]


# --------------------------------------------------------------------------- round 5 (issue 10 point 1)


def test_events_constructions_retaliatory_measure_is_the_actors_own():
    # "retaliatory" is an adjective of the measure, not a motive that makes it background
    assert keys_of("Ottawa hit back on Friday with retaliatory tariffs of 15% on US steel, Canada said.") == {
        ("tariff", "CAN", ("USA",))
    }
    # the measure retaliated against stays background
    assert keys_of("In retaliation for US duties, Canada imposed tariffs on American steel.") == {
        ("tariff", "CAN", ("USA",))
    }


def test_events_constructions_who_bears_a_measure_does_not_take_it():
    # the subject of "face" / "be subject to" and the origin of goods are targets (bearers.py)
    assert {(e.type, e.actor) for e in events_of("Korea, for example, faces a 25% tariff on its cars.")} == set()
    assert {(e.type, e.actor) for e in events_of("Beijing said that all US-origin goods will be subject to an additional 34% tariff.")} == {
        ("tariff", "CHN")
    }
    # "in the face of" is no bearing verb
    assert {(e.type, e.actor) for e in events_of("Japan, in the face of China's ban on gallium exports, built a stockpile.")} == {
        ("export_restriction", "CHN"), ("stockpile", "JPN")
    }


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a state orders a company, a province or its government to act: a measure of its own
        ("Canada's government ordered two Chinese firms to divest from a lithium miner.", {("other_policy", "CAN", ("CHN",))}),
        ("Chile's supreme court ordered the environment agency and two regions to review the permits of three lithium projects.",
         {("other_policy", "CHL", ())}),
        # in the passive the subject is the one ordered; who orders is the speaker
        ("Zangge Mining was ordered to divest from a lithium miner, Canada's government said.",
         {("other_policy", "CAN", ())}),
        # "ordered" without "to" + a verb of compliance, and "in order to", are no orders
        ("Korea ordered 500 tonnes of gallium from a Japanese refiner.", set()),
        ("Korea ordered new studies of its lithium deposits.", set()),
    ],
)
def test_events_constructions_state_orders(text, keys):
    assert keys_of(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # the rules named first, their issuing after them (a participle or a passive)
        ("The interim rules were jointly issued by the Ministry of Industry and Information Technology.",
         {("other_policy", "CHN", ())}),
        ("Chile will audit lithium brines under regulations approved on Monday.", {("other_policy", "CHL", ())}),
        # a rule of a company is no measure; nor is a figure between the rules and a verb
        ("The company said the rules for its staff were simple.", set()),
    ],
)
def test_events_constructions_rules_then_their_issuing(text, keys):
    assert keys_of(text) == keys
