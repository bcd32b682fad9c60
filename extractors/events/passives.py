"""A restriction in the passive, its goods as the subject: "Exports of gallium to the United
States were banned by China", "Lithium concentrate shipments to China were halted by
Zimbabwe". The direction word heads the subject, further from the restriction word than the
lexicon's window when the subject names goods and a destination; the passive auxiliary right
before the restriction word and its agent ("by China") right after tie them. Without an agent
the sentence's subject may only report it ("Japan has said shipments from China were
blocked"): the lexicon's window decides.
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts

PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be"})
# Adverbs that may stand between the auxiliary and the participle ("were temporarily banned").
PASSIVE_ADVERBS = frozenset({"also", "temporarily", "effectively", "officially", "formally", "now", "later", "again"})
SUBJECT_WINDOW = 12  # tokens from the subject's direction word to the auxiliary


def passive_subject(index: DocFacts, found, cue, pools) -> tuple[str, object] | None:
    """(restriction kind, direction cue) when the restriction word `cue` is a passive participle
    with its agent and a direction word of `pools` ((kind, cues) pairs) heads its subject in its clause."""
    j = cue.start - 1
    while j >= 0 and index.lower(j) in PASSIVE_ADVERBS:
        j -= 1
    if j < 0 or index.lower(j) not in PASSIVE_AUXILIARIES or cue.end >= index.n or index.lower(cue.end) != "by":
        return None
    best = None
    for kind, pool in pools:
        for other in pool:
            if found.clause(other.start) == found.clause(cue.start) and other.end <= j and j - other.end <= SUBJECT_WINDOW:
                if best is None or other.end > best[1].end:
                    best = (kind, other)
    return best
