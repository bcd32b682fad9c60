"""Where a measure stands (SPEC §2 `phase`) and when it takes or took effect (`effective_date`),
read from the words around an event's trigger in its clause (lexicons/event_phases.yaml).

The rules, tried in order; the first that holds decides:

1. acts on: a word that suspends, extends or lifts a measure named next to it, for the
   measure types that have such phases ("lifted the ban", "the ban was lifted", "the lifting
   of the ban", "kept its ban ... in place for", "暂停实施...管制"): suspended, extended, lifted;
2. proposal: a plan, threat, proposal, draft, hope or negotiation before the trigger: proposed;
3. future start: the sentence gives a start that is still to come ("will take effect on",
   "from next month", "effective immediately"): announced;
4. in force: the sentence reports the measure in force ("took effect", "began enforcing",
   "customs are halting"), or a start on or before publication, or, for a plant, that it
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
from enum import StrEnum
from functools import lru_cache

from orewatch.extractors._shared.cjk import starts_cjk
from orewatch.extractors._shared.lexicons import load_lexicon
from orewatch.extractors.events.dates import DateExpr, find_dates

WINDOW = 80  # characters before the trigger in which its clause's words are read
NEAR = 50  # characters between an acts-on phrase and the trigger


class Phase(StrEnum):
    PROPOSED = "proposed"
    ANNOUNCED = "announced"
    EFFECTIVE = "effective"
    SUSPENDED = "suspended"
    EXTENDED = "extended"
    LIFTED = "lifted"


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

    @property
    def before(self) -> str:
        """The clause's words before the trigger (at most WINDOW characters)."""
        return self.text[max(self.clause[0], self.trigger[0] - WINDOW) : self.trigger[0]]

    @property
    def after(self) -> str:
        return self.text[self.trigger[1] : self.clause[1]]

    @property
    def clause_text(self) -> str:
        return self.text[self.clause[0] : self.clause[1]]


def _alternation(terms: list[str]) -> str:
    """One regex alternative per term, longest first: words of Latin script between word
    boundaries, Chinese ones as they are; spaces match any run of white space."""
    parts = []
    for term in sorted(set(terms), key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in term.split())
        parts.append(body if starts_cjk(term) else rf"(?<![\w']){body}(?![\w-])")
    return "(?:" + "|".join(parts) + ")"


def _find(terms: list[str], flags: int = re.I) -> re.Pattern[str]:
    return re.compile(_alternation(terms), flags)


class PhaseRules:
    """The compiled rules of event_phases.yaml."""

    def __init__(self, data: dict):
        self.acts_on_types = frozenset(data["acts_on_types"])
        measure = _alternation(data["measures"])
        filler = r"(?:[\w'’.-]+\s+){0,4}?"
        self.acts_on: list[tuple[Phase, re.Pattern[str]]] = []
        for name, entry in data["acts_on"].items():
            latin = [t for t in entry["verbs"] if not starts_cjk(t)]
            cjk = [t for t in entry["verbs"] if starts_cjk(t)]
            forms = [
                rf"{_alternation(latin)}\s+{filler}{measure}",  # lifted the export ban
                rf"{_alternation(entry['nouns'])}\s+of\s+{filler}{measure}",  # the lifting of the ban
                rf"{measure}[^.;,]{{0,40}}?\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?{_alternation(entry['participles'])}",
            ]
            if cjk:
                forms.append(rf"{_alternation(cjk)}[^，。；,;]{{0,12}}?{measure}")  # 暂停实施…管制
            if entry.get("not_followed_by"):
                forms = [rf"(?:{f})(?!\s+{_alternation(entry['not_followed_by'])})" for f in forms]
            if entry.get("hold_verbs"):
                forms.append(rf"{_alternation(entry['hold_verbs'])}\s+(?:[\w'’.-]+\s+){{0,8}}?in\s+place\s+(?:for|until)")
            self.acts_on.append((Phase(name), re.compile("|".join(forms), re.I)))
        proposal = data["proposal"]
        self.proposal = _find(proposal["terms"])
        self.proposal_lower = _find(proposal["lower_case_only"], 0)
        self.hypothetical = re.compile(_alternation(data["hypothetical"]) + r"\s+(?:\S+\s+){0,2}?$", re.I)
        self.future = _find(data["future"]["terms"])
        self.pending_agreement = _find(data["pending_agreement"]["terms"])
        self.conditional = _find(data["conditional"]["terms"])
        self.standing = _find(data["standing"]["terms"])
        self.memorandum_types = frozenset(data["memorandum"]["types"])
        self.memorandum = _find(data["memorandum"]["terms"])
        self.perfect_since = bool(data["in_force"].get("perfect_since"))
        self.future_start = _find(data["future_start"]["terms"])
        self.immediate = _find(data["future_start"]["immediate"])
        self.in_force = _find(data["in_force"]["terms"])
        self.in_force_verbs = _find(data["in_force"]["verbs"])
        operating = data["operating"]
        self.operating_types = frozenset(operating["types"])
        self.operating_verbs = _find(operating["verbs"])
        self.operating = _find(operating["terms"])
        self.start_words = _find(operating["start_words"])


@lru_cache(maxsize=1)
def phase_rules() -> PhaseRules:
    return PhaseRules(load_lexicon("event_phases"))


@lru_cache(maxsize=256)
def _dates(text: str, published: date | None) -> tuple[DateExpr, ...]:
    """The segment's date expressions (the date step found them too; a segment with several
    events asks once)."""
    return tuple(find_dates(text, published))


def read_phase(ctx: PhaseContext, rules: PhaseRules | None = None) -> tuple[Phase, str | None]:
    """The event's phase and effective_date (the module docstring's rules)."""
    rules = rules or phase_rules()
    dates = _dates(ctx.text, ctx.published)
    start = _start(ctx, dates)
    phase = _phase(ctx, rules, start)
    return phase, _effective_date(ctx, rules, phase, start, dates)


def _phase(ctx: PhaseContext, rules: PhaseRules, start: DateExpr | None) -> Phase:
    acted, standing = _acted_on(ctx, rules)
    if acted is not None:
        return acted
    before = ctx.before
    standing = standing or bool(rules.standing.search(before))
    if not standing and _proposed(ctx, rules, before):
        return Phase.PROPOSED
    if _future_start(ctx, rules, start):
        return Phase.ANNOUNCED
    if rules.future.search(before):
        return Phase.ANNOUNCED
    return Phase.EFFECTIVE if _in_force(ctx, rules) else Phase.ANNOUNCED


def _proposed(ctx: PhaseContext, rules: PhaseRules, before: str) -> bool:
    """A plan, threat, proposal ... before the trigger; for an agreement, also one not yet
    signed ("will sign", "talks on a deal", "协议谈判")."""
    if rules.proposal.search(before) or rules.proposal_lower.search(before):
        return True
    sentence_before, after = ctx.text[: ctx.trigger[0]], ctx.after[:40]
    if _conditional_before(rules, sentence_before) or rules.conditional.search(ctx.after):
        return True
    if ctx.type in rules.memorandum_types and rules.memorandum.search(sentence_before):
        return True
    if ctx.type != "agreement":
        return False
    return bool(rules.pending_agreement.search(before) or rules.pending_agreement.search(after)
                or _TO_BEFORE.search(before))  # fmt: skip


def _conditional_before(rules: PhaseRules, text: str) -> bool:
    """A condition in the clause before the trigger or the one before that ("如果..., 将...")."""
    found = [m.end() for m in rules.conditional.finditer(text)]
    return bool(found) and len(_SEPARATORS.findall(text, found[-1])) <= 1


def _acted_on(ctx: PhaseContext, rules: PhaseRules) -> tuple[Phase | None, bool]:
    """The acts-on phase whose phrase in the clause is nearest the trigger, within NEAR; and
    whether such a phrase only speaks of the measure as standing ("should lift the ban")."""
    if ctx.type not in rules.acts_on_types:
        return None, False
    (c0, c1), (t0, t1) = ctx.clause, ctx.trigger
    best: tuple[int, Phase] | None = None
    standing = False
    for phase, pattern in rules.acts_on:
        for m in pattern.finditer(ctx.text, c0, c1):
            gap = max(0, t0 - m.end(), m.start() - t1)
            # the phrase names the trigger's own measure, or one of a list that goes on to it
            # ("eased restrictions, including ... limits on graphite exports")
            if gap and not (gap <= NEAR and m.end() <= t0 and _LIST_GOES_ON.match(ctx.text, m.end(), t0)):
                continue
            if rules.hypothetical.search(ctx.text, max(c0, m.start() - 30), m.start()):
                standing = True
            elif best is None or gap < best[0]:
                best = (gap, phase)
    return (best[1] if best else None), standing


def _start(ctx: PhaseContext, dates: tuple[DateExpr, ...]) -> DateExpr | None:
    """The start the sentence gives for the measure: a date of role ``effective`` (dates.py),
    in the trigger's clause first, nearest the trigger."""
    starts = [d for d in dates if d.role == "effective" and not _CHANGE_FROM.search(ctx.text, max(0, d.start - 40), d.start)]
    if not starts:
        return None
    (c0, c1), (t0, t1) = ctx.clause, ctx.trigger
    in_clause = [d for d in starts if c0 <= d.start and d.end <= c1]
    return min(in_clause or starts, key=lambda d: max(0, t0 - d.end, d.start - t1))


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


def _future_start(ctx: PhaseContext, rules: PhaseRules, start: DateExpr | None) -> bool:
    """A decision that starts later, or today ("will take effect on", "effective
    immediately", "from next month")."""
    if start is not None and _after_publication(start.date, ctx.published):
        return True
    return bool(rules.future_start.search(ctx.text)) or bool(rules.immediate.search(ctx.text))


def _in_force(ctx: PhaseContext, rules: PhaseRules) -> bool:
    """The sentence reports the measure in force, or (a plant) operating."""
    (t0, t1), text = ctx.trigger, ctx.text
    near = text[max(0, t0 - WINDOW) : t1 + WINDOW]
    if rules.in_force.search(near):
        return True
    if rules.perfect_since and _PERFECT.search(ctx.before[-30:]) and _SINCE.search(near):
        return True
    # the verb just before the trigger, the trigger's own first word, or the verb right
    # after it ("controls implemented in 2023")
    opening = ctx.before[-30:] + " " + text[t0 : min(t1, t0 + 20)]
    if rules.in_force_verbs.search(opening) or rules.in_force_verbs.match(text, t1 + 1, t1 + 16):
        return True
    if ctx.type in rules.operating_types:
        return bool(rules.operating_verbs.search(opening) or rules.operating.search(near))
    return False


def _effective_date(ctx: PhaseContext, rules: PhaseRules, phase: Phase, start: DateExpr | None,
                    dates: tuple[DateExpr, ...]) -> str | None:  # fmt: skip
    """When the measure takes or took effect, where the sentence says."""
    if start is not None:
        return start.date
    if phase in ACTS_ON:
        return None
    if rules.immediate.search(ctx.text):
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
