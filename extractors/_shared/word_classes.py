"""The word classes that the event and the quantity rules share (lexicons/word_classes.yaml):
each read here once, as the frozensets and regex alternations the two sides use."""

from __future__ import annotations

import re
from collections.abc import Iterable

from orewatch.extractors._shared.lexicons import load_lexicon

_CLASSES = load_lexicon("word_classes")


def words(word_class: str, *parts: str) -> frozenset[str]:
    """The words of the named parts (`core`, an extension) of `word_class`."""
    entry = _CLASSES[word_class]
    return frozenset(word for part in parts for word in entry[part])


def word_list(word_class: str, *parts: str) -> list[str]:
    """The words of the named parts of `word_class`, in the lexicon's order."""
    entry = _CLASSES[word_class]
    return [word for part in parts for word in entry[part]]


def alternation(terms: Iterable[str]) -> str:
    """A non-capturing regex alternation of `terms`, longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(terms, key=lambda t: (-len(t), t)))) + ")"


# The nouns that name a company: the core both sides read; the company register's trades and forms.
COMPANY_NOUNS_CORE = words("company_nouns", "core")
COMPANY_NOUNS_REGISTER = words("company_nouns", "core", "register")
# The participles that mark a nationality as an owner's: the register's (after the hyphen and
# before "by"); hosts.py's foreign owner after the hyphen and before "by".
OWNER_PARTICIPLES_REGISTER = words("owner_participles", "core", "operating", "register")
OWNER_PARTICIPLES_HOST_HYPHEN = words("owner_participles", "core", "funding", "listing")
OWNER_PARTICIPLES_HOST_BY = words("owner_participles", "core", "operating", "funding", "building")
# The nouns that name a plant, a mine or a line: all parts but planned.py's own are events.yaml's.
PLANT_NOUNS_PLANNED = words("plant_nouns", "core", "mines", "concentrators", "facilities", "lines", "planned_output")
