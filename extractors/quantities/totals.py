"""A part "of the total" of a trade flow is that flow's figure: "China supplied 470 tonnes of the
total" after "India imported 540 tonnes" is India's imports (CONVENTIONS: a supplier's part of a
country's imports is the importer's figure), "Japan took 7.1 tonnes, or 37% of the total" after
"China shipped 19.4 tonnes" is China's exports. Only trade flows carry: a part of an output total
keeps its own reading ("China accounted for 68% of the total")."""

from __future__ import annotations

import re

TRADE = frozenset({"imports", "exports"})
_OF_TOTAL = re.compile(r"\s+of\s+(?:the|that|this|its|their)\s+(?:total|tonnage|volume|shipments|imports|exports)(?![a-z])")
SENTENCES_BACK = 2


def parts_of_a_total(drafts: list, low: str) -> None:
    """Give a figure followed by "of the total" (or "of the shipments" ...) the metric and country
    of the trade figure before it, in its sentence or up to two before (in place)."""
    for i, cur in enumerate(drafts):
        if not _OF_TOTAL.match(low, cur.end):
            continue
        prev = next((p for p in reversed(drafts[:i]) if cur.index - p.index <= SENTENCES_BACK and p.metric in TRADE), None)
        if prev is not None and prev.country is not None:
            cur.metric, cur.country = prev.metric, prev.country
            cur.element = cur.element or prev.element
