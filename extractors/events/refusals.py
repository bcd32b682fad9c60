"""A measure a sentence refuses, named again as a class (English).

"The minister vowed not to impose export quotas on platinum, saying quotas had damaged the
industry elsewhere": the negation cancels "export quotas" (trigger_filters.stands); the bare
plural "quotas" after it is the refused class of measure again, talked about in general, not a
measure someone takes. Likewise "pledged not to restrict exports, saying the country needs
capital more than export bans". A re-mention with a determiner, a possessive or a country word
before it ("but imposed new quotas", "China's quotas") is a measure of its own and stands.
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts

# Words before a measure noun that make it a particular measure, not the class.
PARTICULAR = frozenset(
    "a an the its their his her our this that these those such new current existing own 's ’s".split()
)


def repeats_refused(index: DocFacts, t, refused: list) -> bool:
    """True when the trigger `t` is a bare plural measure noun of the type of a trigger the
    sentence refused before it (`refused`: triggers cancelled by a negation)."""
    if not any(r.type == t.type and r.end <= t.start for r in refused):
        return False
    head = index.lower(t.end - 1)
    if not head.endswith("s") or t.start == 0:
        return False
    before = index.lower(t.start - 1)
    return before not in PARTICULAR and not index.token_text(t.start - 1)[:1].isupper()
