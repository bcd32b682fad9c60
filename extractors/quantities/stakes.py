"""A percentage of a company, mine or licence that someone takes, buys, owns or holds is an
equity stake (metric `investment`, SPEC §2: "a government's or company's ... equity stake"),
whatever processing or output word the sentence names around it: "a Chinese smelting group
took 49% of the antimony plant", "an option to acquire up to 24% of any new mining licence",
"a free carried interest of 15%", 持股比例由约19.7%降至5%, 参股30%的项目. Not a share of output,
trade, a market or the world ("takes 30% of its output", "holds 37% of the world's reserves",
中国拥有全球37%的储量)."""

from __future__ import annotations

import re

_QUAL = r"(?:(?:a\s+further|another|an\s+additional|an\s+extra|up\s+to|about|around|nearly|almost|roughly|some|just\s+under|more\s+than)\s+)*"
# The verb right before the figure: "took 49%", "agreed to buy 20%", "owns about 60%".
_TAKER = re.compile(
    r"(?<![a-z])(?:take|takes|took|taking|taken|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased"
    r"|own|owns|owned|owning|hold|holds|held|holding|control|controls|controlled)\s+" + _QUAL + r"$"
)
# ... and what the share is of: a company, mine or licence, not output, trade, a market or the world.
_OF_ASSET = re.compile(
    r"\s+of\s+(?!(?:(?:the|its|their|his|her|a|an|this|that|all)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:output|production|supply|supplies|concentrate|sales|demand|imports?|exports?|shipments|market|world|global|capacity|reserves|revenues?|profits?|earnings|consumption)(?![a-z]))"
)
# ... and names an asset: a company, mine, plant, project or licence noun in the next words, or a
# proper name right after "of" ("took 100% of Kumtor"), not goods ("buy 80% of their lithium compounds").
_ASSET = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){0,6}?(?:company|companies|firm|group|developer|miner|producer|operator|explorer|processor|maker|refiner|smelter"
    r"|corp|corporation|venture|jv|unit|business|subsidiary|project|mine|plant|refinery|facility|deposit|concession|licen[cs]e|permit|asset|assets|shares|equity|operation)s?(?![a-z])"
)
_PROPER_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "a free carried interest of 15%", "its interest in the company rises from 10% to 16%".
_INTEREST_BEFORE = re.compile(r"(?<![a-z])interests?(?!\s+rates?)\s+(?:[\w'’-]+\s+){0,6}?(?:of|at|to|from)\s+" + _QUAL + r"$")
# 持股比例由约19.7%降至5%以下, 国资委持股约31%, 公司参股30%的项目, 美国提出拥有乌克兰50%的关键矿产.
_ZH_HOLDING = re.compile(r"(?:持股|参股|參股|控股|入股|持有|拥有|擁有|收购|收購)(?:比例|比重)?(?:(?!全球|世界|全国|全國|市场|市場)[^，。；,;]){0,12}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def bought_share(ctx, fig) -> bool:
    """Whether the percentage `fig` is a stake someone takes, buys, owns or holds."""
    low, start, end = ctx.low, fig.start - ctx.start, fig.end - ctx.start
    if ctx.cjk and _CJK.search(low, max(0, start - 1), start + 1):
        return bool(_ZH_HOLDING.search(low, max(0, start - 20), start))
    if _INTEREST_BEFORE.search(low, max(0, start - 90), start):
        return True
    if not (_TAKER.search(low, max(0, start - 45), start) and _OF_ASSET.match(low, end)):
        return False
    return bool(_ASSET.match(low, end) or _PROPER_NAME.match(ctx.text, end))


# An equity word right before the figure (持股, 参股, 控股, 入股) makes it a stake even where the
# noun after it names an activity (参股30%的湿法冶炼项目: a stake in a smelting project).
_ZH_EQUITY = re.compile(r"(?:持股|参股|參股|控股|入股)(?:比例|比重)?[^，。；,;\d]{0,6}$")


def equity_share(ctx, fig) -> bool:
    """Whether a Chinese equity word stands right before the percentage `fig`."""
    start = fig.start - ctx.start
    return ctx.cjk and bool(_ZH_EQUITY.search(ctx.low, max(0, start - 12), start))
