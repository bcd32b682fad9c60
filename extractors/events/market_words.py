"""A country or bloc word that names a market, not a government: "European prices rose as
licence applications piled up in China", "Japanese buyers", "Chinese domestic prices",
"Indian importers". The market feels a measure; it does not take it (bearers.py skips it as
an actor). The seat of a measure: "a backlog of export licence applications in China" is
China's licence regime (`seat`). A measure word before a price noun ("quota prices") names
no measure (trigger_filters.stands)."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party

MARKET_NOUNS = frozenset(
    "price prices pricing market markets buyer buyers consumer consumers trader traders importer importers "
    "customer customers demand spot premium premiums inventories stocks end-users".split()
)
# After a measure word they make it a market's word: "quota prices", "licence premiums".
PRICED_NOUNS = frozenset("price prices pricing premium premiums spot".split())
# One word may stand between: "European spot prices", "Chinese domestic buyers".
_MODIFIER_GAP = 1
SEAT_REACH = 3  # words between a restriction's trigger and "in <country>": "export licence applications in China"


def names_a_market(w: DocFacts, m: Party) -> bool:
    """Whether the words right after the mention make it a market ("European prices")."""
    for k in range(m.end, min(w.n, m.end + _MODIFIER_GAP + 1)):
        if w.lower(k) in MARKET_NOUNS:
            return True
        if not w.lower(k).isalpha():
            return False
    return False


def seat(w: DocFacts, trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """The country a restriction is in, named right after its trigger ("export licence
    applications in China"), when nothing else names who took it."""
    for i in range(trigger.end, min(seg[1], trigger.end + SEAT_REACH + 1)):
        if not w.lower(i).isalpha():
            return None
        if w.lower(i) == "in":
            found = [m for m in mentions if m.start in (i + 1, i + 2)]  # "in China", "in the Congo"
            if not found or (found[0].start != i + 1 and w.lower(i + 1) != "the"):
                return None
            return found[0].code
    return None
