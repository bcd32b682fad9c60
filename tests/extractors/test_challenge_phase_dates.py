"""Challenge set for phase, effective date, event date, and an event's elements and partners
read across sentences (issue 10 points 1 and 3; SPEC §2 "Policy events" and "Phase").

Written before reading the rules (RULES-BRIEF-6): invented passages of our own, each with the
whole set of events SPEC and the gold conventions (fixtures/gold/CONVENTIONS.md) expect.
An event is compared as (type, actor, partners, elements, phase, date, date_precision,
effective_date); for an agreement the actor field holds all parties joined by "-" and
partners is empty (SPEC §4 keys an agreement by its parties). `optional` events (measures
only considered or weighed, background measures) may be missing, but when extracted they
must read as given.
"""

from __future__ import annotations

import pytest

from orewatch.extractors.extract import extract_articles
from event_rows import event_row, passage, row
from orewatch.records import Article

WED = "2025-10-29T09:00:00+00:00"  # Mon 27, Tue 28, Thu 23, Fri 24, Sat 25, Sun 26 Oct


def ev(type_, actor, partners=(), elements=(), phase="announced", date="2025-10", prec="published", eff=None):
    return row(type_, actor, partners, elements, phase, date, prec, eff)


def case(cid, text, required=(), optional=(), published=WED, gap=None):
    """One passage; `gap`, where given, is why the rules still fail it (a strict xfail)."""
    return passage(cid, text, published, required, optional, gap)


# Why the passages still failing fail (RULES-BRIEF-6 step 4).
THE_METALS_REVERTED = (
    "a definite 'the metals' / 'the shipments' with no element pointing at the sentence before "
    "made a repeated measure in dev-en1 ('The restrictions have slashed exports of the metals') "
    "a match with the wrong date, below the pinned event_date_month floor (0.864 < 0.87): "
    "reverted; it needs repeats of a measure merged with the measure first"
)
WILL_IS_PROPOSED = (
    "CONVENTIONS list a state's 'will'/'would' as proposed, the dev golds read 'said it would impose' "
    "as announced: making 'would' proposed lowered phase on dev-en1, heldout and corpus; the "
    "convention needs settling before a rule"
)


PROPOSED = [
    case("proposed-threatened", "Indonesia threatened on Monday to ban exports of nickel ore to China if the "
         "talks fail.",
         [ev("export_restriction", "IDN", ["CHN"], ["Ni"], "proposed", "2025-10-27", "day")]),
    case("proposed-plans-draft", "The European Commission plans to impose anti-dumping duties on Chinese "
         "graphite anodes, according to a draft seen by reporters.",
         [ev("tariff", "EU", ["CHN"], ["graphite"], "proposed")]),
    case("proposed-considering", "Washington is considering tariffs on lithium-ion cells imported from China, "
         "two officials said.",
         optional=[ev("tariff", "USA", ["CHN"], ["Li"], "proposed")]),
    case("proposed-weighs", "China weighs export curbs on antimony as prices soar.",
         optional=[ev("export_restriction", "CHN", [], ["Sb"], "proposed")]),
    case("proposed-mulls-title-style", "Beijing mulls new limits on rare earth mining quotas for next year, "
         "people familiar with the matter said.",
         optional=[ev("production_quota", "CHN", [], ["REE"], "proposed")]),
    case("proposed-set-to", "The Philippines is set to propose a ban on raw nickel ore exports, lawmakers said "
         "on Tuesday.",
         [ev("export_restriction", "PHL", [], ["Ni"], "proposed", "2025-10-28", "day")]),
    case("proposed-could-warned", "Kinshasa could reinstate its cobalt export ban if prices fall again, the "
         "mines minister warned on Thursday.",
         [ev("export_restriction", "COD", [], ["Co"], "proposed", "2025-10-23", "day")]),
    case("proposed-would-bill", "Zimbabwe would ban exports of raw lithium ore under a bill now before "
         "parliament, officials said.",
         [ev("export_restriction", "ZWE", [], ["Li"], "proposed")]),
    case("proposed-bill-would-bar", "U.S. lawmakers proposed a bill on Wednesday that would bar the Pentagon "
         "from buying magnets made with Chinese rare earths.",
         [ev("import_restriction", "USA", ["CHN"], ["REE"], "proposed", "2025-10-29", "day")],
         gap=('detection: "bar X from buying goods made with" is no restriction trigger (events.yaml)')),
    case("proposed-nearmiss-prices-could", "Lithium prices could rebound next year if demand picks up, "
         "analysts said. A draft of the industry report said rare earth supply would stay tight."),
]

ANNOUNCED_EFFECTIVE = [
    case("effective-took-effect", "China's export controls on tungsten and indium products took effect on "
         "Saturday, the commerce ministry said.",
         [ev("export_restriction", "CHN", [], ["In", "W"], "effective", "2025-10-25", "day", "2025-10-25")]),
    case("effective-future-with-announcement", "The Philippine ban on unprocessed nickel exports, announced "
         "in August, takes effect on January 1, the government said.",
         [ev("export_restriction", "PHL", [], ["Ni"], "announced", "2025-08", "month", "2026-01-01")]),
    case("effective-came-into-force", "Indonesia's new royalty rules for nickel miners came into force on "
         "Monday.",
         [ev("other_policy", "IDN", [], ["Ni"], "effective", "2025-10-27", "day", "2025-10-27")]),
    case("effective-now-enforced", "Myanmar's ban on rare earth shipments to China is now being enforced at "
         "the border, customs officers said.",
         [ev("export_restriction", "MMR", ["CHN"], ["REE"], "effective")]),
    case("effective-began-implementing", "Vietnam began implementing its new export tax on rare earth ores "
         "this month, customs data showed.",
         [ev("tariff", "VNM", [], ["REE"], "effective", "2025-10", "month", "2025-10")]),
    case("effective-enter-into-force-next-year", "The European Union on Tuesday adopted rules on recycling "
         "cobalt and lithium from batteries, which will enter into force in May next year.",
         [ev("other_policy", "EU", [], ["Co", "Li"], "announced", "2025-10-28", "day", "2026-05")]),
    case("effective-past-start-announced-earlier", "Export licences for gallium and germanium became "
         "mandatory from August 1 under rules Beijing announced on July 3.",
         [ev("export_restriction", "CHN", [], ["Ga", "Ge"], "effective", "2023-07-03", "day", "2023-08-01")],
         published="2023-08-02T08:00:00+00:00"),
    case("effective-immediate", "Zimbabwe banned exports of lithium concentrate with immediate effect on "
         "Friday.",
         [ev("export_restriction", "ZWE", [], ["Li"], "announced", "2025-10-24", "day", "2025-10-24")]),
    case("effective-only-date-given", "New US tariffs of 25% on Chinese graphite anodes take effect on "
         "November 10.",
         [ev("tariff", "USA", ["CHN"], ["graphite"], "announced", "2025-11-10", "day", "2025-11-10")]),
    case("effective-kicked-in-last-week", "India's curbs on rare earth exports to Japan kicked in last week, "
         "traders said.",
         [ev("export_restriction", "IND", ["JPN"], ["REE"], "effective", "2025-10", "month", "2025-10")]),
]

LATER_PHASES = [
    case("phase-will-lift-from", "Congo will lift its ban on cobalt exports from October 16, the regulator "
         "said on Saturday.",
         [ev("export_restriction", "COD", [], ["Co"], "lifted", "2025-09-20", "day", "2025-10-16")],
         published="2025-09-22T08:00:00+00:00"),
    case("phase-suspended-ban", "China suspended its ban on gallium, germanium and antimony exports to the "
         "United States on Sunday.",
         [ev("export_restriction", "CHN", ["USA"], ["Ga", "Ge", "Sb"], "suspended", "2025-11-09", "day")],
         published="2025-11-11T08:00:00+00:00"),
    case("phase-extended-moratorium", "Indonesia has extended its moratorium on new nickel smelter permits by "
         "two years.",
         [ev("other_policy", "IDN", [], ["Ni"], "extended")]),
    case("phase-revoked-tariffs", "The US revoked tariffs on Canadian nickel and cobalt, the White House said "
         "on Monday.",
         [ev("tariff", "USA", ["CAN"], ["Co", "Ni"], "lifted", "2025-10-27", "day")]),
    case("phase-scrapped-quotas", "Beijing scrapped its rare earth export quotas on January 5, the commerce "
         "ministry said.",
         [ev("export_restriction", "CHN", [], ["REE"], "lifted", "2015-01-05", "day")],
         published="2015-05-10T08:00:00+00:00"),
    case("phase-eased-exemptions", "China eased its ban on gallium exports to the United States on Monday, "
         "exempting shipments until November 2026.",
         [ev("export_restriction", "CHN", ["USA"], ["Ga"], "suspended", "2025-10-27", "day")]),
    case("phase-paused-exports-is-a-ban", "Myanmar paused rare earth exports to China on Friday.",
         [ev("export_restriction", "MMR", ["CHN"], ["REE"], "announced", "2025-10-24", "day")]),
    case("phase-will-resume-exports", "Congo will resume cobalt exports on October 16, when its export ban "
         "ends, the mines ministry said.",
         [ev("export_restriction", "COD", [], ["Co"], "lifted", "2025-10-16", "day", "2025-10-16")],
         published="2025-10-01T08:00:00+00:00"),
    case("phase-ended-ban-month", "The Philippines ended its ban on nickel ore exports to China in March.",
         [ev("export_restriction", "PHL", ["CHN"], ["Ni"], "lifted", "2025-03", "month")]),
    case("phase-extended-until", "Zimbabwe extended its ban on raw lithium exports until 2027.",
         [ev("export_restriction", "ZWE", [], ["Li"], "extended")]),
    case("phase-paused-tariff", "Washington paused the 50% tariff on Chinese graphite for 90 days.",
         [ev("tariff", "USA", ["CHN"], ["graphite"], "suspended")]),
]

DATES = [
    case("date-explicit-day-month", "China announced export controls on five heavy rare earths on 9 October.",
         [ev("export_restriction", "CHN", [], ["HREE"], "announced", "2025-10-09", "day")]),
    case("date-last-week", "Japan signed a rare earth stockpiling pact with Australia last week.",
         [ev("agreement", "AUS-JPN", [], ["REE"], "announced", "2025-10", "month")],
         gap=('detection: "a stockpiling pact" also gives a stockpile event; a pact about stockpiles is'
              ' the agreement only')),
    case("date-on-tuesday", "The US Commerce Department imposed anti-dumping duties on Chinese graphite on "
         "Tuesday.",
         [ev("tariff", "USA", ["CHN"], ["graphite"], "announced", "2025-10-28", "day")]),
    case("date-earlier-this-year", "Earlier this year, India restricted exports of rare earth minerals to "
         "Japan.",
         [ev("export_restriction", "IND", ["JPN"], ["REE"], "announced", "2025", "year")]),
    case("date-end-of-last-year", "Vietnam raised its export tax on tungsten ore at the end of last year.",
         [ev("tariff", "VNM", [], ["W"], "announced", "2024-10", "quarter")]),
    case("date-background-year-not-taken", "China tightened controls on graphite exports on Monday, adding "
         "to the gallium curbs it imposed in 2023.",
         [ev("export_restriction", "CHN", [], ["graphite"], "announced", "2025-10-27", "day")],
         optional=[ev("export_restriction", "CHN", [], ["Ga"], "announced", "2023", "year")]),
    case("date-background-relative-clause", "Malaysia, which banned raw rare earth exports in 2023, signed a "
         "rare earth processing deal with South Korea on Monday.",
         [ev("agreement", "KOR-MYS", [], ["REE"], "announced", "2025-10-27", "day")],
         optional=[ev("export_restriction", "MYS", [], ["REE"], "announced", "2023", "year")]),
    case("date-future-start-as-effective", "From December 1, exporters of lithium battery technology will "
         "need a licence, China's commerce ministry said on Thursday.",
         [ev("export_restriction", "CHN", [], ["Li"], "announced", "2025-10-23", "day", "2025-12-01")],
         gap='detection: "exporters ... will need a licence" is no licence trigger'),
    case("date-only-effect-month", "Zimbabwe's 10% export levy on lithium concentrate applies from January "
         "2026.",
         [ev("tariff", "ZWE", [], ["Li"], "announced", "2026-01", "month", "2026-01")]),
    case("date-explicit-with-year", "Canada imposed a 25% surtax on Chinese graphite on 3 March 2025.",
         [ev("tariff", "CAN", ["CHN"], ["graphite"], "announced", "2025-03-03", "day")]),
]

NEIGHBOURS = [
    case("across-list-follows", "China tightened controls on exports of several strategic metals on Thursday. "
         "The list covers tungsten, tellurium, bismuth, molybdenum and indium.",
         [ev("export_restriction", "CHN", [], ["In", "Mo", "W"], "announced", "2025-10-23", "day")]),
    case("across-the-metals", "Dysprosium and terbium prices jumped in Europe this week. Japan said on Monday "
         "it would build a stockpile of the metals.",
         [ev("stockpile", "JPN", [], ["Dy", "Tb"], "proposed", "2025-10-27", "day")],
         gap=WILL_IS_PROPOSED),
    case("across-these-minerals", "Lithium, nickel and cobalt are vital for electric vehicle batteries. Chile "
         "said on Tuesday it would impose export taxes on these minerals.",
         [ev("tariff", "CHL", [], ["Co", "Li", "Ni"], "proposed", "2025-10-28", "day")],
         gap=WILL_IS_PROPOSED),
    case("across-such-as", "India will restrict exports of critical minerals such as lithium, cobalt and "
         "graphite, the mines ministry said.",
         [ev("export_restriction", "IND", [], ["Co", "Li", "graphite"], "proposed")],
         gap=WILL_IS_PROPOSED),
    case("across-following-elements", "Kazakhstan imposed export licences on the following elements: "
         "tungsten, molybdenum and gallium.",
         [ev("export_restriction", "KAZ", [], ["Ga", "Mo", "W"])]),
    case("across-partner-earlier", "China's exports of antimony to the US fell to zero in September. Beijing "
         "banned the shipments in December.",
         [ev("export_restriction", "CHN", ["USA"], ["Sb"], "announced", "2024-12", "month")],
         gap=THE_METALS_REVERTED),
    case("across-partner-following", "Beijing on Wednesday barred exports of gallium and germanium. The ban "
         "applies to shipments to the United States.",
         [ev("export_restriction", "CHN", ["USA"], ["Ga", "Ge"], "announced", "2025-10-29", "day")]),
    case("across-partner-imports-from", "The European Commission's new duties on rare earth magnets take "
         "effect on Friday. The measure targets imports from China.",
         [ev("tariff", "EU", ["CHN"], ["REE"], "announced", "2025-10-31", "day", "2025-10-31")]),
    case("across-the-metals-kinshasa", "Congo produces most of the world's cobalt and much of its copper. "
         "Kinshasa banned exports of the metals for four months on Saturday.",
         [ev("export_restriction", "COD", [], ["Co", "Cu"], "announced", "2025-10-25", "day")],
         gap=THE_METALS_REVERTED),
    case("across-nearmiss-critical-minerals-alone", "Prices of germanium rose 5% last week. China restricted "
         "exports of critical minerals on Monday.",
         [ev("export_restriction", "CHN", [], [], "announced", "2025-10-27", "day")]),
]


@pytest.mark.parametrize(
    ("text", "published", "required", "optional"),
    PROPOSED + ANNOUNCED_EFFECTIVE + LATER_PHASES + DATES + NEIGHBOURS,
)
def test_challenge_phase_dates(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    got = {event_row(e) for e in extraction.events}
    assert (required - got, got - required - optional) == (set(), set())
