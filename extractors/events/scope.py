"""What an English sentence says about a trigger beyond the words right before it: the
measure is only asked about ("Will the EU impose duties on Chinese batteries?"), only the
condition of something else ("... if Washington raised chip tariffs"), or named in a report
someone denies ("Chile denied reports that it would restrict copper exports"). Such a
trigger names no event.

Also how far a negation reaches: over the verb chain of a pledge ("has no plans to introduce
an export levy", "vowed not to impose new quotas"), but not over a measure another country
owns ("criticised China's new export quota" is China's quota).

Works on token indices of one Doc, through its facts.
"""

from __future__ import annotations

import re

from orewatch.extractors._shared.facts import DocFacts

# Words a negation reaches across without their counting towards its window: the infinitive
# and determiners of a pledge's verb chain ("no plans to introduce an export levy").
NEGATION_TRANSPARENT = frozenset(
    "to a an the any new further additional more fresh its their be been have".split()
)
POSSESSIVES = frozenset({"'s", "’s"})
CONDITIONS = frozenset({"if", "unless"})
CONDITION_REACH = 8  # tokens between "if" and a trigger of its clause, no punctuation between
CONJECTURE_MODALS = frozenset({"could", "might"})
MODAL_REACH = 3  # tokens between the modal and the trigger ("could further restrict")
CLAUSE_STOPS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})
# "denied reports that ...", "dismissed speculation that ...": the report is denied.
DENIALS = frozenset(
    "denied denies deny denying dismissed dismisses dismiss dismissing rejected rejects reject "
    "rebuffed refuted refutes played downplayed".split()
)
HEARSAY = frozenset(
    "report reports speculation rumour rumours rumor rumors claim claims suggestion suggestions "
    "talk media".split()
)
DENIAL_REACH = 25  # tokens from the denied report to the trigger
HEARSAY_GAP = 3  # words between the denial and the report ("denied media reports")
# One search of the sentence's text before the token walks: most sentences hold no condition
# and no denial at all, and the walks ran for every trigger of every sentence.
_MAY_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_MAY_DENY = re.compile(rf"\b(?:{'|'.join(sorted(DENIALS))})\b", re.IGNORECASE)
# Before each search, plain substrings of its words in the lowercased ASCII words before the
# trigger (a few `in` tests cost less than one case-blind search): most have none.
_CONDITION_STEMS = ("if", "unless")
_DENIAL_STEMS = ("den", "dismiss", "reject", "rebuff", "refut", "played")


def negation_distance(index: DocFacts, cue_end: int, trigger_start: int) -> int | None:
    """How many words of [cue_end, trigger_start) count towards a negation's window (words of a
    pledge's verb chain do not); None when a possessive between names the measure's owner
    after the negation ("criticised China's new export quota")."""
    gap = range(cue_end, trigger_start)
    if any(index.lower(j) in POSSESSIVES for j in gap):
        return None
    return sum(1 for j in gap if index.lower(j) not in NEGATION_TRANSPARENT)


def out_of_scope(index: DocFacts, start: int, end: int, seg: tuple[int, int]) -> bool:
    """True when the trigger at [start, end) is asked about, a condition or a conjecture on
    one, or a denied report."""
    if _asked(index, end, seg):
        return True
    if start <= seg[0]:
        return False
    text, lo, hi = index.text, index.starts[seg[0]], index.starts[start]  # the words before the trigger
    before = text[lo:hi]
    low = before.lower() if before.isascii() else None  # (other text is left to the searches)
    if (_may(low, _CONDITION_STEMS) and _MAY_CONDITION.search(text, lo, hi)
            and (_conditional(index, start, seg) or _conjectured(index, start, seg))):
        return True
    return _may(low, _DENIAL_STEMS) and bool(_MAY_DENY.search(text, lo, hi)) and _denied_report(index, start, seg)


def _may(low: str | None, stems: tuple[str, ...]) -> bool:
    if low is None:
        return True
    for stem in stems:
        if stem in low:
            return True
    return False


def _conjectured(index: DocFacts, start: int, seg: tuple[int, int]) -> bool:
    """"If Washington raises tariffs again, Beijing could restrict exports": what could or
    might follow a condition that opens the sentence is a conjecture, not a threat."""
    if index.lower(seg[0]) not in CONDITIONS:
        return False
    return any(index.lower(j) in CONJECTURE_MODALS for j in range(max(seg[0], start - MODAL_REACH), start))


def _asked(index: DocFacts, end: int, seg: tuple[int, int]) -> bool:
    """The trigger's sentence is a question: it ends with a question mark."""
    last = seg[1] - 1
    while last > end and index.token_text(last) in ('"', "'", "”", "’", ")"):
        last -= 1
    return last >= end and index.token_text(last) == "?"


def _conditional(index: DocFacts, start: int, seg: tuple[int, int]) -> bool:
    """An "if" or "unless" before the trigger in its clause: the trigger is the condition."""
    for j in range(start - 1, max(seg[0], start - CONDITION_REACH) - 1, -1):
        word = index.lower(j)
        if word in CLAUSE_STOPS:
            return False
        if word in CONDITIONS:
            return True
    return False


def _denied_report(index: DocFacts, start: int, seg: tuple[int, int]) -> bool:
    """"denied reports that it would restrict ...": a denial, a report noun, then "that"."""
    for j in range(start - 1, max(seg[0], start - DENIAL_REACH), -1):
        if index.lower(j) != "that" or index.lower(j - 1) not in HEARSAY:
            continue
        if any(index.lower(k) in DENIALS for k in range(max(seg[0], j - 1 - HEARSAY_GAP), j - 1)):
            return True
    return False
