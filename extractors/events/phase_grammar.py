"""What the grammar around a trigger tells its phase (round 10; phases.py applies it): whether the
trigger's own verb asserts the act, so that a plan or target named before it is another clause's
word; what a verb acting on a suspension noun says of the suspended measure; and a company's
reported intention to invest or build, which is a plan."""

from __future__ import annotations

import re

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.extractors.events.phase_rules import Phase, Terms

# Words right before a verb form that make it no asserted act ("could be banned", "to have signed").
_NOT_ASSERTING = frozenset("be been being to is are was were will would could might may shall should must".split())
_JOINING = frozenset({"and", "but"})


def asserted_act(text: str, t0: int) -> bool:
    """The trigger opens with a verb that asserts the act: a past form ("the partnership Britain
    signed", not "could be banned") or, after "and"/"but", a present one ("sets targets and bans
    imports"). A plan, target or proposal named before it is another clause's word (round 10)."""
    word = text[t0:].split(" ", 1)[0]
    if not (word.isalpha() and word.islower()):
        return False
    prev = text[max(0, t0 - 12) : t0].split()
    prev_word = prev[-1].lower() if prev else ""
    if word.endswith("ed"):
        return prev_word not in _NOT_ASSERTING
    return word.endswith("s") and not word.endswith("ss") and prev_word in _JOINING


# The noun of a suspension that opens an acts-on phrase ("suspension of the duty").
_SUSPENSION_NOUN = re.compile(r"(?:suspension|pause|waiver|freeze|halt)\b", re.I)


def suspension_acted_on(text: str, start: int, acts: list[tuple[Phase, int]]) -> Phase:
    """"extended ... the suspension of the duty", "lifted the waiver of the duty": a verb that acts on
    the suspension itself tells the fate of the suspended measure (round 10); else it is suspended."""
    noun = _SUSPENSION_NOUN.match(text, start)
    if noun:
        for phase, end in acts:
            if phase is not Phase.SUSPENDED and end == noun.end():
                return phase
    return Phase.SUSPENDED


COMPANY_PLANS = frozenset({"investment", "capacity_expansion"})
# A company's reported intention to invest or build ("the company said it would invest $1.6 billion
# ... in a new plant"): a plan (CONVENTIONS: planned is proposed), not a decision.
WOULD = re.compile(
    r"\b(?:said|says|has said|had said) (?:it|they) (?:would|could|might|may) (?:also )?"
    r"(?:invest|build|spend|construct|develop|put)\b"
)


def reported_plan(text: str, clause_start: int, trigger_end: int) -> bool:
    """A reported intention to invest or build before the trigger, in its clause."""
    return WOULD.search(text, clause_start, trigger_end) is not None


_PLANNED_INSIDE = re.compile(r"计划|計劃|计画|計畫|拟|擬")


def plant_planned(text: str, trigger: tuple[int, int], proposal: Terms) -> bool:
    """A plant planned within its own trigger (round 11): a Chinese plant named before its start
    with the plan word between ("冶炼厂计划于明年投产"; not 预计, "expected": a plant being built),
    or the trigger's own English verb planning or studying it ("plans a $400 million concentrator")."""
    t0, t1 = trigger
    if _PLANNED_INSIDE.search(text, t0, t1):
        return True
    return not has_cjk(text[t0:t1]) and proposal.search(text, t0, t0 + len(text[t0:t1].split(" ")[0])) is not None
# A headline's present tense reports what happened: "Indonesia opens / launches / inaugurates a
# nickel plant" (a plant that now runs), unless what is launched is a study, a plan or a bid (round 11).
HEADLINE_OPENS = re.compile(
    r"\b(?:opens|launches|inaugurates|commissions|unveils)\b(?![^,;:]*\b(?:study|plans?|bid|tender|talks|probe)\b)", re.I
)
