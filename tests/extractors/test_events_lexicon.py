"""The event lexicons carry their own examples (lexicons/events.yaml, event_actors.yaml):
every example must give its event through the real pipeline, and a malformed file is
rejected with the place of the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_events_support import events_of

from orewatch.extractors.events.lexicon import (
    ACTORS_PATH,
    EVENT_TYPES,
    TRIGGERS_PATH,
    LexiconError,
    load_event_lexicon,
)

LEXICON = load_event_lexicon()


# Examples that give their event and one more, wrong, event: known false positives, left for the
# rules to fix (strict: the test fails as soon as the extra event is gone, to drop the entry).
KNOWN_EXTRA_EVENT = {
    "Beijing raised the production caps for tungsten in March.": "also a capacity_expansion ('raised the production')",
}


def _examples():
    for example in LEXICON.examples:
        reason = KNOWN_EXTRA_EVENT.get(example["sentence"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(example, marks=marks, id=example["sentence"][:50])


@pytest.mark.parametrize("example", list(_examples()))
def test_events_lexicon_example_gives_its_event(example):
    """An example gives exactly its event, and no other."""
    found = events_of(example["sentence"])
    if example["type"] == "agreement":
        expected = {example["actor"], *example["partners"]}
        assert [(e.type, {e.actor, *e.partners}) for e in found] == [("agreement", expected)], found
    else:
        expected = (example["type"], example["actor"], sorted(example["partners"]))
        assert [(e.type, e.actor, sorted(e.partners)) for e in found] == [expected], found


@pytest.mark.parametrize("example", LEXICON.actor_examples, ids=lambda e: e["sentence"][:50])
def test_events_lexicon_actor_example_names_its_country(example):
    found = events_of(example["sentence"])
    assert any(example["code"] in (e.actor, *e.partners) for e in found), found


def test_events_lexicon_covers_every_event_type():
    assert {e["type"] for e in LEXICON.examples} == set(EVENT_TYPES)


def test_events_lexicon_is_versioned():
    assert LEXICON.version.startswith("orewatch.events.v")


def test_events_lexicon_rejects_unknown_type(tmp_path: Path):
    broken = TRIGGERS_PATH.read_text(encoding="utf-8").replace("- type: tariff", "- type: tarif", 1)
    path = tmp_path / "events.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown type 'tarif'"):
        load_event_lexicon(path, ACTORS_PATH)


def test_events_lexicon_rejects_yaml_boolean_term(tmp_path: Path):
    # An unquoted `no` is the boolean false in YAML: the loader must refuse it, not drop it.
    broken = TRIGGERS_PATH.read_text(encoding="utf-8").replace('["no", not,', "[no, not,", 1)
    path = tmp_path / "events.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError, match="negation"):
        load_event_lexicon(path, ACTORS_PATH)
