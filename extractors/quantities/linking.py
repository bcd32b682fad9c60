"""Links the quantities of one document to each other: a change to the price it reaches
("rose 2.1% to 1.66 million yuan per tonne"), a figure to the one it is compared with ("up
from 21pc three years earlier"), a share to the year of the figure it is a share of, and a
sentence that names no country to the country the sentences just before are about."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orewatch.extractors.countries import BLOC_CODES
from orewatch.extractors.quantities.country import CURRENCY_COUNTRIES, PHYSICAL_METRICS, PRICE_METRICS, own_place, subordinate_after, taxed
from orewatch.extractors.quantities.earlier import tariff_setter
from orewatch.extractors.quantities.facilities import facility_country
from orewatch.extractors.quantities.hosts import HOSTED_METRICS, HostedBy, foreign, host_of
from orewatch.extractors.quantities.markets import carry_markets, exchange_prices
from orewatch.extractors.quantities.offtakes import STATE
from orewatch.extractors.quantities.unowned import no_single_country
from orewatch.extractors.quantities.totals import parts_of_a_total
from orewatch.extractors.quantities.periods import shares_take_years
from orewatch.extractors.quantities.phrases import apposed_change
from orewatch.extractors.quantities.roles import TOPIC, Role, mention_roles
from orewatch.extractors.quantities.topics import NOT_OWNING, topic

# Between a change and the price it reaches: "rose 1.4% to $15,420 per tonne".
_TO_LEVEL = re.compile(
    r"(?<![a-z])to\s+(?:(?:reach|hit|stand\s+at|settle\s+at)\s+)?(?:a\s+record\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$"
)
# A conversion in brackets right after a figure: "CNY 2,600 ($424.06) per kilogram".
_CONVERSION = re.compile(r"\s*\(\s*(?:about\s+|around\s+|roughly\s+|approximately\s+)?$")
# Right before a figure compared with an earlier one of the same unit.
_COMPARED = re.compile(
    r"(?:(?<![a-z])(?:up|down)\s+from|compared\s+(?:with|to)|from\s+a\s+(?:peak|high|low)\s+of)\s+"
    r"(?:(?:about|around|roughly|nearly|some|more\s+than|less\s+than)\s+)?$"
)
# A figure set anew by a pronoun: "imposed a 10% tariff ..., and raised it to 20%".
_RESET = re.compile(
    r"(?<![a-z])(?:raised|raises|lowered|lowers|cut|cuts|increased|increases|reduced|reduces|lifted|lifts|hiked|hikes)"
    r"\s+(?:it|them|the\s+rate)\s+(?:further\s+)?to\s+$"
)
_BREAK = re.compile(r"[;:.!?]")


@dataclass(slots=True)
class Draft:
    """A quantity while its attribution is settled (offsets in the document)."""

    start: int
    end: int
    found: object  # scanner.Found
    unit: str
    index: int  # sentence
    ctx: object  # context.Sentence
    metric: str
    country: str | None
    element: str | None
    year: int | None
    offtake: str | None = None  # who buys or sells under a deal (attribution's offtakes.offtake_verdict)


def link(drafts: list[Draft], scan) -> None:
    """Settle attribution across quantities, in place."""
    low = scan.low
    _link_neighbours(drafts, low)
    _carry_metrics(drafts)
    shares_take_years(drafts)  # "produced 2.2 Mt in 2024, more than 55% of global output"
    carried: dict[int, str | None] = {}
    for d in drafts:
        if isinstance(d.country, HostedBy):
            d.country = host_of(scan, d)  # a foreign-owned plant's figure is its host's
            continue
        if d.country == TOPIC:  # "The country is home to 30,000 tonnes"
            d.country = scan.headline[0] if len(scan.headline) == 1 else topic(scan, d.index)  # the article's country
            continue
        if d.country is not None or d.metric in PRICE_METRICS or d.ctx.world:
            continue
        if d.metric == "other" and d.offtake:
            # A company's offtake is no country's; a state buyer's, the state the sentences before name.
            d.country = topic(scan, d.index) if d.offtake == STATE else None
            continue
        if no_single_country(d.ctx, d.start, d.end, d.metric):
            continue  # two countries' money together, or a multilateral lender's: no one's
        if (home := facility_country(scan, d)) is not None:
            d.country = home  # "The plant is designed to produce ...": where the plant named before is
            continue
        if any(_may_own(d, m) and not subordinate_after(d.ctx, d.end, m) for m in mention_roles(d.ctx)):
            continue  # the sentence names whose figure it is, or that it is no country's
        code = CURRENCY_COUNTRIES.get(d.unit.split("/")[0])
        if code is None and d.metric == "tariff":
            # A rate whose sentence names no one who sets it is set by whoever set the tariff
            # named last ("Two Chinese firms received rates of 700%" after "The US imposed ...").
            found, code = tariff_setter(scan, d.index)
            if found:
                d.country = code
                continue
        if code is None:
            if d.index not in carried:
                carried[d.index] = topic(scan, d.index)
            # Else the country whose statistics report it ("..., Chinese customs data showed").
            code = carried[d.index] or next((m.code for m in mention_roles(d.ctx) if m.role == Role.REPORTER), None)
        if code is None and d.metric == "investment":
            # No investor before: the region hosting it stands in ("a $35 million contract for
            # a plant in California").
            code = next((m.code for m in mention_roles(d.ctx) if m.place and m.role == Role.LOCATIVE), None)
        if code is None and scan.cjk and {m.code for m in scan.countries if m.code not in BLOC_CODES} == {"CHN"}:
            # A Chinese text whose only country is China: a figure no sentence attributes is
            # China's ("中铝...稀土分离能力合计3.47万吨/年" in an article on Chinese firms).
            code = "CHN"
        d.country = code
    parts_of_a_total(drafts, low)
    _conversions(drafts, low)
    carry_markets(drafts)
    _changes_before_a_price(drafts)
    _price_change_markets(drafts)
    _chinese_market(drafts, scan)
    exchange_prices(drafts)  # "on the London Metal Exchange": no country's market


def _link_neighbours(drafts: list[Draft], low: str) -> None:
    """A figure set anew by a pronoun, a change reaching a price, a figure compared with the
    one before it: each takes what the figure next to it in its sentence measures."""
    for prev, cur in zip(drafts, drafts[1:]):
        if prev.index != cur.index:
            continue
        between = low[prev.end : cur.start]
        if cur.unit == prev.unit and _RESET.search(between) and not _BREAK.search(between):
            cur.metric, cur.country, cur.element = prev.metric, prev.country, prev.element  # the same measure
            continue
        if len(between) > 60 or _BREAK.search(between):
            continue
        if prev.found.change and prev.unit == "%" and "/" in cur.unit and _TO_LEVEL.search(between):
            prev.metric = "price_change"
            prev.country = prev.country or cur.country
            prev.element = prev.element or cur.element
        elif cur.unit == prev.unit and not cur.found.change and _COMPARED.search(between):
            # "compared with 44 million tonnes in China": a figure its own phrase places is that place's.
            cur.metric = prev.metric
            cur.country = (cur.metric in PHYSICAL_METRICS and own_place(cur.ctx, cur.end)) or prev.country
            cur.element = cur.element or prev.element


def _may_own(d: Draft, m) -> bool:
    if m.role in NOT_OWNING or m.role == Role.REPORTER or (m.place and d.metric == "investment"):
        return False
    if d.metric == "tariff":
        return m.role != Role.OWNER and not taxed(d.ctx, m)  # a firm's nationality sets no tariff
    if m.role == Role.OWNER and d.metric in HOSTED_METRICS:
        return not foreign(d.ctx, m)  # a foreign firm's plant is its host's (hosts.py)
    return True


def _conversions(drafts: list[Draft], low: str) -> None:
    """A sum in brackets right after another is its conversion and is the first's: a yuan
    price's dollar conversion is China's market too (CONVENTIONS), "CNY 2,600 ($424.06)"."""
    for prev, cur in zip(drafts, drafts[1:]):
        if prev.index == cur.index and cur.country is None and prev.metric == cur.metric and _CONVERSION.fullmatch(low, prev.end, cur.start):
            cur.country = prev.country


def _changes_before_a_price(drafts: list[Draft]) -> None:
    """A percentage change that nothing in its sentence says the measure of, before a price
    of that sentence, is the change of that price, of its market and element: "A 12 percent
    climb made holmium oxide the week's top mover, closing at CNY 560 per kilogram"."""
    for i, cur in enumerate(drafts):
        if cur.metric != "other" or cur.unit != "%" or not cur.found.change:
            continue
        price = _reached_price(drafts, i)
        if price is not None:
            cur.metric = "price_change"
            cur.country = cur.country or price.country
            cur.element = cur.element or price.element


def _reached_price(drafts: list[Draft], i: int) -> Draft | None:
    """The price quoted after figure `i` in its sentence, if any, and not past a semicolon (the
    next price of a list: "…下跌4.1%；伦敦…收报每吨19850美元")."""
    cur = drafts[i]
    return next((p for p in drafts[i + 1 :] if p.index == cur.index and p.metric == "price"
                 and not any(c in cur.ctx.slice(cur.end, p.start) for c in ";；")), None)


def _price_change_markets(drafts: list[Draft]) -> None:
    """A price change whose own words name no market is a change of the price quoted just
    before it (same sentence or up to two before) and takes that price's country (SPEC §2):
    "Dysprosium oxide was quoted at 1,600 yuan/kg, a decrease of 12.5% from March"."""
    for i, cur in enumerate(drafts):
        if cur.metric != "price_change" or cur.country is not None:
            continue
        reached = _reached_price(drafts, i)
        if reached is not None:
            cur.country = reached.country  # "surged 230% to $39,000 per tonne": the price it reaches
            continue
        prev = next((p for p in reversed(drafts[:i]) if cur.index - p.index <= 2 and p.metric == "price"), None)
        if prev is not None:
            cur.country = prev.country


def _chinese_market(drafts: list[Draft], scan) -> None:
    """A price change a Chinese text reports without naming a market ("氧化镝价格上涨12%") is
    China's market, as a yuan price is, when the article quotes no money but yuan, or quotes
    yuan prices and no other (a dollar investment beside them names no foreign market)."""
    if not scan.cjk:
        return
    open_changes = [d for d in drafts if d.metric == "price_change" and d.unit == "%" and d.country is None]
    foreign = [d for d in drafts if d.unit[:3].isupper() and not d.unit.startswith("CNY")]
    yuan_prices = any(d.metric in PRICE_METRICS and d.unit.startswith("CNY") for d in drafts)
    if not open_changes or (foreign and not yuan_prices) or any(d.metric in PRICE_METRICS for d in foreign):
        return
    for d in open_changes:
        if not any(m.role != Role.BLOC for m in mention_roles(d.ctx)):
            d.country = "CHN"


def _carry_metrics(drafts: list[Draft]) -> None:
    """A figure whose sentence names no measure at all ("That was up 21.5% from April", "A
    47.6 percent jump caught the week's heaviest change") measures what the figure just
    before it measured, in its sentence or the one or two before (_carried_metric); it takes
    that figure's country when its own sentence names none, and its element when it has none."""
    for i, cur in enumerate(drafts):
        if cur.ctx.triggers or cur.metric != "other":
            _change_of_price(drafts, i)
            continue
        earlier = (p for p in reversed(drafts[:i]) if cur.index - p.index <= 2 and p.metric != "other")
        found = next(((p, m) for p in earlier if (m := _carried_metric(p, cur)) is not None), None)
        if found is None:
            continue
        prev, cur.metric = found
        if cur.metric == "tariff" and cur.country is not None and not any(_may_own(cur, m) for m in mention_roles(cur.ctx)):
            cur.country = None  # read as another metric's: "Two Chinese firms received rates of 700%"
        if cur.country is None and not any(mention_roles(cur.ctx)) and not (cur.metric == "price_change" and _reached_price(drafts, i)):
            cur.country = prev.country
        cur.element = cur.element or prev.element


def _change_of_price(drafts: list[Draft], i: int) -> None:
    """A percentage change right after a price in its sentence is that price's change, of its
    market and element: "Terbium oxide stood at 7,000 yuan/kg, a fall of 300 yuan/kg or 4.1%"."""
    cur = drafts[i]
    if not (cur.unit == "%" and cur.found.change and i and drafts[i - 1].index == cur.index):
        return
    if drafts[i - 1].metric not in PRICE_METRICS or cur.metric in PRICE_METRICS:
        return
    c_start, c_end = cur.ctx.clause_bounds(cur.start, cur.end)
    if cur.metric != "other" and any(c_start <= t[0] and t[1] <= c_end for t in cur.ctx.triggers) and not apposed_change(cur.ctx, cur.start, cur.end):
        return  # its own clause names what changed
    prices = [p for p in reversed(drafts[:i]) if p.index == cur.index and p.metric in PRICE_METRICS]
    price = next((p for p in prices if p.metric == "price"), drafts[i - 1])
    cur.metric = "price_change"
    # "closed at Yuan 81,000/mt ($11,278/mt), up 8%": the market of the quote, not of its conversion.
    cur.country = cur.country or next((p.country for p in prices if p.country), None)
    cur.element = cur.element or price.element


def _carried_metric(prev: Draft, cur: Draft) -> str | None:
    """A percentage change after a price is a price change; a figure of the same unit, or a
    percentage change, measures what `prev` measured. A bare share in a later sentence may be
    a share of anything, except of a tariff list ("... at 712.03% and ... at 721.03%")."""
    change = cur.unit == "%" and cur.found.change
    if prev.metric in PRICE_METRICS:
        return "price_change" if change else None
    if change:
        return prev.metric
    if cur.unit != prev.unit:
        return None
    if cur.unit == "%" and prev.metric != "tariff" and prev.index != cur.index:
        return None
    return prev.metric
