"""One ORTH and one LOWER PhraseMatcher shared by the components of a pipeline.

Each PhraseMatcher call walks every token of the Doc (about 12 µs for an article, whatever
the number of patterns), and the country, element and event components each needed one or
two. Here they register their patterns under their own owner name, the two matchers run once
per Doc (on the first component's request), and each component reads only its own matches,
in the order its own matcher would have given them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

ATTRS = ("ORTH", "LOWER")
_MATCHES_KEY = "orewatch.phrase_matches"
_owners = count()


class SharedPhraseMatcher:
    """The shared matchers of one vocabulary; `shared_matcher(nlp)` gives the pipeline's."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._matchers = {attr: PhraseMatcher(vocab, attr=attr) for attr in ATTRS}
        self._owner: dict[int, tuple[str, str]] = {}  # match key -> (owner, attr)
        self._label: dict[int, str] = {}  # match key -> the label its owner gave
        self._generation = 0  # bumped by `add`: Docs matched before see fresh matches

    def new_owner(self, name: str) -> str:
        """A name no other registrant uses (two components of one kind keep apart)."""
        return f"{name}#{next(_owners)}"

    def add(self, owner: str, attr: str, label: str, patterns: Sequence[Doc]) -> int:
        """Register `patterns` under `label` for `owner`; returns the match key."""
        key = self.vocab.strings.add(f"{owner}|{label}")
        self._matchers[attr].add(f"{owner}|{label}", list(patterns))
        self._owner[key] = (owner, attr)
        self._label[key] = label
        self._generation += 1
        return key

    def label(self, key: int) -> str:
        return self._label[key]

    def __call__(self, doc: Doc, owner: str, attr: str) -> list[tuple[int, int, int]]:
        """The (key, start, end) matches of `owner`'s patterns on `attr`."""
        cached = doc.user_data.get(_MATCHES_KEY)
        if cached is None or cached[0] is not self or cached[1] != self._generation:
            grouped: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
            owners = self._owner
            for matcher in self._matchers.values():
                if len(matcher):
                    for match in matcher(doc):
                        grouped.setdefault(owners[match[0]], []).append(match)
            cached = (self, self._generation, grouped)
            doc.user_data[_MATCHES_KEY] = cached
        return cached[2].get((owner, attr), [])


def shared_matcher(nlp: Language) -> SharedPhraseMatcher:
    """The pipeline's shared matcher, made on first request."""
    matcher = getattr(nlp, "_orewatch_phrases", None)
    if matcher is None or matcher.vocab is not nlp.vocab:
        matcher = SharedPhraseMatcher(nlp.vocab)
        nlp._orewatch_phrases = matcher
    return matcher
