"""The country the sentences before a figure are about, for a figure whose own sentence names
no owner (linking.py): the subject or place of the sentence or two before, else the country
the article has named most often so far, its headline's countries counting twice."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from orewatch.extractors.countries import BLOC_CODES
from orewatch.extractors.quantities.markets import quotes_a_basis
from orewatch.extractors.quantities.roles import Role, mention_roles

HEADLINE_WEIGHT = 2
# Mentions that never own a figure of their sentence ("imports from Laos and Malaysia").
NOT_OWNING = frozenset({Role.COUNTERPART, Role.SOURCE, Role.DELIVERED, Role.AGENT})


def topic(scan, index: int) -> str | None:
    """The country the sentence or two before are about ("The central African country mined
    ...", "Output of NdPr was 2,000 tonnes" after a sentence naming the plant's country): the
    first mention there that is a subject or a place, if the nearer sentence names any."""
    for back in (index - 1, index - 2):
        if back < 0:
            break
        ctx = scan.context(back)
        if not ctx.countries:
            continue
        for m in mention_roles(ctx):
            if m.role in (Role.SUBJECT, Role.LOCATIVE) and not quotes_a_basis(ctx, m):  # not "CIF China"
                return m.code
        break
    # Further back, the country the article is about: the one named most often so far, if
    # clearly more often than any other ("The central African country mined ..."); a country
    # of the headline counts twice ("China's graphite exports plunge" over a body that goes on
    # "Shipments to South Korea fell to 948 tonnes").
    # Only mentions that can own a figure count ("tariffs on Chinese imports" is about the
    # country that sets them, not about China).
    counts = Counter(
        m.code for back in range(index) for m in _owning(scan, back) if m.code not in BLOC_CODES
    )
    for code in scan.headline:
        counts[code] += HEADLINE_WEIGHT
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _owning(scan, index: int):
    """The mentions of sentence `index` that can own a figure (no counterparts, sources, ...)."""
    if not _has_country(scan, index):
        return ()
    return [m for m in mention_roles(scan.context(index)) if m.role not in NOT_OWNING]


def _has_country(scan, index: int) -> bool:
    lo, hi = scan.bounds[index]
    i = bisect_left(scan.country_starts, lo)
    return i < len(scan.country_starts) and scan.country_starts[i] < hi
