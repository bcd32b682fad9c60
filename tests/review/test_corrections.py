"""Correction forms read into SPEC values; anything outside the vocabularies is refused."""

from __future__ import annotations

import re

import pytest

from orewatch import vocabulary
from orewatch.review.corrections import CorrectionError, read_correction

FORM = {"type": ["export_restriction"], "subtype": ["ban"], "actor": ["CHN"], "partners": ["USA", "EU", "USA"],
        "elements": ["Ga", "Ge"], "year": ["2025"], "month": ["7"], "day": ["3"], "date_precision": ["day"]}


def test_corrections_read_every_field_from_the_pickers():
    assert read_correction(FORM) == {
        "type": "export_restriction", "subtype": "ban", "actor": "CHN", "partners": ["USA", "EU"],
        "elements": ["Ga", "Ge"], "event_date": "2025-07-03", "date_precision": "day"}
    month_only = read_correction({**FORM, "day": [""], "date_precision": ["quarter"], "subtype": [""], "actor": [""]})
    assert (month_only["event_date"], month_only["subtype"], month_only["actor"]) == ("2025-07", None, None)


@pytest.mark.parametrize("change, message", [
    ({"type": ["embargo"]}, "type: unknown event type 'embargo'"),
    ({"type": ["tariff"]}, "subtype: 'ban' is not a subtype of tariff"),
    ({"actor": ["China"]}, "actor: unknown code 'China'"),
    ({"partners": ["CHN"]}, "partners: the actor CHN cannot be its own partner"),
    ({"elements": ["Fe"]}, "elements: unknown code 'Fe'"),
    ({"month": ["2"], "day": ["30"]}, "date: 2025-2-30 is not a day of the calendar"),
    ({"year": [""]}, "date: pick a year first"),
    ({"date_precision": ["month"]}, "date precision: month does not fit the date 2025-07-03"),
    ({"date_precision": ["soon"]}, "date precision: unknown precision 'soon'"),
])
def test_corrections_refuse_values_outside_the_vocabularies(change, message):
    with pytest.raises(CorrectionError) as error:
        read_correction({**FORM, **change})
    assert str(error.value) == message


def test_vocabulary_matches_the_spec_tables(shared_dir):
    spec = (shared_dir / "SPEC.md").read_text(encoding="utf-8")
    elements_table = spec[spec.index("### Elements and groups"):spec.index("### Quantities")]
    codes = set()
    for row in elements_table.splitlines():
        cells = [c.strip() for c in row.split("|")]
        for cell in (cells[1:2] + cells[5:6]) if len(cells) > 5 else []:
            codes.update(c.strip() for c in cell.split("/") if re.fullmatch(r"[A-Za-z]+", c.strip()))
    codes -= {"code"}
    assert codes == set(vocabulary.ELEMENTS)
    events_table = spec[spec.index("### Policy events"):spec.index("An event has:")]
    assert set(re.findall(r"^\| `(\w+)` \|", events_table, re.M)) == set(vocabulary.EVENT_TYPES)
    assert "(`subtype`: `control`, `licence`, `ban`, `quota`)" in events_table
    assert set(vocabulary.SUBTYPES["export_restriction"]) == {"control", "licence", "ban", "quota"}
    for bloc in vocabulary.BLOCS:
        assert f"`{bloc}`" in spec
    assert all(len(code) == 3 and code.isupper() for code in vocabulary.countries())
