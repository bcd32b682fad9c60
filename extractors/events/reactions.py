"""The English counterpart of cjk_roles.reacted_to: a sentence that opens with a reaction to a
country's act and then names a measure again with a definite article tells of that country's
measure, whoever reacts in its main clause:

    "Reacting to Beijing's announcement, Japan's industry ministry said it would monitor the
    impact of the gallium export curbs."                                   -> China's curbs
    "In response to China's curbs, Japan imposed export controls on ..."   -> Japan's own
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind
from orewatch.extractors.events.nearby import named_again
from orewatch.extractors.events.triggers import MEASURE_TYPES, Trigger

# Openers of a reaction, as the words that begin the sentence.
REACTION_OPENERS = (("reacting", "to"), ("responding", "to"), ("in", "response", "to"), ("in", "reaction", "to"))
OPENER_QUOTES = frozenset({'"', "“", "'", "‘"})
_FIRST_WORDS = frozenset(o[0] for o in REACTION_OPENERS)


def reacted_owner(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """The country named in a sentence-opening reaction ("Reacting to Beijing's move, ...")
    when the trigger, after that opener's comma, names a measure again ("the ... curbs")."""
    if trigger.type not in MEASURE_TYPES:
        return None
    start = seg[0]
    while start < seg[1] and w.token_text(start) in OPENER_QUOTES:
        start += 1
    if start >= seg[1] or w.lower(start) not in _FIRST_WORDS:
        return None
    opener = next((o for o in REACTION_OPENERS if _opens(w, start, seg[1], o)), None)
    if opener is None:
        return None
    comma = next((j for j in range(start + len(opener), trigger.start) if w.token_text(j) == ","), None)
    if comma is None or not named_again(w, trigger.start, trigger.end, comma + 1):
        return None
    named = [m for m in mentions if start < m.start and m.end <= comma and m.kind == NameKind.COUNTRY]
    return named[0].code if named else None


def _opens(w: DocFacts, start: int, end: int, words: tuple[str, ...]) -> bool:
    return start + len(words) <= end and all(w.lower(start + k) == word for k, word in enumerate(words))
