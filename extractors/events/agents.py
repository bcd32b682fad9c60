"""Who the words after a trigger name as its agent: the agent of a passive ("controls imposed
by Beijing"), the one the money comes from ("a loan from the Export-Import Bank") and the one
who said it ("…, China's commerce ministry said"). roles.py weighs them against the names
before the trigger."""

from __future__ import annotations

from bisect import bisect_left

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party, RoleWords
from orewatch.extractors.events.nearby import SKIPPABLE
from orewatch.extractors.events.trigger_filters import PUNCT_STOPS
from orewatch.extractors.events.triggers import Trigger

PASSIVE_WINDOW = 6
NEW_NOUN_PHRASE = frozenset({"a", "an"})
# "the licences held by a Canadian explorer": who holds or runs the thing acted on, not who acts.
HOLDER_PARTICIPLES = frozenset("held owned operated run controlled majority-owned".split())
_ENDS_PASSIVE_SEARCH = NEW_NOUN_PHRASE | HOLDER_PARTICIPLES
FUNDER_WINDOW = 10  # tokens after an investment word in which "from X" names who pays


def funder(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """Who the money comes from: "a loan of up to $1.6 billion from the Export-Import Bank",
    "£35 million from the National Wealth Fund" (the recipient is named before)."""
    for i in range(trigger.end, min(seg[1], trigger.end + FUNDER_WINDOW)):
        text = w.token_text(i)
        if text in PUNCT_STOPS and not (text == "-" and not w.space_after(i)):  # "$120-million"
            return None
        if w.lower(i) == "from":
            for m in mentions:
                if i < m.start <= i + 3 and all(w.lower(k) in SKIPPABLE for k in range(i + 1, m.start)):
                    return m.code
            return None
    return None

def passive_agent(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
    """"controls imposed by Beijing"; a new noun phrase before "by" ("to nationalise a mine
    operated by a French firm") or a holder ("licences held by ...") has its own agent,
    not the trigger's."""
    for i in range(trigger.end, min(seg[1], trigger.end + PASSIVE_WINDOW)):
        text = w.token_text(i)
        word = text.lower()
        if (text in PUNCT_STOPS and text != "(") or word in _ENDS_PASSIVE_SEARCH:
            return None
        if word == "by":
            for m in mentions:
                if i < m.start <= i + 4:
                    return m.code
            return None
    return None

def speaker(
    w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party], words: RoleWords
) -> str | None:
    """"..., China's commerce ministry said" / "according to the Pentagon"."""
    reporting = words.reporting
    for i in reporting[bisect_left(reporting, trigger.end) : bisect_left(reporting, seg[1])]:
        word = w.lower(i)
        if word == "according":
            after = [m for m in mentions if i < m.start <= i + 5]
            return after[0].code if after else None
        near = [m for m in mentions if trigger.end <= m.start and m.end <= i and i - m.end <= 4]
        if near:
            return max(near, key=lambda m: m.end).code
    return None
