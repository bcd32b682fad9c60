"""Finds policy events: STUB to be replaced."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("orewatch_events", assigns=["doc._.events"])
def make_events(nlp: Language, name: str):
    return EventFinder()


class EventFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
