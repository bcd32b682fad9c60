"""Where a price is quoted when its own words do not say (SPEC §2: a price's country is its
market): a place that sets the scene of the price's sentence ("In Rotterdam, ingot was
assessed at ...", "Germanium metal in Rotterdam slipped 4% to ..."), the market of the price
quoted before it in its sentence ("... cif Rotterdam, while gallium held at $1,020 per kg"),
or of the sentence before when the text says "on the same basis"."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.roles import BASIS, MentionRole, Role, mention_roles

NEAR = 25
PRICES = frozenset({"price", "price_change"})
# "In Rotterdam, 99.65% ingot was assessed at ...": the sentence opens on the place.
_OPENS_ON = re.compile(r"\s*(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?$")
# "Germanium metal in Rotterdam slipped 4%": the place qualifies what the price verb is about.
_PRICE_VERB_AFTER = re.compile(
    r"(?:\s+(?:spot\s+|physical\s+)?(?:market|exchange))?\s+(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?(?:assessed|quoted|offered|traded|trading|sold|rose|fell|slipped|slid|gained|"
    r"climbed|eased|dropped|held|jumped|edged|firmed|softened|lost|added|declined|increased|decreased|stood|steadied|was\s+steady)(?![a-z])"
)
# "at Chinese ports", "delivered to Korean ports": a country word before a port names the market.
_PORTS_AFTER = re.compile(r"\s+(?:ports?|harbou?rs?|docks?)(?![a-z])")
_SAME_BASIS = re.compile(r"(?<![a-z])(?:on\s+the\s+same\s+basis|same\s+basis)(?![a-z])")


def beside_price(ctx, m: MentionRole, end: int) -> bool:
    """A place is a price's market right beside a price word ("cif Rotterdam prices", "prices
    in Rotterdam"), right after the price ("$575 a kilogram delivered to Rotterdam"), after a
    delivery basis ("Dysprosium oxide CIF Rotterdam fell by $25/kg"), when its sentence opens
    on it, or when it qualifies the subject of a price verb."""
    if m.role in (Role.LOCATIVE, Role.DELIVERED) and end <= m.start <= end + NEAR:
        return True
    low, base = ctx.low, ctx.start
    if m.role == Role.LOCATIVE and quotes_a_basis(ctx, m):
        return True
    if m.role == Role.LOCATIVE and m.end <= end and (_OPENS_ON.fullmatch(low, 0, m.start - base) or _PRICE_VERB_AFTER.match(low, m.end - base)):
        return True
    return any(t[2] == "price" and t[0] - NEAR <= m.start and m.end <= t[1] + NEAR for t in ctx.triggers)


def names_ports(ctx, m: MentionRole, end: int) -> bool:
    """Whether `m`, after the price ending at `end`, names the ports it is quoted at."""
    return end <= m.start <= end + NEAR + 20 and bool(_PORTS_AFTER.match(ctx.low, m.end - ctx.start))


def _currency(unit: str) -> str:
    """The money of a price unit ("USD/kg" -> "USD")."""
    return unit.split("/")[0]


def carry_markets(drafts: list) -> None:
    """A price (or change of a price) whose sentence names no market takes the market of the
    price of its currency quoted before it in its sentence, with no country or bloc named in
    between; or, when its sentence says "on the same basis", of the sentence before."""
    for i, cur in enumerate(drafts):
        if cur.metric not in PRICES or cur.country is not None or cur.unit.startswith("CNY"):
            continue
        ctx = cur.ctx
        _, c_end = ctx.clause_bounds(cur.start, cur.end)
        same_basis = _SAME_BASIS.search(ctx.low) is not None
        for prev in reversed(drafts[:i]):
            if prev.index != cur.index and not (same_basis and prev.index == cur.index - 1):
                break
            if prev.metric not in PRICES or _currency(prev.unit) != _currency(cur.unit):
                continue
            if prev.country is None:
                break
            named = [m for m in mention_roles(ctx) if (prev.index != cur.index or m.start >= prev.end) and m.start < c_end]
            if not named:
                cur.country = prev.country
            break


def quotes_a_basis(ctx, m: MentionRole) -> bool:
    """Whether the mention is a price's delivery basis ("traded at $19.90 per lb CIF China"): a
    market, not what the next sentence's trade figures are about (topics.topic)."""
    return bool(BASIS.search(ctx.low, max(0, m.start - ctx.start - 20), m.start - ctx.start))


# A price quoted on an exchange is no country's market (fixtures/gold/README.md: "an exchange
# price (LME, COMEX) stays null"), whatever producer country its sentence names: "On the London
# Metal Exchange, copper rose 3% to ... as mines in Peru recovered", "London nickel prices",
# "倫敦銅價", "纽约商品交易所黄金期货". A yuan figure or a Chinese exchange beside it is China's.
_EXCHANGE = re.compile(
    r"(?<![a-z])(?:london\s+metal\s+exchange|lme|comex|nymex|new\s+york\s+mercantile|london\s+(?:[a-z-]+\s+){0,2}?(?:prices?|futures|contracts?))(?![a-z])"
    r"|(?:伦敦|倫敦|纽约|紐約)[\u4e00-\u9fff]{0,5}?(?:交易所|价|價|期)"
)
_CHINESE_EXCHANGE = re.compile(r"(?<![a-z])(?:shanghai|shfe|dalian|zhengzhou|wuxi)(?![a-z])|上海|上期所|大连|大連|郑州|鄭州|无锡|無錫")
# What opens the part of a sentence one price is told in: a semicolon, "while", "whereas".
_SEGMENT_BREAK = re.compile(r"[;；]|(?<![a-z])(?:while|whereas)(?![a-z])|而|，但")


def _segment(ctx, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence that tells the price text[start:end]: back to the last semicolon
    or "while", on to the end of its clause ("..., while nickel on the LME held at $X")."""
    before = [m.end() for m in _SEGMENT_BREAK.finditer(ctx.low, 0, start - ctx.start)]
    return ctx.start + (before[-1] if before else 0), ctx.clause_bounds(start, end)[1]


def exchange_prices(drafts: list) -> None:
    """A price, or change of a price, whose part of the sentence names a foreign exchange and no
    delivery basis nor yuan figure has no country."""
    for cur in drafts:
        if cur.metric not in PRICES or cur.country is None or cur.unit.startswith("CNY"):
            continue
        ctx = cur.ctx
        if not _EXCHANGE.search(ctx.low):
            continue  # cheap gate: no exchange in the sentence
        lo, hi = _segment(ctx, cur.start, cur.end)
        text = ctx.low[lo - ctx.start : hi - ctx.start]
        if not _EXCHANGE.search(text) or _CHINESE_EXCHANGE.search(text):
            continue
        if any(d.index == cur.index and lo <= d.start < hi and d.unit.startswith("CNY") for d in drafts):
            continue
        if any(lo <= m.start < hi and (quotes_a_basis(ctx, m) or names_ports(ctx, m, cur.end)) for m in mention_roles(ctx)):
            continue  # "FOB Australia", "delivered to Chinese ports": a named market
        cur.country = None
