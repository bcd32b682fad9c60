"""The attributes of matched events (SPEC §2 date, elements, partners, phase), fifth round:
each test names the phenomenon and uses sentences of our own, through the real pipeline as
extract.py runs it."""

from __future__ import annotations

from test_events_support import PUBLISHED, events_of

from orewatch.extractors.extract import extract_articles
from orewatch.records import Article


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


def test_events_attributes_a_repeat_of_a_measure_lends_the_target_it_names():
    text = (
        "Indonesia banned nickel ore exports on Monday. "
        "The ban on exports to China takes effect next month, officials said."
    )
    assert [(e.type, e.actor, e.partners) for e in events_of(text)] == [("export_restriction", "IDN", ("CHN",))]
