"""Cheap character-level access to a Doc, shared by the components: its text, kept at
tokenization, and the character offsets of its tokens, read once per Doc into arrays.

spaCy rebuilds `doc.text` and `span.text` from the tokens on every read (about 0.1 ms for a
news article, as much as tokenizing it), and each `doc[i]` creates a Token object: a
component that reads words through them pays per token. Components here find their places
with regular expressions over `doc_text(doc)` and map character offsets to tokens with
`DocIndex.token_at` (a bisect), touching Token objects only where something was found.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc

TEXT_KEY = "orewatch.text"
INDEX_KEY = "orewatch.index"


def doc_text(doc: Doc) -> str:
    """`doc.text`, read once: kept by `TextKeepingTokenizer`, else built and cached here."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class DocIndex:
    """Token offsets of one Doc as lists (`starts`, `ends`: token i is text[starts[i]:ends[i]]);
    `for_doc` builds it once per Doc and caches it."""

    __slots__ = ("text", "starts", "ends", "n")

    def __init__(self, doc: Doc):
        self.text = doc_text(doc)
        self.n = len(doc)
        # Token starts and trailing-space flags are the two cheap columns to read (lexeme
        # attributes such as LENGTH cost twice as much); tokens and their spaces tile the text.
        columns = doc.to_array([IDX, SPACY]).astype(numpy.int64) if self.n else numpy.zeros((0, 2), numpy.int64)
        starts = columns[:, 0]
        self.starts: list[int] = starts.tolist()
        self.ends: list[int] = (numpy.append(starts[1:], len(self.text)) - columns[:, 1]).tolist()

    @classmethod
    def for_doc(cls, doc: Doc) -> DocIndex:
        index = doc.user_data.get(INDEX_KEY)
        if index is None or index.n != len(doc):
            index = doc.user_data[INDEX_KEY] = cls(doc)
        return index

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
