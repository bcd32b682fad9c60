"""The quantity component, `orewatch_quantities`: numbers with a unit about the supply chain,
as `Quantity` records in `doc._.quantities`, with what each measures and whose it is.

How a quantity is read, module by module:
    text.py        the scanning form of the text (full-width digits, URLs, CJK spacing)
    numbers.py     digits, English number words, Chinese numerals -> float
    amounts.py     one number with its scale, currency sign, minus
    units.py       what follows it: unit, cents, price denominator
    scanner.py     ranges and pairs, qualifiers (about, over) and changes (rose 5%)
    context.py     the sentence around a figure: clauses, metric words, years, world markers
    attribution.py metric, element and year of a figure
    roles.py       the role of each country mention in the sentence
    country.py     whose figure it is, by role and metric
    respective.py  figures given respectively (分别): the countries of a list in order
    destinations.py countries a trade figure went to ("Japan took 7.1 tonnes"): markets, no owners
    markets.py     where a price is quoted: a scene-setting place, the market of the price before
    totals.py      a part "of the total" of a trade flow: that flow's metric and country
    items.py       a figure's element among several: lists of figures, the clause before
    earlier.py     what the sentences before and the headline tell a figure (element, quota kind)
    linking.py     figures settled against each other (a change and the price it reaches)
    finder.py      the component: the steps above, in order
    lexicon.py     units.yaml, metrics.yaml, quantity_context.yaml -> lookup tables
    tables.py      the regex tables those become
"""

from __future__ import annotations

from spacy.language import Language

from orewatch.extractors.quantities.finder import QuantityFinder

__all__ = ["QuantityFinder", "make_quantities"]


@Language.factory("orewatch_quantities", assigns=["doc._.quantities"])
def make_quantities(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()
