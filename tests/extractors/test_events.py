"""The policy event component (extractors/events.py) through the real pipeline: one sentence
of our own per construction of SPEC §2 (actor, partners, generic statements, motives,
negation, dates, dedup, Chinese), and the record it writes."""

from __future__ import annotations

import pytest
from test_events_support import PUBLISHED, events_of, keys_of, one_event

from orewatch.extractors.events import merge_article_events, merge_events
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article, Event

# --------------------------------------------------------------------------- actor and partners


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the target of a restriction is a partner, not the actor
        ("China imposed export controls on gallium to the United States.", ("export_restriction", "CHN", ("USA",))),
        ("The US banned imports of Chinese magnets.", ("import_restriction", "USA", ("CHN",))),
        # possessive and adjective
        ("China's export controls on graphite tightened supply.", ("export_restriction", "CHN", ())),
        ("Chinese export controls on antimony hit Europe hard.", ("export_restriction", "CHN", ())),
        # passive agent
        ("Export curbs imposed by Beijing hit Japanese buyers.", ("export_restriction", "CHN", ())),
        # the speaker of a reporting verb after the trigger
        ("New export quotas for tungsten are lower, Vietnam's trade ministry said.", ("export_restriction", "VNM", ())),
        # tariffs on a country's goods
        ("Washington will impose duties on Chinese graphite anodes.", ("tariff", "USA", ("CHN",))),
        # a government body or a leader stands for its country
        ("The Pentagon will invest $400 million in a magnet plant.", ("investment", "USA", ())),
        ("Modi unveiled a new rare earth magnet factory in Gujarat.", ("capacity_expansion", "IND", ())),
        # a company of one country building in another: host is a partner
        ("Australian miner Lynas is expanding production capacity at its plant in Malaysia.", ("capacity_expansion", "AUS", ("MYS",))),
        ("Japan's Sojitz invested in a rare earth mine in Australia.", ("investment", "JPN", ("AUS",))),
        # "an order from the X government halting imports": X acts
        ("A court upheld an order from the Malaysian government halting imports of concentrate.", ("import_restriction", "MYS", ())),
    ],
)
def test_events_actor_and_partners(text, key):
    assert key in keys_of(text)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The United States and Ukraine signed a minerals agreement.", {"USA", "UKR"}),
        ("A mineral agreement was signed between Trump and Australian Prime Minister Albanese.", {"USA", "AUS"}),
        ("Pakistan signed a memorandum with the United States on rare earths.", {"PAK", "USA"}),
        ("Takaichi and Trump agreed on rare earth supply cooperation.", {"JPN", "USA"}),
        ("India agreed to supply Japan with rare earth oxides.", {"IND", "JPN"}),
    ],
)
def test_events_agreement_parties(text, parties):
    agreements = [e for e in events_of(text) if e.type == "agreement"]
    assert [{e.actor, *e.partners} for e in agreements] == [parties]


def test_events_agreement_leaves_out_the_country_depended_on():
    event = one_event("Japan and Australia signed a pact to reduce their dependence on China.")
    assert {event.actor, *event.partners} == {"JPN", "AUS"}


def test_events_agreement_needs_two_parties():
    assert [e for e in events_of("Brazil said the agreement would take years.") if e.type == "agreement"] == []


# --------------------------------------------------------------------------- what is not an event


@pytest.mark.parametrize(
    "text",
    [
        "Countries are investing in critical minerals.",
        "Western producers are ramping up efforts to build new plants.",
        "Many producing countries are tightening export controls.",
        "China did not ban exports of rare earth alloys.",
        "Beijing has denied it curbed exports to Japan.",
        "Indonesia banned nothing; it wants to attract foreign investment in smelters.",
        "China's rare earth output increased 10% in May.",
        "Export volumes reached a record in June.",
    ],
)
def test_events_generic_negated_or_statistic_is_not_an_event(text):
    assert events_of(text) == []


def test_events_motive_is_background():
    found = keys_of("In retaliation for US tariffs, China imposed export controls on tungsten.")
    assert found == {("export_restriction", "CHN", ())}


def test_events_threatened_measure_is_an_event():
    assert ("export_restriction", "COD", ()) in keys_of("Congo may impose strict curbs on cobalt exports.")


def test_events_lifting_a_measure_keeps_its_type():
    assert ("export_restriction", "CHN", ("USA",)) in keys_of("China suspended its export ban on gallium to the United States.")


def test_events_capitalized_trigger_inside_a_name_is_not_an_event():
    assert events_of("Chile's Andes Investment Fund owns two copper mines.") == []


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("China imposed export controls on gallium on June 7, 2025.", "2025-06-07", "day"),
        ("China's commerce ministry said on Tuesday it would restrict antimony exports.", "2025-10-28", "day"),
        ("In April, Beijing introduced export controls on seven rare earths.", "2025-04", "month"),
        ("China will require export licences for graphite from Dec. 1.", "2025-12-01", "day"),
        ("Beijing tightened exports of graphite at the end of last year.", "2024-10", "quarter"),
        ("China imposed export controls on gallium.", "2025-10", "published"),
    ],
)
def test_events_date_of_the_measure(text, date, precision):
    event = one_event(text)
    assert (event.date, event.date_precision) == (date, precision)


def test_events_date_in_another_clause_is_not_the_event_date():
    event = one_event("China vowed to crack down on illegal rare earth mining, which rose sharply in 2023.")
    assert (event.date, event.date_precision) == ("2025-10", "published")


def test_events_no_publication_no_date():
    event = one_event("China imposed export controls on gallium.", published=None)
    assert (event.date, event.date_precision) == (None, None)


# --------------------------------------------------------------------------- record and dedup


def test_events_record_fields_and_offsets():
    text = "Prices rose. China imposed export controls on gallium to the United States on Monday."
    event = one_event(text)
    assert event.type == "export_restriction" and event.subtype == "control"
    assert event.elements == ("Ga",)
    assert event.trigger == "export controls"
    assert text[event.start : event.end] == event.sentence == text[13:]
    assert event.field == "text"
    assert event.date == "2025-10-27"


def test_events_title_field_is_recorded():
    (event,) = events_of("China bans gallium exports to US", field="title")
    assert event.field == "title" and event.partners == ("USA",)


def test_events_same_event_twice_is_listed_once():
    text = (
        "China imposed export controls on gallium on Monday. "
        "The controls were criticised in Europe. "
        "China's controls on gallium exports are the third this year."
    )
    found = [e for e in events_of(text) if e.type == "export_restriction"]
    assert len(found) == 1 and found[0].date == "2025-10-27"


def test_events_same_actor_at_two_dates_are_two_events():
    text = (
        "In August 2024, China imposed export controls on antimony. "
        "In December 2024, China banned antimony exports to the United States."
    )
    assert [e.date for e in events_of(text)] == ["2024-08", "2024-12"]


def test_events_anaphoric_subject_takes_the_previous_actor():
    text = "Malaysia will ban exports of rare earth ore. The ban will take effect next year."
    assert [(e.type, e.actor) for e in events_of(text)] == [("export_restriction", "MYS")]


def _event(type_, actor, date, precision, partners=()):
    return Event(type_, None, actor, partners, (), date, precision, "t", "s", "text", 0, 1)


def test_events_merge_lends_a_near_date_but_not_a_distant_one():
    near = merge_events([_event("tariff", "USA", "2025-10", "published"), _event("tariff", "USA", "2025-09-08", "day")])
    assert [(e.date, e.date_precision) for e in near] == [("2025-09-08", "day")]
    far = merge_events([_event("tariff", "USA", "2025-10", "published"), _event("tariff", "USA", "2024-02", "month")])
    assert [(e.date, e.date_precision) for e in far] == [("2025-10", "published")]


def test_events_merge_agreement_by_parties():
    merged = merge_events(
        [_event("agreement", "USA", "2025-10", "published", ("AUS",)), _event("agreement", "AUS", "2025-10", "published", ("USA",))]
    )
    assert len(merged) == 1


def test_events_title_repeat_of_body_event_is_dropped():
    title = [_event("export_restriction", "CHN", "2025-10", "published")]
    text = [_event("export_restriction", "CHN", "2025-10-27", "day"), _event("tariff", "USA", "2025-10", "published")]
    assert merge_article_events(title, text) == text
    assert merge_article_events([_event("stockpile", "JPN", "2025-10", "published")], text)[0].type == "stockpile"


def test_events_extract_articles_lists_title_and_body_event_once():
    article = Article(
        id="a1",
        title="China bans gallium exports to US",
        text="China banned exports of gallium to the United States on Monday, the ministry said.",
        published=PUBLISHED,
    )
    (extraction,) = extract_articles([article])
    assert [(e.type, e.actor, e.field, e.date) for e in extraction.events] == [
        ("export_restriction", "CHN", "text", "2025-10-27")
    ]


# --------------------------------------------------------------------------- Chinese


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("中国对美国实施出口管制。", ("export_restriction", "CHN", ("USA",))),
        ("美国宣布对中国商品加征关税。", ("tariff", "USA", ("CHN",))),
        ("国务院公布稀土管理条例。", ("other_policy", "CHN", ())),
    ],
)
def test_events_chinese_sentences(text, key):
    assert key in keys_of(text)


def test_events_chinese_date():
    event = one_event("中国于2025年4月4日宣布对镓实施出口管制。")
    assert (event.date, event.date_precision) == ("2025-04-04", "day")
