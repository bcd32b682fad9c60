"""Phase and effective_date of events (SPEC §2; extractors/events/phases.py): every example of
lexicons/event_phases.yaml through the real pipeline, then one sentence of ours per rule,
including the sentences a rule must leave alone."""

from __future__ import annotations

import copy

import pytest
from test_events_support import events_of

from orewatch.extractors._shared.lexicons import load_lexicon
from orewatch.extractors.events.lexicon import LexiconError
from orewatch.extractors.events.phase_rules import Phase, check_phase_lexicon, phase_rules
from orewatch.records import PHASES


def _examples(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from value if key == "examples" else _examples(value)


EXAMPLES = list(_examples(load_lexicon("event_phases")))


def _the_event(sentence: str, type_: str, actor: str, published=None, field="text"):
    kwargs = {} if published is None else {"published": published}
    found = [e for e in events_of(sentence, field=field, **kwargs) if e.type == type_ and e.actor == actor]
    assert len(found) == 1, f"expected one {type_} of {actor} in {sentence!r}, got {events_of(sentence)}"
    return found[0]


def test_the_phase_names_are_the_records():
    assert {p.value for p in Phase} == set(PHASES)


def test_every_rule_of_the_lexicon_has_examples():
    rules = {"acts_on", "proposal", "pending_agreement", "standing", "conditional", "memorandum",
             "future", "future_start", "in_force", "operating"}  # fmt: skip
    data = load_lexicon("event_phases")
    without = {name for name in rules if not list(_examples(data[name]))}
    assert without == set()
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["sentence"][:50] for e in EXAMPLES])
def test_phase_lexicon_example_gives_its_phase(example):
    event = _the_event(example["sentence"], example["type"], example["actor"])
    assert event.phase == example["phase"]
    if "partners" in example and example["type"] != "agreement":
        assert sorted(event.partners) == sorted(example["partners"])
    if "effective_date" in example:
        assert event.effective_date == example["effective_date"]


@pytest.mark.parametrize(
    "sentence, type_, actor, phase, effective_date",
    [
        # acts on: the measure's own type, actor and elements, with the phase of the act
        ("Seoul said its tariffs on Chinese cobalt were scrapped in March.", "tariff", "KOR", "lifted", None),
        ("Argentina announced the suspension of its lithium export quota on Friday.", "export_restriction", "ARG", "suspended", None),
        ("Brazil renewed its ban on raw niobium exports, effective from 1 January 2026.", "export_restriction", "BRA", "extended", "2026-01-01"),
        # "suspended exports" is the ban itself, not the suspension of one
        ("Myanmar suspended rare earth exports to China in May.", "export_restriction", "MMR", "announced", None),
        # an act only wished for speaks of a measure that stands
        ("Traders asked whether Lima should lift the current copper export ban.", "export_restriction", "PER", "effective", None),
        # widened, not lengthened
        ("Beijing extended its export controls beyond its borders on Thursday.", "export_restriction", "CHN", "announced", None),
        # a state that says it will act has decided; a start to come gives the effective date
        ("Chile said it would impose an export tax on lithium from next month.", "tariff", "CHL", "announced", "2025-11"),
        ("Canada imposed duties on Chinese graphite with immediate effect on 4 October 2025.", "tariff", "CAN", "announced", "2025-10-04"),
        # already in force
        ("Ghana's export ban on raw manganese came into force in August.", "export_restriction", "GHA", "effective", "2025-08"),
        ("Zimbabwe has banned lithium ore exports since 2022.", "export_restriction", "ZWE", "effective", "2022"),
        ("Peruvian customs officers are halting shipments of tin concentrate to Bolivia.", "export_restriction", "PER", "effective", None),
        # a comparison is no start
        ("China set its tungsten mining quota at 62,000 tonnes, up 3% from 2024.", "production_quota", "CHN", "announced", None),
        # proposals
        ("Indonesia is considering a ban on nickel matte exports.", "export_restriction", "IDN", "proposed", None),
        ("欧盟拟对中国稀土磁体征收关税。", "tariff", "EU", "proposed", None),
        # a planned plant: the start of operation it expects is its effective date
        ("A Korean group plans to build a cathode plant in Morocco that should be operational by 2028.", "capacity_expansion", "KOR", "proposed", "2028"),
    ],
)
def test_phase_of_a_sentence(sentence, type_, actor, phase, effective_date):
    event = _the_event(sentence, type_, actor)
    assert (event.phase, event.effective_date) == (phase, effective_date)


def test_a_headline_future_of_a_state_is_announced_and_an_unsigned_deal_proposed():
    ban = _the_event("Malawi to ban raw graphite exports", "export_restriction", "MWI", field="title")
    assert ban.phase == "announced"
    deal = [e for e in events_of("Chile and Japan to sign lithium supply deal", field="title") if e.type == "agreement"]
    assert [(sorted({d.actor, *d.partners}), d.phase) for d in deal] == [(["CHL", "JPN"], "proposed")]


def test_an_event_the_phase_rules_cannot_place_stays_announced():
    event = _the_event("Namibia restricted exports of unprocessed lithium ore last year.", "export_restriction", "NAM")
    assert (event.phase, event.effective_date) == ("announced", None)


def test_the_rules_are_compiled_once():
    assert phase_rules() is phase_rules()


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["proposal"].pop("terms"), "`proposal.terms` must be a non-empty list of strings"),
        # an unquoted yes/no/on/off in YAML is a boolean, not a word
        (lambda d: d["future"]["terms"].append(True), "`future.terms` must be a non-empty list of strings"),
        (lambda d: d["acts_on"]["lifted"].pop("participles"), "`acts_on.lifted.participles` must be"),
        (lambda d: d["acts_on"].pop("extended"), "`acts_on` must have the entries lifted, suspended, extended"),
    ],
)
def test_a_malformed_phase_lexicon_is_rejected_with_its_place(change, message):
    data = copy.deepcopy(load_lexicon("event_phases"))
    change(data)
    with pytest.raises(LexiconError, match=message.replace("`", ".").replace("(", ".")):
        check_phase_lexicon(data)
    real = load_lexicon("event_phases")
    assert check_phase_lexicon(real) is real  # the file itself passes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # acting on a measure named between the verb and the goods is that measure's phase only
        ("Washington suspended the tariff on Chinese graphite imports for 90 days.",
         [("tariff", "USA", "suspended")]),
        ("Lima paused its ban on copper concentrate exports on Friday.",
         [("export_restriction", "PER", "suspended")]),
        # the verb on the goods themselves is a ban
        ("Lima paused copper concentrate exports on Friday.", [("export_restriction", "PER", "announced")]),
    ],
)
def test_phase_acting_on_a_named_measure_is_no_ban_of_its_own(sentence, expected):
    assert [(e.type, e.actor, e.phase) for e in events_of(sentence)] == expected
