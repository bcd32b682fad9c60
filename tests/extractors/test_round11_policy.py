"""Round 11, English policy events on real and invented text (dev-en2-a, dev-en1, blind7-13-en):
each phenomenon with passages of our own in other words and sentence shapes than the articles, and
near-misses that must keep their value. Rows are (type, actor, partners, elements) unless a test
says otherwise; an agreement's actor field holds all its parties joined by "-".
"""

from __future__ import annotations

import pytest

from event_rows import WEDNESDAY
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article


def _events(text: str, title: str = "c", published: str = WEDNESDAY):
    (extraction,) = extract_articles([Article(id="c", title=title, text=text, published=published)])
    return extraction.events


def _keys(text: str, title: str = "c") -> set[tuple]:
    return {(e.type, e.actor) for e in _events(text, title)}


def case(cid, title, text, expected, gap=None):
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(title, text, {tuple(r) for r in expected}, id=cid, marks=marks)


# -- a national body named bare, as in headlines and Commonwealth usage -------------------------
# "Cabinet has approved a ban", "Parliament withdrew the lease", "Government raised the royalty":
# the body, with no article and no country, acts for the country the article is about (its
# headline's, else the only country the text names), like "the cabinet" (event_actors.yaml
# `anaphors`). A body that a country word names ("the European Parliament") stays its own.
BARE_BODY = [
    case("cabinet-headline-country", "Zambia to ban raw manganese ore exports from March",
         "LUSAKA - Cabinet has approved a ban on exports of raw manganese ore from 1 March, the mines "
         "minister said on Monday.", [("export_restriction", "ZMB")]),
    case("parliament-only-country-later", "Lease for tin mine sent back for review",
         "Parliament on Thursday withdrew the mining lease of a tin project in the Erongo region, saying "
         "Namibia's mining code required wider consultation.", [("other_policy", "NAM")]),
    case("cabinet-aside-headline-adjective", "Mongolian fluorspar permits frozen",
         "Cabinet, citing falling reserves, froze new fluorspar exploration licences in May, miners said.",
         [("other_policy", "MNG")]),
    case("cabinet-fronted-time-list", "Guinean mining rules tightened",
         "On Monday Cabinet approved a ban on raw bauxite exports and a new mining code.",
         [("export_restriction", "GIN")]),
    case("government-bare", "Tanzanian gold royalty goes up",
         "Government raised the royalty on gold to 6% on Friday after a review of mining revenues.",
         [("other_policy", "TZA")],
         gap="bare \"government\" and \"govt\" as the government cost the withheld real set (dev-en2-b) an "
             "event (0.613 < 0.62): the word is too often not the subject"),
    # near-misses: a bloc's parliament is its own; a body in an article naming two countries and
    # no headline country has no actor; ministers who only discuss make no measure
    case("bloc-parliament-stays", "Magnet duties backed",
         "The European Parliament voted on Tuesday for duties on Chinese magnets.", [("tariff", "EU")]),
    case("two-countries-no-actor", "Lease sent back for review",
         "Parliament withdrew the mining lease of a tin project on Thursday. The developer is owned by "
         "groups in Canada and Australia.", []),
    case("discussion-no-measure", "Copper strike talks",
         "Cabinet ministers in Lima discussed the strike on Monday. Analysts expect the copper price to rise.", []),
]


@pytest.mark.parametrize(("title", "text", "expected"), BARE_BODY)
def test_bare_body_acts_for_the_articles_country(title, text, expected):
    assert _keys(text, title) == expected


# -- a state designating projects as strategic or minerals as critical ---------------------------
# Naming a project a strategic project, selecting a list of them, adding a mineral to the critical
# minerals list: a state's rule on the supply chain (faster permits, access to finance), so an
# other_policy of the state that designates, in the active, the passive, a noun ("the
# Commission's selection of") or a participle after the projects ("projects selected by").
# Not a company's own "strategic projects", nor a mineral that merely is on a list.
DESIGNATIONS = [
    case("selected-list-of-projects", "Brussels backs 31 mining projects",
         "The European Commission on Tuesday selected 31 strategic projects under the Critical Raw Materials Act.",
         [("other_policy", "EU")]),
    case("added-mineral-to-list", "Tin joins critical list",
         "Canada's natural resources department added tin and vanadium to its critical minerals list on Monday.",
         [("other_policy", "CAN")]),
    case("named-project-passive-aside", "Graphite mine gets faster permits",
         "The Lappland graphite mine, a Swedish project, was designated a strategic project by the European "
         "Union in March.", [("other_policy", "EU")]),
    case("selection-noun", "Lender backs lithium refinery",
         "The loan follows the European Commission's selection last month of 47 strategic projects.",
         [("other_policy", "EU")]),
    case("participle-after-projects", "Permits sped up",
         "It was one of the 25 strategic projects chosen by India's mines ministry in June.",
         [("other_policy", "IND")]),
    # near-misses: a company's projects; a mineral that is on a list already
    case("company-strategic-projects", "Miner raises funds",
         "Chile's largest copper miner said its strategic projects needed another $2 billion.", []),
    case("already-on-list", "Cobalt prices firm",
         "Cobalt is on Japan's list of critical minerals, and prices rose 3% on Friday.", []),
    # a designation recalled in a clause of time or cause ("after", "since", "following") is the
    # background of the main clause's act, not a measure the article reports
    case("after-clause-background", "Lender backs graphite mine",
         "A state bank agreed on Monday to lend the mine 60 million euros, after the European Union "
         "named it a strategic project last year.", []),
    case("since-clause-background", "Permits sped up",
         "Permitting has taken eight months, since India's mines ministry chose the mine as a strategic project.", []),
]


@pytest.mark.parametrize(("title", "text", "expected"), DESIGNATIONS)
def test_designation_is_a_state_rule(title, text, expected):
    assert _keys(text, title) == expected


# -- a licence act whose object names the holder first -------------------------------------------
# "revoked Australian mining giant X's lithium exploration licences": the holder, a possessive
# noun phrase, stands between the act and the licence noun, past the licence rule's six words;
# one noun phrase (no preposition, verb or comma between) still makes the verb's object the
# licence. The holder's stated country is the partner (CONVENTIONS).
def _rows(text: str, title: str = "c") -> set[tuple]:
    return {(e.type, e.actor, tuple(sorted(e.partners))) for e in _events(text, title)}


HOLDER_FIRST = [
    case("revoked-possessive-holder", "c", "Serbia has revoked Australian mining giant Borealis Metals' lithium "
         "exploration licences.", [("other_policy", "SRB", ("AUS",))]),
    case("cancelled-consortium-concessions", "c", "Uganda cancelled a Chinese consortium's two cobalt mining "
         "concessions on Friday.", [("other_policy", "UGA", ("CHN",))]),
    case("withdrew-canadian-explorers-permits", "c", "On Monday Ecuador withdrew the Canadian-owned explorer's three gold "
         "prospecting permits in the south.", [("other_policy", "ECU", ("CAN",))]),
    # near-misses: a preposition or a verb between the act and the licence noun ends the object
    case("revoked-then-preposition", "c", "Peru revoked the approval of a Chinese miner's plan and its water licences.", []),
    case("granted-visa-then-licence", "c", "Chile granted the Korean investors visas, and the company later applied "
         "for mining licences.", []),
]


@pytest.mark.parametrize(("title", "text", "expected"), HOLDER_FIRST)
def test_licence_act_with_holder_first(title, text, expected):
    assert _rows(text, title) == expected


# A designation names projects or a list across commodities: an element of the headline (the one
# project the article is about) is not its element; an element its own sentence names is.
def _elements(text: str, title: str) -> set[tuple]:
    return {(e.type, e.actor, tuple(sorted(e.elements))) for e in _events(text, title)}


DESIGNATION_ELEMENTS = [
    case("list-of-projects-no-headline-element", "Lithium refinery gets faster permits",
         "The permit follows the European Commission's selection in March of 47 strategic projects.",
         [("other_policy", "EU", ())]),
    case("one-of-projects-no-headline-element", "Graphite mine permits sped up",
         "It was one of the 25 strategic projects chosen by India's mines ministry in June.",
         [("other_policy", "IND", ())]),
    case("own-sentence-element-kept", "Miners cheer critical list",
         "Australia added nickel to its critical minerals list last Friday.", [("other_policy", "AUS", ("Ni",))]),
    # near-miss: another other_policy with no element of its own still takes the headline's
    case("royalty-takes-headline-element", "Zambia raises copper royalty",
         "Zambia raised the royalty to 10% on Friday.", [("other_policy", "ZMB", ("Cu",))]),
]


@pytest.mark.parametrize(("title", "text", "expected"), DESIGNATION_ELEMENTS)
def test_designation_takes_no_headline_element(title, text, expected):
    assert _elements(text, title) == expected


# A designation of one project (not "47 strategic projects") acts on that project: its partner is
# the country the headline places the project in, a country word right before the project noun
# ("south Greenland rare earth project", "Swedish graphite mine").
def _partners(text: str, title: str) -> set[tuple]:
    return {(e.type, e.actor, tuple(sorted(e.partners))) for e in _events(text, title) if e.type == "other_policy"}


DESIGNATED_PROJECT_PLACE = [
    case("named-mine-headline-adjective", "Swedish graphite mine wins faster permits",
         "The European Commission named the Kallax mine a strategic project on Tuesday.", [("other_policy", "EU", ("SWE",))]),
    case("passive-headline-country-noun", "Brussels boosts north Portugal lithium project",
         "The Barroso project was designated a strategic project by the European Union in March.",
         [("other_policy", "EU", ("PRT",))]),
    case("added-to-list-headline-place", "Danish fund backs south Greenland rare earth deposit",
         "The European Commission added the Fjeld project last week to its list of strategic projects.",
         [("other_policy", "EU", ("GRL",))]),
    # near-misses: many projects; a headline country that places no project
    case("many-projects-no-partner", "Swedish graphite mine wins faster permits",
         "The European Commission selected 31 strategic projects on Tuesday.", [("other_policy", "EU", ())]),
    case("headline-country-not-a-place", "Canada hails EU list as miners cheer",
         "The European Commission added the Thor lithium project to its list of strategic projects.",
         [("other_policy", "EU", ())]),
]


@pytest.mark.parametrize(("title", "text", "expected"), DESIGNATED_PROJECT_PLACE)
def test_designated_project_placed_by_headline(title, text, expected):
    assert _partners(text, title) == expected


# -- a start date ahead of an act the sentence reports as made -----------------------------------
# "has announced a ban ... starting in March 2026", "have approved a duty from July", "the
# decision to put exports under licence from January 1": the act is told as made (announced,
# approved, decided) now; the start ahead is its effective_date,
# and the act is dated by the day the sentence says it was said, else by the publication. A start
# with no such word ("From 1 January, Chile will require licences") still stands in for the date
# (SPEC §2), and a plain date of the act wins as before. Rows: (type, actor, date, precision, effective).
def _dated(text: str) -> set[tuple]:
    return {(e.type, e.actor, e.date, e.date_precision, e.effective_date) for e in _events(text)}


AHEAD = [
    case("has-announced-starting", "c", "Kenya has announced a ban on exports of raw titanium ore starting in March 2026.",
         [("export_restriction", "KEN", "2025-10", "published", "2026-03")]),
    case("is-lifting-said-on", "c", "Ghana is lifting its suspension of manganese exports from 1 December, the ministry "
         "said on Monday.", [("export_restriction", "GHA", "2025-10-27", "day", "2025-12-01")]),
    case("decision-noun", "c", "Vietnam's decision to put tungsten exports under licence from January 1 surprised traders.",
         [("export_restriction", "VNM", "2025-10", "published", "2026-01-01")]),
    case("have-approved", "c", "Bolivia's senators have approved a 5% duty on lithium carbonate exports from July 2026.",
         [("tariff", "BOL", "2025-10", "published", "2026-07")]),
    # near-misses: a future start with no word of the act; a plan, dated by its start (SPEC: the
    # start stands in); a plain date of the act
    case("plan-dated-by-start", "c", "Peru's finance ministry plans to raise the mining royalty from July 2026, a draft shows.",
         [("other_policy", "PER", "2026-07", "month", "2026-07")]),
    case("future-start-stands-in", "c", "From 1 January, Chile will require licences for lithium exports.",
         [("export_restriction", "CHL", "2026-01-01", "day", "2026-01-01")]),
    case("plain-date-wins", "c", "Zambia's ban on cobalt exports, announced in May, takes effect from 1 December.",
         [("export_restriction", "ZMB", "2025-05", "month", "2025-12-01")]),
]


@pytest.mark.parametrize(("title", "text", "expected"), AHEAD)
def test_start_ahead_of_an_act_told_as_made(title, text, expected):
    assert _dated(text) == expected


# -- "N years after X" dates X, not the act before it -------------------------------------------
# "has reinstated the licence, three years after protests halted the mine": the span is counted
# back from the publication to X (the clause it opens); the act the sentence reports before it is
# of its own day, else of the publication. A trigger inside the span's clause keeps the span's date.
AFTER_SPAN = [
    case("restored-two-years-after", "c", "Peru restored the mining concession of a Canadian explorer on Monday, two "
         "years after a court annulled it.", [("other_policy", "PER", "2025-10-27", "day", None)]),
    case("reinstated-three-years-after", "c", "Ecuador has reinstated the licence of a state tin miner, three years after "
         "protests halted the mine.", [("other_policy", "ECU", "2025-10", "published", None)]),
    case("duty-scrapped-months-after", "c", "Zambia scrapped its export duty on copper concentrate, eight months after "
         "smelters complained of shortages.", [("tariff", "ZMB", "2025-10", "published", None)]),
    # near-miss: the measure inside the span's clause is dated by the span
    case("inside-span-clause", "c", "Three months after Laos suspended its ban on rare earth exports, prices fell.",
         [("export_restriction", "LAO", "2025-07", "month", None)]),
]


@pytest.mark.parametrize(("title", "text", "expected"), AFTER_SPAN)
def test_span_after_dates_what_follows(title, text, expected):
    assert {r for r in _dated(text)} == expected


# -- an act begun but not completed is proposed ---------------------------------------------------
# "has begun steps to revoke the licence", "started proceedings to cancel", "is in the process of
# withdrawing": the act is under way, not made (CONVENTIONS: a licence act is proposed while only
# planned or in process). An act made, with steps named after it, stays announced.
def _phase_rows(text: str) -> set[tuple]:
    return {(e.type, e.actor, e.phase) for e in _events(text)}


IN_PROCESS = [
    case("begun-steps-to-revoke", "c", "Guinea has begun steps to revoke the bauxite concession of an Emirati group.",
         [("other_policy", "GIN", "proposed")]),
    case("started-proceedings-to-cancel", "c", "Peru's mining ministry started proceedings to cancel the mining "
         "licences of a Canadian explorer on Monday.", [("other_policy", "PER", "proposed")]),
    case("in-process-of-withdrawing", "c", "Mongolia is in the process of withdrawing the exploration licences of two "
         "Chinese firms.", [("other_policy", "MNG", "proposed")]),
    # near-miss: the act made, the steps after it
    case("revoked-then-steps", "c", "Ghana revoked the mining lease of a British developer on Monday, the first of "
         "several steps in its review.", [("other_policy", "GHA", "announced")]),
]


@pytest.mark.parametrize(("title", "text", "expected"), IN_PROCESS)
def test_act_in_process_is_proposed(title, text, expected):
    assert _phase_rows(text) == expected
