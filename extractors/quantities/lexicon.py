"""Loads the quantity lexicons (units.yaml, quantity_context.yaml, metrics.yaml) and compiles
them into the term tables (tables.py) and regular expressions the quantity scanner uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from orewatch.extractors._shared.lexicons import load_lexicon
from orewatch.extractors.quantities.tables import PhraseTable, TailTable, TermTable, alternation, term_pattern


@dataclass(frozen=True, slots=True)
class UnitTerm:
    """What a unit word means: kind is currency, mass or percent; factor scales the value."""

    kind: str
    code: str
    factor: float = 1.0


@dataclass(frozen=True)
class QuantityLexicon:
    suffix_units: TermTable  # unit words after a number
    prefix_units: TailTable  # currency signs and codes before a number
    a_words: str  # regex: unit words after which "a"/"an" is the number one
    a_word_terms: tuple[str, ...]
    subunits: dict[str, TermTable]  # currency code -> its subunits (cents, 角, 分)
    denominators: TermTable  # per kg / per t / per lb / per mtu -> (unit, factor)
    cn_percent_prefixes: TailTable
    scale_words: dict[str, float]
    scale_letters: dict[str, float]
    qualifiers_before: TailTable
    qualifiers_after: TermTable
    changes_before: TailTable
    changes_after: TermTable
    not_quantity: dict[str, re.Pattern]
    metrics: list[tuple[str, re.Pattern]]
    metric_phrases: PhraseTable  # every metric trigger -> its metric
    not_quantity_phrases: PhraseTable  # every non-quantity cue -> stock_index, exchange_rate, bond_yield
    place_phrases: PhraseTable  # a region, city or port -> the ISO3 code of its country
    national_phrases: PhraseTable  # a national body, a leader, 全国/我国 -> the country it acts for
    mineral_phrases: PhraseTable  # minerals in general ("critical minerals") -> True


def _units() -> tuple[dict, dict, dict, dict, list[str], dict]:
    data = load_lexicon("units")
    exact_suffix: dict[str, UnitTerm] = {}
    any_suffix: dict[str, UnitTerm] = {}
    exact_prefix: dict[str, UnitTerm] = {}
    any_prefix: dict[str, UnitTerm] = {}
    a_words: list[str] = []
    subunits: dict[str, TermTable] = {}
    for entry in data["currencies"]:
        term = UnitTerm("currency", entry["code"])
        for word in entry.get("suffixes", []):
            any_suffix.setdefault(word.lower(), term)
        for word in entry.get("suffixes_exact_case", []):
            exact_suffix[word] = term
        for word in entry.get("prefixes", []):
            any_prefix.setdefault(word.lower(), term)
        for word in entry.get("prefixes_exact_case", []):
            exact_prefix[word] = term
        a_words += entry.get("a_word", [])
        if entry.get("subunits"):
            subunits[entry["code"]] = TermTable({}, dict(entry["subunits"]))
    for entry in data["mass"]:
        term = UnitTerm("mass", entry["unit"], float(entry["factor"]))
        for word in entry.get("suffixes", []):
            any_suffix[word.lower()] = term
        for word in entry.get("suffixes_exact_case", []):
            exact_suffix[word] = term
        a_words += entry.get("a_word", [])
    for word in data["percent"]["suffixes"]:
        any_suffix[word.lower()] = UnitTerm("percent", "%")
    for word in data["percent"]["tenths"]:
        any_suffix[word] = UnitTerm("tenths", "%", 10.0)
    for word in data["pound_word"]["terms"]:
        any_suffix[word] = UnitTerm("pound", "GBP")
    for word in data["yen_sign"]["terms"]:
        any_prefix[word] = UnitTerm("yen_sign", "JPY")
        any_suffix[word] = UnitTerm("yen_sign", "JPY")
    return exact_suffix, any_suffix, exact_prefix, any_prefix, a_words, subunits


def _metric_pattern(terms: list[str]) -> re.Pattern:
    parts = []
    for term in terms:
        stem = term.rstrip("*")
        body = r"[ \t]+".join(re.escape(p) for p in stem.split(" "))
        if stem[0].isascii():
            body = r"\b" + body + (r"\w*" if term.endswith("*") else r"\b")
        parts.append(body)
    return re.compile("|".join(parts), re.IGNORECASE)


def _actor_names() -> dict[str, str]:
    """The leaders and government bodies of event_actors.yaml, which act for their country
    ("Trump imposed a 25% tariff"); Latin names shorter than four letters are left out, since
    the phrase table matches lowercased words ("Xi" would be the "xi" of "Xi'an")."""
    actors = load_lexicon("event_actors")
    return {
        name: entry["code"]
        for key in ("people", "bodies")
        for entry in actors[key]
        for name in entry["names"]
        if not name[0].isascii() or len(name) >= 4
    }


@lru_cache(maxsize=1)
def get_lexicon() -> QuantityLexicon:
    exact_suffix, any_suffix, exact_prefix, any_prefix, a_words, subunits = _units()
    units = load_lexicon("units")
    context = load_lexicon("quantity_context")
    # The sign "$" must not be read as a prefix when it closes "US$" etc.: those are longer
    # terms and win because the prefix regex is searched leftmost-first.
    prefix = TailTable(exact_prefix, any_prefix, sign=True)
    suffix = TermTable(exact_suffix, any_suffix)
    denominators = {}
    for entry in units["price_denominators"]:
        for word in entry["terms"]:
            denominators[word] = (entry["unit"], float(entry["factor"]))
    denominator_table = TermTable(
        {}, denominators,
        lead=r"[ \t]*(?:(?:/|(?i:per|a|an|each|every)(?![A-Za-z]))[ \t]*(?i:metric[ \t]+)?)",
    )
    cn_prefixes = TailTable(dict(units["percent"]["chinese_prefixes"]), {})
    not_quantity = {
        name: re.compile("|".join(term_pattern(t) for t in sorted(spec["terms"], key=len, reverse=True)), re.IGNORECASE)
        for name, spec in context["not_quantities"].items()
    }
    metric_entries = load_lexicon("metrics")["metrics"]
    metrics = [(m["metric"], _metric_pattern(m["terms"])) for m in metric_entries]
    metric_terms: dict[str, str] = {}
    for entry in metric_entries:
        for term in entry["terms"]:
            metric_terms.setdefault(term, entry["metric"])  # the earlier entry wins a tie
    place_terms = {t: entry["country"] for entry in context["places"] for t in entry["terms"]}
    national_terms = {t: entry["country"] for entry in context["national"] for t in entry["terms"]}
    national_terms.update(_actor_names())
    cue_terms = {t: name for name, spec in context["not_quantities"].items() for t in spec["terms"]}
    return QuantityLexicon(
        suffix_units=suffix,
        prefix_units=prefix,
        a_words=alternation(a_words),
        a_word_terms=tuple(a_words),
        subunits=subunits,
        denominators=denominator_table,
        cn_percent_prefixes=cn_prefixes,
        scale_words={k.lower(): float(v) for k, v in units["scales"]["words"].items()},
        scale_letters={k: float(v) for k, v in units["scales"]["letters_with_currency"].items()},
        qualifiers_before=TailTable({}, {w: e["qualifier"] for e in context["qualifiers"] for w in e["before"]}),
        qualifiers_after=TermTable({}, {w: e["qualifier"] for e in context["qualifiers"] for w in e["after"]}, lead=r"[ \t]*"),
        changes_before=TailTable({}, {w: e["sign"] for e in context["changes"] for w in e["before"]}),
        changes_after=TermTable({}, {w: e["sign"] for e in context["changes"] for w in e["after"]}, lead=r"[ \t]+"),
        not_quantity=not_quantity,
        metrics=metrics,
        metric_phrases=PhraseTable(metric_terms),
        not_quantity_phrases=PhraseTable(cue_terms),
        place_phrases=PhraseTable(place_terms),
        national_phrases=PhraseTable(national_terms),
        mineral_phrases=PhraseTable({t: True for t in context["general_minerals"]["terms"]}),
    )
