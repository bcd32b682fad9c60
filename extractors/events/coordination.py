"""A coordinated subject acts as each of its members (issue 10: "multi-party deals merged or
split wrongly"): in "The US and Britain banned imports of Russian nickel" both countries ban,
so the measure is one event per member, each with its own actor (SPEC §4 keys an event by its
actor). An agreement is different: its members are its parties (partners.py).

English only; Chinese lists ("日本、美国、澳大利亚等国") are read by cjk_roles.listed_actors.
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind

# Words that join the members of a list of countries ("the US, Japan and the EU").
JOINERS = frozenset({"and", ",", "the", "&"})
# Between the last member and its verb only a head noun or auxiliaries stand ("The US and UK
# governments will ban"); a preposition or punctuation there means the list is not the subject.
SUBJECT_GAP_MAX = 4
NOT_IN_SUBJECT_GAP = frozenset(
    "to on against from into toward towards targeting with over for of in at by as than "
    "such including like between among".split()
)


def coordinated_actors(w: DocFacts, actor: str, trigger_start: int, clause_start: int, mentions: list[Party]) -> list[str]:
    """The other countries of the coordinated subject whose first member is `actor`, when that
    subject stands right before the trigger in its clause; [] when the actor stands alone."""
    before = sorted(
        (m for m in mentions if clause_start <= m.start and m.end <= trigger_start and m.kind == NameKind.COUNTRY),
        key=lambda m: m.start,
    )
    firsts = [i for i, m in enumerate(before) if m.code == actor]
    if not firsts:
        return []
    chain = [before[firsts[-1]]]
    for m in before[firsts[-1] + 1 :]:
        if not all(w.lower(k) in JOINERS for k in range(chain[-1].end, m.start)):
            break
        chain.append(m)
    if len(chain) < 2 or not _is_subject(w, chain[-1].end, trigger_start):
        return []
    return list(dict.fromkeys(m.code for m in chain[1:] if m.code != actor))


def _is_subject(w: DocFacts, end: int, trigger_start: int) -> bool:
    """Only a head noun or auxiliaries between the list and the trigger."""
    gap = range(end, trigger_start)
    return len(gap) <= SUBJECT_GAP_MAX and all(
        w.token_text(k).isalpha() and w.lower(k) not in NOT_IN_SUBJECT_GAP for k in gap
    )
