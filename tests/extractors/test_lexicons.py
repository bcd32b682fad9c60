"""Every lexicon entry's own examples and not_examples, run through the real pipeline, and the
shape of the lexicon files (codes valid, every entry with examples)."""

from __future__ import annotations

import pycountry
import pytest

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.extractors._shared.lexicons import load_lexicon

COUNTRIES = load_lexicon("countries")
BLOCS = load_lexicon("blocs")
ELEMENTS = load_lexicon("elements")
ISO3 = {c.alpha_3 for c in pycountry.countries}
BLOC_CODES = set(BLOCS["codes"])
ELEMENT_CODES = set(ELEMENTS["codes"])
SPEC_ELEMENT_CODES = {
    "REE", "LREE", "HREE", "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy",
    "Ho", "Er", "Tm", "Yb", "Lu", "Li", "Co", "Ni", "Mn", "graphite", "Ga", "Ge", "In", "W", "Sb",
    "Mo", "V", "Ti", "Cu", "Au", "Ag", "Pt", "Pd", "U", "Sn", "Nb", "Ta",
}  # fmt: skip




def codes(nlp, text: str, key: str) -> set[str]:
    doc = nlp(text)  # kept alive while its spans are read
    return {span.label_ for span in doc.spans[key]}


def entry_codes(entry: dict) -> set[str]:
    if "parts" in entry:
        return {p for p in entry["parts"] if p}
    return set(entry.get("codes") or [entry["code"]])


def _cases():
    """(id, key, text, expected codes, forbidden codes) for every example in the lexicons."""
    groups = [
        ("countries", "countries", COUNTRIES["countries"]),
        ("countries", "ambiguous", COUNTRIES["ambiguous"]),
        ("countries", "compounds", COUNTRIES["compounds"]["entries"]),
        ("countries", "blocs", BLOCS["blocs"]),
        ("elements", "elements", ELEMENTS["elements"]),
        ("elements", "compounds", ELEMENTS["compounds"]),
    ]
    for key, section, entries in groups:
        for n, entry in enumerate(entries):
            name = entry.get("text") or "/".join(sorted(entry_codes(entry)))
            for example in entry.get("examples", []):
                # An example names the entry's codes and nothing else, or also the codes it lists.
                text, also = (example, []) if isinstance(example, str) else (example["text"], example["also"])
                yield pytest.param(key, text, entry_codes(entry) | set(also), set(), id=f"{section}:{name}:+{text[:30]}")
            for example in entry.get("not_examples", []):
                yield pytest.param(key, example, set(), entry_codes(entry), id=f"{section}:{name}:-{example[:30]}")
    for n, group in enumerate(COUNTRIES["not_countries"]):
        for example in group["not_examples"]:
            yield pytest.param("countries", example, set(), None, id=f"not_countries:{n}:{example[:30]}")
    for n, group in enumerate(ELEMENTS["not_elements"]):
        for example in group["not_examples"]:
            yield pytest.param("elements", example, set(), None, id=f"not_elements:{n}:{example[:30]}")
    for case in ELEMENTS["symbol_examples"]:
        yield pytest.param("elements", case["text"], set(case["codes"]), set(), id=f"symbols:+{case['text'][:30]}")
    for text in ELEMENTS["symbol_not_examples"]:
        yield pytest.param("elements", text, set(), None, id=f"symbols:-{text[:30]}")


@pytest.mark.parametrize("key,text,expected,forbidden", list(_cases()))
def test_lexicons_examples_yield_their_codes(nlp, key, text, expected, forbidden):
    """An example yields exactly its codes; a not_example never its entry's."""
    found = codes(nlp, text, key)
    if expected:  # an example: exactly its codes
        assert found == expected, f"{text!r}: expected {expected}, found {found}"
    elif forbidden is None:  # a not_countries / not_elements example names nothing at all
        assert not found, f"{text!r}: expected nothing, found {found}"
    else:  # a not_example: never its entry's codes (it may name others: "Papua New Guinea")
        assert not (forbidden & found), f"{text!r}: must not yield {forbidden & found}"


def _all_country_entries():
    return COUNTRIES["countries"] + COUNTRIES["ambiguous"]


@pytest.mark.parametrize("entry", _all_country_entries(), ids=lambda e: e["code"])
def test_lexicons_country_entries_have_valid_codes_and_examples(entry):
    assert entry["code"] in ISO3
    assert entry["terms"], "an entry needs terms"
    assert entry.get("examples"), f"{entry['code']} needs at least one example"


def test_lexicons_bloc_codes_are_the_spec_blocs():
    assert BLOC_CODES == {"EU", "G7", "G20", "ASEAN", "SCO", "BRICS", "MSP", "QUAD"}
    for entry in BLOCS["blocs"]:
        assert entry["code"] in BLOC_CODES and entry["examples"]


@pytest.mark.parametrize("entry", COUNTRIES["compounds"]["entries"], ids=lambda e: e["text"])
def test_lexicons_compound_parts_match_characters(entry):
    assert has_cjk(entry["text"])
    assert len(entry["parts"]) == len(entry["text"]), "one code (or ~) per character"
    assert all(p is None or p in ISO3 or p in BLOC_CODES for p in entry["parts"])
    assert entry["examples"]


def test_lexicons_element_codes_are_the_spec_table():
    assert ELEMENT_CODES == SPEC_ELEMENT_CODES


@pytest.mark.parametrize("entry", ELEMENTS["elements"], ids=lambda e: "/".join(sorted(entry_codes(e))))
def test_lexicons_element_entries_have_valid_codes_and_examples(entry):
    assert entry_codes(entry) <= ELEMENT_CODES
    assert entry["terms"] and entry.get("examples")


def test_lexicons_every_element_code_has_an_entry():
    covered = set().union(*(entry_codes(e) for e in ELEMENTS["elements"]))
    assert covered == ELEMENT_CODES


def test_lexicons_symbols_and_modifiers_are_valid_codes():
    assert set(ELEMENTS["symbols"]) <= ELEMENT_CODES
    assert set(ELEMENTS["group_modifiers"].values()) <= {"LREE", "HREE"}
    # Never read bare (SPEC: In, W, U, V, Ti are words or initials in English text).
    assert not {"In", "W", "U", "V", "Ti", "Y", "Co", "Li", "Mo"} & set(ELEMENTS["symbols"])


def test_lexicons_versions_are_named():
    assert COUNTRIES["version"].startswith("orewatch.countries.")
    assert ELEMENTS["version"].startswith("orewatch.elements.")
    assert BLOCS["version"].startswith("orewatch.blocs.")
