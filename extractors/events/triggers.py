"""Turns cue matches into event triggers: combines cue words (a restriction word with a
direction word, a verb with its object) within a clause (event_clauses.py), and drops
triggers that are negated, named only as a motive, or a goal rather than an act.

Works on token indices of one Doc; the cue lists are data (lexicons/events.yaml).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc

from orewatch.extractors._shared.doc_index import DocIndex
from orewatch.extractors.events.clauses import Clauses
from orewatch.extractors.events.lexicon import EventLexicon

PUNCT_STOPS = frozenset({",", ";", ":", ".", "(", ")", "-", "–", "—", "，", "；", "。"})
# Measures: the event types that, as the subject of their clause ("The quota was raised"),
# stand for the actor of the article's previous event (event_roles.py).
MEASURE_TYPES = frozenset({"export_restriction", "import_restriction", "tariff", "production_quota"})
NEGATION_WINDOW = 4  # tokens before a trigger in which a negation cancels it
MOTIVE_WINDOW = 10  # tokens before a trigger in which a motive word makes it background
QUOTA_WINDOW = 12  # "ban on cobalt exports ... and then move to a quota system"
BARE_QUOTA = "bare"  # subtype of a quota trigger with no direction or production word
# Strength of a restriction word with no direction word that an extension or a lifting
# continues ("the suspension was extended"): events.py gives it the type and actor of the
# article's latest restriction.
CONTINUED = "continued"
# A licence or permit extended is most often a company's own ("its operating licence has been
# extended"): only bans and controls are continued.
CONTINUED_SUBTYPES = frozenset({"ban", "control"})
GOAL_WINDOW = 6
TALKS_WINDOW = 8  # "have been discussing a minerals-for-security agreement"
# A facility noun followed by these only modifies them ("new smelter applications").
FACILITY_AS_MODIFIER = frozenset(
    "application applications permit permits proposal proposals approval approvals request requests "
    "bid bids licence licences license licenses".split()
)
NOT_IN_NOUN_PHRASE = frozenset(
    "for of on in at to from with by under and or that which will would is are was were be has have "
    "after before until pending because since as when while but than "
    "rules regulations law laws".split()
)
# An investment word naming a kind of organisation, a decision still to come, or the topic of a
# deal: "investment funds", "a final investment decision", "a financing deal".
INVESTMENT_AS_MODIFIER = frozenset(
    "fund funds firm firms bank banks company companies house vehicle arm decision decisions "
    "deal deals agreement agreements pact pacts accord framework treaty".split()
)
CONDITIONS = frozenset({"if", "unless"})
CONDITION_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "such", "any"})
PARTNER_NOUNS = frozenset({"partner", "partners"})
# Before "partner(s)" these make it a noun ("a trading partner", "its main partners").
NOUN_MARKERS = frozenset(
    "a an the its their his her our your one trading main key largest biggest top strategic "
    "reliable foreign new old natural".split()
)  # tokens before an investment word in which "attract", "foreign"... cancel it
# Increases stated as a figure ("output increased 10%") are statistics, not an expansion.
STATISTIC_VERBS = frozenset(
    "increase increases increased increasing boost boosts boosted boosting double doubles doubled doubling "
    "raise raises raised raising lift lifts lifted lifting".split()
)
# A stated capacity raised by a percentage is an expansion, not a statistic of output.
CAPACITY_WORDS = frozenset({"capacity", "capacities", "产能", "產能"})


class Cue(NamedTuple):
    """A cue word matched in the Doc (a tuple: a Doc has dozens, made per Doc)."""

    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    subtype: str | None
    start: int  # token indices in the Doc
    end: int
    strength: str = "strong"


def _gap(a: Cue, b: Cue) -> int:
    return max(0, b.start - a.end, a.start - b.end)


class TriggerFinder:
    """Combines the cue matches of one segment into triggers."""

    def __init__(self, lex: EventLexicon):
        self.lex = lex
        # The labels that can head a trigger -> (family, entry), in the order their triggers
        # are made: restrictions, quota words, standalone cues, pairs.
        heads = [(f"restr:{i}", (0, i)) for i in range(len(lex.restriction_subtypes))]
        heads.append(("pq", (1, 0)))
        heads += [(f"std:{i}", (2, i)) for i in range(len(lex.standalone))]
        heads += [(f"pairL:{i}", (3, i)) for i in range(len(lex.paired))]
        self.heads = dict(heads)
        # A quota word alone ("set the first-batch quota at ...") is still a quota: of the
        # article's previous quota, else a production quota (events.py decides).
        self.quota_label = f"restr:{lex.restriction_subtypes.index('quota')}"
        # Head labels whose triggers can be measures (restrictions, quotas, tariffs): the only
        # ones that may stand as a subject naming no one (event_roles.SUBJECT_MEASURES).
        measures = MEASURE_TYPES
        self.measure_heads = frozenset(
            [f"restr:{i}" for i in range(len(lex.restriction_subtypes))]
            + ["pq"]
            + [f"std:{i}" for i, e in enumerate(lex.standalone) if e.type in measures]
            + [f"pairL:{i}" for i, e in enumerate(lex.paired) if e.type in measures]
        )
        # Head labels whose triggers are not agreements (which need two named parties).
        self.unilateral_heads = frozenset(
            label
            for label, (family, i) in self.heads.items()
            if not (family == 2 and lex.standalone[i].type == "agreement")
            and not (family == 3 and lex.paired[i].type == "agreement")
        )

    def may_trigger(self, labels: set[str]) -> bool:
        """False when cues of these labels cannot make any trigger, whatever their places: a
        restriction needs a direction (or, a quota, production) word, a quota word production,
        a pair's left word its right word. Most segments are settled here, before any token
        is read."""
        if self.quota_label in labels:
            return True
        for label in labels:
            if label.startswith("std:"):
                return True
            if label.startswith("pairL:") and f"pairR:{label[6:]}" in labels:
                return True
            if label.startswith("restr:") and (
                "dir:export" in labels or "dir:import" in labels or "prod" in labels or "cont" in labels
            ):
                return True
            if label == "pq" and "prod" in labels:
                return True
        return False

    def find(self, doc: Doc, seg: tuple[int, int], cues: list[Cue], clauses: Clauses) -> list[Trigger]:
        by_label: dict[str, list[Cue]] = defaultdict(list)
        for cue in cues:
            by_label[cue.label].append(cue)
        clause = clauses.of
        index = DocIndex.for_doc(doc)

        def near(cue: Cue, others: list[Cue], window: int) -> Cue | None:
            pool = [
                o for o in others
                if clause(o.start) == clause(cue.start) and _gap(cue, o) <= window
                and not (o.start < cue.end and cue.start < o.end)
            ]  # fmt: skip
            return min(pool, key=lambda o: _gap(cue, o)) if pool else None

        exports, imports = by_label.get("dir:export", []), by_label.get("dir:import", [])
        production = by_label.get("prod", [])
        continuations = by_label.get("cont", [])
        window = self.lex.window
        restriction_cues = [c for label, found in by_label.items() if label.startswith("restr:") for c in found]

        def claimed(cue: Cue, direction: Cue) -> bool:
            """The direction word touches another restriction word beyond it: "the ban would be
            replaced by export quotas" (the export word is the quotas', not the ban's)."""
            for r in restriction_cues:
                if r is cue or _gap(r, direction) != 0 or _gap(cue, direction) == 0:
                    continue
                if (cue.end <= direction.start and direction.end <= r.start) or (r.end <= direction.start and direction.end <= cue.start):
                    return True
            return False

        triggers: list[Trigger] = []
        # Only the head labels present, in lexicon order (the order decides ties later).
        for label in sorted(by_label.keys() & self.heads.keys(), key=self.heads.__getitem__):
            family, i = self.heads[label]
            if family == 0:
                subtype = self.lex.restriction_subtypes[i]
                reach = QUOTA_WINDOW if subtype == "quota" else window
                for cue in by_label[label]:
                    best = None
                    for kind, pool in (("export_restriction", exports), ("import_restriction", imports)):
                        other = near(cue, [o for o in pool if not claimed(cue, o)], reach)
                        if other and (best is None or _gap(cue, other) < _gap(cue, best[1])):
                            best = (kind, other)
                    if best and subtype == "quota" and (made := near(cue, production, window)):
                        # "its mining quota and ... its export control list": the nearer word decides.
                        if _gap(cue, made) < _gap(cue, best[1]):
                            best = None
                    if best:
                        other = best[1]
                        triggers.append(Trigger(best[0], subtype, min(cue.start, other.start), max(cue.end, other.end)))
                    elif subtype == "quota" and (other := near(cue, production, window)):
                        triggers.append(Trigger("production_quota", None, min(cue.start, other.start), max(cue.end, other.end)))
                    elif subtype == "quota" and not any(
                        clause(o.start) == clause(cue.start) for o in (*exports, *imports, *production)
                    ):
                        if exports:  # "... extend its export ban ..., to finalize a quota system"
                            triggers.append(Trigger("export_restriction", "quota", cue.start, cue.end))
                        else:
                            triggers.append(Trigger("production_quota", BARE_QUOTA, cue.start, cue.end))
                    elif subtype in CONTINUED_SUBTYPES and (other := near(cue, continuations, self.lex.continuation_window)):
                        start, end = min(cue.start, other.start), max(cue.end, other.end)
                        triggers.append(Trigger("export_restriction", subtype, start, end, CONTINUED))
            elif family == 1:
                for cue in by_label[label]:
                    other = near(cue, production, window)
                    direction = near(cue, exports + imports, window)
                    if other and (direction is None or _gap(cue, direction) > _gap(cue, other)):
                        triggers.append(Trigger("production_quota", None, min(cue.start, other.start), max(cue.end, other.end)))
            elif family == 2:
                entry = self.lex.standalone[i]
                for cue in by_label[label]:
                    triggers.append(Trigger(entry.type, None, cue.start, cue.end, entry.strength))
            else:
                entry = self.lex.paired[i]
                rights = by_label.get(f"pairR:{i}", [])
                for left in by_label[label]:
                    left_text = index.span_text(left.start, left.end).lower()
                    pool = [
                        r for r in rights
                        if clause(r.start) == clause(left.start)
                        and ((r.start >= left.end and r.start - left.end <= entry.window)
                             or (left_text in entry.reverse and r.end <= left.start and left.start - r.end <= 1))
                    ]  # fmt: skip
                    if pool and entry.noun_phrase:
                        pool = [r for r in pool if _one_noun_phrase(index, _past(index, left.end, r.start, entry.lead), r.start)]
                    if pool:
                        right = min(pool, key=lambda r: (_gap(left, r), -r.end))  # the longer word on a tie
                        if entry.type == "capacity_expansion" and _lower_at(index, right.end) in FACILITY_AS_MODIFIER:
                            continue  # "12 new smelter applications": the facility only names them
                        if entry.type == "capacity_expansion" and self._is_statistic(index, left, right, seg):
                            continue
                        triggers.append(Trigger(entry.type, None, min(left.start, right.start), max(left.end, right.end)))
        triggers = [t for t in triggers if self._stands(index, t, by_label, clause)]
        # Regulations that are the restriction or quota itself are not another event.
        if any(t.type in ("export_restriction", "import_restriction", "production_quota", "tariff") for t in triggers):
            triggers = [t for t in triggers if t.type != "other_policy"]
        return _dedupe(triggers)

    @staticmethod
    def _is_statistic(index: DocIndex, left: Cue, right: Cue, seg: tuple[int, int]) -> bool:
        if index.span_text(left.start, left.end).lower() not in STATISTIC_VERBS:
            return False
        if index.span_text(right.start, right.end).lower() in CAPACITY_WORDS:
            return False
        after = range(max(left.end, right.end), min(seg[1], max(left.end, right.end) + 8))
        return any(index.token_text(j) in ("%", "percent") or index.lower(j) == "per" for j in after)

    @staticmethod
    def _stands(index: DocIndex, t: Trigger, by_label, clause) -> bool:
        """False when a modifier before the trigger cancels it."""

        def before(label: str, window: int, stop_at_punct: bool) -> bool:
            for cue in by_label.get(label, []):
                if cue.end <= t.start and t.start - cue.end < window and clause(cue.start) == clause(t.start):
                    between = [(j, index.token_text(j)) for j in range(cue.end, t.start)]
                    # A hyphen inside a word ("long-term") separates nothing.
                    if stop_at_punct and any(
                        text in PUNCT_STOPS and not (text == "-" and not index.space_after(j)) for j, text in between
                    ):
                        continue
                    return True
            return False

        if before("mod:negation", NEGATION_WINDOW, stop_at_punct=True):
            return False
        if before("mod:motive", MOTIVE_WINDOW, stop_at_punct=True):
            return False
        if t.type == "investment" and before("mod:not_investment", GOAL_WINDOW, stop_at_punct=True):
            return False
        if t.type == "investment" and t.end - t.start == 1 and _lower_at(index, t.end) in INVESTMENT_AS_MODIFIER:
            return False
        # "if the tariff goes ahead": a condition names a measure, it does not take it.
        j = t.start - 1
        word = index.lower(j) if j >= 0 else ""
        while word in CONDITION_DETERMINERS and j > 0:
            j -= 1
            word = index.lower(j)
        if word in CONDITIONS:
            return False
        if t.type == "agreement" and before("mod:not_agreement", TALKS_WINDOW, stop_at_punct=True):
            return False
        if t.strength == "weak" and t.start > 0 and index.lower(t.start) in PARTNER_NOUNS:
            prev = index.token_text(t.start - 1)
            # "through a trading partner in Vietnam", "other Quad partners": a noun, not a partnering.
            as_role = t.start > 1 and index.lower(t.start - 2) == "as"  # "chose Japan as a partner"
            if (prev.lower() in NOUN_MARKERS and not as_role) or (index.lower(t.start) == "partners" and prev[:1].isupper()):
                return False
        return True


def _lower_at(index: DocIndex, i: int) -> str:
    return index.lower(i) if i < len(index.starts) else ""


def _past(index: DocIndex, start: int, end: int, lead: frozenset[str]) -> int:
    """The first token in [start, end) that is not one of the `lead` words."""
    while start < end and index.lower(start) in lead:
        start += 1
    return start


def _one_noun_phrase(index: DocIndex, start: int, end: int) -> bool:
    """No preposition, verb-like word or punctuation other than a hyphen in [start, end)."""
    for j in range(start, end):
        word = index.lower(j)
        if word in NOT_IN_NOUN_PHRASE or (word in PUNCT_STOPS and word != "-"):
            return False
    return True


def _dedupe(triggers: list[Trigger]) -> list[Trigger]:
    """One trigger per type and span; a trigger inside a longer one of its type is dropped."""
    out: list[Trigger] = []
    for t in sorted(triggers, key=lambda t: (t.start, -(t.end - t.start))):
        if any(o.type == t.type and o.start <= t.start and t.end <= o.end for o in out):
            continue
        out.append(t)
    return out
