"""The word classes events and quantities share (lexicons/word_classes.yaml): one entry per
class, a `core` both sides read and each side's deliberate additions as named extensions."""

from __future__ import annotations

from itertools import combinations

import pytest

from orewatch.extractors._shared.lexicons import load_lexicon

CLASSES = {k: v for k, v in load_lexicon("word_classes").items() if k != "version"}


@pytest.mark.parametrize("word_class", sorted(CLASSES))
def test_word_class_parts_are_lower_case_and_apart(word_class):
    parts = CLASSES[word_class]
    assert "core" in parts
    for name, words in parts.items():
        assert words and all(w == w.lower().strip() for w in words), name
        assert len(set(words)) == len(words), name
    for (a, wa), (b, wb) in combinations(parts.items(), 2):
        assert not set(wa) & set(wb), f"{word_class}: {a} and {b} share {set(wa) & set(wb)}"


def test_company_nouns_core_is_read_by_both_sides():
    from orewatch.extractors.events.company_register import COMPANY_NOUNS
    from orewatch.extractors.quantities.companies import stated_companies
    from orewatch.records import Mention

    assert set(CLASSES["company_nouns"]["core"]) <= COMPANY_NOUNS
    text = "French nuclear firm Orano holds a stake."
    fr = Mention(code="FRA", text="French", field="text", start=0, end=6)
    assert stated_companies(text, [fr]) == {"Orano": "FRA"}
    steel = "French steelmaker Orano holds a stake."
    assert stated_companies(steel, [fr]) == {}  # a register noun only: not the quantities' core


def test_owner_participles_each_side_reads_its_own():
    from orewatch.extractors._shared.word_classes import (
        OWNER_PARTICIPLES_HOST_BY,
        OWNER_PARTICIPLES_HOST_HYPHEN,
        OWNER_PARTICIPLES_REGISTER,
    )

    core = set(CLASSES["owner_participles"]["core"])
    assert core <= OWNER_PARTICIPLES_REGISTER & OWNER_PARTICIPLES_HOST_HYPHEN & OWNER_PARTICIPLES_HOST_BY
    assert "listed" in OWNER_PARTICIPLES_HOST_HYPHEN and "listed" not in OWNER_PARTICIPLES_REGISTER
    assert "run" in OWNER_PARTICIPLES_REGISTER and "run" not in OWNER_PARTICIPLES_HOST_HYPHEN


def test_plant_nouns_events_rules_and_planned_read_one_class():
    from orewatch.extractors._shared.word_classes import PLANT_NOUNS_PLANNED
    from orewatch.extractors.events.lexicon import load_event_lexicon

    plant = CLASSES["plant_nouns"]
    events_parts = set(plant) - {"planned_output"}
    events_words = {w for part in events_parts for w in plant[part]}
    assert PLANT_NOUNS_PLANNED == events_words | set(plant["planned_output"])
    rights = [set(t) for label, t in load_event_lexicon().terms.items() if str(label).startswith("pairR")]
    assert any(events_words <= r for r in rights)  # a facility rule reads every events part
    assert not any("kiln" in r or "complex" in r for r in rights)  # planned.py's own words stay its own


def test_unknown_word_class_is_a_lexicon_error(tmp_path):
    from orewatch.extractors.events.lexicon import TRIGGERS_PATH, LexiconError, load_event_lexicon

    broken = TRIGGERS_PATH.read_text(encoding="utf-8").replace("word_class: plant_nouns", "word_class: plant_noun")
    path = tmp_path / "events.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError):
        load_event_lexicon(path)
