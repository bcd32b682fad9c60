"""Whose imports an import figure is, where its sentence says it: the country the goods came
"into", the possessor of the imports ("China's imports of Myanmar ore"), the buyers named as
the subject of "imported" ("Chinese refiners, which process Congo's hydroxide, imported ...");
not the goods' origin (country.py asks this first for an `imports` figure)."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.roles import BLOCS, MentionRole

# Goods brought "into" a country are its imports: "inbound shipments of cobalt hydroxide into
# China", "imports of Myanmar ore into China" (the origin named before is the counterpart).
_INTO = re.compile(r"(?<![a-z])into\s+(?:the\s+)?$")
_BUYERS_IMPORTED = re.compile(r"\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s*(?:,[^,;]{0,80},\s*)?(?:imported|bought|purchased)(?![a-z])")
_OWN_IMPORTS = re.compile(r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,3}?imports?(?![a-z])")


def importer_of(ctx, mentions: list[MentionRole], fig) -> str | None:
    """The country an import figure's clause says the goods came into, if any."""
    base = ctx.start
    inside = [m for m in mentions if fig.clause_start <= m.start and m.end <= fig.clause_end and m.code not in BLOCS]
    into = [m for m in inside if _INTO.search(ctx.low, max(0, m.start - base - 12), m.start - base)]
    # "China's imports of Myanmar ore": the possessor of the imports, not the goods' origin.
    into = into or [m for m in inside if m.end <= fig.start and _OWN_IMPORTS.match(ctx.low, m.end - base)]
    # "Chinese refiners, which process most of Congo's hydroxide, imported 41,000 tonnes": the buyers' country.
    into = into or [m for m in mentions if m.end <= fig.start and _BUYERS_IMPORTED.match(ctx.low, m.end - base)]
    return into[0].code if into else None
