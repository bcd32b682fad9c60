"""Matches lexicon terms exact-case and lower-case (through the pipeline's shared
PhraseMatchers), resolving overlaps longest-first; shared by the country and element
components."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from spacy.language import Language
from spacy.tokens import Doc, Span

from orewatch.extractors._shared.cjk import starts_cjk
from orewatch.extractors._shared.extensions import get_ext
from orewatch.extractors._shared.facts import DocFacts, doc_facts
from orewatch.extractors._shared.phrases import shared_matcher
from orewatch.records import Mention

# A word with a capital after its first character is an abbreviation or a formula
# (US, U.S., EU, REE, NdPr): such terms only match in exactly that case.
_INNER_CAPITAL = re.compile(r"\S[A-Z]")


def is_exact_case(term: str) -> bool:
    """Terms such as US, U.S., EU, REE or NdPr match only in their own case."""
    return any(_INNER_CAPITAL.search(word) for word in term.split())


class TermKind(StrEnum):
    """Which of its component's rules a matched term goes through."""

    NAME = "name"  # a plain name (China, gallium)
    CAPITAL = "capital"  # a capital or city standing for its country (Beijing): not a market
    AMBIGUOUS = "ambiguous"  # a name that is also a common word (Chad, Turkey): its `rule` decides
    COMPOUND = "compound"  # one-character Chinese compounds (中美), one code per token
    BLOCK = "block"  # a longer phrase that is not a mention (Congress, "gold rush")
    SYMBOL = "symbol"  # an element symbol (Dy): only in a chemical context
    MODIFIER = "modifier"  # "light" of "light and heavy rare earths"
    FORMULA = "formula"  # a chemical formula (Dy2O3)


@dataclass(frozen=True)
class Term:
    """What a lexicon term means once matched.

    `codes` apply to the whole span (NdPr -> Nd and Pr); `parts` instead give one code (or
    None) per token, for one-character Chinese compounds (中美 -> 中 CHN, 美 USA).
    `kind` says which rules the component applies to it.
    """

    codes: tuple[str, ...] = ()
    parts: tuple[str | None, ...] = ()
    kind: TermKind = TermKind.NAME
    rule: str | None = None
    not_after: frozenset[str] = field(default_factory=frozenset)
    not_before: frozenset[str] = field(default_factory=frozenset)
    cues: frozenset[str] = field(default_factory=frozenset)  # for rules that need context
    against: frozenset[str] = field(default_factory=frozenset)
    # (if_doc_has, unless_doc_has, parts): other parts when the document names another country
    # sharing the abbreviation (烏方 is Uzbekistan's side in a text about 烏茲別克 only).
    switch: tuple | None = None


@dataclass(frozen=True)
class TermMatch:
    """A lexicon term matched at tokens [start, end), before the component's rules keep or
    drop it; kept ones become `Mention`s (`set_mentions`)."""

    start: int
    end: int
    term: Term


class TermMatcher:
    """Terms -> Term payloads, matched exact-case (ORTH) and lower-case (LOWER) through the
    pipeline's shared PhraseMatchers (phrases.py), under the owner name `name`.

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

    def __call__(self, doc: Doc) -> list[TermMatch]:
        """Exact-case matches first, then lower-case ones (ties in `longest_first` keep it)."""
        found = []
        for attr in ("ORTH", "LOWER"):
            for match_id, start, end in self._shared(doc, self._owner, attr):
                found.append(TermMatch(start, end, self.payload(match_id)))
        return found


def longest_first(candidates: Sequence[TermMatch]) -> list[TermMatch]:
    """Non-overlapping matches: longer spans win, then whole names over compounds, then the
    leftmost ("Papua New Guinea" beats "Guinea"; 美国 beats the 中美 of 其中美国)."""
    ordered = sorted(
        candidates, key=lambda c: (-(c.end - c.start), c.term.kind == TermKind.COMPOUND, c.start)
    )
    taken: set[int] = set()
    kept = []
    for match in ordered:
        tokens = range(match.start, match.end)
        if any(i in taken for i in tokens):
            continue
        taken.update(tokens)
        kept.append(match)
    return sorted(kept, key=lambda c: c.start)


def compound_context_ok(facts: DocFacts, match: TermMatch) -> bool:
    """A one-character compound is cancelled by the character before or after it that makes it
    part of another word (其中美国: 其中; 对华为: 华为)."""
    term = match.term
    if term.not_after and match.start > 0 and facts.token_text(match.start - 1) in term.not_after:
        return False
    if term.not_before and match.end < facts.n and facts.token_text(match.end) in term.not_before:
        return False
    return True


def starts_with_capital(span_text: str) -> bool:
    first = span_text[:1]
    return not first.isalpha() or first.isupper() or starts_cjk(first)


def switched(facts: DocFacts, match: TermMatch) -> TermMatch:
    """The match with its compound's alternative parts when the document calls for them."""
    if match.term.switch is None:
        return match
    if_has, unless_has, parts = match.term.switch
    text = facts.text
    if any(n in text for n in if_has) and not any(n in text for n in unless_has):
        codes = tuple(p for p in dict.fromkeys(parts) if p)
        return TermMatch(match.start, match.end, replace(match.term, parts=parts, codes=codes))
    return match


def set_mentions(doc: Doc, kind: str, matches: Iterable[TermMatch]) -> None:
    """Write the kept matches as the Doc's `kind` ("countries" or "elements") mentions: one
    `Mention` per code (`codes` over the whole match, `parts` per run of equal codes), in text
    order, into the Doc's facts, and as `doc.spans[kind]` for spaCy's own tools."""
    parts = code_parts(matches)
    doc.spans[kind] = [Span(doc, start, end, label=code) for start, end, code in parts]
    facts = doc_facts(doc)
    text, starts, ends = facts.text, facts.starts, facts.ends
    field = get_ext(doc, "field") or "text"
    mentions = []
    for start, end, code in parts:
        first, last = starts[start], ends[end - 1]
        mentions.append(Mention(code=code, text=text[first:last], field=field, start=first, end=last))
    mentions.sort(key=lambda m: (m.start, m.end))
    if kind == "countries":
        facts.countries = mentions
    else:
        facts.elements = mentions


def code_parts(matches: Iterable[TermMatch]) -> list[tuple[int, int, str]]:
    """(start token, end token, code) of each mention the matches make, in their order."""
    parts: list[tuple[int, int, str]] = []
    for match in matches:
        term = match.term
        if term.parts:
            i = match.start
            while i < match.end:
                code = term.parts[i - match.start]
                j = i + 1
                while j < match.end and term.parts[j - match.start] == code:
                    j += 1
                if code:
                    parts.append((i, j, code))
                i = j
        else:
            parts.extend((match.start, match.end, code) for code in term.codes)
    return parts


def entry_payload(entry: dict, kind: TermKind = TermKind.NAME, rule: str | None = None) -> Term:
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
        kind=TermKind.COMPOUND,
        not_after=frozenset(entry.get("not_after", ())),
        not_before=frozenset(entry.get("not_before", ())),
    )
