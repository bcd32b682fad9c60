"""Matches lexicon terms exact-case and lower-case (through the pipeline's shared
PhraseMatchers), resolving overlaps longest-first; shared by the country and element
components."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from orewatch.extractors._shared.cjk import starts_cjk
from orewatch.extractors._shared.doc_index import DocIndex, doc_text
from orewatch.extractors._shared.phrases import shared_matcher

SPANS_KEY = "orewatch.spans"

# A word with a capital after its first character is an abbreviation or a formula
# (US, U.S., EU, REE, NdPr): such terms only match in exactly that case.
_INNER_CAPITAL = re.compile(r"\S[A-Z]")


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
    """Terms -> Term payloads, matched exact-case (ORTH) and lower-case (LOWER) through the
    pipeline's shared PhraseMatchers (phrase_matching.py), under the owner name `name`.

    A term added twice keeps the last payload, so hand-written lexicon entries added after
    generated ones (pycountry names) override them.
    """

    def __init__(self, nlp: Language, name: str = "terms"):
        self.nlp = nlp
        self._exact: dict[str, Term] = {}
        self._lower: dict[str, Term] = {}
        self._shared = shared_matcher(nlp)
        self._owner = self._shared.new_owner(name)
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
        for exact, table in ((True, self._exact), (False, self._lower)):
            texts = list(table)
            attr = "ORTH" if exact else "LOWER"
            for text, pattern in zip(texts, self.nlp.tokenizer.pipe(texts)):
                key = self._shared.add(self._owner, attr, f"{'E' if exact else 'L'}:{text}", [pattern])
                self._keys[key] = (exact, text)
        return self

    def replace(self, term: str, change) -> None:
        """Apply `change(payload)` to an already added term (e.g. to give it a rule)."""
        table, key = (self._exact, term) if is_exact_case(term) else (self._lower, term.lower())
        table[key] = change(table[key])

    def payload(self, match_id: int) -> Term:
        exact, text = self._keys[match_id]
        return (self._exact if exact else self._lower)[text]

    def __call__(self, doc: Doc) -> list[Candidate]:
        """Exact-case matches first, then lower-case ones (ties in `longest_first` keep it)."""
        found = []
        for attr in ("ORTH", "LOWER"):
            for match_id, start, end in self._shared(doc, self._owner, attr):
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
    return not first.isalpha() or first.isupper() or starts_cjk(first)


def switched(doc: Doc, cand: Candidate) -> Candidate:
    """The candidate with its compound's alternative parts when the document calls for them."""
    if cand.term.switch is None:
        return cand
    if_has, unless_has, parts = cand.term.switch
    text = doc_text(doc)
    if any(n in text for n in if_has) and not any(n in text for n in unless_has):
        codes = tuple(p for p in dict.fromkeys(parts) if p)
        return Candidate(cand.start, cand.end, replace(cand.term, parts=parts, codes=codes))
    return cand


class LabelledSpan(NamedTuple):
    """A span of `doc.spans[key]` as plain values: token and character offsets, label."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str


def set_spans(doc: Doc, key: str, candidates: Iterable[Candidate]) -> None:
    """`doc.spans[key]` from the candidates (as `to_spans`), keeping them also as
    `LabelledSpan` tuples for `labelled_spans` (reading a SpanGroup back makes one Span object
    per span, for every reader)."""
    parts = span_parts(candidates)
    doc.spans[key] = [Span(doc, start, end, label=code) for start, end, code in parts]
    index = DocIndex.for_doc(doc)
    values = [LabelledSpan(start, end, index.starts[start], index.ends[end - 1], code) for start, end, code in parts]
    doc.user_data[(SPANS_KEY, key)] = (doc.spans[key], values)


def labelled_spans(doc: Doc, key: str) -> list[LabelledSpan]:
    """The spans of `doc.spans[key]` as `LabelledSpan` tuples, in the group's order: as kept by
    `set_spans` when the group is still the one it set, else read from the group."""
    group = doc.spans.get(key)
    if group is None:
        return []
    kept = doc.user_data.get((SPANS_KEY, key))
    if kept is not None and kept[0] is group and len(group) == len(kept[1]):
        return kept[1]
    return [LabelledSpan(s.start, s.end, s.start_char, s.end_char, s.label_) for s in group]


def to_spans(doc: Doc, candidates: Iterable[Candidate]) -> list[Span]:
    """One Span per code: `codes` over the whole candidate, `parts` per run of equal codes."""
    return [Span(doc, start, end, label=code) for start, end, code in span_parts(candidates)]


def span_parts(candidates: Iterable[Candidate]) -> list[tuple[int, int, str]]:
    """(start, end, code) of the spans `to_spans` makes, in its order."""
    parts: list[tuple[int, int, str]] = []
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
                    parts.append((i, j, code))
                i = j
        else:
            parts.extend((cand.start, cand.end, code) for code in term.codes)
    return parts


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
