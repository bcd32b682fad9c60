"""The counterparty of a supply deal named after its purpose verb: "signed a five-year agreement
to buy up to 400,000 tonnes of ore from a South African miner", "a deal to supply lithium
carbonate to a South Korean battery maker", "a memorandum to sell vanadium to an Indian
steelmaker". The deal noun is followed by "to" + a verb of buying (then "from" names the seller)
or of selling (then "to" names the buyer); the party is a party of the agreement (partners.py)."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts

BUYING = frozenset("buy purchase import source procure take acquire".split())
SELLING = frozenset("supply sell deliver ship export provide".split())
REACH = 30  # tokens from the deal word to its counterparty
PURPOSE_REACH = 12  # tokens from the deal word to its "to <verb>"
STOPS = frozenset({";", ".", "；", "。"})
# A partner is no deal with a purpose: "built with a Vietnamese partner, ... to ship oxides to Japan".
NOT_DEALS = frozenset({"partner", "partners", "partnership", "partnerships"})


def counterparty(w: DocFacts, start: int, trigger_end: int) -> bool:
    """The name at token `start` is a deal's counterparty: "from" after "to buy", or "to" after
    "to supply", in the same sentence part, within REACH tokens of the deal word."""
    if start - trigger_end > REACH or start < 1 or w.lower(trigger_end - 1) in NOT_DEALS:
        return False
    prep = w.lower(start - 1)
    if prep not in ("from", "to") and not (start >= 2 and w.lower(start - 2) in ("from", "to") and w.lower(start - 1) in ("a", "an", "the")):
        return False
    prep = prep if prep in ("from", "to") else w.lower(start - 2)
    verbs = BUYING if prep == "from" else SELLING
    if any(w.token_text(k) in STOPS for k in range(trigger_end, start)):
        return False
    last = min(start - 1, trigger_end + PURPOSE_REACH)
    return any(w.lower(k) == "to" and w.lower(k + 1) in verbs for k in range(trigger_end, last))


# An agreeing verb reaches its "with" across its deal noun phrase ("signed a $1.6 billion
# investment agreement with a French group"; round 10); a deal noun only across a few words.
VERB_WITH_REACH, NOUN_WITH_REACH = 12, 4


def with_named_party(w: DocFacts, trigger_end: int, party_start: int, verb: bool = False) -> bool:
    """A deal noun (not a partner) or an agreeing verb whose party follows "with" ("signed an offtake
    memorandum with a German anode maker"): the one party named; its subject, an anaphor, is the other."""
    reach = VERB_WITH_REACH if verb else NOUN_WITH_REACH
    if w.lower(trigger_end - 1) in NOT_DEALS or not 0 <= party_start - trigger_end <= reach:
        return False
    if verb and any(w.token_text(k) in STOPS or w.token_text(k) == "," for k in range(trigger_end, party_start)):
        return False
    return "with" in (w.lower(party_start - 1), w.lower(max(0, party_start - 2)))
