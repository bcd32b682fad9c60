"""The facts of one Doc that every component reads, found once and kept in one place,
`doc._.facts`: its text, the character offsets of its tokens, its sentence starts, the
matches of the shared PhraseMatchers, and the country and element mentions.

Why: spaCy rebuilds `doc.text` and `span.text` from the tokens on every read (about 0.1 ms
for a news article, as much as tokenizing it), and each `doc[i]` makes a Token object; a
component that reads words through them pays per token. The components here find their
places with regular expressions over `facts.text`, map character offsets to tokens with
`facts.token_at` (a bisect), and read words with `facts.lower(i)`, touching Token objects
only where something was found.

Who fills what: the tokenizer (tokenizer.py) makes the facts with the text and the token
offsets; the sentence component sets `sentence_starts`; the shared PhraseMatcher
(phrases.py) sets `phrase_matches` on its first call for the Doc; the country and element
components set `countries` and `elements`. `doc_facts(doc)` gives them, and is the one
validity check: facts made for another tokenization of the Doc (a different number of
tokens) are made anew.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc

from orewatch.extractors._shared.extensions import FACTS_KEY
from orewatch.records import Mention


class DocFacts:
    """The facts of one Doc (see the module docstring). Token i is text[starts[i]:ends[i]]."""

    __slots__ = ("text", "n", "starts", "ends", "sentence_starts", "phrase_matches",
                 "countries", "elements", "clause_marks")

    def __init__(self, doc: Doc, text: str | None = None):
        self.text: str = doc.text if text is None else text
        self.n = len(doc)
        # Token starts and trailing-space flags are the two cheap columns to read (lexeme
        # attributes such as LENGTH cost twice as much); tokens and their spaces tile the text.
        columns = doc.to_array([IDX, SPACY]).astype(numpy.int64) if self.n else numpy.zeros((0, 2), numpy.int64)
        starts = columns[:, 0]
        self.starts: list[int] = starts.tolist()
        self.ends: list[int] = (numpy.append(starts[1:], len(self.text)) - columns[:, 1]).tolist()
        self.sentence_starts: list[int] | None = None  # token indices; sentences.py
        self.phrase_matches: dict | None = None  # (owner, attr) -> [(key, start, end)]; phrases.py
        self.countries: list[Mention] | None = None  # set by the country component
        self.elements: list[Mention] | None = None  # set by the element component
        self.clause_marks: list[tuple[int, str]] | None = None  # events/clauses.py, on need

    # --- tokens, by index -------------------------------------------------------------------

    def token_at(self, char: int) -> int:
        """The token whose text or trailing space holds character `char`."""
        return bisect_right(self.starts, char) - 1

    def is_token(self, start: int, end: int) -> int | None:
        """The token whose text is exactly text[start:end], if there is one."""
        i = bisect_right(self.starts, start) - 1
        return i if i >= 0 and self.starts[i] == start and self.ends[i] == end else None

    def token_text(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def lower(self, i: int) -> str:
        """`doc[i].lower_`, without making a Token."""
        return self.text[self.starts[i] : self.ends[i]].lower()

    def space_after(self, i: int) -> bool:
        """`bool(doc[i].whitespace_)`: only a plain space is a token's trailing whitespace."""
        end = self.ends[i]
        return self.text[end : end + 1] == " "

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as `doc[start:end].text`."""
        if end <= start:
            return ""
        return self.text[self.starts[start] : self.ends[end - 1]]

    # --- mentions ---------------------------------------------------------------------------

    def mentions(self, kind: str) -> list[Mention]:
        """The "countries" or "elements" mentions, in text order (none before their component ran)."""
        return (self.countries if kind == "countries" else self.elements) or []

    def tokens_of(self, mention: Mention) -> tuple[int, int]:
        """The token range [start, end) of a mention (mentions always cover whole tokens)."""
        return self.token_at(mention.start), self.token_at(mention.end - 1) + 1


def doc_facts(doc: Doc) -> DocFacts:
    """The Doc's facts: as kept since tokenization, else made now."""
    facts = doc.user_data.get(FACTS_KEY)
    if facts is None or facts.n != len(doc):
        facts = doc.user_data[FACTS_KEY] = DocFacts(doc)
    return facts
