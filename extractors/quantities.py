"""The quantity component: finds numbers with a unit about the supply chain and sets
`doc._.quantities` to `Quantity` records with their metric, country, element and year."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors.quantity_attribution import Attributor, SentenceContext, pick_element
from orewatch.extractors.quantity_lexicon import get_lexicon
from orewatch.extractors.quantity_numbers import CN_NUMERAL_CHARS, EN_NUMBER_WORDS
from orewatch.extractors.quantity_scanner import Found, QuantityScanner
from orewatch.extractors.quantity_text import has_cjk, prepare
from orewatch.records import Quantity

RULES_VERSION = "orewatch.quantities.v1"

for _name in ("published", "field", "language", "quantities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Text with none of these holds no quantity: most sentences are skipped for the price of
# one regex search.
_MAYBE_NUMBER = re.compile(
    rf"[0-9０-９半{CN_NUMERAL_CHARS}]|(?i:\b(?:{'|'.join(EN_NUMBER_WORDS)}|an?\s+(?:dollar|euro|kilo|kg)))"
)
_YUAN_WORDS = re.compile(r"\b(?:yuan|rmb|renminbi)\b", re.IGNORECASE)


@Language.factory("orewatch_quantities", assigns=["doc._.quantities"])
def make_quantities(nlp: Language, name: str):
    return QuantityFinder()


def _sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character bounds of the sentences (one array read: iterating doc.sents costs more than
    the whole quantity scan)."""
    starts = doc.to_array("SENT_START")
    token_starts = [int(i) for i in (starts == 1).nonzero()[0]]
    if not token_starts:
        return [(0, len(text))]
    chars = [doc[i].idx for i in token_starts if i > 0]
    edges = [0, *chars, len(text)]
    return list(zip(edges[:-1], edges[1:]))


def _published_year(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return int(published[:4])
    except ValueError:
        return None


class QuantityFinder:
    """Reads quantities (quantity_scanner), drops non-quantities by context, attributes them."""

    def __init__(self):
        self.scanner = QuantityScanner()
        self.attributor = Attributor()
        self.not_quantity = get_lexicon().not_quantity

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Quantity]:
        text = doc.text
        if not _MAYBE_NUMBER.search(text):
            return []
        prepared = prepare(text)
        chinese = (doc._.language or "").startswith("zh") or has_cjk(text) or bool(_YUAN_WORDS.search(text))
        found = self.scanner.scan(prepared.text, chinese)
        if not found:
            return []
        return self._records(doc, text, prepared, found)

    def _records(self, doc: Doc, text: str, prepared, found: list[Found]) -> list[Quantity]:
        bounds = _sentence_bounds(doc, text)
        countries = sorted((s.start_char, s.end_char, s.label_) for s in doc.spans.get("countries", []))
        elements = sorted((s.start_char, s.end_char, s.label_) for s in doc.spans.get("elements", []))
        year = _published_year(doc._.published)
        field = doc._.field or "text"
        records = []
        contexts: dict[int, SentenceContext] = {}
        for f in found:
            start, end = prepared.span(f.start, f.end)
            index = self._sentence_index(bounds, start)
            ctx = contexts.get(index)
            if ctx is None:
                ctx = contexts[index] = self._context(text, bounds, index, countries, elements, year)
            if self._not_a_quantity(ctx, start, f):
                continue
            who = self.attributor.attribute(ctx, start, end, f.unit, f.change)
            unit, metric = f.unit, who.metric
            if metric in ("price", "other") and not f.change and records and records[-1].sentence == ctx.text.strip():
                # "$126 per kilogram, ... may drop to below $8": the later price is per kg too.
                if records[-1].unit.startswith(unit + "/"):
                    unit, metric = records[-1].unit, "price"
            records.append(
                Quantity(
                    value=f.value, value_max=f.value_max, unit=unit, qualifier=f.qualifier,
                    change=f.change, metric=metric, country=who.country, element=who.element,
                    year=who.year, text=text[start:end], field=field, start=start, end=end,
                    sentence=ctx.text.strip(),
                )
            )
        return records

    @staticmethod
    def _sentence_index(bounds, start: int) -> int:
        for i, (lo, hi) in enumerate(bounds):
            if lo <= start < hi:
                return i
        return len(bounds) - 1

    @staticmethod
    def _context(text, bounds, index, countries, elements, year) -> SentenceContext:
        lo, hi = bounds[index]
        fallback = None
        # The element of the one or two sentences before stands in for a sentence naming none.
        for back in (index - 1, index - 2):
            if back < 0:
                break
            b_lo, b_hi = bounds[back]
            codes = [c for s, e, c in elements if s >= b_lo and e <= b_hi]
            if codes:
                fallback = pick_element(codes)
                break
        return SentenceContext(
            start=lo,
            text=text[lo:hi],
            countries=tuple(c for c in countries if c[0] >= lo and c[1] <= hi),
            elements=tuple(e for e in elements if e[0] >= lo and e[1] <= hi),
            fallback_element=fallback,
            published_year=year,
        )

    def _not_a_quantity(self, ctx: SentenceContext, start: int, f: Found) -> bool:
        """Stock-index moves, exchange rates and bond yields (SPEC §2)."""
        if f.unit == "t" or "/" in f.unit:
            return False
        c_start, c_end = ctx.clause_bounds(start, start + 1)
        clause = ctx.slice(c_start, c_end)
        # A market report names its index once per sentence ("上证指数...升9点，升幅0.31%").
        if f.unit == "%" and self.not_quantity["stock_index"].search(ctx.text):
            return True
        if self.not_quantity["stock_index"].search(clause):
            return True
        if self.not_quantity["exchange_rate"].search(clause):
            return True
        if f.unit == "%" and self.not_quantity["bond_yield"].search(ctx.slice(c_start, start)):
            return True
        return False
