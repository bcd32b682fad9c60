"""Says what a quantity measures and whose it is: metric, country, element and year, read from
its clause and sentence (SPEC §2; decisions in docs/extractors-quantities.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from orewatch.extractors.countries import WORLD
from orewatch.extractors.quantities.country import pick_country
from orewatch.extractors.quantities.lexicon import get_lexicon
from orewatch.extractors.quantities.offtakes import STATE, offtake_verdict
from orewatch.extractors.quantities.planned import planned_annual_output
from orewatch.extractors.quantities.periods import figure_year
from orewatch.extractors.quantities.ground import held_in_ground
from orewatch.extractors.quantities.stockpiles import funds_a_stockpile, names_a_stockpile
from orewatch.extractors.quantities.stakes import bought_share, equity_share
from orewatch.extractors.quantities.taxed import taxed_goods
from orewatch.extractors.quantities.items import clause_before_element, listed_element, pick_element, rate_clause_element, subordinate_bounds, tariff_goods
from orewatch.extractors.quantities.phrases import (
    MARKET,
    OF_PHRASE,
    SUPPLIER,
    USE_METRICS,
    head_noun,
    names_a_stake,
    nearest,
    needed,
    of_resources,
    planned,
    prices_share,
    sizes_a_market,
    sizes_a_plant,
    sourced_from,
)

if TYPE_CHECKING:  # context.py imports this module
    from orewatch.extractors.quantities.context import Sentence


_PRICE_UNITS = ("/kg", "/t", "/mtu")
_DIGIT = re.compile(r"\d")
_NOT_FOR_MASS = {"price", "investment", "tariff", "other", "price_change"}
# Money is invested, traded or a price; it is never a tonnage's metric (production, reserves).
_NOT_FOR_MONEY = {"tariff", "quota", "reserves", "production", "processing", "capacity", "demand", "consumption"}
# A percentage is an investment only as an equity stake ("a 30% stake", "9% of the company").
_ABROAD = re.compile(r"(?<![a-z])(?:sold|sells?|selling|shipped|ships?|shipping|sent)\s(?:[^,;:]|,(?=\d)){0,60}?(?<![a-z])(?:abroad|overseas)(?![a-z])")
_STAKE = re.compile(r"stake|equity|shares?\b|holding|interest\b|own(?:s|ed|ership)?\b|入股|股份|股权|股權")
_CAPACITY_FROM = {"production", "processing", "other"}
# Characters between a mining or output word and the quota it names ("mining quota", "开采总量控制指标").
_KIND_REACH = 8
# Tariffs fall on whole classes of goods: only the tariff's own clause names its element.
_BROAD_METRICS = frozenset({"tariff"})
# "China, the world's largest producer, shipped ...": a ranked actor noun describes who acts,
# not what the figure measures.
_RANKED_ACTOR = re.compile(
    r"(?<![a-z])(?:world|globe|country|nation)(?:'s|’s)\s+(?:(?:second|third)[- ])?(?:largest|biggest|top|leading|dominant)\s+(?:[a-z-]+\s+)?$"
)
_ACTOR_NOUN = re.compile(r"(?:er|ers)$")


def _ranks_an_actor(ctx, trigger: tuple[int, int, str]) -> bool:
    t_start, t_end, _ = trigger
    if not _ACTOR_NOUN.search(ctx.low, 0, t_end - ctx.start):
        return False
    return bool(_RANKED_ACTOR.search(ctx.low, max(0, t_start - ctx.start - 40), t_start - ctx.start))


class Figure(NamedTuple):
    """A quantity's place in its sentence, and what attribution reads of it first."""

    start: int  # characters in the Doc's text
    end: int
    clause_start: int  # the clause holding it
    clause_end: int
    unit: str
    change: bool


@dataclass(frozen=True, slots=True)
class Attribution:
    metric: str
    country: str | None
    element: str | None
    year: int | None
    offtake: str | None = None  # offtakes.offtake_verdict: COMPANY, STATE or None


class Attributor:
    def __init__(self):
        self.metrics = get_lexicon().metrics

    def attribute(self, ctx: Sentence, start: int, end: int, unit: str, change: bool) -> Attribution:
        """What the figure text[start:end] of `unit` (a change or not) measures and whose it is."""
        fig = Figure(start, end, *ctx.clause_bounds(start, end), unit, change)
        metric = self.metric(ctx, fig)
        if verdict := offtake_verdict(ctx, start, unit, change, metric):
            # A company's offtake: its purchase or sale, no country's unless a state reserve buys.
            # The state buys: named before the figure, not the seller after it. The contract's
            # years (signed in 2022, from 2028, 2026年至2030年) are no year of a company's volume.
            if verdict == STATE:
                country = pick_country(ctx, fig._replace(clause_end=end), "other")
                return Attribution("other", country, self.element(ctx, fig, "other"), self.year(ctx, fig), verdict)
            return Attribution("other", None, self.element(ctx, fig, "other"), None, verdict)
        if (unit == "t" or (unit.isalpha() and unit.isupper())) and sizes_a_market(ctx, start, end):
            # A market's size: what it takes up, or a sum that is no one's investment; a market
            # named with no country is the world's ("the small (~2,400t) tantalum market").
            metric = "consumption" if unit == "t" else "other"
            country = pick_country(ctx, fig, metric) or (None if ctx.countries else WORLD)
            return Attribution(metric, country, self.element(ctx, fig, metric), self.year(ctx, fig))
        return Attribution(
            metric=metric,
            country=pick_country(ctx, fig, self.money_default(ctx, metric, unit, start, end)),
            element=self.element(ctx, fig, metric),
            year=self.year(ctx, fig),
        )

    # -- metric --------------------------------------------------------------------------

    def metric(self, ctx: Sentence, fig: Figure) -> str:
        unit = fig.unit
        if unit.endswith(_PRICE_UNITS):
            # "up $40/mtu", "a decrease of 144,000 yuan/t": a change of a price.
            return "price_change" if fig.change else "price"
        if unit == "t" and not fig.change and sizes_a_plant(ctx, fig):
            return "capacity"
        if unit == "t" and not fig.change and needed(ctx, fig):
            return "consumption"
        if unit == "t" and not fig.change and (of_resources(ctx, fig) or held_in_ground(ctx, fig)):
            return "reserves"
        if unit != "%" and names_a_stockpile(ctx, fig.clause_start, fig.clause_end):
            return "other"  # bought for or held in a state's stockpile (metrics.yaml)
        metric = self._metric(ctx, fig)
        if metric == "production" and unit == "t" and not fig.change and planned_annual_output(ctx, fig):
            return "capacity"  # "the plant is due to produce 3,500 tonnes a year" (planned.py)
        if unit == "%" and metric == "price":
            # A percentage is never a price: "a 92 percent rise in cobalt prices", "涨幅达到80%".
            return "price_change"
        if unit == "t" and metric in _CAPACITY_FROM and not fig.change and planned(ctx, fig):
            return "capacity"
        return metric

    @staticmethod
    def money_default(ctx, metric: str, unit: str, start: int, end: int) -> str:
        """A sum named with no trade, price or revenue word, nor a stockpile in its clause, nor
        sizing a market, nor a stockpile's funds, is money put in (investment)."""
        if metric not in ("other", "investment") or unit in ("t", "%") or "/" in unit:
            return metric
        if funds_a_stockpile(ctx, start):
            return "other"
        if metric != "other" or any(t[2] == "other" for t in ctx.triggers):
            return metric
        start = end - 1
        if sizes_a_market(ctx, start, end):
            return metric
        c_start, c_end = ctx.clause_bounds(start, start + 1)
        return metric if names_a_stockpile(ctx, c_start, c_end) else "investment"

    def _metric(self, ctx: Sentence, fig: Figure) -> str:
        start, end, c_start, c_end, unit, change = fig
        allowed = self._allowed(unit, change)
        if unit == "%" and "investment" in allowed and not any(
            _STAKE.match(ctx.low, t[0] - ctx.start) for t in ctx.triggers if t[2] == "investment"
        ):
            allowed = allowed - {"investment"}
        in_sentence = [t for t in ctx.triggers if not _ranks_an_actor(ctx, t)]
        clause = [t for t in in_sentence if t[0] >= c_start and t[1] <= c_end]
        # The noun the figure modifies decides, whatever verb changed it ("增加了15%的关税").
        head = head_noun(ctx, fig, clause)
        if head is not None and self._quota(ctx, head) in self._allowed(unit, False) and not (unit == "%" and equity_share(ctx, fig)):
            return self._quota(ctx, head)
        if change:
            # What changed is named before the change verb: "the price of yttrium ... surged".
            preceding = [t for t in in_sentence if t[1] <= start]
            if preceding:
                metric = self._quota(ctx, max(preceding)[2])
                if metric == "price" and unit == "%":
                    return "price_change"
                if metric in allowed:
                    return metric
        if unit == "%" and not change and "investment" in self._allowed(unit, change) and (names_a_stake(ctx, fig) or bought_share(ctx, fig)):
            return "investment"
        if not change and unit in ("t", "%") and sourced_from(ctx, fig):
            return "imports"
        if unit == "%":
            of = OF_PHRASE.match(ctx.slice(end, c_end))
            if of and not change:
                of_lo, of_hi = end + of.start(1), end + of.end(1)
                named = next((m for t_start, t_end, m in in_sentence if t_start >= of_lo and t_end <= of_hi and m in allowed), None)
                if MARKET.search(ctx.low, of_lo - ctx.start, of_hi - ctx.start):
                    named = named or "consumption"
                if named in USE_METRICS and SUPPLIER.search(ctx.low, max(0, start - ctx.start - 20), start - ctx.start):
                    return "production"  # "China supplies 90% of global demand": its share of the supply
                if named:
                    return self._quota(ctx, named)
        if unit == "%":
            # A percentage measured by a price word is that price's change (metric()).
            in_sentence = [t for t in in_sentence if t[2] != "price" or prices_share(ctx, fig, t)]
            clause = [t for t in clause if t[2] != "price" or prices_share(ctx, fig, t)]
        if "exports" in allowed and any(m.start() <= start - ctx.start and end - ctx.start <= m.end() for m in _ABROAD.finditer(ctx.low)):
            return "exports"  # "refiners sold 18,500 tonnes of nickel sulphate abroad", whatever the seller
        if unit == "%" and "tariff" in allowed and any(t[2] == "tariff" for t in in_sentence):
            # "duties of 12% on imports of ...", "the tariff on magnets imported from China rose to
            # 25%": imports named as the goods a tariff falls on are no measure of the rate.
            in_sentence = [t for t in in_sentence if not taxed_goods(ctx, t, in_sentence, end)]
            clause = [t for t in clause if t in in_sentence]
        for pool in (clause, in_sentence):
            best = nearest(pool, allowed, start, end)
            if best is not None:
                return self._quota(ctx, best)
        # Selling abroad is exporting, with the goods between ("sold 310,000 tonnes of ore abroad").
        return "exports" if "exports" in allowed and _ABROAD.search(ctx.low) else "other"

    def _quota(self, ctx, metric: str) -> str:
        """A quota's amount takes the metric of what it limits: exports when the sentence
        speaks of exports, production when its quota is a mining or smelting one, else what
        the quota named before limits (earlier.py), else production. Shipments are imports
        when the sentence speaks of imports, else exports."""
        if metric == "shipping":
            return "imports" if any(m == "imports" for *_, m in ctx.triggers) else "exports"
        if metric == "processing" and any(m == "quota" for *_, m in ctx.triggers):
            return "production"  # a smelting or separation quota limits output (SPEC §2)
        if metric != "quota":
            return metric
        if any(m == "exports" for *_, m in ctx.triggers):
            return "exports"
        # "the mining quota", "开采总量控制指标": the quota's own words say what it limits;
        # else the quota named before does ("The quota was later raised by 2,000 tonnes").
        quotas = [t[0] for t in ctx.triggers if t[2] == "quota"]
        kinds = {m for _, e, m in ctx.triggers if any(0 <= q - e <= _KIND_REACH for q in quotas)}
        if "capacity" in kinds:
            return "capacity"  # "a capacity allocation of at most 1,200 tons"
        if kinds & {"production", "processing"}:
            return "production"
        return ctx.quota_kind or "production"

    @staticmethod
    def _allowed(unit: str, change: bool) -> set[str]:
        every = {"quota", "shipping", "reserves", "production", "processing", "capacity", "exports", "imports",
                 "consumption", "demand", "price", "investment", "tariff", "other"}
        if unit == "t":
            return every - _NOT_FOR_MASS
        if unit == "%":
            return every - ({"tariff", "investment"} if change else set())
        return every - _NOT_FOR_MONEY

    # -- element -------------------------------------------------------------------------

    def element(self, ctx: Sentence, fig: Figure, metric: str) -> str | None:
        end, c_start, c_end = fig.end, fig.clause_start, fig.clause_end
        if metric in _BROAD_METRICS:
            found, code = tariff_goods(ctx, fig)  # "a 25% tariff on U.S. goods": the goods it falls on
            if found:
                return code
            # "imposing 34% tariffs on US goods while also curbing rare earth exports"
            c_start, c_end = subordinate_bounds(ctx, fig)
        # "98% of the world's gallium and 60% of its germanium": the of-phrase right after the
        # figure names its element.
        of = OF_PHRASE.match(ctx.slice(end, c_end))
        if of and of.group(0).lstrip().lower().startswith("of"):
            of_lo, of_hi = end + of.start(1), end + of.end(1)
            digit = _DIGIT.search(ctx.slice(of_lo, of_hi))
            if digit:
                of_hi = of_lo + digit.start()
            in_of = [m.code for m in ctx.elements if m.start >= of_lo and m.end <= of_hi]
            if in_of:
                return pick_element(in_of)
        if (metric == "investment" or fig.unit.isupper()) and ctx.general_minerals(c_start, c_end):
            return None  # "up to $100 billion for critical minerals projects" (quantity_context.yaml)
        in_clause = [m.code for m in ctx.elements if m.start >= c_start and m.end <= c_end]
        if in_clause:
            return pick_element(in_clause) or listed_element(ctx, fig)
        if ctx.general_minerals(c_start, c_end):
            return None  # "the country's mineral exports rose 22%": minerals as a whole
        if (metric == "investment" or fig.unit.isupper()) and ctx.general_minerals(ctx.start, ctx.end):
            return None  # "$8.5 billion, aimed at securing critical minerals and rare earths"
        in_sentence = [m.code for m in ctx.elements]
        if len(set(in_sentence)) > 1 and pick_element(in_sentence) is None and metric not in _BROAD_METRICS:
            # "钕价格一周上涨23%，截至5月27日涨至118.45万元/吨": a clause naming no element
            # continues the clause before it that names one.
            return clause_before_element(ctx, fig)
        if metric in _BROAD_METRICS:
            # A tariff's elements are named in its clause: "a 34% tariff on US goods, and
            # export controls on rare earths" puts no rare earth under the tariff.
            return rate_clause_element(ctx, fig) or (None if in_sentence else ctx.fallback_element)
        if in_sentence:
            return pick_element(in_sentence)
        # The metric ton unit is tungsten's (SPEC §2): "APT rose $10 to $345 per mtu".
        return ctx.fallback_element or ctx.article_element or ("W" if fig.unit.endswith("/mtu") else None)

    # -- year ----------------------------------------------------------------------------

    @staticmethod
    def year(ctx: Sentence, fig: Figure) -> int | None:
        return figure_year(ctx, fig.start, fig.end, (fig.clause_start, fig.clause_end), fig.change)
