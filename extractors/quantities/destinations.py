"""Countries a trade figure's sentence names as where the goods went, though they stand where
an owner would: "Japan took 7.1 tonnes, or 37% of the total", "with Belgium the largest
destination", and the members that continue such a list ("followed by South Korea with 4.6
tonnes and Germany with 2.2 tonnes", "China took 71% of the shipments, South Korea 17% and
Japan 8%"). They are markets reached (Role.DELIVERED), so the figure stays the exporter's."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.roles import JOINER, MentionRole, Role

_NUMBER = r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just|only)\s+)?[$€£¥]?\d"
# "Japan took 7.1 tonnes", "South Korea received about 30%": a verb of taking in, then a figure
# (not "accounted for", said of a producer's share: "China accounted for 98% of output").
_TOOK = re.compile(r"\s+(?:took|takes|received|receives|absorbed|absorbs)\s+" + _NUMBER)
# "Belgium the largest destination", "Germany was the second-biggest recipient".
_DESTINATION = re.compile(
    r"\s+(?:(?:was|is|were|remained|remains|as)\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:destination|destinations|recipient|recipients)(?![a-z])"
)
# "buyers in Japan and the Netherlands ran down stocks": where the buyers are is a market.
_BUYERS_IN = re.compile(r"(?:buyers|customers|consumers|importers|end[- ]users|clients)\s+(?:in|from)\s+(?:the\s+)?$")
# A later member of the list: "followed by X with 4.6 tonnes", ", X 17%", "and X with 2.2 tonnes".
_MEMBER_BEFORE = re.compile(r"(?:followed\s+by|then|,|and|while|with)\s+(?:the\s+)?$")
_MEMBER_AFTER = re.compile(r"\s+(?:with\s+|at\s+)?" + _NUMBER)
# "China's share of the inbound tonnage fell to 71%": a supplier's share of another's imports
# is the importer's figure (CONVENTIONS), so the supplier is the other side of the flow.
_SUPPLIER_SHARE = re.compile(r"(?:'s|’s)\s+share\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?:inbound|imports?|imported|purchases|buying)(?![a-z])")
_GATE = ("share of", "destination", "recipient", " took ", " takes ", "receiv", "absorb", "buyers", "customers", "consumers", "importers", "users", "clients")


def mark_destinations(ctx, mentions: list[MentionRole]) -> None:
    """Give the destinations of a trade sentence, and the later members of their list, the
    role of a market reached (in place). Cheap gate: the sentence must hold a taking verb or
    a destination noun."""
    low = ctx.low
    if not any(w in low for w in _GATE):
        return
    base, last = ctx.start, None
    for m in mentions:
        if m.role == Role.SUBJECT and _SUPPLIER_SHARE.match(low, m.end - base):
            m.role = Role.COUNTERPART
    if " from " in low and any(m.role in (Role.SOURCE, Role.COUNTERPART) for m in mentions):
        return  # "Germany received 1,100 tonnes from Congo, while Finland took 800": importers
    for m in mentions:
        if m.role not in (Role.SUBJECT, Role.LOCATIVE, Role.AGENT) or m.place:
            last = m if m.role == Role.DELIVERED else last
            continue
        if last is not None and JOINER.fullmatch(ctx.slice(last.end, m.start)):
            m.role = Role.DELIVERED  # "buyers in Japan and the Netherlands"
        elif m.role != Role.AGENT and (_TOOK.match(low, m.end - base) or _DESTINATION.match(low, m.end - base)
                                     or _BUYERS_IN.search(low, max(0, m.start - base - 20), m.start - base)):
            m.role = Role.DELIVERED
        elif last is not None and _MEMBER_AFTER.match(low, m.end - base) and _MEMBER_BEFORE.search(low, max(0, m.start - base - 15), m.start - base):
            m.role = Role.DELIVERED
        last = m if m.role == Role.DELIVERED else last
