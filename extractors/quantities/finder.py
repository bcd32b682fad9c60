"""The quantity component: finds numbers with a unit about the supply chain and sets
`doc._.quantities` to `Quantity` records with their metric, country, element and year."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.extractors._shared.component import Component
from orewatch.extractors._shared.extensions import get_ext, set_ext
from orewatch.extractors._shared.facts import DocFacts, doc_facts
from orewatch.extractors.quantities.attribution import Attributor
from orewatch.extractors.quantities.context import DocScan, Sentence
from orewatch.extractors.quantities.linking import Draft, link
from orewatch.extractors.quantities.parts import settle_parts
from orewatch.extractors.quantities.numbers import CN_NUMERAL_CHARS, EN_NUMBER_WORDS
from orewatch.extractors.quantities.scanner import Found, QuantityScanner
from orewatch.extractors.quantities.text import prepare
from orewatch.records import Quantity

RULES_VERSION = "orewatch.quantities.v1"

# Text with none of these holds no quantity: most sentences are skipped for the price of
# one regex search.
# Two searches: one alternation would try the word branch at every character before the
# first digit.
_MAYBE_DIGIT = re.compile(rf"[0-9０-９半{CN_NUMERAL_CHARS}]")
_MAYBE_NUMBER_WORD = re.compile(rf"(?i:\b(?:{'|'.join(EN_NUMBER_WORDS)}|an?\s+(?:dollar|euro|kilo|kg)))")
# In the lowercased text; the word boundary before is checked after the literal.
_YUAN_WORDS = re.compile(r"(?:yuan|rmb|renminbi)(?<![a-z]yuan)(?<![a-z]rmb)(?<![a-z]renminbi)(?!\w)")


def _names_yuan(low: str) -> bool:
    """`_YUAN_WORDS` in the lowercased text, searched only where one of its words is a
    substring (three `in` tests cost less than the search over the whole text)."""
    return ("yuan" in low or "rmb" in low or "renminbi" in low) and _YUAN_WORDS.search(low) is not None


_OWN_MEASURE = re.compile(r"每|\bper\b", re.I)  # a denominator of its own


class QuantityFinder(Component):
    """Reads quantities (scanner.py), drops non-quantities by context, attributes them."""

    def __init__(self):
        self.scanner = QuantityScanner()
        self.attributor = Attributor()

    def set_annotations(self, doc: Doc, quantities: list[Quantity]) -> None:
        set_ext(doc, "quantities", quantities)

    def match(self, doc: Doc) -> list[Quantity]:
        facts = doc_facts(doc)
        text = facts.text
        if not (_MAYBE_DIGIT.search(text) or _MAYBE_NUMBER_WORD.search(text)):
            return []
        cjk = has_cjk(text)
        prepared = prepare(text, cjk)
        chinese = cjk or (get_ext(doc, "language") or "").startswith("zh") or _names_yuan(text.lower())
        if not chinese and "¥" in text:
            # "a fixed price of ¥35,000 per tonne" in a text about China that never names Japan: yuan.
            codes = {m.code for m in facts.mentions("countries")}
            chinese = "CHN" in codes and "JPN" not in codes
        found = self.scanner.scan(prepared.text, chinese)
        if not found:
            return []
        return self._records(doc, facts, prepared, found, cjk)

    def _records(self, doc: Doc, facts: DocFacts, prepared, found: list[Found], cjk: bool) -> list[Quantity]:
        """The Quantity records of the figures found: each attributed in its sentence, then
        linked to the others (linking.py)."""
        scan = DocScan(doc, facts, cjk)
        drafts: list[Draft] = []
        for f in found:
            start, end = prepared.span(f.start, f.end)
            draft = self._draft(scan, f, start, end, drafts[-1] if drafts else None)
            if draft is not None:
                drafts.append(draft)
        link(drafts, scan)
        settle_parts(drafts, scan)
        field, text = get_ext(doc, "field") or "text", facts.text
        return [
            Quantity(
                value=d.found.value, value_max=d.found.value_max, unit=d.unit, qualifier=d.found.qualifier,
                change=d.found.change, metric=d.metric, country=d.country, element=d.element,
                year=d.year, text=text[d.start : d.end], field=field, start=d.start, end=d.end,
                sentence=d.ctx.text.strip(),
            )
            for d in drafts
        ]

    def _draft(self, scan: DocScan, f: Found, start: int, end: int, previous: Draft | None) -> Draft | None:
        """The figure text[start:end] attributed in its sentence, or None when it is no
        quantity there (a stock index, an exchange rate)."""
        index = scan.sentence_index(start)
        ctx = scan.context(index)
        if self._not_a_quantity(ctx, start, f):
            return None
        who = self.attributor.attribute(ctx, start, end, f.unit, f.change)
        unit, metric = f.unit, who.metric
        if metric in ("price", "other", "price_change") and previous is not None and previous.index == index:
            # "$126 per kilogram, ... may drop to below $8": the later price is per kg too; so is
            # a change of it in money ("报每吨51.2万元，较上周下跌1.5万元").
            # Not a change with a measure of its own between ("每台…每千瓦增加400元").
            if previous.unit.startswith(unit + "/") and not (f.change and _OWN_MEASURE.search(scan.text, previous.end, start)):
                unit, metric = previous.unit, ("price_change" if f.change else "price")
        metric = self.attributor.money_default(ctx, metric, unit, start, end)
        # a yuan price is China's market (SPEC §2), also when its unit came from the price before
        country = who.country or ("CHN" if metric in ("price", "price_change") and unit.startswith("CNY/") else None)
        return Draft(start, end, f, unit, index, ctx, metric, country, who.element, who.year, who.offtake)

    @staticmethod
    def _not_a_quantity(ctx: Sentence, start: int, f: Found) -> bool:
        """Stock-index moves, exchange rates and bond yields (SPEC §2)."""
        if f.unit == "t" or "/" in f.unit or not ctx.cues:
            return False
        c_start, c_end = ctx.clause_bounds(start, start + 1)
        # A market report names its index once per sentence ("上证指数...升9点，升幅0.31%").
        if f.unit == "%" and ctx.has_cue("stock_index"):
            return True
        if ctx.has_cue("stock_index", c_start, c_end) or ctx.has_cue("exchange_rate", c_start, c_end):
            return True
        return f.unit == "%" and ctx.has_cue("bond_yield", c_start, start)
