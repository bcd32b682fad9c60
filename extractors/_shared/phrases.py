"""One ORTH and one LOWER PhraseMatcher shared by the components of a pipeline, and the map
from each match key back to the label its owner gave (no label is parsed from a string).

Each PhraseMatcher call walks every token of the Doc (about 12 µs for an article, whatever
the number of patterns), and the country, element and event components each needed one or
two. Here they register their patterns under their own owner name when they are made, the
two matchers run once per Doc (on the first component's request; the matches are kept in the
Doc's facts), and each component reads only its own matches, in the order its own matcher
would have given them. Patterns are registered before any Doc is processed: a Doc matched
before a pattern was added does not see it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import count

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from orewatch.extractors._shared.facts import doc_facts

ATTRS = ("ORTH", "LOWER")
_owners = count()


class SharedPhraseMatcher:
    """The shared matchers of one vocabulary; `shared_matcher(nlp)` gives the pipeline's."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._matchers = {attr: PhraseMatcher(vocab, attr=attr) for attr in ATTRS}
        self._owner: dict[int, tuple[str, str]] = {}  # match key -> (owner, attr)
        self._label: dict[int, Hashable] = {}  # match key -> the label its owner gave

    def new_owner(self, name: str) -> str:
        """A name no other registrant uses (two components of one kind keep apart)."""
        return f"{name}#{next(_owners)}"

    def add(self, owner: str, attr: str, label: Hashable, patterns: Sequence[Doc]) -> int:
        """Register `patterns` under `label` for `owner`; returns the match key. The label is
        any value (a string, an enum member, a tuple): `label(key)` gives it back."""
        name = f"{owner}|{label}"
        key = self.vocab.strings.add(name)
        self._matchers[attr].add(name, list(patterns))
        self._owner[key] = (owner, attr)
        self._label[key] = label
        return key

    def label(self, key: int) -> Hashable:
        return self._label[key]

    def __call__(self, doc: Doc, owner: str, attr: str) -> list[tuple[int, int, int]]:
        """The (key, start, end) matches of `owner`'s patterns on `attr`."""
        facts = doc_facts(doc)
        if facts.phrase_matches is None:
            grouped: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
            owners = self._owner
            for matcher in self._matchers.values():
                if len(matcher):
                    for match in matcher(doc):
                        grouped.setdefault(owners[match[0]], []).append(match)
            facts.phrase_matches = grouped
        return facts.phrase_matches.get((owner, attr), [])


def shared_matcher(nlp: Language) -> SharedPhraseMatcher:
    """The pipeline's shared matcher, made on first request."""
    matcher = getattr(nlp, "_orewatch_phrases", None)
    if matcher is None or matcher.vocab is not nlp.vocab:
        matcher = SharedPhraseMatcher(nlp.vocab)
        nlp._orewatch_phrases = matcher
    return matcher
