"""Element lists between two cue words: "a ban on gallium, germanium and antimony exports"
counts the list as one word, so that a restriction word reaches its direction word across it
(triggers.py)."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts

# A list of elements between a restriction word and its direction word counts as one word
# ("a ban on gallium, germanium and antimony exports"), up to this many tokens more.
LIST_REACH = 8
_LIST_GLUE = frozenset({",", "and", "or", "&"})


def listed_elements(index: DocFacts, a0: int, a1: int, b0: int, b1: int) -> int:
    """How many tokens more than one word a list of two or more elements takes between the
    token ranges [a0, a1) and [b0, b1) (the element names and the commas and "and" joining them)."""
    lo, hi = (a1, b0) if a1 <= b0 else (b1, a0)
    if hi - lo < 3:
        return 0
    named = [index.tokens_of(m) for m in index.mentions("elements")]
    spans = [(s, e) for s, e in named if lo <= s and e <= hi]
    if len(spans) < 2:
        return 0
    first, last = spans[0][0], spans[-1][1]
    listed = all(any(s <= i < e for s, e in spans) or index.lower(i) in _LIST_GLUE for i in range(first, last))
    return (last - first) - 1 if listed else 0
