"""Finds element and element-group mentions: STUB to be replaced."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("orewatch_elements", assigns=["doc.spans"])
def make_elements(nlp: Language, name: str):
    return ElementMatcher()


class ElementMatcher:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["elements"] = []
        return doc
