"""Who bears a measure does not take it: the subject of "face" or "be subject to", the origin
of goods and the subject of a passive order are the measure's targets ("Korea faces a 25%
tariff on its cars", "all US-origin goods will be subject to an additional tariff", "a Chinese
firm was ordered to divest"), and a market ("European prices", market_words.py). roles.py skips
them as actors."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.market_words import names_a_market

BEARING_VERBS = frozenset("face faces faced facing".split())
ORIGIN = "origin"
# The verb governs the trigger: only its object's modifiers stand between ("faces a high
# tariff rate", "will be subject to an additional 34% tariff").
VERB_REACH = 6
# The mention is the verb's subject: few words between ("China, for example, faces").
SUBJECT_REACH = 6
CLAUSE_STOPS = frozenset({";", ":", ".", "(", ")", "—", "–"})
# "X was ordered to sell": in the passive the one ordered is the subject (events.yaml orders).
ORDER_VERBS = frozenset("ordered instructed directed".split())
PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split())


def bears(w: DocFacts, m: Party, trigger_start: int) -> bool:
    """True when the mention bears the measure whose trigger starts at `trigger_start`."""
    if _origin_of_goods(w, m) or _passive_order(w, trigger_start) or names_a_market(w, m):
        return True
    for v in range(max(m.end, trigger_start - VERB_REACH), trigger_start):
        if not _bearing_verb(w, v):
            continue
        between = [w.lower(k) for k in range(v, trigger_start)]
        before = [w.lower(k) for k in range(m.end, v)]
        if "," not in between and not CLAUSE_STOPS.intersection(between + before) and len(before) <= SUBJECT_REACH:
            return True
    return False


def _bearing_verb(w: DocFacts, i: int) -> bool:
    word = w.lower(i)
    if word == "face" and i > 0 and w.lower(i - 1) == "the":
        return False  # "in the face of": a noun
    return word in BEARING_VERBS or (word == "subject" and i + 1 < w.n and w.lower(i + 1) == "to")


def _origin_of_goods(w: DocFacts, m: Party) -> bool:
    """"US-origin goods", "Chinese-origin materials": where the goods come from."""
    j = m.end
    return j + 1 < w.n and w.token_text(j) == "-" and w.lower(j + 1) == ORIGIN


def _passive_order(w: DocFacts, trigger_start: int) -> bool:
    """"Zangge Mining was ordered to divest": the trigger is an order in the passive."""
    return (
        trigger_start > 0 and w.lower(trigger_start) in ORDER_VERBS
        and w.lower(trigger_start - 1) in PASSIVE_AUXILIARIES
    )  # fmt: skip
