"""The element component on SPEC §2: group terms, compounds, whole words, Chinese names,
symbols only in a chemical context, exact offsets; sentences of our own."""

from __future__ import annotations

import pytest

from orewatch.extractors.elements import ElementMatcher, formula_codes




def mentions(nlp, text: str) -> list[tuple[str, str, int, int]]:
    doc = nlp(text)
    return [(s.label_, s.text, s.start_char, s.end_char) for s in doc.spans["elements"]]


def codes(nlp, text: str) -> set[str]:
    return {m[0] for m in mentions(nlp, text)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Heavy rare earths are scarce.", {"HREE"}),
        ("Light rare earths are abundant.", {"LREE"}),
        ("Light and heavy rare earth oxides were listed.", {"LREE", "HREE"}),
        ("Seven medium and heavy rare earths were listed.", {"HREE"}),
        ("Light, medium and heavy rare earths differ.", {"LREE", "HREE"}),
        ("中重稀土出口管制", {"HREE"}),
        ("轻、重稀土分离", {"LREE", "HREE"}),
        ("轻重稀土分离", {"LREE", "HREE"}),
        ("稀土永磁材料", {"REE"}),
        ("Rare-earth magnets and REEs.", {"REE"}),
    ],
)
def test_elements_group_terms_name_only_their_group(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_elements_coordinated_modifier_gets_its_own_span(nlp):
    text = "light and heavy rare earth oxides"
    assert mentions(nlp, text) == [("LREE", "light", 0, 5), ("HREE", "heavy rare earth oxides", 10, 33)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("NdPr oxide rose.", {"Nd", "Pr"}),
        ("PrNd metal fell.", {"Nd", "Pr"}),
        ("Nd-Pr prices climbed.", {"Nd", "Pr"}),
        ("NdFeB magnets.", {"Nd"}),
        ("Sintered neodymium-iron-boron magnets.", {"Nd"}),
        ("Ferronickel output rose.", {"Ni"}),
        ("Rwanda exports coltan.", {"Nb", "Ta"}),
        ("镨钕价格", {"Pr", "Nd"}),
    ],
)
def test_elements_compounds_name_their_elements(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_elements_compound_spans_share_the_same_offsets(nlp):
    assert mentions(nlp, "NdPr oxide") == [("Nd", "NdPr oxide", 0, 10), ("Pr", "NdPr oxide", 0, 10)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Terbium prices doubled.", {"Tb"}),
        ("The Silverado sold well.", set()),
        ("A golden opportunity.", set()),
        ("Goldman Sachs said so.", set()),
        ("It was a gold rush.", set()),
        ("The gold standard of supply chains.", set()),
        ("Gold and silver rose; copper fell.", {"Au", "Ag", "Cu"}),
        ("Iron ore, steel and aluminium fell; lead too.", set()),
        ("Critical minerals are strategic.", set()),
        ("He lives in Tin Shui Wai.", set()),
        ("Tin prices rose.", {"Sn"}),
        ("He bought tinted glass.", set()),
    ],
)
def test_elements_whole_words_and_figures_of_speech(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("黄金价格上涨", {"Au"}),
        ("金矿投资", {"Au"}),
        ("资金流入，金属上涨", set()),
        ("白银和银矿", {"Ag"}),
        ("银行贷款", set()),
        ("铜价上涨，锡价下跌", {"Cu", "Sn"}),
        ("无锡的工厂在铜锣湾有店", set()),
        ("镝、铽、鏑、鋱", {"Dy", "Tb"}),
        ("镓锗锑出口管制", {"Ga", "Ge", "Sb"}),
        ("鋰鈷鎳鎢銅", {"Li", "Co", "Ni", "W", "Cu"}),
    ],
)
def test_elements_chinese_names(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Dy and Tb are added to magnets.", {"Dy", "Tb"}),
        ("Nd/Pr ratios changed.", {"Nd", "Pr"}),
        ("Dy oxide rose.", {"Dy"}),
        ("terbium (Tb) is scarce", {"Tb"}),
        ("Dy2O3 traded higher.", {"Dy"}),
        ("Li2CO3 fell.", {"Li"}),
        ("GaN chips.", {"Ga"}),
        ("In 2024, W. Smith and Li Qiang met in the U.S. and the UN.", set()),
        ("Dy said he would come.", set()),
        ("Co. Ltd. shares fell.", set()),
        ("U2 played.", set()),
        ("They signed a minerals MoU.", set()),
    ],
)
def test_elements_symbols_only_in_chemical_context(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "token,expected",
    [("Dy2O3", ("Dy",)), ("WO3", ("W",)), ("U3O8", ("U",)), ("US51", ()), ("CNN", ()), ("CO2", ()),
     ("USA", ()), ("NdFeB", ("Nd",)), ("MoU", ()), ("LiOH", ("Li",)), ("SmCo", ("Sm", "Co")),
     ("InSb", ("In", "Sb"))],
)
def test_elements_formula_codes(token, expected):
    table = frozenset({"Dy", "W", "U", "Nd", "Co", "Li", "Mo", "Sm", "In", "Sb"})
    assert formula_codes(token, table) == expected


def test_elements_every_repeat_is_listed_with_exact_offsets(nlp):
    text = "Gallium rose. 镓 fell. Gallium again."
    found = mentions(nlp, text)
    assert [m[0] for m in found] == ["Ga", "Ga", "Ga"]
    for _, surface, start, end in found:
        assert text[start:end] == surface


def test_elements_component_builds_its_matchers_once(nlp):
    component = nlp.get_pipe("orewatch_elements")
    assert isinstance(component, ElementMatcher)
    before = component.terms
    nlp("Cobalt rose.")
    assert component.terms is before
