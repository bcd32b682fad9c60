"""What a measure covers, told in the sentence after it (English; SPEC §2: an event's elements
are those the text names for that measure).

    "Namibia will ban exports of raw lithium ore from June. The ban will also cover cobalt and
    graphite ore."                                   → the ban: Li, Co, graphite
    "Seoul will enlarge its state stockpile. The stockpile covers 17 metals, including lithium
    and gallium."                                    → the stockpile: Li, Ga
    "The two signed a partnership on Tuesday. The pact includes nickel and cobalt." → Ni, Co
    "The agency will lend $500 million to three projects. The first loans go to a lithium
    refinery and a graphite anode plant."            → the investment: Li, graphite

The next sentence opens with a definite measure noun as its subject (the, this, its … + ban,
quota, tariff, stockpile, agreement …, up to two words before the noun, "with X" after it)
and a verb of scope (covers, includes, applies to, extends to, concentrates or focuses on).
Its elements go to the events of the sentence before whose type the noun can name; an event
that already names elements keeps them and adds these. A substring screen of the lower-cased
text gates the walk (`_SCOPE_STEMS`); then only the sentence after each event is matched,
where the expression is anchored.
"""

from __future__ import annotations

import re
from dataclasses import replace

from orewatch.extractors._shared.screens import may_hold
from orewatch.extractors.events.neighbours import sentence_index, sentences
from orewatch.records import Event, Mention

RESTRICTIONS = frozenset({"export_restriction", "import_restriction", "production_quota"})
# Measure nouns → the event types they can name; None: any type.
NOUN_TYPES: dict[str, frozenset[str] | None] = {
    **{n: RESTRICTIONS for n in "ban bans embargo controls control restrictions restriction quota quotas curbs".split()},
    **{n: frozenset({"tariff"}) for n in "tariff tariffs duty duties levy".split()},
    **{n: frozenset({"stockpile"}) for n in "stockpile stockpiles reserve reserves".split()},
    **{n: frozenset({"agreement"}) for n in
       "agreement agreements deal deals pact pacts partnership memorandum memorandums framework arrangement arrangements accord"
       .split()},
    **{n: frozenset({"investment"}) for n in "loan loans funding financing grant grants award awards".split()},
    **{n: None for n in "measure measures rules rule regulation regulations decree law list programme program scheme".split()},
}
_NOUNS = "|".join(sorted(NOUN_TYPES, key=len, reverse=True))
# "go to" says where money goes: "The first loans go to a lithium refinery and a graphite plant".
_SCOPE_VERBS = r"(?:covers?|includes?|appl(?:y|ies)\s+to|extends?\s+to|concentrates?\s+on|focus(?:es)?\s+on|go(?:es)?\s+to|went\s+to)\b"
SCOPE = re.compile(
    rf"\s*(?:the|this|that|its|their|these)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUNS})\b"
    r"(?:\s+with\s+(?P<party>[\w .-]{1,30}?))?"
    r"\s+(?:will\s+|would\s+|also\s+|now\s+)*" + _SCOPE_VERBS,
    re.IGNORECASE,
)
# A verb of scope anywhere in the text: every match of SCOPE holds one. Not searched for (an
# unanchored case-insensitive search tries every branch at every character: ~250 µs an article
# once the stems "go" and "went" let nearly every English text through the screen, more than the
# anchored matches it would spare); it is what the screen below stands for.
_MAY_SCOPE = re.compile(r"\b" + _SCOPE_VERBS, re.IGNORECASE)
# One is in every match of it (tests/extractors/test_screens.py holds them against _SCOPE_VERBS).
_SCOPE_STEMS = ("cover", "include", "appl", "extend", "concentrate", "focus", "go", "went")


def scope_elements(
    events: list[Event], text: str, bounds: list[tuple[int, int]], elements: list[Mention],
    countries: tuple[Mention, ...] = (),
) -> list[Event]:
    """`events` (of one Doc) with the elements the next sentence says their measure covers; a
    noun "with X" ("The partnership with Japan covers ...") covers only the events X is a party
    of (`countries`: the Doc's country mentions). `bounds`: the character (start, end) of each
    segment, in order."""
    if not elements or not may_hold(text, _SCOPE_STEMS):
        return events
    bounds = sentences(text, bounds)
    starts = [b[0] for b in bounds]
    out = []
    for e in events:
        i = sentence_index(e, bounds, starts)
        nxt = bounds[i + 1] if i is not None and i + 1 < len(bounds) else None
        m = SCOPE.match(text, nxt[0], nxt[1]) if nxt else None
        types = NOUN_TYPES[m.group("noun").lower()] if m else ()
        if m is None or (types is not None and e.type not in types) or not _party_of(e, m, countries):
            out.append(e)
            continue
        named = [x.code for x in elements if nxt[0] <= x.start and x.end <= nxt[1]]
        codes = tuple(dict.fromkeys((*e.elements, *named)))
        out.append(replace(e, elements=codes) if codes != e.elements else e)
    return out


def _party_of(event: Event, m: re.Match, countries: tuple[Mention, ...]) -> bool:
    """False when the scope's "with X" names a country that is not a party of `event`."""
    if m.group("party") is None:
        return True
    named = {c.code for c in countries if m.start("party") <= c.start and c.end <= m.end("party")}
    return not named or bool(named & {event.actor, *event.partners})
