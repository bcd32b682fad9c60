"""Finds country (ISO3) and bloc mentions: STUB to be replaced."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("orewatch_countries", assigns=["doc.spans"])
def make_countries(nlp: Language, name: str):
    return CountryMatcher()


class CountryMatcher:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["countries"] = []
        return doc
