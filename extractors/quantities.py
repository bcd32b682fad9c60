"""Finds quantities: STUB to be replaced."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("orewatch_quantities", assigns=["doc._.quantities"])
def make_quantities(nlp: Language, name: str):
    return QuantityFinder()


class QuantityFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = []
        return doc
