"""The words next to a name, as the role rules read them: the word before it (skipping
determiners such as "the", "its"), and whether a preposition of a set stands before it."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party

SKIPPABLE = frozenset({"the", "a", "an", "its", "their", "both", "all", "other", "fellow"})


def word_before(w: DocFacts, i: int, floor: int) -> str:
    """The lower-cased word before token i, past determiners; "" at `floor`."""
    j = i - 1
    while j >= floor and w.lower(j) in SKIPPABLE:
        j -= 1
    return w.lower(j) if j >= floor else ""


def prep_before(w: DocFacts, m: Party, preps: frozenset[str], floor: int) -> bool:
    """A preposition of `preps` right before the mention, across determiners and name-like
    modifiers only ("to the US", "by NYSE-listed MP Materials", not "to join the EU")."""
    j = m.start - 1
    for _ in range(5):
        if j < floor:
            return False
        text = w.token_text(j)
        lower = text.lower()
        if lower in preps:
            return True
        hyphenated = text == "-" or (j + 1 < w.n and w.token_text(j + 1) == "-")
        if not (lower in SKIPPABLE or hyphenated or text.istitle() or text.isupper()):
            return False
        j -= 1
    return False
