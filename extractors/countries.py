"""Finds country (ISO3) and bloc mentions: lexicon terms matched by PhraseMatcher, then the
rules for the traps (currency signs, cities standing for stock markets, person names, Georgia
the US state, Turkey the bird, one-character Chinese compounds)."""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import pycountry
from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors._shared.cjk import has_cjk
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
    starts_with_capital,
    switched,
)

RULES_VERSION = "orewatch.countries.v1"
# Blocs are not countries (SPEC §2): the bloc codes this component gives, next to ISO3 codes.
BLOC_CODES = frozenset(load_lexicon("blocs")["codes"])
MULTILATERAL_BLOCS = frozenset(load_lexicon("blocs")["multilateral"])
WORLD = "WLD"  # given only to a quantity's country ("global production"), never a mention
ZH_LOCALES = ("zh_CN", "zh_TW", "zh_HK")
NEAR_WINDOW = 4  # tokens either side searched by the not_near rule (Turkey the bird)


def pycountry_terms(config: dict) -> Iterator[tuple[str, str]]:
    """(term, ISO3) for every pycountry name, official and common name, alpha-3 and Chinese
    translation, minus the lexicon's skip lists."""
    alpha3_skip = set(config.get("alpha3_skip", ()))
    name_skip = set(config.get("name_skip", ()))
    zh_skip = set(config.get("zh_skip", ()))
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ZH_LOCALES
    ]
    for country in pycountry.countries:
        names = {
            getattr(country, attr, None) for attr in ("name", "official_name", "common_name")
        } - {None}
        for name in names:
            # "Korea, Republic of" is a catalogue form that news never writes.
            if "," not in name and name not in name_skip:
                yield name, country.alpha_3
            for translation in translations:
                zh = translation.gettext(name)
                if zh != name and zh not in zh_skip:
                    yield zh, country.alpha_3
        if country.alpha_3 not in alpha3_skip:
            yield country.alpha_3, country.alpha_3


class CountryMatcher(Component):
    """The country component: `match` finds the kept lexicon matches, `set_annotations` writes
    them as the Doc's country mentions (its facts and `doc.spans["countries"]`)."""

    def __init__(self, nlp: Language):
        lexicon = load_lexicon("countries")
        blocs = load_lexicon("blocs")
        market = lexicon["market"]
        self.market_heads = frozenset(w for w in market["heads"] if not has_cjk(w))
        self.market_heads_cjk = tuple(w for w in market["heads"] if has_cjk(w))
        self.market_skip = frozenset(market["skip"])
        self.market_before = frozenset(market["before"])
        self.market_moves = frozenset(market["moves"])
        self.market_move_skip = frozenset(market["move_skip"])
        other_cities = {w.lower() for city in market["other_cities"] for w in city.split()}
        self.person_safe_before = frozenset(lexicon["person"]["safe_before"])
        self.person_safe_after = frozenset(lexicon["person"]["safe_after"])
        self.capital_words: set[str] = set()

        self.terms = TermMatcher(nlp, "countries")
        for term, code in pycountry_terms(lexicon["pycountry"]):
            self.terms.add(term, Term(codes=(code,)))
        for entry in lexicon["countries"] + blocs["blocs"]:
            self._add_entry(entry)
        for entry in lexicon["ambiguous"]:
            self._add_entry(entry, kind=TermKind.AMBIGUOUS)
        for entry in lexicon["compounds"]["entries"]:
            self.terms.add(entry["text"], compound_payload(entry))
        for group in lexicon["not_countries"]:
            self.terms.add_all(group["terms"], Term(kind=TermKind.BLOCK))
        self.terms.build()
        self.city_words = frozenset(self.capital_words | other_cities)

    def _add_entry(self, entry: dict, kind: TermKind = TermKind.NAME) -> None:
        city = TermKind.CAPITAL if entry.get("market_city") else kind
        self.terms.add_all(entry.get("terms", ()), entry_payload(entry, kind=city))
        capitals = entry.get("capitals") or ()
        self.terms.add_all(capitals, entry_payload(entry, kind=TermKind.CAPITAL))
        for capital in list(capitals) + (list(entry["terms"]) if city == TermKind.CAPITAL else []):
            self.capital_words.update(capital.lower().split())

    # --- matching -------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[TermMatch]:
        facts = doc_facts(doc)
        return [switched(facts, m) for m in longest_first(self.terms(doc)) if self._keep(doc, facts, m)]

    def set_annotations(self, doc: Doc, matches: list[TermMatch]) -> None:
        set_mentions(doc, "countries", matches)


    # --- rules ----------------------------------------------------------------------------
    def _keep(self, doc: Doc, facts: DocFacts, cand: TermMatch) -> bool:
        term = cand.term
        if term.kind == TermKind.BLOCK:
            return False
        if term.kind == TermKind.COMPOUND:
            return compound_context_ok(facts, cand)
        if not starts_with_capital(facts.token_text(cand.start)):
            return False
        if self._is_currency(facts, cand):
            return False
        if term.kind == TermKind.CAPITAL and self._stands_for_market(doc, cand):
            return False
        if term.rule == "not_person" and self._is_person(doc, cand):
            return False
        if term.rule == "not_near" and self._near_any(doc, cand, term.against):
            return False
        if term.rule == "needs_cue" and not self._has_cue(doc, facts, cand):
            return False
        if term.not_after or term.not_before:
            return compound_context_ok(facts, cand)
        return True

    @staticmethod
    def _is_currency(facts: DocFacts, cand: TermMatch) -> bool:
        """"US $5" and "$US 5" are currencies (US$, A$, HK$ are single tokens already)."""
        if cand.end < facts.n and facts.token_text(cand.end).startswith("$"):
            return True
        if cand.start == 0:
            return False
        return facts.token_text(cand.start - 1).endswith("$") and not facts.space_after(cand.start - 1)

    def _stands_for_market(self, doc: Doc, cand: TermMatch) -> bool:
        """"Tokyo and Seoul shares fell", "Tokyo-listed", "shares in Sydney", 东京股市."""
        following = "".join(t.text for t in doc[cand.end : cand.end + 3])
        if following.startswith(self.market_heads_cjk):
            return True
        i = cand.end
        while i < min(len(doc), cand.end + 12):
            low = doc[i].lower_
            if low in self.market_heads:
                # "Beijing's market dominance" is about the country, not its bourse.
                return not (low.startswith("market") and doc[i - 1].lower_ in ("'s", "’s"))
            if low in self.market_skip or low in self.city_words:
                i += 1
                continue
            break
        # "Tokyo, Sydney and Seoul were also down", "London fell": a market report's move.
        k = i
        while k < len(doc) and doc[k].lower_ in self.market_move_skip:
            k += 1
        if k < len(doc) and doc[k].lower_ in self.market_moves:
            return True
        j = cand.start - 1
        if j >= 0 and doc[j].lower_ in self.market_before:
            return any(t.lower_ in self.market_heads for t in doc[max(0, j - 4) : j])
        return False

    def _is_person(self, doc: Doc, cand: TermMatch) -> bool:
        """A capitalised given name before ("Michael Jordan") or surname after ("Chad Smith")."""
        if cand.start > 0:
            prev = doc[cand.start - 1]
            if prev.is_alpha and prev.is_title and prev.text not in self.person_safe_before:
                return True
        if cand.end < len(doc):
            nxt = doc[cand.end]
            if nxt.is_alpha and nxt.is_title and nxt.text not in self.person_safe_after:
                return True
        return False

    @staticmethod
    def _near_any(doc: Doc, cand: TermMatch, words: frozenset[str]) -> bool:
        lowered = {w.lower() for w in words}
        lo = max(0, cand.start - NEAR_WINDOW)
        hi = min(len(doc), cand.end + NEAR_WINDOW)
        return any(t.lower_ in lowered for t in doc[lo:hi])

    @staticmethod
    def _has_cue(doc: Doc, facts: DocFacts, cand: TermMatch) -> bool:
        """Georgia is the country only if the document names one of its cues (Tbilisi,
        Caucasus...) and the sentence has no US-state cue (Atlanta, governor...)."""
        term = cand.term
        sentence = doc[cand.start].sent if doc.has_annotation("SENT_START") else doc[:]
        sentence_words = {t.text for t in sentence}
        if any(w in sentence_words for w in term.against):
            return False
        doc_words = {t.text for t in doc}
        text = facts.text
        return any((cue in text) if " " in cue else (cue in doc_words) for cue in term.cues)


@Language.factory("orewatch_countries", assigns=["doc.spans"])
def make_countries(nlp: Language, name: str) -> CountryMatcher:
    return CountryMatcher(nlp)
