"""Where a measure stands (SPEC §2 `phase`) and when it takes or took effect (`effective_date`),
read from the words around an event's trigger in its clause (lexicons/event_phases.yaml, compiled by phase_rules.py).

The rules, tried in order; the first that holds decides:

1. acts on: a word that suspends, extends or lifts a measure named next to it, for the
   measure types that have such phases ("lifted the ban", "the ban was lifted", "the lifting
   of the ban", "kept its ban ... in place for", "暂停实施...管制"): suspended, extended, lifted;
   a lifting for a time ("for 90 days", "until November") is suspended;
2. proposal: a plan, threat, proposal, draft, hope or negotiation before the trigger: proposed;
3. future start: the sentence gives a start that is still to come ("will take effect on",
   "from next month", "effective immediately"): announced;
4. in force: the sentence reports the measure in force ("took effect", "began enforcing",
   "customs are halting"), or (Chinese, tried before 3) a start before publication or after 已
   ("上月起加征", "已于本月起实施"), or, for a plant, that it
   operates ("commissioned", "began production"): effective;
5. a bare future before the trigger ("will", a headline's "X to ban"): proposed;
6. otherwise announced.

`effective_date` is the start the sentence gives (a date of role ``effective`` in dates.py),
the announcement date for "effective immediately", the event's own date when it reports the
measure in force, and for a planned plant the start of operation it expects ("first
production expected in 2027", "online by 2028").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from orewatch.extractors._shared.cjk import has_cjk, semicolon_part
from orewatch.extractors.events.dates import DateExpr
from orewatch.extractors.events.phase_grammar import (COMPANY_PLANS, HEADLINE_OPENS, asserted_act, plant_planned,
                                                       reported_plan, suspension_acted_on)
from orewatch.extractors.events.phase_rules import NEAR, WINDOW, Phase, PhaseRules, phase_rules
from orewatch.extractors.events.segment import LATER

ACTS_ON = (Phase.LIFTED, Phase.SUSPENDED, Phase.EXTENDED)


@dataclass(frozen=True, slots=True)
class PhaseContext:
    """One event as the phase rules see it; character offsets count in the segment's text."""

    type: str
    text: str  # the segment's text
    trigger: tuple[int, int]
    clause: tuple[int, int]
    published: date | None
    title: bool
    date: str | None  # the event's date and its precision (segment.py)
    precision: str | None
    dates: tuple[DateExpr, ...] = ()  # the segment's date expressions (dates.py)

    @property
    def before(self) -> str:
        """The clause's words before the trigger (at most WINDOW characters)."""
        return self.text[self.before_start : self.trigger[0]]

    @property
    def before_start(self) -> int:
        return max(self.clause[0], self.trigger[0] - WINDOW)

    @property
    def after(self) -> str:
        return self.text[self.trigger[1] : self.clause[1]]

    @property
    def clause_text(self) -> str:
        return self.text[self.clause[0] : self.clause[1]]


def read_phase(ctx: PhaseContext, rules: PhaseRules | None = None) -> tuple[Phase, str | None]:
    """The event's phase and effective_date (the module docstring's rules)."""
    rules = rules or phase_rules()
    dates = ctx.dates
    start = _start(ctx, rules, dates)
    phase = _phase(ctx, rules, start)
    return phase, _effective_date(ctx, rules, phase, start, dates)


def _phase(ctx: PhaseContext, rules: PhaseRules, start: DateExpr | None) -> Phase:
    acted, standing = _acted_on(ctx, rules)
    if acted is Phase.LIFTED and rules.for_a_time.search(ctx.text, ctx.trigger[1]):
        return Phase.SUSPENDED  # lifted for a time: "lifted the tariff for 90 days"
    if acted is not None:
        return acted
    text, before = ctx.text, (ctx.before_start, ctx.trigger[0])
    standing = standing or bool(rules.standing.search(text, *before))
    if not standing and _proposed(ctx, rules, before):
        return Phase.PROPOSED
    if start is not None and _already_started(ctx, start):
        return Phase.EFFECTIVE
    if _future_start(ctx, rules, start):
        return Phase.ANNOUNCED
    if rules.future.search(text, *before):  # a company's "would invest", reported, is still a plan
        return Phase.PROPOSED if ctx.type in COMPANY_PLANS and reported_plan(text, ctx.clause[0], ctx.trigger[1]) else Phase.ANNOUNCED
    return Phase.EFFECTIVE if _in_force(ctx, rules) else Phase.ANNOUNCED


def _proposed(ctx: PhaseContext, rules: PhaseRules, before: tuple[int, int]) -> bool:
    """A plan, threat, proposal ... before the trigger; for an agreement, also one not yet
    signed ("will sign", "talks on a deal", "协议谈判")."""
    text, (t0, t1), c1 = ctx.text, ctx.trigger, ctx.clause[1]
    asserted = asserted_act(text, t0)
    if ctx.type == "capacity_expansion" and plant_planned(text, ctx.trigger, rules.proposal):
        return True
    if not asserted and (rules.proposal.search(text, *before) or rules.proposal_lower.search(text, *before)):
        return True
    if rules.proposal_after.search(text, t1, c1) or rules.under_review.search(text, t1):  # "... under a bill now before parliament"
        return True
    if (not asserted and _conditional_before(rules, text, t0)) or (not _past_act(text, t0) and rules.conditional.search(text, t1, c1)):
        return True
    # (the trigger itself may be the letter: "received a letter of intent")
    if ctx.type in rules.memorandum_types and rules.memorandum.search(text, 0, t1):
        return True
    if ctx.type != "agreement":
        return False
    return bool(rules.pending_agreement.search(text, *before) or rules.pending_agreement.search(text, t1, min(c1, t1 + 40))
                or _TO_BEFORE.search(text, *before))  # fmt: skip


def _past_act(text: str, t0: int) -> bool:
    """The trigger opens with a verb in the past ("ordered the provinces to report within 30
    days if ..."): an act taken; an "if" after it is in what was ordered, not its condition."""
    word = text[t0:].split(" ", 1)[0]
    return word.islower() and word.endswith("ed")


def _conditional_before(rules: PhaseRules, text: str, end: int) -> bool:
    """A condition in the clause before the trigger or the one before that ("如果..., 将...")."""
    found = [m.end() for m in rules.conditional.finditer(text, 0, end)]
    return bool(found) and len(_SEPARATORS.findall(text, found[-1], end)) <= 1


def _acted_on(ctx: PhaseContext, rules: PhaseRules) -> tuple[Phase | None, bool]:
    """The acts-on phase whose phrase in the clause is nearest the trigger, within NEAR; and
    whether such a phrase only speaks of the measure as standing ("should lift the ban")."""
    if ctx.type not in rules.acts_on_types or not rules.acts_on_words.may(ctx.text):
        return None, False
    (c0, c1), (t0, t1) = ctx.clause, ctx.trigger
    # the stretch of the clause an acts-on phrase near the trigger can lie in
    lo, hi = max(c0, t0 - NEAR - WINDOW), min(c1, t1 + NEAR + WINDOW)
    best: tuple[int, Phase, int] | None = None
    standing = False
    acts: list[tuple[Phase, int]] = []  # every act's phase and where its phrase ends
    for phase, forms in rules.acts_on:
        for m in (m for form in forms for m in form.finditer(ctx.text, lo, hi)):
            acts.append((phase, m.end()))
            gap = max(0, t0 - m.end(), m.start() - t1)
            if _own_change(ctx, m, t0, t1):
                continue
            # the phrase names the trigger's own measure, or one of a list that goes on to it
            # ("eased restrictions, including ... limits on graphite exports")
            if gap and not (gap <= NEAR and m.end() <= t0 and _LIST_GOES_ON.match(ctx.text, m.end(), t0)):
                continue
            if rules.hypothetical.search(ctx.text, max(c0, m.start() - 30), m.start()):
                standing = True
            elif best is None or gap < best[0]:
                best = (gap, phase, m.start())
    if best is not None and best[1] is Phase.SUSPENDED:
        return suspension_acted_on(ctx.text, best[2], acts), standing
    return (best[1] if best else None), standing


REBATES = ("退税", "退稅")


def _own_change(ctx: PhaseContext, m, t0: int, t1: int) -> bool:
    """A policy whose own trigger is the change ("取消…出口退税", "下调出口退税率"): the rebate's
    removal is a new measure (announced), not an act on an earlier one."""
    return ctx.type == "other_policy" and t0 <= m.start() and m.end() <= t1 and any(r in ctx.text[t0:t1] for r in REBATES)


def _start(ctx: PhaseContext, rules: PhaseRules, dates: tuple[DateExpr, ...]) -> DateExpr | None:
    """The start the sentence gives for the measure: a date of role ``effective`` (dates.py),
    in the trigger's clause first, nearest the trigger."""
    text = ctx.text
    starts = [
        d for d in dates
        if (d.role == "effective" and not _CHANGE_FROM.search(text, max(0, d.start - 40), d.start))
        or (d.role == "when" and rules.start_before.search(text, max(0, d.start - 30), d.start))
    ]  # fmt: skip
    if not starts:
        return None
    (c0, c1), (t0, t1) = ctx.clause, ctx.trigger
    # "…提高至10%，随后又自今年3月起…禁令": a start after 随后/此后 is a later act's (round 11)
    starts = [d for d in starts if d.start < t1 or not LATER.search(text, t1, d.start)]
    in_clause = [d for d in starts if c0 <= d.start and d.end <= c1]
    return min(in_clause or starts, key=lambda d: max(0, t0 - d.end, d.start - t1), default=None)


# "Chile and Japan to sign ...": an agreement still to be made.
_TO_BEFORE = re.compile(r"(?<![\w'])to\s+$", re.I)
_SEPARATORS = re.compile(r"[,，;；]")
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:including|such\s+as|as\s+well\s+as)\b", re.I)
# "has banned exports since 2020": the perfect before the trigger, "since" near it.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}?$", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
# "up 0.7% from 2024", "rose from 2023": a comparison, not a start.
_CHANGE_FROM = re.compile(r"(?:[\d%]|\b(?:up|down|rose|fell|higher|lower|increase|decrease)\b[^.;]{0,25}?)\s+from\s+$", re.I)


def _after_publication(value: str, published: date | None) -> bool:
    return published is not None and value > published.isoformat()[: len(value)]


def _before_publication(value: str, published: date | None) -> bool:
    return published is not None and value < published.isoformat()[: len(value)]


# "已于本月起正式实施", "已從上月起": 已 just before a start says it has begun.
_ALREADY = re.compile(r"已(?:于|於|自|从|從|经|經)?\s*$")


def _already_started(ctx: PhaseContext, start: DateExpr) -> bool:
    """Chinese: the start a sentence gives lies before the publication ("上月起对…加征关税"),
    or 已 opens it ("已于本月起正式实施"): the measure runs (CONVENTIONS: a start on or before
    publication, reported as running, is effective)."""
    if not has_cjk(ctx.text[start.start : start.end]):
        return False
    if _ALREADY.search(ctx.text, max(0, start.start - 3), start.start):
        return True
    return _before_publication(start.date, ctx.published)


def _future_start(ctx: PhaseContext, rules: PhaseRules, start: DateExpr | None) -> bool:
    """A decision that starts later, or today ("will take effect on", "effective
    immediately", "from next month")."""
    if start is not None and _after_publication(start.date, ctx.published):
        return True
    return bool(rules.future_start.search(ctx.text) or _immediate(ctx, rules))


def _immediate(ctx: PhaseContext, rules: PhaseRules) -> bool:
    """"Effective immediately", "with immediate effect", "an immediate halt to exports"."""
    t0 = ctx.trigger[0]
    return bool(rules.immediate.search(ctx.text) or rules.immediate_before.search(ctx.text, max(0, t0 - 12), t0))


def _in_force(ctx: PhaseContext, rules: PhaseRules) -> bool:
    """The sentence reports the measure in force, or (a plant) operating."""
    (t0, t1), text = ctx.trigger, ctx.text
    near = _within_semicolons(text, max(0, t0 - WINDOW), min(len(text), t1 + WINDOW), t0, t1)
    if rules.in_force.search(text, *near):
        return True
    # (money "invested since 2021" is spent, not a measure in force)
    if rules.perfect_since and ctx.type != "investment" and _PERFECT.search(ctx.before[-30:]) and _SINCE.search(text, *near):
        return True
    # the verb just before the trigger, the trigger's own first word, or the verb right
    # after it ("controls implemented in 2023")
    opening = ctx.before[-30:] + " " + text[t0 : min(t1, t0 + 20)]
    if rules.in_force_verbs.search(opening, segment=text) or rules.in_force_verbs.match(text, t1 + 1, t1 + 16):
        return True
    if ctx.type in rules.operating_types:
        if ctx.title and ctx.type == "capacity_expansion" and HEADLINE_OPENS.search(opening):
            return True
        # (or the trigger's last word past an aside: "the plant, run with a Japanese partner, restarted")
        closing = text[max(t0 + 20, t1 - 20) : t1] if t1 - t0 > 20 and ", " in text[t0:t1] else ""
        return bool(rules.operating_verbs.search(opening, segment=text) or rules.operating.search(text, *near)
                    or (closing and rules.operating_verbs.search(closing, segment=text)))
    return False


def _within_semicolons(text: str, lo: int, hi: int, t0: int, t1: int) -> tuple[int, int]:
    """A Chinese semicolon ends a clause with its own subject ("…项目已开工建设；…另一项目已于4月投产"):
    the words past it tell another measure's or plant's state."""
    part = semicolon_part(text, t0, t1)
    return max(lo, part[0]), min(hi, part[1])


def _effective_date(ctx: PhaseContext, rules: PhaseRules, phase: Phase, start: DateExpr | None,
                    dates: tuple[DateExpr, ...]) -> str | None:  # fmt: skip
    """When the measure takes or took effect, where the sentence says."""
    if start is not None:
        return start.date
    if phase in ACTS_ON:  # "will lift its ban on October 16": the later day is when it takes effect
        later = [d for d in dates if d.role == "when" and _after_publication(d.date, ctx.published)]
        return later[0].date if later else None
    if _immediate(ctx, rules):
        return ctx.date
    if phase is Phase.EFFECTIVE:
        return ctx.date if ctx.precision not in (None, "published") else None
    if ctx.type in rules.operating_types:
        return _expected_operation(ctx, rules, dates)
    return None


def _expected_operation(ctx: PhaseContext, rules: PhaseRules, dates: tuple[DateExpr, ...]) -> str | None:
    """A planned plant's expected start of operation: "online by 2028", "first production
    expected in 2027", "complete during H2 2021" (a date after the trigger that a deadline
    word or a start-of-operation word stands next to)."""
    t0 = ctx.trigger[0]
    later = [d for d in dates if d.start >= t0]
    for d in later:
        if d.role == "deadline" or rules.start_words.search(ctx.text, max(t0, d.start - 40), d.start):
            return d.date
    return None
