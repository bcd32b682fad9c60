"""A foreign investor is not the author of its host's measure (issue 10): in "Chinese miners in
Zimbabwe must now comply with a ban on raw lithium exports" the ban is Zimbabwe's. A country
word that qualifies companies or investors ("Chinese firms", "Chinese-owned smelters") does
not own a restriction, quota or tariff; the host where they operate ("in Zimbabwe") does.
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.nearby import word_before

INVESTOR_WORDS = frozenset(
    "firm firms company companies miner miners investor investors smelter smelters group groups "
    "giant giants owned backed funded".split()
)
# the second character of a Chinese compound that makes a country word a company's (中资, 美資, 中企)
FUNDED = frozenset("资資企")
NOUN_REACH = 2  # tokens after the country word ("Chinese stainless steel firms" is out of reach)


def names_investors(w: DocFacts, m: Party) -> bool:
    """The country word qualifies companies or investors: "Chinese firms", "Chinese-owned",
    or in Chinese a country-funded compound (中资, 美资企业, 日資, 中企: round 10)."""
    if m.end < w.n and w.lower(m.end) in FUNDED:
        return True
    for j in range(m.end, min(w.n, m.end + NOUN_REACH)):
        word = w.lower(j)
        if word in INVESTOR_WORDS:
            return True
        if word != "-":
            return False
    return False


def without_investors(w: DocFacts, pool: list[Party], mentions: list[Party], before: int, floor: int) -> tuple[list[Party], str | None]:
    """The pool of possible actors of a state measure without countries that only qualify
    investors, and, when only such countries were in it, the host named with "in" before
    token `before` ("Chinese miners in Zimbabwe ... a ban")."""
    kept = [m for m in pool if not names_investors(w, m)]
    if kept or not pool:
        return kept, None
    # Only investors in the clause: the host is named with "in" before them, or is the subject
    # of the sentence ("Indonesia, where Chinese companies built smelters, banned ...").
    earlier = [m for m in mentions if floor <= m.start and m.end <= before and not names_investors(w, m)]
    # In Chinese the state before a funded compound is the sentence's subject whatever precedes
    # it ("印尼能源部宣布，将一家美资企业的出口许可延长…": Indonesia's).
    funded = all(m.end < w.n and w.lower(m.end) in FUNDED for m in pool)
    hosts = [m for m in earlier if funded or word_before(w, m.start, floor) in ("in", "")]
    return kept, hosts[-1].code if hosts else None
