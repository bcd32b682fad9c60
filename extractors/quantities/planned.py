"""A plant's or mine's planned annual output is its size: an annual tonnage ("X tonnes a year",
"annually") that a sentence about a plant, mine or line gives as what it will, can, is designed,
due or expected to produce ("the plant is due to produce 3,500 tonnes a year", "plans a
concentrator able to ... produce roughly 9,500 tonnes", "will add 250,000 tonnes of concentrate a
year", "expect the plant to produce 6,000 tonnes a year") is `capacity`, not `production` (SPEC
§2: "stated capacity of a plant or project"). A country's own target ("Zambia aims to raise
output to 3 million tonnes a year") names no plant and stays production; so does what a plant
turned out ("the mine produced 240,000 tonnes a year before it closed")."""

from __future__ import annotations

import re

from orewatch.extractors._shared.word_classes import PLANT_NOUNS_PLANNED, alternation

# The figure's goods and then its rate: "6,000 tonnes of antimony metal and trioxide a year".
_ANNUAL_AFTER = re.compile(r"(?:\s+of(?:\s+[\w-]+){1,5}?)?\s*(?:a\s+year|per\s+year|a-year|annually|per\s+annum|/year)(?![a-z])")
# The plant, mine or line: word_classes.yaml `plant_nouns`, the parts events.yaml's facility rules
# read and planned.py's own `planned_output` ("kilns", "project", "operation", "complex").
_PLANT = re.compile(r"(?<![a-z])" + alternation(PLANT_NOUNS_PLANNED) + r"(?![a-z])")
# What is yet to come or what a plant can do, between the plant and the figure.
_PLANNED = re.compile(
    r"(?<![a-z])(?:will|would|could|can|should|may|might|shall|plans?|planned|planning|designed|due|expects?|expected|aims?|wants?|"
    r"is\s+to|are\s+to|able|once|target(?:s|ed)?|allowing|lift|raise|expand)(?![a-z])"
)
_WINDOW = 160


def planned_annual_output(ctx, fig) -> bool:
    """Whether the tonnage `fig` is a plant's planned or possible annual output (see above)."""
    base = ctx.start
    end = fig.end - base
    if not _ANNUAL_AFTER.match(ctx.low, end):
        return False
    lo = max(0, fig.start - base - _WINDOW)
    before = ctx.low[lo : fig.start - base]
    return bool(_PLANT.search(before) and _PLANNED.search(before))
