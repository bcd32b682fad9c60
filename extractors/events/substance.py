"""What an event word is about.

What an investment word is about. An abstract investment noun ("investment", "financing",
"投资") names an investment only when its sentence says what the money is or what it goes
into: an amount of money, an element, a company, or a mine, plant or project. Otherwise it
is talk about investment in general, not an event (SPEC §2: funding "for mining or
processing"):

    "Both countries agreed to deepen ties in trade, investment and energy."      -> none
    "The measures complement the domestic investments made under the last government." -> none
    "Japan's investment of $200 million in the project was approved."           -> an event

What an expansion is of: a plant or output of energy (electricity, hydrogen, power) is not
on the minerals' supply chain, whatever verb grows it:

    "The order seeks to double electricity production by 2030."                -> none
    "Chile will expand green hydrogen production capacities."                  -> none
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind
from orewatch.extractors.events.triggers import Trigger
from orewatch.records import Mention

# The nouns that name investment in general; verbs ("invested in") and instruments (a stake,
# a loan, an acquisition) name one act and are left alone.
ABSTRACT_INVESTMENT = frozenset("investment investments financing funding 投资 投資".split())
# An award is an investment only of money: "awarded $20 million to a graphite maker", not "the
# concession awarded to a subsidiary" (a title granted, an other_policy act of its own); so is
# a commitment or a pledge ("committed A$500 million to a refinery", not "committed to talks").
MONEY_ONLY = frozenset("awarded awards grant grants".split())  # and "$25 million in grants"
# A commitment's money is its object, after it: "committed A$500 million to a refinery"; money
# before it is a deal's ("$1 billion in joint investment ... committed over six months").
COMMITMENTS = frozenset(
    "committed commits pledged pledges earmarked earmarks earmark secured secures".split()
) | {"set aside", "sets aside"}  # "set aside Rs 2,000 crore to develop a corridor", not "set aside concerns"
# What money goes into, when no element or amount says it: "investment in the new refinery".
OBJECTS = frozenset(
    "mine mines mining plant plants refinery refineries refining smelter smelters smelting facility facilities "
    "factory factories project projects deposit deposits company companies firm firms miner miners "
    "producer producers processing venture".split()
)
CJK_OBJECTS = ("矿", "礦", "厂", "廠", "项目", "項目", "公司", "企业", "企業", "冶炼", "冶煉", "基地")


def abstract_investment(
    w: DocFacts, trigger: Trigger, seg: tuple[int, int], elements: tuple[str, ...], money: tuple[tuple[int, int], ...],
    parties: list[Party],
) -> bool:
    """True when the trigger is an abstract investment noun and its segment (token range `seg`)
    names no element, no amount of money (`money`: character spans of the Doc's currency
    figures), no company and no facility or project."""
    if trigger.type != "investment":
        return False
    word = w.span_text(trigger.start, trigger.end).lower()
    if word in COMMITMENTS:
        return not any(w.ends[trigger.end - 1] <= start and end <= w.ends[seg[1] - 1] for start, end in money)
    if trigger.end - trigger.start != 1 and not _cjk_word(w, trigger):
        return False
    if word in MONEY_ONLY:
        return not any(w.starts[seg[0]] <= start and end <= w.ends[seg[1] - 1] for start, end in money)
    if word not in ABSTRACT_INVESTMENT:
        return False
    first, last = w.starts[seg[0]], w.ends[seg[1] - 1]
    if any(first <= start and end <= last for start, end in money):
        return False
    if word == "investments" and not any(w.lower(i) in OBJECTS for i in range(trigger.end, min(seg[1], trigger.end + 4))):
        return True  # plural, no sum, nothing it goes into: "continues to pursue global mining investments"
    if elements or any(p.kind in (NameKind.COMPANY, NameKind.SEATED) for p in parties):
        return False
    text = w.text[first:last]
    return not any(w.lower(i) in OBJECTS for i in range(*seg)) and not any(word in text for word in CJK_OBJECTS)


# Energy carriers: their plants and output are not the minerals' (SPEC §2 capacity_expansion).
ENERGY_PRODUCTS = frozenset(
    "electricity power hydrogen energy solar wind coal oil ammonia renewable renewables 电力 電力 氢能 氫能 煤炭".split()
)


def energy_expansion(w: DocFacts, trigger: Trigger, elements: list[Mention]) -> bool:
    """True when an expansion's own words (from its verb to its noun) name an energy product
    and no element ("expand lithium and hydrogen output" stays)."""
    if trigger.type != "capacity_expansion":
        return False
    if not any(w.lower(i) in ENERGY_PRODUCTS for i in range(trigger.start, trigger.end)):
        return False
    first, last = w.starts[trigger.start], w.ends[trigger.end - 1]
    return not any(first <= m.start and m.end <= last for m in elements)


def _cjk_word(w: DocFacts, trigger: Trigger) -> bool:
    """Chinese words are one token a character: "投资" spans two tokens."""
    return w.span_text(trigger.start, trigger.end) in ABSTRACT_INVESTMENT
