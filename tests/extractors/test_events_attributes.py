"""The attributes of matched events (SPEC §2 date, elements, partners, phase), fifth round:
each test names the phenomenon and uses sentences of our own, through the real pipeline as
extract.py runs it."""

from __future__ import annotations

from test_events_support import PUBLISHED, events_of

from orewatch.extractors.events.merge import merge_events
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article, Event


def _extract(title: str, text: str, published: str | None = PUBLISHED):
    article = Article(id="a", title=title, text=text, published=published, language="en")
    (extraction,) = extract_articles([article])
    return extraction.events


def test_events_attributes_a_headlines_target_is_the_partner_of_its_measure_in_the_body():
    events = _extract(
        "Washington raises tariffs on Chinese magnets",
        "The United States will raise tariffs on magnets and graphite anodes, the trade office said on Tuesday.",
    )
    assert [(e.type, e.actor, e.partners) for e in events] == [("tariff", "USA", ("CHN",))]


def test_events_attributes_a_plant_named_again_lends_its_host():
    text = (
        "Japan will build a new gallium refinery, the ministry said on Monday. "
        "Japan will build the refinery in Australia by 2027."
    )
    assert [(e.type, e.actor, e.partners) for e in events_of(text)] == [("capacity_expansion", "JPN", ("AUS",))]


def test_events_attributes_a_restrictions_later_step_lends_no_target():
    # "... will speed up approvals of gallium exports to the EU": a step of the measure
    # towards one buyer, not whom the controls target. Only a headline lends a target.
    def event(partners: tuple[str, ...], type_: str = "export_restriction") -> Event:
        return Event(type_, "control", "CHN", partners, ("Ga",), "2025-10", "published", "t", "s", "text", 0, 1)

    assert [e.partners for e in merge_events([event(()), event(("EU",))])] == [()]
    hosted = [event((), "investment"), event(("AUS",), "investment")]
    assert [e.partners for e in merge_events(hosted)] == [("AUS",)]


def test_events_attributes_elements_after_a_background_word_are_the_backgrounds():
    text = (
        "Washington will impose a 60% tariff on Chinese goods, retaliating after Beijing restricted "
        "exports of gallium and germanium, the White House said on Tuesday."
    )
    tariffs = [e for e in events_of(text) if e.type == "tariff"]
    assert [(e.actor, e.elements) for e in tariffs] == [("USA", ())]


def test_events_attributes_elements_of_a_measure_added_to_are_the_backgrounds():
    # "adding to" / "in addition to" an earlier measure: its elements are not the event's;
    # "adding gallium to the list" names the event's own
    text = "Peru raised its duty on copper cathode imports, adding to the curbs on tin it set in 2022."
    assert [(e.type, e.elements) for e in events_of(text)] == [("tariff", ("Cu",))]
    text = "China expanded its export controls on Monday, adding gallium and germanium to the list."
    assert [(e.type, e.elements) for e in events_of(text)] == [("export_restriction", ("Ga", "Ge"))]


def test_events_attributes_a_list_of_elements_between_ban_and_exports_counts_as_one_word():
    text = "Hanoi announced a ban on tungsten, tin, antimony and graphite exports to Japan."
    assert [(e.type, e.partners, e.elements) for e in events_of(text)] == [
        ("export_restriction", ("JPN",), ("W", "Sn", "Sb", "graphite"))
    ]
    # words other than a list keep the window
    assert events_of("Hanoi announced a ban on the long-standing and widely criticised informal exports.") == []


def test_events_attributes_elements_before_the_background_stay_the_measures():
    text = "Canada imposed duties on Chinese graphite anodes on Monday after a complaint by its battery makers about lithium prices."
    assert [(e.type, e.elements) for e in events_of(text)] == [("tariff", ("graphite",))]


def test_events_attributes_a_new_subjects_clause_keeps_its_elements():
    text = (
        "Jakarta banned exports of tin ore on Monday, and Manila plans a tax on nickel ore exports "
        "from next year."
    )
    assert [(e.type, e.actor, e.elements) for e in events_of(text)] == [
        ("export_restriction", "IDN", ("Sn",)),
        ("tariff", "PHL", ("Ni",)),
    ]


def test_events_attributes_a_breakdown_after_the_measure_names_the_parts_of_its_group():
    text = (
        "China's industry ministry on Monday set the first batch of rare earth mining quotas at 70,000 tonnes. "
        "That is 5% more than a year earlier. "
        "Of the total, 60,000 tonnes go to light rare earths and 10,000 tonnes to medium and heavy rare earths."
    )
    assert [(e.type, e.elements) for e in events_of(text)] == [("production_quota", ("REE", "LREE", "HREE"))]


def test_events_attributes_a_sentence_that_is_no_breakdown_lends_nothing():
    text = (
        "China's industry ministry on Monday set the first batch of rare earth mining quotas at 70,000 tonnes. "
        "Prices of heavy rare earths rose 4% on the news."
    )
    assert [(e.type, e.elements) for e in events_of(text)] == [("production_quota", ("REE",))]


def test_events_attributes_a_publication_known_to_the_month_dates_the_events():
    # ISO 8601 of reduced precision: the reader of a source that gives only "2025-04" may pass it on.
    undated = events_of("Chile plans to nationalise its lithium industry, the president said.", published="2025-04")
    assert [(e.date, e.date_precision) for e in undated] == [("2025-04", "published")]
    dated = events_of("On 11 April, Indonesia banned exports of nickel ore to China.", published="2025-04")
    assert [(e.date, e.date_precision) for e in dated] == [("2025-04-11", "day")]
