"""Several deals in one English clause (issue 10: "multi-party and same-day deals merged or
split wrongly"; SPEC §4 keys an agreement by the set of its parties):

- two agreement nouns, each with its own partner: "Kazakhstan signed a tungsten agreement
  with Germany and a separate rare earth memorandum with South Korea" is two deals, KAZ-DEU
  and KAZ-KOR. Each noun takes the names between it and the next one, and the clause's
  subject before the first; the agreeing verb ("signed") only links them and is no deal of
  its own;
- separate deals with a list of partners: "Saudi Arabia signed separate mining deals with
  Pakistan and Morocco" is one deal per listed partner, each with the subject's parties; so
  are deals in the plural ("lithium agreements with Germany and South Korea") and partners
  each with a "with" of their own ("a pact with Australia and another with Argentina").

One deal with several parties stays one ("Japan, Australia and India signed a partnership").
"""

from __future__ import annotations

from typing import NamedTuple

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import Strength
from orewatch.extractors.events.offtakes import with_named_party
from orewatch.records import Mention

SEPARATE_MARKERS = frozenset({"separate", "separately", "respective", "individual"})
# Deals in the plural with several partners after them are one per partner.
PLURAL_DEALS = frozenset("deals agreements pacts accords memorandums memoranda mous treaties".split())
MARKER_REACH = 4  # tokens before the agreement noun ("separate critical minerals deals")
# Elements named this close around a clause's deal nouns go to the nearest noun (tokens before
# the first noun: its modifiers; after the last: its "on rare earths").
ELEMENTS_BEFORE, ELEMENTS_AFTER = 4, 8


class DealSpan(NamedTuple):
    """Where a deal noun's own names lie: the clause's first deal noun starts at `first`
    (names before it are the shared subject); this one's from `start` to `end`; `nouns`: the
    starts and ends of all the clause's deal nouns."""

    first: int
    start: int
    end: int
    nouns: tuple[tuple[int, int], ...]


def deal_nouns(w: DocFacts, triggers: list, clause_of) -> dict:
    """For each strong agreement trigger that shares its clause with another, its `DealSpan`;
    under the key `None`, the weak agreement triggers (the agreeing verb) of the clauses that
    hold several deals or separate ones, which make no deal of their own."""
    by_clause: dict = {}
    for t in triggers:
        if t.type == "agreement" and t.strength == Strength.STRONG:
            by_clause.setdefault(clause_of(t.start), []).append(t)
    spans: dict = {None: set()}
    for clause, nouns in by_clause.items():
        if len(nouns) < 2 and not _separate(w, nouns[0]) and w.lower(nouns[0].end - 1) not in PLURAL_DEALS:
            continue  # one deal; but "signs pacts with A and B": the verb only links the pacts
        nouns.sort(key=lambda t: t.start)
        places = tuple((t.start, t.end) for t in nouns)
        for k, t in enumerate(nouns):
            if len(nouns) > 1:
                spans[t] = DealSpan(nouns[0].start, t.start, nouns[k + 1].start if k + 1 < len(nouns) else clause[1], places)
        spans[None] |= {
            t for t in triggers
            if t.type == "agreement" and t.strength == Strength.WEAK and clause_of(t.start) == clause
        }  # fmt: skip
    return spans


def own_names(parties: list[Party], span: DealSpan) -> list[Party]:
    """The names a deal noun may take: the shared subject before the first noun, and those
    between the noun and the next one."""
    return [m for m in parties if m.end <= span.first or span.start <= m.start < span.end]


def own_deal_elements(w: DocFacts, codes: tuple[str, ...], mentions: list[Mention], span: DealSpan) -> tuple[str, ...]:
    """The elements of one of several deal nouns: those named nearer to it than to another
    ("a tungsten agreement with Germany and a rare earth memorandum with South Korea")."""
    lo, hi = span.nouns[0][0] - ELEMENTS_BEFORE, span.nouns[-1][1] + ELEMENTS_AFTER

    def another_nouns(m: Mention) -> bool:
        a, b = w.tokens_of(m)
        nearest = min(span.nouns, key=lambda n: max(n[0] - b, a - n[1], 0))
        return lo <= a < hi and nearest[0] != span.start

    kept = {m.code for m in mentions if m.code in codes and not another_nouns(m)}
    return tuple(c for c in codes if c in kept)


def _separate(w: DocFacts, trigger) -> bool:
    return any(w.lower(j) in SEPARATE_MARKERS for j in range(max(0, trigger.start - MARKER_REACH), trigger.start))


def separate_partners(w: DocFacts, trigger, partners: tuple[str, ...], parties: list[Party]) -> list[tuple[str, ...]]:
    """"signed separate deals with Pakistan and Morocco", "lithium agreements with Germany and
    Korea", "a pact with Australia and another with Argentina": the partner sets of each deal
    (one per partner named after the noun); [partners] when the deals are not said to be
    separate (by a marker, a plural noun, or a preposition of each partner's own)."""
    if trigger.type != "agreement":
        return [partners]
    named = [m for m in parties if m.start >= trigger.end and m.code in partners]
    after = list(dict.fromkeys(m.code for m in named))
    if len(after) < 2:
        return [partners]
    own_preps = sum(1 for j in range(trigger.end, named[-1].start) if w.lower(j) == "with") >= 2
    if not (_separate(w, trigger) or own_preps or w.lower(trigger.end - 1) in PLURAL_DEALS):
        return [partners]
    shared = tuple(p for p in partners if p not in after)
    return [(*shared, p) for p in after]


def with_subject(w: DocFacts, trigger, actor: str | None, found: list[str], parties: list[Party], anaphoric: bool = False) -> list[str]:
    """"The minister signed memorandums with Uzbekistan ... and with Kazakhstan": deals in the
    plural (or separate ones) whose names all follow the noun are each with the clause's
    subject, the actor the role rules found (an anaphor, a national body), not with one another.
    Also one deal whose subject is an anaphor ("The company signed an offtake with a German
    anode maker"): the one the anaphor stands for is a party, before the one named after."""
    if actor is None or actor in found or trigger.type != "agreement":
        return found
    if anaphoric and len(found) == 1:
        named = [m for m in parties if m.code in found]
        verb = trigger.strength == Strength.WEAK
        # (the one party may be named again later: "... with a French group ..., the French side")
        return [actor, *found] if named and any(with_named_party(w, trigger.end, m.start, verb) for m in named) else found
    if len(found) < 2:
        return found
    if not (_separate(w, trigger) or w.lower(trigger.end - 1) in PLURAL_DEALS):
        return found
    named = [m for m in parties if m.code in found]
    return [actor, *found] if named and all(m.start >= trigger.end for m in named) else found


def separate_deals(
    w: DocFacts, trigger, partners: tuple[str, ...], elements: tuple[str, ...], parties: list[Party],
    mentions: list[Mention],
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(partners, elements) of each deal `separate_partners` splits off; where each partner has
    its own "with" ("with Uzbekistan on tungsten and with Kazakhstan on lithium"), a deal's
    elements are those named between its partner and the next (all of them when none is)."""
    sets = separate_partners(w, trigger, partners, parties)
    if len(sets) < 2:
        return [(p, elements) for p in sets]
    firsts = {}
    for m in parties:
        if m.start >= trigger.end and m.code in partners:
            firsts.setdefault(m.code, m)
    order = sorted(firsts.values(), key=lambda m: m.start)
    if sum(1 for j in range(trigger.end, order[-1].start) if w.lower(j) == "with") < 2:
        return [(p, elements) for p in sets]
    out = []
    for p in sets:
        m = firsts.get(p[-1])
        k = order.index(m) if m is not None else -1
        hi = order[k + 1].start if 0 <= k < len(order) - 1 else len(w.starts)
        own = {e.code for e in mentions if m is not None and m.end <= w.tokens_of(e)[0] < hi} & set(elements)
        out.append((p, tuple(c for c in elements if c in own) or elements))
    return out
