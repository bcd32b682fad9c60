"""Challenge set market-en (round 7, issue 10 point 2: whose figure and which metric, and
event precision inside market text): passages of our own, in other words than the articles
of fixtures/challenge/market-en, one per phenomenon the rules of this round fix.

A quantity is checked as (value, unit) -> (metric, country); an event as (type, actor, phase)
among the passage's events (and, where given, that a key is absent)."""

from __future__ import annotations

import pytest

from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

PUBLISHED = "2025-06-20T09:00:00+00:00"


def _extract(text: str, title: str = "Market report"):
    article = Article(id="t", url=None, source=None, title=title, published=PUBLISHED, language="en", text=text)
    return extract_articles([article])[0]


def q(text, value, unit, metric, country, title="Market report", gap=None):
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, title, value, unit, metric, country, marks=marks, id=f"{metric}-{country}-{value}")


QUANTITIES = [
    # A destination of exports, and the members of its list, do not own the exporter's figure.
    q("Vietnam exported 2,400 tonnes of rare earth oxide in May. South Korea received 900 tonnes, "
      "then India with 610 tonnes.", 900, "t", "exports", "VNM"),
    q("Vietnam exported 2,400 tonnes of rare earth oxide in May. South Korea received 900 tonnes, "
      "then India with 610 tonnes.", 610, "t", "exports", "VNM"),
    q("Laos sold 3,100 tonnes of ore abroad in March, with Thailand the main destination at 1,200 tonnes.",
      1200, "t", "exports", "LAO"),
    # "buyers in X" is where the buyers are: a market, not the figure's owner.
    q("Brazil's niobium exports rose to 8,000 tonnes, as buyers in Japan restocked. Shipments of ferroniobium "
      "climbed 4% to 6,500 tonnes.", 6500, "t", "exports", "BRA"),
    # A list of buyers' places continues: "buyers in X and Y" are markets.
    q("Brazil's niobium exports rose to 8,000 tonnes, as buyers in China and the Netherlands restocked. Shipments "
      "of ferroniobium climbed 4% to 6,500 tonnes.", 6500, "t", "exports", "BRA"),
    # A supplier's share of another's imports is the importer's figure.
    q("Japan imported 3,900 tonnes of antimony oxide last year. Vietnam's share of the imported volume rose to "
      "28%, while purchases from Bolivia fell.", 28, "%", "imports", "JPN"),
    # The other side of a loan agreement lends: the sum is its money.
    q("The refiner signed a $120 million loan agreement with the Korea Development Bank for its new line.",
      120e6, "USD", "investment", "KOR"),
    # A price's basis in the sentence before is no topic of the next trade figures.
    q("Cobalt hydroxide traded at $15.20 per lb CIF China. Congo's quota allows exports of 90,000 tonnes this year. "
      "The cap covers 75,000 tonnes of hydroxide.", 75000, "t", "exports", "COD"),
    # A part "of the total" of a trade flow is that flow's figure.
    q("Thailand imported 2,200 tonnes of tin concentrate in the quarter. Myanmar supplied 1,450 tonnes of the total.",
      1450, "t", "imports", "THA"),
    q("Peru shipped 52,000 tonnes of zinc concentrate in May. Korea took 19,000 tonnes, or 37% of the shipments.",
      37, "%", "exports", "PER"),
    # Goods brought in and inbound cargo are imports.
    q("Malaysia brought in 5,300 tonnes of mixed rare earth carbonate in April.", 5300, "t", "imports", "MYS"),
    q("Japan's inbound cargoes of cobalt hydroxide reached 2,750 tonnes in May.", 2750, "t", "imports", "JPN"),
    # "separately" is no separation.
    q("India's exports of magnets, listed separately in the data, rose to 310 tonnes.", 310, "t", "exports", "IND"),
    # A place opening the sentence, or qualifying the subject of a price verb, is the market.
    q("In Rotterdam, cobalt metal was assessed at $33.10 per kg on Thursday.", 33.10, "USD/kg", "price", "NLD"),
    q("Tungsten APT in Rotterdam eased 3% to $410 per mtu this week.", 410, "USD/mtu", "price", "NLD"),
    # The price before it in its sentence, or the sentence before "on the same basis", gives the market.
    q("Gallium was quoted at $640 per kg cif Rotterdam, while germanium held at $2,900 per kg.",
      2900, "USD/kg", "price", "NLD"),
    q("Lanthanum oxide traded at $2.10 per kg fob Shanghai. Cerium oxide rose to $2.40 per kg on the same basis.",
      2.40, "USD/kg", "price", "CHN"),
]

CHANGES = [
    # The verb's object between it and "by": a change, with its sign.
    ("Refiners have trimmed purchases by about 18% since March.", -18.0),
    ("Holmium oxide lost 15,000 yuan per tonne on the week.", -15000.0),
]


@pytest.mark.parametrize("text,title,value,unit,metric,country", QUANTITIES)
def test_challenge_7_market_quantity(text, title, value, unit, metric, country):
    found = [(x.metric, x.country) for x in _extract(text, title).quantities if x.unit == unit and abs(x.value - value) < 1e-6 * max(1, abs(value))]
    assert found and found[0] == (metric, country), found


@pytest.mark.parametrize("text,value", CHANGES)
def test_challenge_7_market_change_sign(text, value):
    found = [x for x in _extract(text).quantities if abs(abs(x.value) - abs(value)) < 1e-6 * abs(value)]
    assert found and found[0].value == value and found[0].change, found


def e(text, type_, actor, phase=None, absent=(), title="Market report", gap=None):
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, title, type_, actor, phase, tuple(absent), marks=marks, id=f"{type_}-{actor}-{phase}")


EVENTS = [
    # A country word before a market noun feels the measure; the regime's seat takes it.
    e("Japanese spot prices for gallium jumped as a pile of export licence applications in China went "
      "unanswered.", "export_restriction", "CHN", absent=[("export_restriction", "JPN")]),
    # A licensing regime in force, with its trade word far from it, subject of an "as" clause;
    # the headline's one country owns it.
    e("Tungsten concentrate prices rose 3% this week, as the licence requirement that came into force on "
      "1 May kept most shipments of the metal at home.", "export_restriction", "CHN", "effective",
      title="Tungsten climbs in China as export licences bite"),
    # "in force since" says the measure is in force.
    e("Zambia's quota on manganese ore exports, in force since March, has cut sales to smelters.",
      "export_restriction", "ZMB", "effective"),
    # A sum before "loan agreement" makes the loan an investment; the agreement's other side lends.
    e("Last month the miner signed a $250 million loan agreement with the Japan Bank for International "
      "Cooperation to finance a nickel refinery.", "investment", "JPN", "announced"),
    # A measure's aim ("to force investment in ...") is no investment.
    e("Zimbabwe banned exports of raw lithium ore in 2022 to force investment in local processing.",
      "export_restriction", "ZWE", absent=[("investment", "ZWE")]),
    # "extend its controls to <something other than a time>" widens them: announced, not extended.
    e("Beijing on Monday extended its antimony export controls to smelting equipment.",
      "export_restriction", "CHN", "announced"),
    # The subject of a relative clause that imposes the measure acts; the goods' country is its target.
    e("Korean cathode makers pay a 15% levy on all Indonesian nickel that Seoul introduced in May.",
      "tariff", "KOR", absent=[("tariff", "IDN")]),
    # "the government" spending a national currency: that currency's country, not the last actor.
    e("China's export curbs on graphite took effect last year. The government is finalising a 12,000 crore "
      "rupee incentive scheme to build graphite anode capacity.", "investment", "IND", "proposed", absent=[("investment", "CHN")]),
]


@pytest.mark.parametrize("text,title,type_,actor,phase,absent", EVENTS)
def test_challenge_7_market_event(text, title, type_, actor, phase, absent):
    events = _extract(text, title).events
    found = [x for x in events if (x.type, x.actor) == (type_, actor)]
    assert found, [(x.type, x.actor, x.phase) for x in events]
    assert phase is None or found[0].phase == phase, [(x.type, x.actor, x.phase) for x in events]
    assert not [x for x in events if (x.type, x.actor) in absent]


def test_challenge_7_market_quota_prices_are_no_quota():
    """A quota word before a price noun is a market's word: "quota prices" name no measure."""
    events = _extract("Indonesia raised its nickel royalty last month. Quota prices for ore in Sulawesi, which follow "
                      "the index, should rise as well.").events
    assert not [x for x in events if x.type in ("production_quota", "export_restriction")]


def test_challenge_7_market_regime_first_named_as_subject_is_dated_by_its_start():
    """A measure first named as the subject of its sentence is no repeat: with no other date, the
    day it took effect stands in (SPEC §2)."""
    events = _extract("Tungsten concentrate prices rose 3% this week, as the licence requirement that came into force "
                      "on 1 May kept most shipments of the metal at home.",
                      "Tungsten climbs in China as export licences bite").events
    found = [(x.date, x.date_precision, x.effective_date) for x in events if (x.type, x.actor) == ("export_restriction", "CHN")]
    assert found == [("2025-05-01", "day", "2025-05-01")], found



@pytest.mark.xfail(strict=True, reason="dropping a dateline capital ('LONDON, June 13 -') from the country mentions "
                   "took away a figure's owner in dev-en2-a (quantity_country 0.918 -> 0.910, below its floor): reverted; "
                   "a dateline needs to stay a place for quantities while leaving the countries list")
def test_challenge_7_market_dateline_capital_is_a_place():
    """A capital in capitals opening a paragraph before a comma or dash is a dateline: a place."""
    codes = {m.code for m in _extract("TOKYO, March 3 (Wire) - Cobalt prices rose in Rotterdam on Monday.").countries}
    assert "JPN" not in codes, codes
