"""Says whose figure a quantity is: reads the role of each country mention in its sentence
(subject, counterpart of a flow, market location, owner of a company, bloc, "outside X") and
picks by what the figure measures (SPEC §2; gold conventions in fixtures/gold/README.md)."""

from __future__ import annotations

import re

from orewatch.extractors.countries import BLOC_CODES as BLOCS
from orewatch.extractors.countries import WORLD

PRICE_METRICS = frozenset({"price", "price_change"})
# Where a plant, mine or deposit is decides whose capacity or output it is, not who owns it.
PHYSICAL_METRICS = frozenset({"production", "capacity", "processing", "reserves"})
# A national currency names whose money a figure is when the sentence names no country.
CURRENCY_COUNTRIES = {
    "CNY": "CHN", "AUD": "AUS", "GBP": "GBR", "INR": "IND", "JPY": "JPN", "CAD": "CAN", "BRL": "BRA",
    "KRW": "KOR", "ZAR": "ZAF", "IDR": "IDN", "CLP": "CHL", "RUB": "RUS", "VND": "VNM", "PKR": "PAK",
    "MYR": "MYS", "HKD": "HKG", "TWD": "TWN", "SGD": "SGP", "NZD": "NZL", "MXN": "MEX", "CHF": "CHE",
}

# Roles read from the words before a mention (sentence lowercased).
# Counterparts of a flow or targets of a measure: "imports from China", "a tariff on most
# Pakistani goods", "according to the US Geological Survey".
_COUNTERPART = re.compile(
    r"(?:(?<![a-z])(?:from|to|on|against|into|toward|towards)\s+"
    r"(?:(?:the|all|most|some|many|its|their|certain|several|other|a|an|imported|foreign)\s+){0,2}"
    r"|(?:从|從|对|對|向|自|往)[\u4e00-\u9fff]{0,5}|原产于|原產於|原产|原產)$"
)
_SOURCE = re.compile(r"(?<![a-z])(?:from|by)\s+(?:the\s+)?$")  # who the money comes from
_DELIVERED = re.compile(r"(?<![a-z])(?:delivered|shipped|sold)\s+(?:to|into|in)\s+(?:the\s+)?$")
_OUTSIDE = re.compile(r"(?<![a-z])(?:outside|beyond|excluding|except|ex-)\s*(?:of\s+)?(?:the\s+)?$|中国以外|海外$")
_LOCATIVE = re.compile(r"(?<![a-z])(?:in|inside|within)\s+(?:the\s+)?(?:[a-z]+\s+)?$|在$")
_BETWEEN = re.compile(r"(?<![a-z])(?:between|among)\s+[^,;:\d]{0,40}$")
_AGENT = re.compile(r"(?<![a-z])by\s+(?:the\s+)?$")
# Roles read from the words after a mention: a company's nationality ("Chinese miner CMOC",
# "Danish-owned company", "China's largest titanium dioxide producer").
_OWNER_AFTER = re.compile(
    r"(?:-|\s)(?:owned|based|backed|funded|listed|run|controlled|headquartered)\b"
    r"|(?:'s|’s)?(?:\s+[a-z-]+){0,3}?\s+(?:company|companies|firm|firms|miner|miners|group|groups|producer|producers|"
    r"trading house|investors?|investment funds?|funds?|banks?|refiners?|makers?|manufacturers?|"
    r"conglomerate|operator|steelmaker|chemicals group)\b"
)
_JOINER = re.compile(r"\s*(?:,|and|&|or|-|–|、|和|与|與|及)\s*(?:the\s+)?(?:and\s+)?(?:the\s+)?")
# Two owners of one deal: "a U.S. metals firm and a Pakistani group".
_JOINT_OWNERS = re.compile(r"(?:\s+[\w-]+){0,3}\s+(?:and|&)\s+(?:a|an|the)?\s*")
_DIGIT = re.compile(r"\d")


class Mention:
    __slots__ = ("start", "end", "code", "role")

    def __init__(self, start: int, end: int, code: str, role: str):
        self.start, self.end, self.code, self.role = start, end, code, role


def mention_roles(ctx) -> list[Mention]:
    """Every country mention of the sentence with its role: subject, counterpart, source
    (after from/by), delivered (a market reached), outside, locative, agent, owner, bloc."""
    cached = ctx.cache.get("roles")
    if cached is not None:
        return cached
    low, base = ctx.low, ctx.start
    mentions = []
    for start, end, code in ctx.countries:
        before = low[max(0, start - base - 40) : start - base]
        after = low[end - base : end - base + 50]
        if code in BLOCS:
            # "delivered to European ports" is a destination; "prices in Europe" a bloc's market.
            role = "counterpart" if (_COUNTERPART.search(before) and not _SOURCE.search(before)) or _DELIVERED.search(before) else "bloc"
        elif _BETWEEN.search(before):
            role = "outside"  # "an agreement between Trump and Australian leaders": joint, no one's
        elif _OUTSIDE.search(before):
            role = "outside"
        elif _DELIVERED.search(before):
            role = "delivered"
        elif _SOURCE.search(before) and not _AGENT.search(before):
            role = "source"
        elif _AGENT.search(before):
            role = "agent"
        elif _COUNTERPART.search(before):
            role = "counterpart"
        elif _LOCATIVE.search(before):
            role = "locative"
        elif _OWNER_AFTER.match(after):
            role = "owner"
        else:
            role = "subject"
        mentions.append(Mention(start, end, code, role))
    # A list takes the role of its head: "from Laos and Malaysia", "U.S. and British funds".
    for prev, cur in zip(mentions, mentions[1:]):
        joined = _JOINER.fullmatch(ctx.slice(prev.end, cur.start))
        if joined and prev.role in ("counterpart", "source", "outside", "delivered") and cur.role in ("subject", "owner"):
            cur.role = prev.role
    for prev, cur in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if _JOINER.fullmatch(ctx.slice(prev.end, cur.start)) and cur.role == "owner" and prev.role == "subject":
            prev.role = "owner"
    ctx.cache["roles"] = mentions
    return mentions


def _usable(m: Mention, metric: str) -> bool:
    """Whether a mention can own a figure of this metric (blocs and "outside X" can: they
    own it for no country, so the figure gets none)."""
    role = m.role
    if role == "counterpart":
        return False
    if metric == "investment":
        # The investor, not the host: "JOGMEC will invest A$130 million in a project in Australia".
        return role not in ("locative", "delivered")
    if metric in PHYSICAL_METRICS or metric == "tariff":
        return role not in ("owner", "agent", "source", "delivered")
    if metric in PRICE_METRICS:
        return role not in ("source", "agent")
    if metric == "exports":
        return role != "delivered"  # "exports from China to Japan": the exporter comes after "from"
    return role not in ("source", "delivered")


def _coordinated(ctx, a: Mention, b: Mention, metric: str) -> bool:
    between = ctx.slice(a.end, b.start)
    if _DIGIT.search(between):
        return False
    if _JOINER.fullmatch(between):
        return True
    return metric == "investment" and a.role == b.role == "owner" and bool(_JOINT_OWNERS.fullmatch(between))


def pick_country(ctx, start: int, end: int, c_start: int, c_end: int, metric: str, unit: str, world) -> str | None:
    """The ISO3 code whose figure [start, end) is, WLD, or None."""
    mentions = [m for m in mention_roles(ctx) if not (m.start < end and m.end > start)]
    usable = [m for m in mentions if _usable(m, metric)]
    if metric in PRICE_METRICS:
        # The market: "traded in China", "delivered to China", in the figure's clause.
        market = [m for m in usable if m.role in ("locative", "delivered") and m.start >= c_start and m.end <= c_end]
        if market:
            return min(market, key=lambda m: abs(m.start - start)).code
        if unit.startswith("CNY"):
            return "CHN"
        # A country named after a price is a market only when it is a place ("in China").
        usable = [m for m in usable if m.end <= start or m.role in ("locative", "delivered", "outside", "bloc")]
    if unit == "%":
        # "45% of the concentrate imported by China", "90% of U.S. imports": whose total it is.
        of_end = min(c_end, end + 80)
        owners = [m for m in mentions if m.role in ("agent", "subject") and end <= m.start and m.end <= of_end]
        if owners and ctx.slice(end, owners[0].start).lstrip().startswith("of "):
            return owners[0].code
    if metric in PHYSICAL_METRICS:
        # The plant's or mine's own clause decides; a company's nationality only when nothing
        # else in that clause does ("a Belgian refiner raised its capacity by 25%").
        in_clause = [m for m in usable if m.start >= c_start and m.end <= c_end]
        world_here = [w for w in world if w[0] >= c_start and w[1] <= c_end]
        found, code = _choose(ctx, start, end, c_end, in_clause, world_here, metric)
        if found:
            return code
        owners = [m for m in mentions if m.role == "owner" and m.start >= c_start and m.end <= c_end]
        found, code = _choose(ctx, start, end, c_end, owners, (), metric)
        if found:
            return code
    found, code = _choose(ctx, start, end, c_end, usable, world, metric)
    if not found and metric == "investment":
        # No investor named: the host stands in ("a supply chain in the U.S. will require
        # around $300 billion in investment").
        found, code = _choose(ctx, start, end, c_end, [m for m in mentions if m.role == "locative"], (), metric)
    return code


_TOGETHER = re.compile(r"(?<![a-z])(?:each|together|combined|both|jointly)(?![a-z])")


def _choose(ctx, start, end, c_end, usable, world, metric) -> tuple[bool, str | None]:
    """(whether any mention decided, the code): the nearest before the figure, else the first
    after it in its clause."""
    candidates = [(m.start, m.end, m) for m in usable] + [(w_start, w_end, None) for w_start, w_end in world]
    before = sorted((c for c in candidates if c[1] <= start), key=lambda c: (c[0], c[1]))
    if before:
        chosen = before[-1][2]
        if chosen is None:
            return True, WORLD
        if chosen.role in ("bloc", "outside"):
            return True, None
        # One figure for several countries at once ("X, Y and Z, each with less than 5%"),
        # or a joint deal's total: no country.
        ms = [c[2] for c in before if c[2] is not None]
        if len(ms) > 1 and ms[-2].code != chosen.code and ms[-2].role not in ("bloc", "outside"):
            if _coordinated(ctx, ms[-2], chosen, metric):
                c_start = ctx.clause_bounds(start, end)[0]
                if chosen.start >= c_start or metric == "investment" or _TOGETHER.search(ctx.low, chosen.end - ctx.start, start - ctx.start):
                    return True, None
        return True, chosen.code
    after = sorted((c for c in candidates if c[0] >= end and c[1] <= c_end), key=lambda c: (c[0], c[1]))
    if after:
        chosen = after[0][2]
        if chosen is None:
            return True, WORLD
        return True, (None if chosen.role in ("bloc", "outside") else chosen.code)
    return False, None
