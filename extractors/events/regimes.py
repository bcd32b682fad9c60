"""A licensing or quota regime named as already in force, with no direction word near it: "the
licence requirement, which took effect on April 4, covers dysprosium", "as the licence system
in force since last August thinned out sales abroad". Such a regime restricts exports (the
minerals' measures of this kind are export measures) unless its sentence speaks of imports."""

from __future__ import annotations

import re

from orewatch.extractors._shared.facts import DocFacts

REGIME_SUBTYPES = frozenset({"licence", "quota"})
# The head noun after the restriction word that makes it a regime.
REGIME_NOUNS = frozenset("requirement requirements system systems regime regimes rules scheme".split())
IN_FORCE_REACH = 8  # tokens after the regime noun in which its being in force is said
_IN_FORCE = re.compile(r"(?<![a-z])(?:took|takes|has\s+taken|had\s+taken)\s+effect|(?<![a-z])(?:in|into)\s+(?:force|effect)(?![a-z])")


def regime_in_force(index: DocFacts, found, cue, subtype: str) -> tuple[str, object] | None:
    """(export_restriction or import_restriction, the cue) for a regime in force, else None."""
    if subtype not in REGIME_SUBTYPES or cue.end >= index.n or index.lower(cue.end) not in REGIME_NOUNS:
        return None
    words = " ".join(index.lower(k) for k in range(cue.end + 1, min(index.n, cue.end + 1 + IN_FORCE_REACH)))
    if not _IN_FORCE.search(words):
        return None
    same_clause = [o for o in found.imports if found.clause(o.start) == found.clause(cue.start)]
    return ("import_restriction" if same_clause else "export_restriction", cue)
