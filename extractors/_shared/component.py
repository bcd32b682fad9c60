"""The shape of every orewatch component, after spaCy's own (span_ruler.py): `match(doc)`
reads and returns what it found, `set_annotations(doc, found)` writes it; calling the
component does both. Matching can then be tested on its own."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc


class Component:
    """Subclasses define `match` and `set_annotations`."""

    def match(self, doc: Doc) -> Any:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: Any) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc
