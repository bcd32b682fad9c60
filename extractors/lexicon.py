"""Loads the hand-edited lexicons and matches their terms with two PhraseMatchers (exact case
and lower case), resolving overlaps longest-first; shared by the country and element components."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A word with a capital after its first character is an abbreviation or a formula
# (US, U.S., EU, REE, NdPr): such terms only match in exactly that case.
_INNER_CAPITAL = re.compile(r"\S[A-Z]")


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict:
    """The parsed YAML file `lexicons/<name>.yaml` (cached: the files are read once)."""
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def is_exact_case(term: str) -> bool:
    """Terms such as US, U.S., EU, REE or NdPr match only in their own case."""
    return any(_INNER_CAPITAL.search(word) for word in term.split())


@dataclass(frozen=True)
class Term:
    """What a lexicon term means once matched.

    `codes` apply to the whole span (NdPr -> Nd and Pr); `parts` instead give one code (or
    None) per token, for one-character Chinese compounds (中美 -> 中 CHN, 美 USA).
    `kind` names the rule family the component applies (name, capital, block, ambiguous...).
    """

    codes: tuple[str, ...] = ()
    parts: tuple[str | None, ...] = ()
    kind: str = "name"
    rule: str | None = None
    not_after: frozenset[str] = field(default_factory=frozenset)
    not_before: frozenset[str] = field(default_factory=frozenset)
    cues: frozenset[str] = field(default_factory=frozenset)  # for rules that need context
    against: frozenset[str] = field(default_factory=frozenset)
    # (if_doc_has, unless_doc_has, parts): other parts when the document names another country
    # sharing the abbreviation (烏方 is Uzbekistan's side in a text about 烏茲別克 only).
    switch: tuple | None = None


@dataclass(frozen=True)
class Candidate:
    start: int  # token offsets
    end: int
    term: Term


class TermMatcher:
    """Terms -> Term payloads, matched through one exact-case and one lower-case PhraseMatcher.

    A term added twice keeps the last payload, so hand-written lexicon entries added after
    generated ones (pycountry names) override them.
    """

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._exact: dict[str, Term] = {}
        self._lower: dict[str, Term] = {}
        self._exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[int, tuple[bool, str]] = {}

    def add(self, term: str, payload: Term, exact: bool | None = None) -> None:
        term = term.strip()
        if not term:
            return
        if is_exact_case(term) if exact is None else exact:
            self._exact[term] = payload
        else:
            self._lower[term.lower()] = payload

    def add_all(self, terms: Iterable[str], payload: Term) -> None:
        for term in terms:
            self.add(term, payload)

    def build(self) -> TermMatcher:
        for exact, table, matcher in (
            (True, self._exact, self._exact_matcher),
            (False, self._lower, self._lower_matcher),
        ):
            texts = list(table)
            for text, pattern in zip(texts, self.nlp.tokenizer.pipe(texts)):
                key = f"{'E' if exact else 'L'}:{text}"
                matcher.add(key, [pattern])
                self._keys[self.nlp.vocab.strings[key]] = (exact, text)
        return self

    def replace(self, term: str, change) -> None:
        """Apply `change(payload)` to an already added term (e.g. to give it a rule)."""
        table, key = (self._exact, term) if is_exact_case(term) else (self._lower, term.lower())
        table[key] = change(table[key])

    def payload(self, match_id: int) -> Term:
        exact, text = self._keys[match_id]
        return (self._exact if exact else self._lower)[text]

    def __call__(self, doc: Doc) -> list[Candidate]:
        found = []
        for matcher in (self._exact_matcher, self._lower_matcher):
            for match_id, start, end in matcher(doc):
                found.append(Candidate(start, end, self.payload(match_id)))
        return found


def longest_first(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer spans win, then whole names over compounds, then the
    leftmost ("Papua New Guinea" beats "Guinea"; 美国 beats the 中美 of 其中美国)."""
    ordered = sorted(
        candidates, key=lambda c: (-(c.end - c.start), c.term.kind == "compound", c.start)
    )
    taken: set[int] = set()
    kept = []
    for cand in ordered:
        tokens = range(cand.start, cand.end)
        if any(i in taken for i in tokens):
            continue
        taken.update(tokens)
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def compound_context_ok(doc: Doc, cand: Candidate) -> bool:
    """A one-character compound is cancelled by the character before or after it that makes it
    part of another word (其中美国: 其中; 对华为: 华为)."""
    term = cand.term
    if term.not_after and cand.start > 0 and doc[cand.start - 1].text in term.not_after:
        return False
    if term.not_before and cand.end < len(doc) and doc[cand.end].text in term.not_before:
        return False
    return True


def starts_with_capital(span_text: str) -> bool:
    first = span_text[:1]
    return not first.isalpha() or first.isupper() or has_cjk(first)


def switched(doc: Doc, cand: Candidate) -> Candidate:
    """The candidate with its compound's alternative parts when the document calls for them."""
    if cand.term.switch is None:
        return cand
    if_has, unless_has, parts = cand.term.switch
    text = doc.text
    if any(n in text for n in if_has) and not any(n in text for n in unless_has):
        codes = tuple(p for p in dict.fromkeys(parts) if p)
        return Candidate(cand.start, cand.end, replace(cand.term, parts=parts, codes=codes))
    return cand


def to_spans(doc: Doc, candidates: Iterable[Candidate]) -> list[Span]:
    """One Span per code: `codes` over the whole candidate, `parts` per run of equal codes."""
    spans: list[Span] = []
    for cand in candidates:
        term = cand.term
        if term.parts:
            i = cand.start
            while i < cand.end:
                code = term.parts[i - cand.start]
                j = i + 1
                while j < cand.end and term.parts[j - cand.start] == code:
                    j += 1
                if code:
                    spans.append(Span(doc, i, j, label=code))
                i = j
        else:
            spans.extend(Span(doc, cand.start, cand.end, label=code) for code in term.codes)
    return spans


def entry_payload(entry: dict, kind: str = "name", rule: str | None = None) -> Term:
    """The Term for a lexicon entry with `code` or `codes` (and optional context lists)."""
    codes = tuple(entry["codes"]) if "codes" in entry else (entry["code"],)
    return Term(
        codes=codes,
        kind=kind,
        rule=rule or entry.get("rule"),
        not_after=frozenset(entry.get("not_after", ())),
        not_before=frozenset(entry.get("not_before", ())),
        cues=frozenset(entry.get("cues", ())),
        against=frozenset(entry.get("against", ())),
    )


def compound_payload(entry: dict) -> Term:
    parts = tuple(entry["parts"])
    switch = entry.get("switch")
    return Term(
        switch=(
            (tuple(switch["if_doc_has"]), tuple(switch.get("unless_doc_has", ())), tuple(switch["parts"]))
            if switch
            else None
        ),
        parts=parts,
        codes=tuple(p for p in dict.fromkeys(parts) if p),
        kind="compound",
        not_after=frozenset(entry.get("not_after", ())),
        not_before=frozenset(entry.get("not_before", ())),
    )
