"""Loads the quantity lexicons (units.yaml, quantity_context.yaml, metrics.yaml) and compiles
them into the term tables and regular expressions the quantity scanner uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from orewatch.extractors._shared.lexicons import load_lexicon


@dataclass(frozen=True, slots=True)
class UnitTerm:
    """What a unit word means: kind is currency, mass or percent; factor scales the value."""

    kind: str
    code: str
    factor: float = 1.0


def term_pattern(term: str) -> str:
    """A regex for one lexicon term: spaces match any run of blanks; a term that ends in a
    letter must not run on into a longer word; one that starts with a letter must not
    start inside one."""
    body = r"[ \t]*".join(re.escape(part) for part in term.split(" "))
    if term[-1].isascii() and term[-1].isalpha():
        body += r"(?![A-Za-z])"
    if term[0].isascii() and term[0].isalpha():
        body = r"(?<![A-Za-z])" + body
    return body


def alternation(terms, keep=None) -> str:
    """The terms longest first; `keep`: only those it accepts, in the same order."""
    unique = sorted(set(terms), key=len, reverse=True)
    return "|".join(term_pattern(t) for t in unique if keep is None or keep(t)) or r"(?!x)x"


class TermTable:
    """Terms in two groups, exact case and any case, matched as one regex; lookup by text."""

    def __init__(self, exact: dict[str, object], anycase: dict[str, object], *, lead: str = "", tail: str = ""):
        self.exact = exact
        self.anycase = {k.lower(): v for k, v in anycase.items()}
        self.regex = re.compile(
            lead + rf"(?:(?P<cs>{alternation(exact)})|(?P<ci>(?i:{alternation(self.anycase)})))" + tail
        )
        # Without a lead, a term can only match where its first character stands: `match`
        # tries the terms that start with that character (one regex per character seen).
        self.tail = tail
        dispatch = not lead and all(t and not t[0].isspace() for t in (*exact, *self.anycase))
        self._by_char: dict[str, re.Pattern | None] | None = {} if dispatch else None

    def match(self, text: str, pos: int) -> re.Match | None:
        """`self.regex.match(text, pos)`, faster."""
        by_char = self._by_char
        if by_char is None or pos >= len(text):
            return self.regex.match(text, pos)
        ch = text[pos]
        if ch in by_char:
            regex = by_char[ch]
        else:
            regex = by_char[ch] = self._regex_for(ch)
        return regex.match(text, pos) if regex is not None else None

    def _regex_for(self, ch: str) -> re.Pattern | None:
        exact = [t for t in self.exact if t[0] == ch]
        anycase = [t for t in self.anycase if re.fullmatch(rf"(?i:{re.escape(t[0])})", ch)]
        if not exact and not anycase:
            return None
        return re.compile(
            rf"(?:(?P<cs>{alternation(self.exact, lambda t: t[0] == ch)})"
            rf"|(?P<ci>(?i:{alternation(self.anycase, lambda t: t in anycase)})))" + self.tail
        )

    def lookup(self, match: re.Match) -> object:
        if match.group("cs") is not None:
            return self.exact[match.group("cs")]
        key = re.sub(r"[ \t]+", " ", match.group("ci").lower())
        return self.anycase[key]


class TailTable:
    """Terms matched at the very end of a text (the words right before a number) by looking
    up its last characters: much cheaper than an end-anchored regex search over a window."""

    def __init__(self, exact: dict[str, object], anycase: dict[str, object], *, sign: bool = False):
        self.exact = exact
        self.anycase = {k.lower(): v for k, v in anycase.items()}
        self.lengths = sorted({len(t) for t in (*exact, *self.anycase)}, reverse=True)
        # Term lengths by last character (lowercased): most windows end in a character no
        # term ends with, and are rejected with one lookup.
        by_last: dict[str, set[int]] = {}
        for term in (*exact, *self.anycase):
            by_last.setdefault(term[-1].lower(), set()).add(len(term))
        self.by_last = {ch: sorted(ns, reverse=True) for ch, ns in by_last.items()}
        self.sign = sign

    def match_tail(self, window: str) -> tuple[object, int, bool] | None:
        """(meaning, start of the term in window, minus sign seen) or None."""
        end = len(window.rstrip(" \t"))
        negative = False
        if self.sign and end and window[end - 1] == "-":
            negative = True
            end = len(window[: end - 1].rstrip(" \t"))
        if not end:
            return None
        lengths = self.by_last.get(window[end - 1].lower())
        if lengths is None:
            return None
        lowered = None
        for n in lengths:
            if n > end:
                continue
            start = end - n
            piece = window[start:end]
            value = self.exact.get(piece)
            if value is None:
                if lowered is None:
                    lowered = window[:end].lower()
                value = self.anycase.get(lowered[start:end])
            if value is None:
                continue
            if piece[0].isascii() and piece[0].isalpha() and start and window[start - 1].isascii() and window[start - 1].isalpha():
                continue
            return value, start, negative
        return None


def trie_pattern(terms) -> str:
    """One regex for many literal terms, compressed into a trie (a naive alternation tries
    every term at every character; the trie tries one branch per distinct first letter)."""
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or r"(?!x)x"


def lowered(text: str) -> str:
    """`text.lower()` with the same length (a few characters lower to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class PhraseTable:
    """Finds lexicon phrases in a whole text in one pass: Latin terms in the lowercased text,
    whole words only (a term ending in "*" takes any ending), other terms (Chinese) anywhere.
    `find` gives sorted (start, end, meaning) triples."""

    def __init__(self, terms: dict[str, object]):
        self.latin: dict[str, tuple[object, bool]] = {}
        self.other: dict[str, object] = {}
        for term, meaning in terms.items():
            stem = re.sub(r"\s+", " ", term.rstrip("*").lower())
            if stem[0].isascii():
                self.latin[stem] = (meaning, term.endswith("*"))
            else:
                self.other[stem] = meaning
        self.stem_lengths = sorted({len(t) for t, (_, s) in self.latin.items() if s}, reverse=True)
        self.latin_regex = re.compile(
            rf"(?<![a-z])(?P<t>{trie_pattern(self.latin)})(?P<tail>[a-z]*)" if self.latin else r"(?!x)x"
        )
        self.other_regex = re.compile(trie_pattern(self.other)) if self.other else None
        self.longest = max(map(len, (*self.latin, *self.other)), default=0)

    def find(self, low: str, cjk: bool, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, object]]:
        """The phrases of `low` that start in [lo, hi), as in a scan of the whole text
        whenever no phrase runs across `lo` (a sentence start: phrases hold no sentence-final
        mark or line break). The word-boundary check looks before `lo`; the scan reads on a
        phrase's length past `hi`, so that a phrase starting before `hi` is the one the whole
        text gives, or else visibly ends after `hi` (its word ending may be cut off there)."""
        found = []
        latin = self.latin
        if hi is None:
            hi = endpos = len(low)
        else:
            endpos = min(len(low), hi + self.longest + 1)
        for m in self.latin_regex.finditer(low, lo, endpos):
            if m.start() >= hi:
                break
            term, tail = m.group("t"), m.group("tail")
            meaning, stem = latin[term]
            if tail and not stem and term[-1].isalpha():
                # The longest term did not end the word: a shorter stem may ("producers"
                # is not "produce", but a stem "produc*" would take it).
                for n in self.stem_lengths:
                    if n < len(term) and (short := latin.get(term[:n])) is not None and short[1]:
                        meaning, stem = short
                        break
                else:
                    continue
            found.append((m.start(), m.end() if stem else m.start() + len(term), meaning))
        if cjk and self.other_regex is not None:
            for m in self.other_regex.finditer(low, lo, endpos):
                if m.start() >= hi:
                    break
                found.append((m.start(), m.end(), self.other[m.group()]))
            found.sort()
        return found


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
    )
