"""What a figure's own phrase says it measures, read from the words right around it: the noun
phrase after a share ("of global demand"), the verb before it ("supplies"), the noun it
modifies ("a 100% import duty", "的关税"), a stake noun, the price word of a change; and the
metric trigger nearest it. attribution.py decides with these."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from orewatch.extractors.quantities.roles import Role, mention_roles

if TYPE_CHECKING:
    from orewatch.extractors.quantities.attribution import Figure
    from orewatch.extractors.quantities.context import Sentence

# The noun phrase after a share: it ends at a clause mark or where a new predicate starts
# ("90% of the world's rare earths and has expanded export curbs", "..., which").
OF_PHRASE = re.compile(
    r"\s*(?:of|in)\s+((?:(?!\s(?:and|but|while|which|who|that)\s+(?:has|have|had|is|are|was|were|will|would|also|now|then|still)\b)"
    r"[^,;:，；：]){0,60})",
    re.IGNORECASE,
)
# A share of a market is a share of what the market consumes ("34% of the EU market").
MARKET = re.compile(r"(?<![a-z])market(?![a-z])|市场|市場")
# A share of a market or of demand that the clause's subject supplies is its share of the
# supply (production): the verb right before the share says so.
USE_METRICS = frozenset({"consumption", "demand"})
SUPPLIER = re.compile(
    r"(?<![a-z])(?:suppl(?:y|ies|ied|ying)|controls?|controlled|controlling|holds?|held|commands?|meets?|meeting)\s+$"
)


# Between a percentage and the price word of the noun phrase it heads: "a 92 percent rise
# in cobalt prices", "a 12% price rise".
_PRICE_PHRASE = re.compile(r"\s*(?:(?:[a-z-]+\s+)?(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3})?")


def prices_share(ctx: Sentence, fig: Figure, trigger: tuple[int, int, str]) -> bool:
    """Whether a price word can be what a percentage measures: before it in its sentence, or
    in the noun phrase it heads ("cut the royalty rate to 5 percent after prices fell" is no
    price's change)."""
    t_start, t_end, _ = trigger
    if t_end <= fig.start:
        return True
    return t_start >= fig.end and bool(_PRICE_PHRASE.fullmatch(ctx.low, fig.end - ctx.start, t_start - ctx.start))


def nearest(pool, allowed: set[str], start: int, end: int) -> str | None:
    """The metric of the trigger nearest the number [start, end); a trigger before it governs
    more often than one after it, so those count a little nearer."""
    best = None
    for t_start, t_end, m in pool:
        if m not in allowed or (t_start < end and t_end > start):
            continue
        distance = start - t_end if t_end <= start else (t_start - end) * 1.5 + 0.5
        if best is None or distance < best[0]:
            best = (distance, m)
    return None if best is None else best[1]


# A percentage whose own noun is a stake: "a 49% interest", "10% acquisition of", "stakes as
# high as 35% in mining projects", "各占40%、30%、30%股权" (the noun after a list of shares
# is each one's).
_STAKE_AFTER = re.compile(
    r"(?:\s*(?:,|、|and|和|及)\s*(?:\d[\d.]*\s*(?:%|percent|per cent)))*"
    r"(?:\s+(?:[a-z-]+\s+)?(?:stakes?|equity|interests?(?!\s+rates?)|ownership|holdings?|acquisition)(?![a-z])|的?(?:股权|股權|股份|权益|權益))"
)
_STAKE_BEFORE = re.compile(r"(?<![a-z])stakes?\s+(?:of\s+)?$")


# Round 9: a stake raised to a share ("the state's free stake in new mines to 10%", "its holding
# in the project rises to 30%"), or a further share bought ("an option to buy a further 20%").
_STAKE_RAISED = re.compile(
    r"(?<![a-z])(?:stakes?|holdings?|equity)\s+(?:[\w'’-]+\s+){0,5}?(?:to|at)\s+(?:about\s+|around\s+|up\s+to\s+)?$"
    r"|(?<![a-z])(?:buy|acquire|purchase|take|bought|acquired|purchased|took)\s+(?:a\s+further|another|an\s+additional|an\s+extra)\s+$"
)


def names_a_stake(ctx, fig) -> bool:
    if _STAKE_AFTER.match(ctx.low, fig.end - ctx.start):
        return True
    start = fig.start - ctx.start
    return bool(_STAKE_BEFORE.search(ctx.low, max(0, start - 12), start) or _STAKE_RAISED.search(ctx.low, max(0, start - 70), start))


# The noun a figure modifies names what it measures: "a 100% import duty" (the last word of
# the compound), "15%至25%不等的关税", "全球90%以上的稀土出口" (the noun after 的).
_COMPOUND_GAP = re.compile(r"[ \t-]?")
_CJK_MODIFIES = re.compile(r"(?:不等|左右|以上|以下)?的[\u4e00-\u9fff]{0,4}?")


def head_noun(ctx, fig, clause: list[tuple[int, int, str]]) -> str | None:
    """The metric of the noun right after the figure that it modifies, else None."""
    after = sorted(t for t in clause if t[0] >= fig.end)
    if not after:
        return None
    if ctx.cjk and _CJK_MODIFIES.fullmatch(ctx.low, fig.end - ctx.start, after[0][0] - ctx.start):
        return after[0][2]
    if not _COMPOUND_GAP.fullmatch(ctx.low, fig.end - ctx.start, after[0][0] - ctx.start):
        return None
    return compound_head(ctx, after)


def compound_head(ctx, triggers: list[tuple[int, int, str]]) -> str:
    """The metric of the last word of the compound the first of `triggers` (sorted) starts:
    "import duty" is a duty, "separation capacity" a capacity; a participle keeps its own
    ("refined output" is refining)."""
    head = triggers[0]
    for t in triggers[1:]:
        if ctx.low.endswith("ed", 0, head[1] - ctx.start) or not _COMPOUND_GAP.fullmatch(ctx.low, head[1] - ctx.start, t[0] - ctx.start):
            break
        head = t
    return head[2]


# A tonnage that sizes a plant is its capacity: "a 10,000 metric ton magnet facility", "具备年产
# 600吨的规模" (a scale), "以年产量2000吨为下限" (a size threshold for plants).
_PLANT_AFTER = re.compile(
    r"(?:\s*-\s*|\s+)(?:(?!(?:to|from|at|in|into|of|for|by|with|the|a|an|its|their|this|that)\s)[a-z-]+\s+){0,2}"
    r"(?:facility|plant|refinery|factory|smelter|line|complex)(?![a-z])"
    r"|(?:的)?规模|(?:的)?規模|为下限|為下限"
)


# What a plant can do or is made to do: "capacity to produce 50,000 tonnes", "designed to handle
# 5,000 tonnes", "expand its heavy rare earth line to 1,500 tonnes", "double the line to 20,000 tonnes".
_SIZED_BEFORE = re.compile(
    r"(?<![a-z])(?:capacity|designed|built|able)\s+to\s+(?:produce|process|refine|treat|handle|make|separate|smelt|supply)\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+)?$"
    r"|(?<![a-z])(?:expand|double|lift|raise|increase)(?:s|d|ed|ing)?\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:line|lines|plant|refinery|smelter|facility|capacity|capacities|throughput)(?:\s+(?:in|at|near)(?:\s+[\w-]+){1,3}?)?\s+to\s+(?:about\s+|around\s+)?$"
    # Round 9: a phase or line's size, a plant "for" a tonnage ("a first phase of 2,000 tonnes",
    # "a separation plant for 2,000 tonnes a year").
    r"|(?<![a-z])(?:first|second|third|initial|new|planned)\s+(?:phase|stage|line|train|module)\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?$"
    r"|(?<![a-z])(?:plant|refinery|smelter|facility|factory|concentrator)\s+for\s+(?:about\s+|around\s+|up\s+to\s+)?$"
)

# Chinese: an annual tonnage before a plant or project noun ("建设年产4万吨碳酸锂的工厂", "年产1万吨
#钕铁硼永磁材料项目") sizes it.
_ANNUAL_BEFORE = re.compile(r"(?:年产|年產|年产能|年產能|年处理|年處理|年加工)$")
# "可年产稀土氧化物约1,800吨" (can turn out a year), "设计年产锂精矿30万吨" (designed to), "规划一期
# 年产碳酸锂1.75万吨" (planned), "年处理含镓废料200公吨" (a year's throughput of goods; not "年处理
# 矿石能力从…", a change of capacity read elsewhere): what a plant is able or made to do, its
# capacity, with the goods between the words and the figure.
_ABLE_ANNUAL_BEFORE = re.compile(r"(?:可|设计|設計|规划|規劃)[^，,。；;\d]{0,4}?(?:年产|年產|年处理|年處理)[^，,。；;\d]{0,12}$"
                                 r"|(?:年处理|年處理)[^，,。；;\d能]{0,12}$")
_CJK_PLANT_AFTER = re.compile(r"[^，,。；;]{0,16}?(?:工厂|工廠|项目|項目|生产线|生產線|冶炼厂|冶煉廠|分离厂|分離廠|精炼厂|精煉廠|加工厂|加工廠"
                              r"|工程|新线|新線|产线|產線)")


def sizes_a_plant(ctx: Sentence, fig: Figure) -> bool:
    start, end = fig.start - ctx.start, fig.end - ctx.start
    if _ANNUAL_BEFORE.search(ctx.low, max(0, start - 4), start) and _CJK_PLANT_AFTER.match(ctx.low, end):
        return True
    if _ABLE_ANNUAL_BEFORE.search(ctx.low, max(0, start - 16), start) or _SIZED_BEFORE.search(ctx.low, max(0, start - 90), start):
        return True
    return bool(_PLANT_AFTER.match(ctx.low, end))


# Supply a country sources from elsewhere is its imports: "sources about 70% of its rare earth
# compounds from China", "sources most of its indium requirements (90%) from Japan", "other
# suppliers from which to source the 10t": the verb right before the figure's phrase, "from"
# in its clause.
_SOURCE_VERB = re.compile(r"(?<![a-z])(?:sources|sourced|sourcing|source)\s+(?:[a-z]+\s+){0,5}\(?$")
_FROM = re.compile(r"(?<![a-z])from(?![a-z])")


def sourced_from(ctx: Sentence, fig: Figure) -> bool:
    base = ctx.start
    if not _SOURCE_VERB.search(ctx.low, max(fig.clause_start - base, fig.start - base - 60), fig.start - base):
        return bought_from(ctx, fig)
    return bool(_FROM.search(ctx.low, fig.clause_start - base, fig.clause_end - base))


# A country that buys or receives goods from another country imports them: "The United States
# bought 2,600 tonnes of antimony from Canada", "Germany received 1,100 tonnes of cobalt
# hydroxide from Congo" (not a company's purchase, which is metric `other`: the buyer must be
# a country named before the verb, the seller a country named after "from").
_BUY_VERB = re.compile(
    r"(?<![a-z])(?:bought|buys|buy|purchased|purchases|received|receives|took\s+in|takes\s+in)\s+(?:[a-z]+\s+){0,3}$"
)
_FROM_COUNTRY = re.compile(r"(?<![a-z])from\s+(?:the\s+)?$")


def bought_from(ctx: Sentence, fig: Figure) -> bool:
    base = ctx.start
    verb = _BUY_VERB.search(ctx.low, max(fig.clause_start - base, fig.start - base - 40), fig.start - base)
    if verb is None:
        return False
    mentions = [m for m in mention_roles(ctx) if fig.clause_start <= m.start and m.end <= fig.clause_end]
    buyer = [m for m in mentions if m.end <= base + verb.start()]
    seller = [m for m in mentions if m.start >= fig.end and _FROM_COUNTRY.search(ctx.low, max(0, m.start - base - 12), m.start - base)]
    return bool(buyer and buyer[-1].role == Role.SUBJECT and seller)


# A figure that sizes a market: the noun it modifies ("the relatively small (~2,400t) tantalum
# market", "a $4 billion market"), or a market's size or worth named before it in its sentence
# with no other measure between ("the market will reach $9 billion", 市场总规模将达到7700亿美元).
_MARKET_AFTER = re.compile(r"\)?(?:\s+[a-z-]+){0,2}?\s+market(?![a-z])")
_MARKET_SIZE = re.compile(
    r"(?:市场|市場)[\u4e00-\u9fff]{0,2}?(?:规模|規模)|(?<![a-z])market\s+(?:size|value)(?![a-z])|size\s+of\s+the\s+(?:[a-z-]+\s+){0,3}market"
    r"|(?<![a-z])market\s+(?:(?:is|was|will\s+be|could\s+be)\s+)?(?:worth|valued\s+at)|(?<![a-z])market\s+(?:will|could|would|is\s+expected\s+to)\s+(?:reach|hit|grow\s+to)"
)


def sizes_a_market(ctx: Sentence, start: int, end: int) -> bool:
    base = ctx.start
    if _MARKET_AFTER.match(ctx.low, end - base):
        return True
    sizes = [m.end() + base for m in _MARKET_SIZE.finditer(ctx.low, 0, start - base)]
    return bool(sizes) and not any(sizes[-1] <= t[0] and t[1] <= start for t in ctx.triggers)


# The planned annual output of a plant or project not yet producing is its capacity
# (fixtures/gold/README.md): a plan or design word, then a making verb, then the figure and
# a yearly rate ("is designed to produce 2,500 tonnes a year", "will process 5,000 t a year
# from 2027", "could recover up to 60 tons a year", "目标年产10吨"); "a 45-ton-a-year refinery"
# says it outright.
_PLAN = re.compile(
    r"(?<![a-z])(?:designed|expected|expects|aims?|aiming|plans?|planned|planning|intends?|would|could|can|"
    r"targets?|targeting|once|will)(?![a-z])|目标|目標|计划|計劃|预计|預計|拟|擬"
)
# An ability to make is a capacity, with or without a yearly rate: "the plant will be able to
# process 13 million tonnes", "the loans will enable the firms to produce up to 10,000 tonnes",
# "capable of refining 5,000 tonnes".
_ABLE = re.compile(
    r"(?<![a-z])(?:able\s+to|enabl(?:e|es|ed|ing)\s+(?:[a-z]+\s+){0,3}?to|capable\s+of)\s+"
    r"(?:produc|process|refin|separat|smelt|recover|treat|make|making|turn\s+out)[a-z]*\s+$"
)
_MAKING = re.compile(r"(?<![a-z])(?:produc|process|make|makes|recover|output|refin|separat|smelt|target|treat|handl)|年产|年產|产出|產出")
_PER_YEAR = re.compile(r"(?<![a-z])(?:a|per|each) year(?! (?:earlier|ago|before|later))(?![a-z])|(?<![a-z])annually|per annum|/yr|每年")
_A_YEAR_ADJECTIVE = re.compile(r"\s*-\s*(?:a|per)-year")


def planned(ctx: Sentence, fig: Figure) -> bool:
    start, end, c_end = fig.start, fig.end, fig.clause_end
    base, low = ctx.start, ctx.low
    if _A_YEAR_ADJECTIVE.match(low, end - base) or _ABLE.search(low, max(0, fig.clause_start - base), start - base):
        return True
    if not _PER_YEAR.search(low, end - base, c_end - base):
        return False
    head = low[: start - base]
    plans = [m.start() for m in _PLAN.finditer(head)]
    return bool(plans) and bool(_MAKING.search(head, plans[0]))


# A tonnage that something needs is what it uses up: "a submarine needs roughly 4 tons of rare
# earths", "the plant requires about 3,000 tonnes of concentrate a month", 每台需约2公斤: the
# verb right before the figure (a qualifier between), not "required to sell 25%".
_NEEDS = re.compile(
    r"(?<![a-z])(?:needs?|needed|requires?|requiring)\s+(?:(?:about|around|roughly|nearly|some|approximately|up\s+to|at\s+least|"
    r"more\s+than|over|an\s+estimated)\s+)?$|(?:需|需要)(?:约|約|大约|大約|近)?$"
)


def needed(ctx: Sentence, fig: Figure) -> bool:
    return bool(_NEEDS.search(ctx.low, max(0, fig.start - ctx.start - 30), fig.start - ctx.start))


# A tonnage of a mineral resource is what the ground holds (reserves): "7.4 million tonnes of
# graphite resources", "2 million tonnes of measured and indicated resources"; the noun ends
# the figure's of-phrase ("the mineral resources ministry" is no figure's).
_OF_RESOURCES = re.compile(r"\s+of\s+(?:[a-z-]+\s+){0,4}?(?:mineral\s+)?resources?(?![a-z])(?!\s+(?:ministry|minister|department|sector|company|group|ltd|limited|corp)\b)")


def of_resources(ctx: Sentence, fig: Figure) -> bool:
    return bool(_OF_RESOURCES.match(ctx.low, fig.end - ctx.start))


# A change noun set beside a price names that price's change, whatever the words after it:
# "rose to 14,000 yuan per kilogram, a 60% increase since the export controls took effect"
# (not "a 5% rise in exports").
_APPOSED_BEFORE = re.compile(r",\s*(?:a|an)\s+$")
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:increase|rise|gain|jump|surge|climb|drop|fall|decline|decrease|slide|slump|plunge)(?![a-z])(?!\s+(?:in|of)\s)"
)


def apposed_change(ctx, start: int, end: int) -> bool:
    """Whether the percentage text[start:end] is a change noun set beside what comes before."""
    low, base = ctx.low, ctx.start
    return bool(_APPOSED_BEFORE.search(low, max(0, start - base - 6), start - base) and _CHANGE_NOUN_AFTER.match(low, end - base))
