"""Minerals and products named without their element ("spodumene concentrate", "monazite",
"ammonium paratungstate"): no element mention (SPEC §2 lists element names), but a figure
about one is that element's figure (gold conventions: spodumene figures are lithium's).
Quantity attribution reads them as mentions of their element (quantity_context.yaml
`materials`); nothing else does."""

from __future__ import annotations

from orewatch.extractors.quantities.lexicon import get_lexicon
from orewatch.records import Mention


def with_materials(scan, elements: tuple[Mention, ...], lo: int, hi: int) -> tuple[Mention, ...]:
    """The sentence text[lo:hi]'s element mentions and, as mentions of their element, the
    materials it names that no element mention covers, in text order."""
    found = scan.phrases(get_lexicon().material_phrases, lo, hi)
    if not found:
        return elements
    field = elements[0].field if elements else "text"
    extra = [
        Mention(code=code, text=scan.text[s:e], field=field, start=s, end=e)
        for s, e, code in found
        if not any(m.start < e and s < m.end for m in elements)
    ]
    return tuple(sorted((*elements, *extra), key=lambda m: (m.start, m.end)))
