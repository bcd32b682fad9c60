"""Says whose figure a quantity is: among the country mentions of its sentence, with their
roles (roles.py), the one that can own a figure of its metric, nearest before it, else first
after it in its clause (SPEC §2; gold conventions in fixtures/gold/README.md)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from orewatch.extractors.countries import WORLD
from orewatch.extractors.quantities.hosts import HOSTED_METRICS, HostedBy, foreign
from orewatch.extractors.quantities.unowned import no_single_country
from orewatch.extractors.quantities.markets import beside_price, names_ports
from orewatch.extractors.quantities.respective import respective_owner
from orewatch.extractors.quantities.importers import importer_of
from orewatch.extractors.quantities.roles import JOINER, MentionRole, Role, anaphor_roles, company_roles, mention_roles, states_it

if TYPE_CHECKING:  # context.py imports attribution.py, which imports this module
    from orewatch.extractors.quantities.attribution import Figure
    from orewatch.extractors.quantities.context import Sentence

PRICE_METRICS = frozenset({"price", "price_change"})
# Where a plant, mine or deposit is decides whose capacity or output it is, not who owns it.
PHYSICAL_METRICS = frozenset({"production", "capacity", "processing", "reserves"})
# A national currency names whose money a figure is when the sentence names no country.
CURRENCY_COUNTRIES = {
    "CNY": "CHN", "AUD": "AUS", "GBP": "GBR", "INR": "IND", "JPY": "JPN", "CAD": "CAN", "BRL": "BRA",
    "KRW": "KOR", "ZAR": "ZAF", "IDR": "IDN", "CLP": "CHL", "RUB": "RUS", "VND": "VNM", "PKR": "PAK",
    "MYR": "MYS", "HKD": "HKG", "TWD": "TWN", "SGD": "SGP", "NZD": "NZL", "MXN": "MEX", "CHF": "CHE",
}

# Two owners of one deal: "a U.S. metals firm and a Pakistani group".
_JOINT_OWNERS = re.compile(r"(?:\s+[\w-]+){0,3}\s+(?:and|&)\s+(?:a|an|the)?\s*")
_DIGIT = re.compile(r"\d")


# A share names its whole right after it ("80% of global output") or, in Chinese, before it
# (全球产量的40%, 占全球…的一半); a growth rate (年复合增长率15%) is no share.
_OF_WHOLE = re.compile(r"\s*(?:of|of\s+the)\s")
_CJK_WHOLE = re.compile(r"的\s*$|(?:占|佔)[^，。；,;]{0,20}$")


def _share_of(ctx, fig) -> bool:
    base = ctx.start
    return bool(_OF_WHOLE.match(ctx.low, fig.end - base) or _CJK_WHOLE.search(ctx.low, max(0, fig.start - base - 20), fig.start - base))


_POSSESSED = re.compile(r"(?:'s|’s|')\s*")


def _usable(m: MentionRole, metric: str) -> bool:
    """Whether a mention can own a figure of this metric (blocs and "outside X" can: they
    own it for no country, so the figure gets none)."""
    role = m.role
    if role in (Role.COUNTERPART, Role.REPORTER):
        return False
    if m.place and metric == "investment":
        return False  # a region or city invests nothing (it may host: see pick_country)
    if metric == "investment":
        # The investor, not the host: "JOGMEC will invest A$130 million in a project in Australia".
        return role not in (Role.LOCATIVE, Role.DELIVERED)
    if metric in PHYSICAL_METRICS or metric == "tariff":
        return role not in (Role.OWNER, Role.AGENT, Role.SOURCE, Role.DELIVERED)
    if metric in PRICE_METRICS:
        return role not in (Role.SOURCE, Role.AGENT)
    if metric == "exports":
        return role != Role.DELIVERED  # "exports from China to Japan": the exporter comes after "from"
    return role not in (Role.SOURCE, Role.DELIVERED)


# A tariff's country is the one that sets it, never the one whose goods it falls on: "US-origin
# goods will be subject to a 34% tariff", "Chinese products face a 25% duty", "中國的商品加徵10%關稅",
# "China, for example, faces a tariff rate of 34 percent"; not the one that acts on goods
# (美国对中国产品加征25%关税) nor an importer ("US imports of graphite face a 25% tariff").
_TAXED_AFTER = re.compile(
    r"(?:-origin|-made|\s+made)?(?:\s+[a-z-]+)?\s+(?:goods|products|exports|shipments|items)\b"
    r"|(?:\s*,[^,]{0,25},)?\s+(?:will\s+|would\s+|now\s+)?(?:faces?|faced|facing)\b"
    r"|(?:(?!对|對|向|从|從|将|將|加征|加徵|征收|徵收)[^，。；,;]){0,10}?(?:商品|产品|產品|货物|貨物)"
)


def taxed(ctx, m: MentionRole) -> bool:
    """Whether `m` names the goods a tariff falls on (it never owns a tariff)."""
    return bool(_TAXED_AFTER.match(ctx.low, m.end - ctx.start))


def setter_of_tariff(ctx) -> tuple[bool, str | None]:
    """(whether the sentence names one, its code): the first country mention of the sentence
    that can set a tariff, a bloc giving None ("The US Commerce Department imposed duties on
    Chinese graphite" -> USA; "Brussels slapped duties on ..." -> None)."""
    for m in mention_roles(ctx):
        if m.role in (Role.SUBJECT, Role.AGENT, Role.BLOC) and not m.place and not taxed(ctx, m):
            return True, (None if m.role == Role.BLOC else m.code)
    return False, None


def _coordinated(ctx, a: MentionRole, b: MentionRole, metric: str) -> bool:
    between = ctx.slice(a.end, b.start)
    if _DIGIT.search(between):
        return False
    if JOINER.fullmatch(between):
        return True
    return metric == "investment" and a.role == b.role == Role.OWNER and bool(_JOINT_OWNERS.fullmatch(between))


def pick_country(ctx: Sentence, fig: Figure, metric: str) -> str | None:
    """The ISO3 code whose figure `fig` (of `metric`) is, WLD, or None."""
    if no_single_country(ctx, fig.start, fig.end, metric):
        return None  # two countries' money together, or a multilateral lender's (unowned.py)
    start, end, c_start, c_end, unit, world = fig.start, fig.end, fig.clause_start, fig.clause_end, fig.unit, ctx.world
    if unit == "%" and not fig.change and _share_of(ctx, fig):
        world = ()  # a share of a world total is someone's share ("accounting for 80% of global output")
    mentions = [m for m in mention_roles(ctx) if not (m.start < end and m.end > start)]
    if "the " in ctx.low:
        mentions = sorted([*mentions, *anaphor_roles(ctx)], key=lambda m: (m.start, m.end))
    if metric == "investment":
        # Money a company puts in is its country's when the article states it ("Orano holds a
        # 63% stake" after "French nuclear firm Orano").
        mentions = sorted([*mentions, *company_roles(ctx)], key=lambda m: (m.start, m.end))
    possessor = [m for m in mentions if m.end <= start and _POSSESSED.fullmatch(ctx.low, m.end - ctx.start, start - ctx.start)]
    if possessor and possessor[-1].role not in (Role.BLOC, Role.OUTSIDE):
        return possessor[-1].code  # "second only to China's 44 million tonnes": the figure China's
    usable = [m for m in mentions if _usable(m, metric) and not subordinate_after(ctx, end, m)]
    lender = _lender(ctx, mentions, usable, end, c_end) if metric == "investment" else None
    if lender is not None:
        return lender
    if metric == "tariff":
        usable = [m for m in usable if not taxed(ctx, m)]
    if metric in PRICE_METRICS:
        usable = [m for m in usable if not m.place or beside_price(ctx, m, end)]
        # The market: "traded in China", "delivered to China", in the figure's clause.
        market = [m for m in usable if (m.role in (Role.LOCATIVE, Role.DELIVERED) or names_ports(ctx, m, end)) and m.start >= c_start and m.end <= c_end]
        if market:
            return min(market, key=lambda m: abs(m.start - start)).code
        if unit.startswith("CNY"):
            return "CHN"
        # A country named after a price is a market only when it is a place ("in China").
        usable = [m for m in usable if m.end <= start or m.role in (Role.LOCATIVE, Role.DELIVERED, Role.OUTSIDE, Role.BLOC)]
    if unit == "%" and metric != "investment":
        # "45% of the concentrate imported by China", "90% of U.S. imports": whose total it is
        # (a stake's "of" names what is owned, not its owner: "own 50% of Ukraine's minerals").
        of_end = min(c_end, end + 80)
        owners = [m for m in mentions if m.role in (Role.AGENT, Role.SUBJECT) and end <= m.start and m.end <= of_end]
        if owners and ctx.slice(end, owners[0].start).lstrip().startswith("of "):
            return owners[0].code
    if metric == "imports" and (importer := importer_of(ctx, mentions, fig)) is not None:
        return importer
    if metric in PHYSICAL_METRICS:
        found, code = _where_it_is(ctx, fig, mentions, usable, world, metric)
        if found:
            return code
    found, code = _choose(ctx, fig, usable, world, metric)
    if not found and metric not in PRICE_METRICS:
        # A national body named only later in the sentence, as the one who reports or sets it:
        # "miners may ship 96,600 tonnes a year, the regulator ARECOMS said", "..., said a
        # circular issued by the Ministry of Natural Resources".
        later = {m.code for m in mentions if m.start >= end and (m.start in ctx.bodies or states_it(ctx, m)) and m.role in (Role.SUBJECT, Role.AGENT)}
        if len(later) == 1:
            return later.pop()
    if not found and metric == "investment":
        # No investor named: the host stands in ("a supply chain in the U.S. will require
        # around $300 billion in investment").
        # A region named as the host leaves the investor to the sentences before (linking.py).
        found, code = _choose(ctx, fig, [m for m in mentions if m.role == Role.LOCATIVE and not m.place], (), metric)
    return code


def _where_it_is(ctx, fig, mentions, usable, world, metric: str) -> tuple[bool, str | None]:
    """A plant's or mine's figure: its own place, else its clause decides; a company's
    nationality only when nothing else in that clause does ("a Belgian refiner raised its
    capacity by 25%")."""
    located = own_place(ctx, fig.end)
    if located is not None:
        return True, located  # "compared with the 44 million tonnes in China": the figure's own place
    c_start, c_end = fig.clause_start, fig.clause_end
    in_clause = [m for m in usable if m.start >= c_start and m.end <= c_end]
    # Not a share's whole ("supplied 40% of the feedstock processed in Chinese plants").
    sites = [m for m in in_clause if m.site] if not (fig.unit == "%" and _share_of(ctx, fig)) else []
    if sites:
        # "Australia's Lynas produced 10,700 tonnes at its Malaysian plant": where the plant is.
        return True, min(sites, key=lambda m: abs(m.start - fig.start)).code
    world_here = [w for w in world if w[0] >= c_start and w[1] <= c_end]
    found, code = _choose(ctx, fig, in_clause, world_here, metric)
    if found:
        return found, code
    if metric not in HOSTED_METRICS:
        return False, None  # a company's output the text does not locate is no country's
    owners = [m for m in mentions if m.role == Role.OWNER and m.start >= c_start and m.end <= c_end]
    found, code = _choose(ctx, fig, owners, (), metric)
    if code is None or any(m.code == code and not foreign(ctx, m) for m in owners):
        return found, code  # "a Belgian refiner raised its capacity": perhaps the host itself
    return True, HostedBy(code)  # a firm's nationality: the host the article is about (hosts.py)


# Between a tonnage and the place its own noun phrase puts it: "44 million tonnes in China",
# "300 tonnes of oxide at its plant in Malaysia".
# Also the plant a tonnage sizes: "a 43,000-tonne lithium hydroxide plant in Argentina".
_LOCATED = re.compile(
    r"(?:\s+of(?:\s+[\w'’-]+){1,4}?|(?:\s+[\w-]+){0,3}?\s+(?:plant|facility|refinery|factory|smelter|mine|project))?"
    r"(?:\s+(?:at|from)(?:\s+[\w'’-]+){1,4}?)?\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?"
)


def own_place(ctx, end: int) -> str | None:
    """The country the noun phrase of the figure ending at `end` puts it in, if any."""
    located = [m for m in mention_roles(ctx) if m.role == Role.LOCATIVE and m.start >= end and _LOCATED.fullmatch(ctx.low, end - ctx.start, m.start - ctx.start)]
    return located[0].code if located else None


_SUBORDINATE = re.compile(r"(?<![a-z])(?:after|because|amid|following|while|since|helped\s+by|driven\s+by|thanks\s+to|owing\s+to)\s")
_RANKED_AFTER = re.compile(r"(?:largest|biggest|second|third|fourth|top|leading)\b[^,.;]{0,60}?(?<![a-z])after\s+(?:the\s+)?$")


def subordinate_after(ctx, end: int, m) -> bool:
    """Whether mention `m` stands in a clause of cause or time after the figure ending at `end`
    ("Gallium imports from China fell 37% after Beijing tightened its controls"), or after a rank
    ("the second-largest reserves after China"): no owner of it."""
    if _RANKED_AFTER.search(ctx.low, max(0, m.start - ctx.start - 80), m.start - ctx.start):
        return True
    return m.start >= end and bool(_SUBORDINATE.search(ctx.low, end - ctx.start, m.start - ctx.start))


# "more than $30 billion of Chinese smelter investment": the investor's adjective in the sum's of-phrase.
_OF_BEFORE = re.compile(r"\s+of\s+(?:new\s+|fresh\s+)?$")
_INVESTMENT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:investment|investments|capital|money|funding|financing)(?![a-z])")


def _lender(ctx, mentions: list[MentionRole], usable: list[MentionRole], end: int, c_end: int) -> str | None:
    """The investor named in the sum's of-phrase ("$30 billion of Chinese investment"), or the
    lender or funder named after a sum in its clause puts it in, not the borrower before it:
    "Serra Verde has secured up to $465 million in financing from the US ..."."""
    base = ctx.start
    of = [m for m in mentions if m.start > end and _OF_BEFORE.fullmatch(ctx.low, end - base, m.start - base)
          and _INVESTMENT_AFTER.match(ctx.low, m.end - base)]
    if of:
        return of[0].code
    after = [m for m in usable if m.role == Role.SOURCE and m.start >= end and m.end <= c_end]
    return after[0].code if after and not after[0].place else None


_TOGETHER = re.compile(r"(?<![a-z])(?:each|together|combined|both|jointly)(?![a-z])")


def _choose(ctx: Sentence, fig: Figure, usable: list[MentionRole], world, metric: str) -> tuple[bool, str | None]:
    """(whether any mention decided, the code): the nearest before the figure, else the first
    after it in its clause."""
    start, end, c_end = fig.start, fig.end, fig.clause_end
    candidates = [(m.start, m.end, m) for m in usable] + [(w_start, w_end, None) for w_start, w_end in world]
    before = sorted((c for c in candidates if c[1] <= start), key=lambda c: (c[0], c[1]))
    if before:
        chosen = before[-1][2]
        if chosen is None:
            return True, WORLD
        if chosen.role in (Role.BLOC, Role.OUTSIDE):
            return True, None
        # One figure for several countries at once ("X, Y and Z, each with less than 5%"),
        # or a joint deal's total: no country.
        ms = [c[2] for c in before if c[2] is not None]
        if (owner := respective_owner(ctx, ms, start)) is not None:
            return True, owner  # "智利和阿根廷…分别约为1.4万吨和5500吨"
        if len(ms) > 1 and ms[-2].code != chosen.code and ms[-2].role not in (Role.BLOC, Role.OUTSIDE):
            if _coordinated(ctx, ms[-2], chosen, metric):
                if chosen.start >= fig.clause_start or metric == "investment" or _TOGETHER.search(ctx.low, chosen.end - ctx.start, start - ctx.start):
                    return True, None
        return True, chosen.code
    after = sorted((c for c in candidates if c[0] >= end and c[1] <= c_end), key=lambda c: (c[0], c[1]))
    if after:
        chosen = after[0][2]
        if chosen is None:
            return True, WORLD
        if len(after) > 1 and after[1][2] is not None and after[1][2].code != chosen.code and JOINER.fullmatch(ctx.slice(chosen.end, after[1][0])):
            return True, None  # one figure for several countries: "across its plants in China and Australia"
        return True, (None if chosen.role in (Role.BLOC, Role.OUTSIDE) else chosen.code)
    return False, None
