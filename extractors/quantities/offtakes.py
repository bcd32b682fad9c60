"""A tonnage a company agrees to buy, take or supply under a deal (an offtake) is a company's
purchase or sale: metric `other`, and no country's (fixtures/gold/README.md, "Company output,
sales and purchases"), unless a state stockpile buys it. Read from the words right before the
figure: a buying or supplying verb after a modal or "to" ("would buy up to", "agreed to
supply", "the right to purchase"), or an offtake or supply deal noun with "for" before the
figure ("an offtake agreement with a German maker for up to 40,000 tonnes")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orewatch.extractors.quantities.context import Sentence

# Cheap gate: one of the verb or deal stems somewhere in the sentence.
_GATE = re.compile(r"(?<![a-z])(?:buy|purchas|acquir|procur|tak|suppl|deliver|sell|offtake|off-take)")
_QUALIFIER = r"(?:(?:up\s+to|about|around|roughly|some|nearly|at\s+least|as\s+much\s+as|an\s+estimated|a\s+further)\s+)?"
# "would buy up to", "agreed to supply", "will also take", "the right to purchase" (not "capacity
# to supply", "able to supply", which size a plant, nor a past purchase: "bought 2,600 tonnes").
_VERB_BEFORE = re.compile(
    r"(?<![a-z])(?<!capacity\s)(?<!able\s)(?:to|will|would|shall|could|may|'ll)\s+(?:also\s+|jointly\s+|then\s+)?"
    r"(?:buy|purchase|acquire|procure|take|supply|deliver|sell)\s+" + _QUALIFIER + r"$"
)
# "an offtake agreement with a Japanese trading house for up to 7,500 tonnes", "a supply deal
# with a carmaker for 12,000 tonnes".
_DEAL_BEFORE = re.compile(
    r"(?<![a-z])(?:offtake|off-take|supply|purchase|sales?|purchasing)\s+(?:deal|agreement|contract|memorandum|accord|pact|arrangement)s?"
    r"(?![a-z])[^.;:]{0,90}?(?<![a-z])for\s+" + _QUALIFIER + r"$"
)
_REACH = 140


def offtake(ctx: Sentence, start: int, unit: str, change: bool) -> bool:
    """Whether the tonnage at `start` is what a deal has a company buy or supply."""
    if unit != "t" or change or not _GATE.search(ctx.low):
        return False
    clause_start = ctx.clause_bounds(start, start + 1)[0]
    lo = max(clause_start, start - _REACH) - ctx.start
    hi = start - ctx.start
    return bool(_VERB_BEFORE.search(ctx.low, max(0, hi - 40), hi) or _DEAL_BEFORE.search(ctx.low, max(0, lo), hi))


# The buyer named right before the verb is a state: "the Australian Government will buy", "the
# Defense Logistics Agency said it would buy", "the reserve will take".
_STATE_BUYER = re.compile(
    r"(?:(?<![a-z])(?:government|ministry|agency|department|administration|reserve|stockpile)|(?<![a-z])the\s+state)(?![a-z-])"
    r"(?!\s+(?:[a-z]+\s+)?(?:company|group|firm|miner|producer|utility|enterprise))[^.;:]{0,45}$"
)

# ... or the goods are bought for a state reserve: "for the state reserve of non-ferrous metals".
_FOR_RESERVE = re.compile(r"(?<![a-z])for\s+(?:the|a|its)\s+(?:[a-z-]+\s+){0,3}?(?:reserve|reserves|stockpile)(?![a-z])")


def for_a_stockpile(ctx: Sentence, start: int) -> bool:
    """Whether the purchase at `start` is a state's (its country owns it) rather than a company's."""
    if any(t[2] == "stockpile" for t in ctx.triggers):
        return True
    hi = start - ctx.start
    return bool(_STATE_BUYER.search(ctx.low, max(0, hi - 110), hi) or _FOR_RESERVE.search(ctx.low, hi))
