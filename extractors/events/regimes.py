"""A licensing or quota regime named as already in force, with no direction word near it: "the
licence requirement, which took effect on April 4, covers dysprosium", "as the licence system
in force since last August thinned out sales abroad". Such a regime restricts exports (the
minerals' measures of this kind are export measures) unless its sentence speaks of imports.

So is a regime a state imposes on goods, named without a direction word: "after Beijing imposed
licence requirements on seven heavy rare earths", "licence requirements on medium and heavy rare
earths, imposed in April, slowed shipments", "after China placed several rare earths and then
graphite anode materials under licences"."""

from __future__ import annotations

import re

from orewatch.extractors._shared.facts import DocFacts

REGIME_SUBTYPES = frozenset({"licence", "quota"})
# The head noun after the restriction word that makes it a regime.
REGIME_NOUNS = frozenset("requirement requirements system systems regime regimes rules scheme".split())
IN_FORCE_REACH = 8  # tokens after the regime noun in which its being in force is said
_IN_FORCE = re.compile(r"(?<![a-z])(?:took|takes|has\s+taken|had\s+taken)\s+effect|(?<![a-z])(?:in|into)\s+(?:force|effect)(?![a-z])")


_IMPOSED = re.compile(r"(?<![a-z])(?:impos|introduc|plac|put|brought|bring)\w*")
# "licence requirements on seven heavy rare earths"; not "for": "requirements for gallium introduced
# in 2023 remain in place" recalls a standing regime, and reading it as imposed merged it, in the
# stories, with the measure suspended beside it
GOODS_PREPS = frozenset({"on"})
PLACING_REACH = 12  # "placed several rare earths and then graphite anode materials under licences"


def regime_in_force(index: DocFacts, found, cue, subtype: str) -> tuple[str, object] | None:
    """(export_restriction or import_restriction, the cue) for a regime in force or imposed on
    goods, else None."""
    if subtype not in REGIME_SUBTYPES or cue.end >= index.n:
        return None
    if not (_in_force(index, cue) or _imposed_on_goods(index, found, cue) or _placed_under(index, found, cue)):
        return None
    same_clause = [o for o in found.imports if found.clause(o.start) == found.clause(cue.start)]
    return ("import_restriction" if same_clause else "export_restriction", cue)


def _in_force(index: DocFacts, cue) -> bool:
    if index.lower(cue.end) not in REGIME_NOUNS:
        return False
    words = " ".join(index.lower(k) for k in range(cue.end + 1, min(index.n, cue.end + 1 + IN_FORCE_REACH)))
    return bool(_IN_FORCE.search(words))


def _imposed_on_goods(index: DocFacts, found, cue) -> bool:
    """A regime noun, "on" its goods (GOODS_PREPS), and a verb of imposing just before or after it."""
    noun = cue.end
    if noun + 1 >= index.n or index.lower(noun) not in REGIME_NOUNS or index.lower(noun + 1) not in GOODS_PREPS:
        return False
    near = [k for k in range(max(0, cue.start - 3), min(index.n, noun + 1 + IN_FORCE_REACH))
            if found.clause(k) == found.clause(cue.start) or k > noun]
    return any(_IMPOSED.match(index.lower(k)) for k in near)


def _placed_under(index: DocFacts, found, cue) -> bool:
    """"placed ... under licences": the goods put under the regime, by a verb of placing."""
    if cue.start == 0 or index.lower(cue.start - 1) != "under":
        return False
    lo = max(0, cue.start - PLACING_REACH)
    return any(_IMPOSED.match(index.lower(k)) and found.clause(k) == found.clause(cue.start) for k in range(lo, cue.start - 1))
