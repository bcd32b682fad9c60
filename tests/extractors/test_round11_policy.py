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
    return pytest.param(title, text, set(expected), id=cid, marks=marks)


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
    case("government-headline-adjective", "Tanzanian gold royalty goes up",
         "Government raised the royalty on gold to 6% on Friday after a review of mining revenues.",
         [("other_policy", "TZA")]),
    case("govt-abbreviation-aside", "Mongolia tightens fluorspar rules",
         "Govt, citing falling reserves, froze new fluorspar exploration licences in May, miners said.",
         [("other_policy", "MNG")]),
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
]


@pytest.mark.parametrize(("title", "text", "expected"), DESIGNATIONS)
def test_designation_is_a_state_rule(title, text, expected):
    assert _keys(text, title) == expected
