"""Finds element and element-group mentions (SPEC §2 codes): lexicon terms matched by
PhraseMatcher, group coordination ("light and heavy rare earths"), chemical formulas (Dy2O3)
and element symbols in a chemical context only ("Dy and Tb", never a bare "In" or "W")."""

from __future__ import annotations

import dataclasses
import re

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors._shared.component import Component
from orewatch.extractors._shared.facts import DocFacts, doc_facts
from orewatch.extractors._shared.lexicons import load_lexicon
from orewatch.extractors._shared.terms import (
    Term,
    TermKind,
    TermMatch,
    TermMatcher,
    compound_context_ok,
    compound_payload,
    entry_payload,
    longest_first,
    set_mentions,
)

RULES_VERSION = "orewatch.elements.v1"

PERIODIC_TABLE = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As "
    "Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd "
    "Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am "
    "Cm Bk Cf Es Fm Md No Lr".split()
)
FORMULA = re.compile(r"(?:[A-Z][a-z]?\d*)+")
FORMULA_PART = re.compile(r"[A-Z][a-z]?")
ANIONS = frozenset("B C N O F P S H Cl Se Te As Sb Si I Br".split())
# Candidate formulas in running text: two or more capitalised symbols, as a whole word. The
# pattern opens with the capital (the word-start test is a lookbehind after it) so that `re`
# skips to capitals instead of trying the lookbehind at every character: 3x faster.
FORMULA_IN_TEXT = re.compile(r"[A-Z](?<![\w$][A-Z])[a-z]?\d*(?:[A-Z][a-z]?\d*)+(?!\w)")
# Between two symbols of one chemical list: "Dy and Tb", "Nd/Pr", "Dy, Tb".
SYMBOL_CONNECTORS = frozenset({"and", "or", ",", "/", "-", "&", "+"})


def formula_codes(text: str, table_codes: frozenset[str]) -> tuple[str, ...]:
    """The SPEC codes in a chemical formula token (Dy2O3 -> Dy; Li2CO3 -> Li; WO3 -> W).

    A formula has at least two symbols, all real, and a digit or a lower-case letter, so that
    words in capitals (US, UN, CNN) and a band name like U2 are not formulas."""
    if len(text) < 3 or not FORMULA.fullmatch(text):
        return ()
    symbols = FORMULA_PART.findall(text)
    if len(symbols) < 2 or not all(s in PERIODIC_TABLE for s in symbols):
        return ()
    has_digit = any(ch.isdigit() for ch in text)
    if not any(ch.islower() for ch in text) and ("O" not in symbols or not has_digit):
        # Without a lower-case letter, only an oxide with its count is chemical enough
        # (WO3, U3O8, Y2O3); "US51" in "$US51/kg" is a price.
        return ()
    if not has_digit and symbols[-1] not in ANIONS and not all(len(s) == 2 for s in symbols):
        # Without counts, a compound ends in a non-metal (GaN, LiOH, InSb, NdFeB) or is an
        # alloy of two-letter symbols (SmCo); "MoU" (a memorandum) is neither.
        return ()
    return tuple(s for s in dict.fromkeys(symbols) if s in table_codes)


class ElementMatcher(Component):
    """The element component: `match` finds the kept lexicon matches, group modifiers and
    formulas, `set_annotations` writes them as the Doc's element mentions (its facts and
    `doc.spans["elements"]`)."""

    def __init__(self, nlp: Language):
        lexicon = load_lexicon("elements")
        self.codes = frozenset(lexicon["codes"])
        self.modifiers = dict(lexicon["group_modifiers"])
        self.connectors = frozenset(lexicon["group_connectors"])
        self.symbol_context_after = frozenset(lexicon["symbol_context_after"])
        self.name_allowed_after = frozenset(lexicon["name_guard"]["allowed_after"])

        self.terms = TermMatcher(nlp, "elements")
        for entry in lexicon["elements"]:
            self.terms.add_all(entry["terms"], entry_payload(entry))
        for term in lexicon["name_guard"]["terms"]:
            self.terms.replace(term, lambda t: dataclasses.replace(t, rule="not_name"))
        for entry in lexicon["compounds"]:
            self.terms.add(entry["text"], compound_payload(entry))
        for symbol in lexicon["symbols"]:
            self.terms.add(symbol, Term(codes=(symbol,), kind=TermKind.SYMBOL), exact=True)
        for group in lexicon["not_elements"]:
            self.terms.add_all(group["terms"], Term(kind=TermKind.BLOCK))
        self.terms.build()

    def match(self, doc: Doc) -> list[TermMatch]:
        facts = doc_facts(doc)
        candidates = longest_first(self.terms(doc))
        symbol_at = {c.start for c in candidates if c.term.kind == TermKind.SYMBOL}
        kept = [c for c in candidates if self._keep(doc, facts, c, symbol_at)]
        covered = {i for c in candidates for i in range(c.start, c.end)}
        kept += self._coordinated_modifiers(doc, kept, covered)
        kept += self._formulas(facts, covered)
        return sorted(kept, key=lambda c: c.start)

    def set_annotations(self, doc: Doc, matches: list[TermMatch]) -> None:
        set_mentions(doc, "elements", matches)


    # --- rules ----------------------------------------------------------------------------
    def _keep(self, doc: Doc, facts: DocFacts, cand: TermMatch, symbol_at: set[int]) -> bool:
        kind = cand.term.kind
        if kind == TermKind.BLOCK:
            return False
        if kind == TermKind.COMPOUND:
            return compound_context_ok(facts, cand)
        if kind == TermKind.SYMBOL:
            return self._chemical_context(doc, cand, symbol_at)
        if cand.term.rule == "not_name":
            return not self._is_name(doc, cand)
        return True

    def _chemical_context(self, doc: Doc, cand: TermMatch, symbol_at: set[int]) -> bool:
        """A symbol next to another symbol ("Dy and Tb"), before oxide/metal ("Dy oxide"),
        or in brackets ("terbium (Tb)")."""
        i = cand.start
        for step in (1, -1):
            j, k = i + step, i + 2 * step
            if 0 <= k < len(doc) and doc[j].lower_ in SYMBOL_CONNECTORS and k in symbol_at:
                return True
        if i + 1 < len(doc) and doc[i + 1].lower_ in self.symbol_context_after:
            return True
        return 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text in {")", ","}

    def _is_name(self, doc: Doc, cand: TermMatch) -> bool:
        """"Tin Shui Wai", "Tin Hau": a capitalised Tin followed by a capitalised word."""
        token = doc[cand.start]
        if not token.is_title or cand.end >= len(doc):
            return False
        nxt = doc[cand.end]
        return nxt.is_alpha and nxt.is_title and nxt.text not in self.name_allowed_after

    def _coordinated_modifiers(
        self, doc: Doc, kept: list[TermMatch], covered: set[int]
    ) -> list[TermMatch]:
        """"light and heavy rare earths": `light` names LREE; "轻、重稀土": 轻 names LREE."""
        found = []
        for cand in kept:
            if not set(cand.term.codes) & {"LREE", "HREE"} or cand.term.parts:
                continue
            i = cand.start
            while i >= 2 and doc[i - 1].lower_ in self.connectors:
                modifier = self.modifiers.get(doc[i - 2].lower_)
                if modifier is None or (i - 2) in covered:
                    break
                found.append(TermMatch(i - 2, i - 1, Term(codes=(modifier,), kind=TermKind.MODIFIER)))
                i -= 2
        return found

    def _formulas(self, facts: DocFacts, covered: set[int]) -> list[TermMatch]:
        """Formula tokens, found by one regex pass over the text (a Python loop over every
        token would cost more than the matchers)."""
        found = []
        for hit in FORMULA_IN_TEXT.finditer(facts.text):
            # Only a hit that is exactly one token.
            i = facts.is_token(hit.start(), hit.end())
            if i is None or i in covered:
                continue
            if i > 0 and facts.token_text(i - 1).endswith("$"):
                continue
            codes = formula_codes(hit.group(), self.codes)
            if codes:
                found.append(TermMatch(i, i + 1, Term(codes=codes, kind=TermKind.FORMULA)))
        return found


@Language.factory("orewatch_elements", assigns=["doc.spans"])
def make_elements(nlp: Language, name: str) -> ElementMatcher:
    return ElementMatcher(nlp)
