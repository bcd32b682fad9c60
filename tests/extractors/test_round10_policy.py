"""Round 10, English policy events (other_policy, agreement) and every event's phase, date and
partners, from the misses of the consumed blind sets (blind7-en ... blind11-en): each phenomenon
with passages of our own in other words and sentence shapes than the articles, and near-misses
that must keep their value. Rows are (type, actor, phase) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from event_rows import WEDNESDAY, event_row
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article


def _events(text: str, published: str = WEDNESDAY):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    return extraction.events


def _phases(text: str) -> set[tuple]:
    return {(e.type, e.actor, e.phase) for e in _events(text)}


def case(cid, text, expected, gap=None):
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, set(expected), id=cid, marks=marks)


# -- the verb that governs the measure noun decides the phase -----------------------------------
# A suspension, freeze or halt is itself a measure noun: the verb that extends or lifts it gives the
# phase ("extended the freeze", "the suspension ..., in force since ..., will be lifted"), also
# across an aside between commas; "extended ... the suspension of the duty" extends the suspended
# duty (extended, not suspended). A suspension no verb acts on stays suspended.
GOVERNING_VERB = [
    case("extended-freeze", "On Friday Zambia extended the freeze on cobalt exports by another 60 days.",
         [("export_restriction", "ZMB", "extended")]),
    case("renewed-halt", "Bolivia's mining ministry renewed its halt on lithium exports for six more months.",
         [("export_restriction", "BOL", "extended")]),
    case("lifted-passive-aside", "Rwanda's suspension of tin ore exports, in force since March 2024, will be "
         "lifted from 1 December, the ministry said.", [("export_restriction", "RWA", "lifted")]),
    case("ended-freeze-noun", "Laos ended the freeze on exports of rare earth concentrate on Tuesday.",
         [("export_restriction", "LAO", "lifted")]),
    case("extended-suspension-of-duty", "EU ministers on Monday extended for three years, from 1 July 2026, the "
         "suspension of the 4% customs duty on imports of cobalt metal.", [("tariff", "EU", "extended")]),
    case("renewed-suspension-of-tariff", "India renewed the suspension of its 5% tariff on lithium carbonate imports.",
         [("tariff", "IND", "extended")]),
    case("lifted-waiver-of-duty", "Vietnam lifted the waiver of the export duty on tungsten concentrate on Friday.",
         [("tariff", "VNM", "lifted")]),
    # near-misses: a suspension no verb acts on; an extension of the scope of a freeze
    case("suspension-alone", "EU ministers on Monday agreed the suspension of the 4% customs duty on imports of "
         "cobalt metal.", [("tariff", "EU", "suspended")]),
    case("freeze-widened", "Zambia extended the freeze on cobalt exports to refined metal on Friday.",
         [("export_restriction", "ZMB", "announced")]),
]


@pytest.mark.parametrize("text, expected", GOVERNING_VERB)
def test_governing_verb_gives_the_phase(text, expected):
    assert _phases(text) == expected


# -- the date of the act, not of the older measure it recalls -----------------------------------
# "in force since 1 July 2021", "in place since 2018", "has applied since May": the start of the
# measure being acted on, not the day of the act; a release that tells its act in the present
# ("The Government announces that ...") speaks on its publication day, before a start it gives.
def _dates(text: str) -> set[tuple]:
    return {(e.type, e.actor, e.date, e.date_precision) for e in _events(text)}


RECALLED_START = [
    case("release-announces", "The Government of Rwanda announces that the suspension of tin ore exports, in force "
         "since 1 March 2024, will be lifted with effect from 1 December 2025.",
         [("export_restriction", "RWA", "2025-10-29", "day")]),
    case("in-place-since", "Zambia said on Monday it would end its freeze on cobalt exports, which has been in place "
         "since 2023.", [("export_restriction", "ZMB", "2025-10-27", "day")]),
    case("applied-since-start", "Laos's ban on rare earth exports, applied since May 2024, will be lifted from "
         "1 January 2026.", [("export_restriction", "LAO", "2026-01-01", "day")]),
    case("ministry-declares", "Kazakhstan's economy ministry declares that it will impose a quota on manganese ore "
         "exports from 1 January.", [("export_restriction", "KAZ", "2025-10-29", "day")]),
    # near-miss: a date the act itself is told on stays the act's
    case("since-then-when", "Zambia's freeze on cobalt exports, in place since 2023, was extended on 3 October.",
         [("export_restriction", "ZMB", "2025-10-03", "day")]),
]


@pytest.mark.parametrize("text, expected", RECALLED_START)
def test_recalled_start_is_no_date_of_the_act(text, expected):
    assert _dates(text) == expected


# -- a proposal word in another conjunct or clause does not make an asserted act proposed -------
# The trigger opens with a verb that asserts the act ("... signed", "... and bans ..."): a plan,
# target or proposal named before it ("The plan builds on the partnership X signed", "sets targets
# and bans imports") is another clause's word. A proposal that governs the act keeps it proposed.
ASSERTED_ACT = [
    case("plan-subject-signed", "The plan builds on the minerals partnership Britain signed with Kenya in May.",
         [("agreement", "GBR", "announced")]),
    case("targets-and-bans", "Canada set new recycling targets on Monday and banned imports of Russian nickel.",
         [("import_restriction", "CAN", "announced")]),
    case("strategy-and-imposes", "The strategy sets recycling targets for 2030 and imposes a royalty of 5% on lithium, "
         "Chile's mining minister said.", [("other_policy", "CHL", "announced")]),
    case("proposal-then-passed", "After months of proposals, Peru's congress passed a new mining law on Friday.",
         [("other_policy", "PER", "announced")]),
    # near-misses: the proposal governs the act
    case("plans-to-ban", "Canada plans to set recycling targets and ban imports of Russian nickel.",
         [("import_restriction", "CAN", "proposed")]),
    case("proposed-to-ban", "Canada has proposed to ban imports of Russian nickel and cobalt.",
         [("import_restriction", "CAN", "proposed")]),
]


@pytest.mark.parametrize("text, expected", ASSERTED_ACT)
def test_asserted_act_is_not_proposed(text, expected):
    assert _phases(text) == expected


# -- an offer still under review is proposed; a letter of interest issued is announced ------------
# (blind11 convention: a letter of interest "which remains under review" is proposed; the dev sets'
# letters of interest issued, with no review pending, are announced.)
LETTERS = [
    case("letter-under-review", "The US export credit agency sent the developer a letter of interest for a loan of up "
         "to $90 million for its Ghana lithium mine, which remains under review.", [("investment", "USA", "proposed")]),
    case("loan-still-under-review", "Korea's state lender has offered a loan of $150 million to a nickel refinery in "
         "Indonesia, a decision still under review by its board.", [("investment", "KOR", "proposed")]),
    case("letter-of-intent-passive", "A letter of intent for $200 million of financing was issued to the project "
         "by Japan's JBIC in March.", [("investment", "JPN", "proposed")]),
    # near-misses: a letter of interest issued; money lent
    case("letter-issued", "The US Export-Import Bank has issued a letter of interest for $900 million in financing "
         "for a tungsten mine in Kazakhstan.", [("investment", "USA", "announced")]),
    case("loan-approved", "Japan's JBIC approved a loan of $200 million for a lithium mine in Ghana.",
         [("investment", "JPN", "announced")]),
]


@pytest.mark.parametrize("text, expected", LETTERS)
def test_letter_of_interest_is_proposed(text, expected):
    assert {r for r in _phases(text) if r[0] == "investment"} == expected


# -- a plant named first, its operating verb last: "the X plant, run by ..., restarted" ----------
OPERATING_LAST = [
    case("plant-aside-restarted", "In Oman, the Sohar copper smelter, run by a Korean group, restarted its "
         "second line in May.", [("capacity_expansion", "effective")]),
    case("refinery-which-restarted", "Chile's state cobalt refinery, which had been idle since 2022, restarted in "
         "June.", [("capacity_expansion", "effective")]),
    case("smelter-owned-restarted", "A tin smelter in Bolivia, owned by a Peruvian group, restarted on Monday.",
         [("capacity_expansion", "effective")]),
    case("smelter-which-commissioned", "Indonesia's nickel smelter, which a Chinese group runs, was commissioned in May.",
         [("capacity_expansion", "effective")]),
    # near-misses: the operating verb is in an aside, the trigger a plan
    case("expand-aside-restarted", "A Peruvian group will expand its tin smelter in Bolivia, which it restarted in "
         "2019, next year.", [("capacity_expansion", "announced")]),
    case("build-near-restarted", "A Peruvian group plans to build a tin smelter in Bolivia, near the mine it "
         "restarted in 2019.", [("capacity_expansion", "proposed")]),
]


@pytest.mark.parametrize("text, expected", OPERATING_LAST)
def test_operating_verb_last_is_effective(text, expected):
    assert {(e.type, e.phase) for e in _events(text) if e.type == "capacity_expansion"} == expected


# -- a ban, moratorium or freeze on an activity of mining is a rule on the supply chain ----------
# (other_policy), whether imposed, lifted or extended: "the ban on uranium mining", "a moratorium on
# lithium exploration", "its freeze on new mining permits"; lifting it is its `lifted` phase and
# no continued trade restriction. A ban on mined goods' exports stays an export restriction.
MINING_BANS = [
    case("lift-ban-on-mining", "Sweden's parliament voted on Wednesday to lift the ban on uranium mining, with effect "
         "from 1 January 2026.", [("other_policy", "SWE", "lifted")]),
    case("banned-mining", "Ecuador banned gold mining in two Amazon provinces in 2024.",
         [("other_policy", "ECU", "announced")]),
    case("moratorium-exploration-passive", "A moratorium on lithium exploration was imposed by Serbia's government "
         "in January.", [("other_policy", "SRB", "announced")]),
    case("lifted-freeze-permits", "Madagascar lifted its freeze on new mining permits on Monday.",
         [("other_policy", "MDG", "lifted")]),
    case("extended-moratorium-drilling", "Panama extended its moratorium on copper prospecting for another year.",
         [("other_policy", "PAN", "extended")]),
    # near-misses: a ban on exports of mined ore stays a trade measure; a company stopping its own mining is no rule
    case("ban-on-ore-exports", "Zimbabwe lifted its ban on lithium ore exports on Monday.",
         [("export_restriction", "ZWE", "lifted")]),
    case("company-halted-mining", "A Chinese miner halted mining at its lepidolite pit in Yichun last week.", []),
]


@pytest.mark.parametrize("text, expected", MINING_BANS)
def test_mining_ban_is_other_policy(text, expected):
    assert _phases(text) == expected


# -- giving a title back is a state's act on it (reinstate, restore, reissue) -------------------
# and a parliament or a federal land body named by its own name acts for its state.
def _roles(text: str) -> set[tuple]:
    return {(e.type, e.actor, tuple(sorted(e.partners))) for e in _events(text)}


TITLES_BACK = [
    case("reinstated-leases", "The Interior Department on Friday reinstated two federal hardrock leases held by a "
         "Chilean-owned developer.", [("other_policy", "USA", ("CHL",))]),
    case("restored-concessions", "Peru's energy ministry restored the mining concessions of a Canadian explorer on "
         "Tuesday.", [("other_policy", "PER", ("CAN",))]),
    case("right-of-way-reinstatement", "Washington approved the reinstatement of the right-of-way for a mining road in "
         "Alaska.", [("other_policy", "USA", ())]),
    case("reissued-permit-passive", "Zambia reissued the exploration permit of a local cobalt developer in May.",
         [("other_policy", "ZMB", ())]),
    case("riksdag-votes", "The Riksdag voted on Wednesday to lift the ban on uranium mining.",
         [("other_policy", "SWE", ())]),
    # near-miss: production restored at a mine is no act on a title
    case("restored-output", "Chile's state miner restored output at its copper mine after the strike.", []),
]


@pytest.mark.parametrize("text, expected", TITLES_BACK)
def test_title_given_back_is_other_policy(text, expected):
    assert {r for r in _roles(text) if r[0] == "other_policy"} == expected


# -- an agreement's party named in an apposition: "with Harz Metall, a German magnet maker" -------
# The name after with/between/to/by is a company; the country word of its apposition places it.
def _parties(text: str) -> set[str]:
    return {"-".join(sorted({e.actor, *e.partners} - {None})) for e in _events(text) if e.type == "agreement"}


APPOSITIONS = [
    case("with-name-apposition", "Canada's Tasiilaq Minerals has signed a memorandum with Harz Metall, a German "
         "magnet maker, covering graphite.", ["CAN-DEU"]),
    case("subject-and-object-appositions", "Nordkap Minerals, a Norwegian explorer, signed an offtake agreement "
         "with Vega Cells, a Spanish battery maker, for its lithium.", ["ESP-NOR"]),
    case("between-apposition", "A supply deal between a Chilean miner and Orion Cathodes, the Korean cathode group, "
         "was signed on Monday for lithium.", ["CHL-KOR"]),
    case("laotian-demonym", "A Japanese trading house and a Laotian state firm signed a graphite agreement.",
         ["JPN-LAO"]),
    case("lao-adjective", "A Lao state enterprise and a Thai refiner signed a tin agreement in May.", ["LAO-THA"]),
    # near-misses: an apposition of the subject's own name after the trigger is no party; Lao Cai is Vietnam's
    case("lao-cai-province", "A Chinese refiner signed a graphite agreement with Lao Cai province.", []),
    case("apposition-not-after-prep", "Korea's Hanbit Metals signed a cobalt agreement on Monday, a Japanese "
         "newspaper reported.", []),
]


@pytest.mark.parametrize("text, expected", APPOSITIONS)
def test_apposition_names_a_party(text, expected):
    assert _parties(text) == expected


# -- a clause that opens as background to the one before (", hours after ...", ", following ...")
# keeps its own elements: the main clause's measure's goods are not its.
def _elements(text: str) -> set[tuple]:
    return {(e.type, e.actor, tuple(sorted(e.elements))) for e in _events(text)}


BACKGROUND_CLAUSE = [
    case("hours-after", "The US government will take a 10% stake in a Canadian copper-cobalt explorer, hours after "
         "the Interior Department reinstated the right-of-way for its road.",
         [("investment", "USA", ("Co", "Cu")), ("other_policy", "USA", ())]),
    case("days-after", "Japan will invest $50 million in a nickel refinery in Indonesia, days after Indonesia "
         "reinstated the mining permit of a cobalt explorer.",
         [("capacity_expansion", "JPN", ("Ni",)), ("investment", "JPN", ("Ni",)), ("other_policy", "IDN", ("Co",))]),
    case("shortly-after", "Australia will lend $80 million to a lithium project, shortly after Chile revoked a licence "
         "of the project's owner.", [("investment", "AUS", ("Li",)), ("other_policy", "CHL", ())]),
    # near-miss: no other measure before "after": the sentence's element is the measure's
    case("prices-after", "Lithium prices jumped after Chile revoked the licence of a lithium miner.",
         [("other_policy", "CHL", ("Li",))]),
]


@pytest.mark.parametrize("text, expected", BACKGROUND_CLAUSE)
def test_background_clause_keeps_its_elements(text, expected):
    assert _elements(text) == expected


# -- the new end of an extension ("extended ... by 90 days, to mid-October") is a deadline, not the
# day of the act; the act keeps the day its sentence gives.
EXTENSION_ENDS = [
    case("extended-to-mid-month", "On Monday Zambia extended the freeze on cobalt exports by 90 days, to mid-January.",
         [("export_restriction", "ZMB", "2025-10-27", "day")]),
    case("permits-extended-to-day", "Indonesia on Friday extended the copper concentrate export permits of two "
         "smelter builders to December 31.", [("export_restriction", "IDN", "2025-10-24", "day")]),
    case("prolonged-to-end", "Gabon prolonged its ban on manganese ore exports to the end of June in a decree "
         "published on 3 October.", [("export_restriction", "GAB", "2025-10-03", "day")]),
    # near-miss: "to" after a verb of no extension keeps its date as the act's
    case("moved-to-month", "Zambia moved its cobalt export ban to a quota system in September.",
         [("export_restriction", "ZMB", "2025-09", "month")]),
]


@pytest.mark.parametrize("text, expected", EXTENSION_ENDS)
def test_extension_end_is_no_date_of_the_act(text, expected):
    assert _dates(text) == expected


# -- an anaphoric subject's agreeing verb reaches its "with" across the deal noun phrase ---------
# ("the government signed a $1.6 billion investment agreement with a French group"): the state
# the anaphor stands for is the other party.
VERB_WITH = [
    case("government-signed-long-np", "Mongolia needs capital. In January the government signed a $1.6 billion "
         "investment agreement with a French nuclear group.", ["FRA-MNG"]),
    case("ministry-concluded", "Zambia is courting smelters. On Monday the ministry signed a long-term cobalt supply "
         "memorandum with an Indian refiner.", ["IND-ZMB"]),
    case("company-inked", "Toronto-based Arctica Metals owns the mine. The company signed a ten-year graphite "
         "offtake agreement with a Korean anode maker.", ["CAN-KOR"]),
    case("party-named-again", "Niger needs capital. In March the government signed a uranium agreement with a "
         "Russian state group, under which the Russian side will build a mill.", ["NER-RUS"]),
    # near-miss: the "with" past a comma belongs to another phrase
    case("with-past-comma", "Zambia is courting smelters. On Monday the ministry signed a cobalt memorandum, "
         "together with new rules for traders with Indian firms.", []),
]


@pytest.mark.parametrize("text, expected", VERB_WITH)
def test_anaphor_verb_reaches_its_with(text, expected):
    assert _parties(text) == expected


# -- a recipient placed by an abbreviation ("a UK-based company") is where the money goes: the
# headline's other countries are no host of the investment.
def _article_roles(title: str, text: str) -> set[tuple]:
    (extraction,) = extract_articles([Article(id="c", title=title, text=text, published=WEDNESDAY)])
    return {(e.type, e.actor, tuple(sorted(e.partners))) for e in extraction.events if e.type == "investment"}


@pytest.mark.parametrize("title, text, expected", [
    pytest.param("UK bans Russian nickel imports", "A £28 million investment by the National Wealth Fund will help a "
                 "UK-based company restart a tin mine in Cornwall.", {("investment", "GBR", ())}, id="uk-based"),
    pytest.param("US sanctions Chinese graphite", "The Pentagon will invest $40 million in a US-based graphite "
                 "refiner.", {("investment", "USA", ())}, id="us-based"),
    pytest.param("Japan and India sign rare earth pact", "A £20 million loan from UK Export Finance will go to a "
                 "Kenya-based miner.", {("investment", "GBR", ())}, id="place-based"),
    # near-miss: no placed recipient: the headline's country hosts the plant
    pytest.param("Japanese refiner lands funding for Vietnam plant", "JBIC will lend $90 million to a Japanese "
                 "refiner for its rare earth plant.", {("investment", "JPN", ("VNM",))}, id="title-host"),
])
def test_placed_recipient_takes_no_title_host(title, text, expected):
    assert _article_roles(title, text) == expected


# -- "with a Chinese partner": a company's partner named as a noun is no agreement -----------------
PARTNER_NOUNS = [
    case("build-with-partner", "A Kigali-based exporter plans to build a tantalum refinery with a Chinese partner.",
         []),
    case("run-with-technology-partner", "In Oman, the Sohar copper smelter, run with a Japanese technology partner, "
         "restarted its second line.", []),
    case("its-korean-partners", "The Chilean miner and its two Korean partners will expand the lithium plant.", []),
    # near-misses: partnering as a verb, a partner chosen "as a ... partner"
    case("partner-verb", "Japan will partner with Brazil on rare earth processing.", ["BRA-JPN"]),
    case("as-a-partner", "Kazakhstan chose Germany as a partner for rare earth exploration.", ["DEU-KAZ"]),
]


@pytest.mark.parametrize("text, expected", PARTNER_NOUNS)
def test_partner_noun_is_no_agreement(text, expected):
    assert _parties(text) == expected


# -- tried and reverted (round 10): a suspension noun governing its measure through "of" ---------
# across an aside ("Beijing's one-year suspension, announced on 7 November, of the export
# controls" → suspended; "lifted the suspension of tantalite export permits" → lifted). Both raised
# blind10 phase (0.773 → 0.818) but the stories then joined the acted-on measure to another measure
# of the same actor (blind10 stories precision 1.0 → 0.0, below its floor): the story assignment of
# suspended and lifted phases needs its elements first.
_REVERTED = ("the suspension noun's 'of' phrase was reverted: blind10 stories precision fell below its floor "
             "(the suspended or lifted phase joined another measure's story)")
SUSPENSION_OF = [
    case("lifted-suspension-of-permits", "Nigeria's mines ministry said on Monday it had lifted the suspension of "
         "tantalite export permits.", [("export_restriction", "NGA", "lifted")], gap=_REVERTED),
    case("ended-suspension-of-licences", "Rwanda ended the suspension of tin export licences on Friday.",
         [("export_restriction", "RWA", "lifted")], gap=_REVERTED),
    case("suspension-aside-of-controls", "Buyers were weighing Beijing's one-year suspension, announced on 7 "
         "November, of the export controls on graphite anodes.", [("export_restriction", "CHN", "suspended")],
         gap=_REVERTED),
]


@pytest.mark.parametrize("text, expected", SUSPENSION_OF)
def test_suspension_of_measure(text, expected):
    assert _phases(text) == expected
