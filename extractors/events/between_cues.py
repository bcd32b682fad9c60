"""What lies between a restriction word and its direction word (triggers.py): a list of
elements counts as one word ("a ban on gallium, germanium and antimony exports"); a measure
word makes the first an act on that measure ("suspended the tariff on graphite imports"), no
ban of its own."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts

# A list of elements between a restriction word and its direction word counts as one word
# ("a ban on gallium, germanium and antimony exports"), up to this many tokens more.
LIST_REACH = 8
_LIST_GLUE = frozenset({",", "and", "or", "&"})


def listed_elements(index: DocFacts, a, b, needed: bool = True) -> int:
    """How many tokens more than one word a list of two or more elements takes between cues a
    and b (the element names and the commas and "and" joining them); 0 when not `needed`."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    if not needed or hi - lo < 3:
        return 0
    lo_char, hi_char = index.starts[lo], index.ends[hi - 1]
    spans = [index.tokens_of(m) for m in index.mentions("elements") if lo_char <= m.start and m.end <= hi_char]
    if len(spans) < 2:
        return 0
    first, last = spans[0][0], spans[-1][1]
    listed = all(any(s <= i < e for s, e in spans) or index.lower(i) in _LIST_GLUE for i in range(first, last))
    return (last - first) - 1 if listed else 0


def measure_between(measures, a, b) -> bool:
    """A measure cue (of `measures`) stands between cues a and b, apart from both: "suspended
    the tariff on graphite imports", "paused its ban on gallium exports" act on that measure
    (event_phases.yaml) and are no ban of their own."""
    lo, hi = (a, b) if a.end <= b.start else (b, a)
    return any(lo.end < c.start and c.end < hi.start for c in measures)
