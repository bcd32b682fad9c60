"""A tonnage a company agrees to buy, take or supply under a deal (an offtake) is a company's
purchase or sale: metric `other`, and no country's (fixtures/gold/README.md, "Company output,
sales and purchases"), unless a state stockpile buys it. Read from the words right before the
figure: a buying or supplying verb after a modal or "to" ("would buy up to", "agreed to
supply", "the right to purchase"), or an offtake or supply deal noun with "for" before the
figure ("an offtake agreement with a German maker for up to 40,000 tonnes")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from orewatch.extractors.quantities.stockpiles import names_a_stockpile

if TYPE_CHECKING:
    from orewatch.extractors.quantities.context import Sentence

# Cheap gate: one of the verb or deal stems somewhere in the sentence.
_GATE = re.compile(
    r"(?<![a-z])(?:buy|purchas|acquir|procur|tak|suppl|deliver|sell|offtake|off-take|letters?\s+of\s+intent|memorand|mou|term\s+sheet|heads\s+of)"
    r"|供应|供應|供货|供貨|包销|包銷|承购|承購|采购|採購|购买|購買"
)
_QUALIFIER = r"(?:(?:up\s+to|about|around|roughly|some|nearly|at\s+least|as\s+much\s+as|an\s+estimated|a\s+further)\s+)?"
# "would buy up to", "agreed to supply", "will also take", "the right to purchase" (not "capacity
# to supply", "able to supply", which size a plant, nor a past purchase: "bought 2,600 tonnes").
_VERB_BEFORE = re.compile(
    r"(?<![a-z])(?<!capacity\s)(?<!able\s)(?:to|will|would|shall|could|may|'ll)\s+(?:also\s+|jointly\s+|then\s+)?"
    r"(?:buy|purchase|acquire|procure|take|supply|deliver|sell)\s+" + _QUALIFIER + r"$"
)
# "an offtake agreement with a Japanese trading house for up to 7,500 tonnes", "a supply deal
# with a carmaker for 12,000 tonnes".
# The deal noun may stand alone ("a five-year offtake with X for"), or be a letter of intent or
# memorandum of understanding ("signed a letter of intent with a carmaker for up to ...").
_DEAL_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:offtake|off-take)(?:\s+(?:deal|agreement|contract|memorandum|accord|pact|arrangement)s?)?"
    r"|(?:supply|purchase|sales?|purchasing)\s+(?:deal|agreement|contract|memorandum|accord|pact|arrangement)s?"
    r"|letters?\s+of\s+intent|memorand(?:um|a)\s+of\s+understanding|mous?|term\s+sheets?|heads\s+of\s+agreement)"
    r"(?![a-z])[^.;:]{0,90}?(?<![a-z])for\s+" + _QUALIFIER + r"$"
)
# Chinese: a promise or plan to supply or buy, right before the figure in its clause ("约定…每年向其
# 供应锂辉石精矿不少于6万吨", "计划每年供货约1.5万吨"); not a supply noun (供应量, 供应端, 供应能力).
_ZH_BEFORE = re.compile(
    r"(?:约定|約定|计划|計劃|将|將|同意|承诺|承諾|协议|協議|拟|擬)[^，。；,;:：]{0,30}?"
    r"(?:供应|供應|供货|供貨|包销|包銷|承购|承購|采购|採購|购买|購買)"
    r"(?!量|能力|端|链|鏈|商|缺口|紧|緊|偏|过剩|過剩|侧|側|短缺)[^，。；,;:：\d]{0,24}$"
)
_REACH = 140


def _window(ctx: Sentence, start: int) -> tuple[int, int]:
    """Where a deal may name the tonnage at `start`: back to its clause's start, at most _REACH
    characters (offsets in the sentence's text)."""
    clause_start = ctx.clause_bounds(start, start + 1)[0]
    return max(0, max(clause_start, start - _REACH) - ctx.start), start - ctx.start


# The buyer named right before the verb is a state: "the Australian Government will buy", "the
# Defense Logistics Agency said it would buy", "the reserve will take".
_STATE_BUYER = re.compile(
    r"(?:(?<![a-z])(?:government|ministry|agency|department|administration|reserve|stockpile)|(?<![a-z])the\s+state)(?![a-z-])"
    r"(?!\s+(?:[a-z]+\s+)?(?:company|group|firm|miner|producer|utility|enterprise))[^.;:]{0,45}$"
)

# ... or the goods are bought for a state reserve: "for the state reserve of non-ferrous metals".
_FOR_RESERVE = re.compile(r"(?<![a-z])for\s+(?:the|a|its)\s+(?:[a-z-]+\s+){0,3}?(?:reserve|reserves|stockpile)(?![a-z])")


def _for_a_stockpile(ctx: Sentence, start: int) -> bool:
    """Whether the purchase at `start` is a state's (its country owns it) rather than a company's."""
    if names_a_stockpile(ctx, ctx.start, ctx.end):
        return True
    hi = start - ctx.start
    return bool(_STATE_BUYER.search(ctx.low, max(0, hi - 110), hi) or _FOR_RESERVE.search(ctx.low, hi))


# Who buys or sells a tonnage under a deal (offtake_verdict): decided once, in attribution, and
# carried on the figure's record to linking.
COMPANY = "company"  # a company's purchase or sale: no country's
STATE = "state"  # a state stockpile's purchase: the state's


def offtake_verdict(ctx: Sentence, start: int, unit: str, change: bool, metric: str) -> str | None:
    """COMPANY or STATE when the tonnage at `start` (read as `metric`) is what a deal has someone
    buy or supply, else None. A deal noun naming the tonnage as what it is for ("an offtake with a
    Korean maker for up to 20,000 tonnes") wins over a capacity word; a buying verb or a Chinese
    supply promise does not ("capacity to supply")."""
    if unit != "t" or change or not _GATE.search(ctx.low):
        return None
    lo, hi = _window(ctx, start)
    if not _DEAL_BEFORE.search(ctx.low, lo, hi) and (
            metric == "capacity" or not (_VERB_BEFORE.search(ctx.low, max(0, hi - 40), hi) or _ZH_BEFORE.search(ctx.low, lo, hi))):
        return None
    return STATE if _for_a_stockpile(ctx, start) else COMPANY
