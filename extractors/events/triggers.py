"""Turns the cue words of one segment into event triggers, by trigger family
(labels.TriggerFamily): a restriction word with a direction word ("export" + "controls"), a
quota word with a production word, a word that is a trigger by itself ("tariff"), a left word
with its right word ("invest" ... "mine"). Cue words combine only within one clause
(clauses.py); trigger_filters.py then drops those a word before them cancels.

Works on token indices of one Doc; the cue lists are data (lexicons/events.yaml).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from orewatch.extractors._shared.cjk import starts_cjk
from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.clauses import Clauses
from orewatch.extractors.events.cjk_filters import measure_of_its_own
from orewatch.extractors.events.cjk_words import names_countries
from orewatch.extractors.events.labels import CueKind, Label, Strength, TriggerFamily
from orewatch.extractors.events.between_cues import LIST_REACH, listed_elements, measure_between
from orewatch.extractors.events.lexicon import EventLexicon
from orewatch.extractors.events.pair_reach import left_in_name, reachable
from orewatch.extractors.events.passing import rules_over_continued, without_stockpile_budgets
from orewatch.extractors.events.passives import passive_subject
from orewatch.extractors.events.regimes import regime_in_force
from orewatch.extractors.events.trigger_filters import (
    FACILITY_AS_MODIFIER,
    is_statistic,
    lower_at,
    one_noun_phrase,
    past_lead,
    standing,
)

# Measures: the event types that, as the subject of their clause ("The quota was raised"),
# stand for the actor of the article's previous event (roles.py).
MEASURE_TYPES = frozenset({"export_restriction", "import_restriction", "tariff", "production_quota"})
QUOTA_WINDOW = 12  # "ban on cobalt exports ... and then move to a quota system"
BARE_QUOTA = "bare"  # subtype of a quota trigger with no direction or production word
# A licence or permit extended is most often a company's own ("its operating licence has been
# extended"): only bans and controls are continued.
CONTINUED_SUBTYPES = frozenset({"ban", "control"})

EXPORT, IMPORT = Label(CueKind.EXPORT), Label(CueKind.IMPORT)
PRODUCTION, CONTINUATION = Label(CueKind.PRODUCTION), Label(CueKind.CONTINUATION)
PRODUCTION_QUOTA = Label(CueKind.PRODUCTION_QUOTA)


class Cue(NamedTuple):
    """A cue word matched in the Doc (a tuple: a Doc has dozens, made per Doc)."""

    label: Label
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    subtype: str | None
    start: int  # token indices in the Doc
    end: int
    strength: Strength = Strength.STRONG
    two_sided: bool = False  # a closed border (events.yaml `two_sided`)


def _gap(a: Cue, b: Cue) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def _joined(type_: str, subtype: str | None, a: Cue, b: Cue, strength: Strength = Strength.STRONG) -> Trigger:
    """The trigger spanning two cue words."""
    return Trigger(type_, subtype, min(a.start, b.start), max(a.end, b.end), strength)


class SegmentCues:
    """The cues of one segment by label, and the two questions every family asks of them."""

    def __init__(self, cues: list[Cue], clauses: Clauses, names: tuple[tuple[int, int], ...] = (), cjk: bool = False):
        self.names = names  # Chinese names of the segment (`chinese_names`)
        self.cjk = cjk  # a Chinese segment
        self.by_label: dict[Label, list[Cue]] = defaultdict(list)
        for cue in cues:
            self.by_label[cue.label].append(cue)
        self.clauses = clauses
        self.clause: Callable[[int], int] = clauses.of
        self.exports, self.imports = self.get(EXPORT), self.get(IMPORT)
        self.production, self.continuations = self.get(PRODUCTION), self.get(CONTINUATION)
        self.restrictions = [c for label, found in self.by_label.items() if label.kind is CueKind.RESTRICTION for c in found]

    def get(self, label: Label) -> list[Cue]:
        return self.by_label.get(label, [])

    def gap(self, a: Cue, b: Cue) -> int:
        """The words between two cues: in Chinese, where each character is a token, a name
        between them counts once ("暂停了对美国的锑出口": 了, 对, 美国, 的, 锑: five, not six)."""
        gap = _gap(a, b)
        if not self.names or gap < 2:
            return gap
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return gap - sum(end - start - 1 for start, end in self.names if lo <= start and end <= hi)

    def near(self, cue: Cue, others: list[Cue], window: int) -> Cue | None:
        """The nearest of `others` within `window` words (`gap`) of `cue`, in its clause, not overlapping it."""
        clause = self.clause
        pool = [
            o for o in others
            if clause(o.start) == clause(cue.start) and self.gap(cue, o) <= window
            and not (o.start < cue.end and cue.start < o.end)
        ]  # fmt: skip
        return min(pool, key=lambda o: self.gap(cue, o)) if pool else None

    def claimed(self, cue: Cue, direction: Cue) -> bool:
        """The direction word touches another restriction word beyond it or between them: "the
        ban would be replaced by export quotas", "出口管制暂停一年" (the export word is the
        quotas', the controls', not the ban's)."""
        for r in self.restrictions:
            if r is cue or _gap(r, direction) != 0 or _gap(cue, direction) == 0:
                continue
            if (cue.end <= direction.start and direction.end <= r.start) or (r.end <= direction.start and direction.end <= cue.start):
                return True
            if self.cjk and min(cue.end, direction.end) <= r.start and r.end <= max(cue.start, direction.start):
                return True  # Chinese only: "export license controls" keeps its controls
        return False


class TriggerFinder:
    """Combines the cue matches of one segment into triggers."""

    def __init__(self, lex: EventLexicon):
        self.lex = lex
        # The labels that can head a trigger -> (family, entry); sorted by that, they come in
        # the order their triggers are made: restrictions, quota words, standalone cues, pairs.
        heads = {Label(CueKind.RESTRICTION, i): (TriggerFamily.RESTRICTION, i) for i in range(len(lex.restriction_subtypes))}
        heads[PRODUCTION_QUOTA] = (TriggerFamily.PRODUCTION_QUOTA, 0)
        heads.update({Label(CueKind.STANDALONE, i): (TriggerFamily.STANDALONE, i) for i in range(len(lex.standalone))})
        heads.update({Label(CueKind.PAIR_LEFT, i): (TriggerFamily.PAIR, i) for i in range(len(lex.paired))})
        self.heads = heads
        # A quota word alone ("set the first-batch quota at ...") is still a quota: of the
        # article's previous quota, else a production quota (building.py decides).
        self.quota_label = Label(CueKind.RESTRICTION, lex.restriction_subtypes.index("quota"))
        # Head labels whose triggers can be measures (restrictions, quotas, tariffs): the only
        # ones that may stand as a subject naming no one (roles.SUBJECT_MEASURES).
        self.measure_heads = frozenset(
            label for label, (family, i) in heads.items() if self._type_of(family, i) in MEASURE_TYPES | {None}
        )
        # Head labels whose triggers are not agreements (which need two named parties).
        self.unilateral_heads = frozenset(
            label for label, (family, i) in heads.items() if self._type_of(family, i) != "agreement"
        )
        self._make = {
            TriggerFamily.RESTRICTION: self._restrictions,
            TriggerFamily.PRODUCTION_QUOTA: self._production_quotas,
            TriggerFamily.STANDALONE: self._standalone,
            TriggerFamily.PAIR: self._pairs,
        }

    def _type_of(self, family: TriggerFamily, i: int) -> str | None:
        """The event type a head makes, where the lexicon entry fixes it (None: restrictions
        and quota words, whose type depends on the words next to them)."""
        if family == TriggerFamily.STANDALONE:
            return self.lex.standalone[i].type
        if family == TriggerFamily.PAIR:
            return self.lex.paired[i].type
        return None

    def may_trigger(self, labels: set[Label]) -> bool:
        """False when cues of these labels cannot make any trigger, whatever their places: a
        restriction needs a direction (or, a quota, production) word, a quota word production,
        a pair's left word its right word. Most segments are settled here, before any token
        is read."""
        if self.quota_label in labels:
            return True
        for label in labels:
            kind = label.kind
            if kind is CueKind.STANDALONE:
                return True
            if kind is CueKind.PAIR_LEFT and Label(CueKind.PAIR_RIGHT, label.entry) in labels:
                return True
            if kind is CueKind.RESTRICTION and (
                EXPORT in labels or IMPORT in labels or PRODUCTION in labels or CONTINUATION in labels
            ):
                return True
            if kind is CueKind.PRODUCTION_QUOTA and PRODUCTION in labels:
                return True
        return False

    def find(self, index: DocFacts, seg: tuple[int, int], cues: list[Cue], clauses: Clauses,
             names: tuple[tuple[int, int], ...] = ()) -> list[Trigger]:  # fmt: skip
        """The triggers of segment `seg` (token bounds), made from its cues, those that stand;
        `names` (`chinese_names`) count one word each in the distances between cue words."""
        cjk = bool(cues) and starts_cjk(index.token_text(cues[0].start))
        if cjk:  # "进口国", "出口国": countries named by their trade, no direction of a measure
            cues = [c for c in cues if c.label not in (EXPORT, IMPORT) or not names_countries(index, c.end)]
        found = SegmentCues(cues, clauses, names, cjk)
        triggers: list[Trigger] = []
        # Only the head labels present, in lexicon order (the order decides ties later).
        for label in sorted(found.by_label.keys() & self.heads.keys(), key=self.heads.__getitem__):
            family, i = self.heads[label]
            triggers += self._make[family](index, seg, found, found.by_label[label], i)
        triggers = rules_over_continued(without_stockpile_budgets(standing(index, triggers, found.by_label, found.clause, seg), found.clause))
        # A regulation beside a restriction or quota is that measure itself, not another event; but a
        # Chinese titled document (《…》) in a clause with no such measure is one of its own (cjk_filters).
        held = {clauses.of(t.start) for t in triggers if t.type in MEASURE_TYPES}
        triggers = [t for t in triggers if t.type != "other_policy" or not held or (cjk and measure_of_its_own(index, t.start, t.end, clauses.of(t.start) in held))]
        return _dedupe(triggers)

    def _restrictions(self, index, seg, found: SegmentCues, heads: list[Cue], i: int) -> list[Trigger]:
        """A restriction word with the nearest direction word ("export controls"); a quota with
        a production word is a production quota; a bare quota; a ban or control continued."""
        subtype = self.lex.restriction_subtypes[i]
        out = []
        for cue in heads:
            best = self._direction(found, cue, subtype, index) or passive_subject(
                index, found, cue, (("export_restriction", found.exports), ("import_restriction", found.imports))
            ) or regime_in_force(index, found, cue, subtype)
            if best:
                out.append(_joined(best[0], subtype, cue, best[1]))
            elif subtype == "quota" and (other := found.near(cue, found.production, self.lex.window)):
                out.append(_joined("production_quota", None, cue, other))
            elif subtype == "quota" and not any(
                found.clause(o.start) == found.clause(cue.start) for o in (*found.exports, *found.imports, *found.production)
            ):
                if found.exports:  # "... extend its export ban ..., to finalize a quota system"
                    out.append(Trigger("export_restriction", "quota", cue.start, cue.end))
                else:
                    out.append(Trigger("production_quota", BARE_QUOTA, cue.start, cue.end))
            elif subtype in CONTINUED_SUBTYPES and (
                other := found.near(cue, found.continuations, self.lex.continuation_window)
            ):
                out.append(_joined("export_restriction", subtype, cue, other, Strength.CONTINUED))
        return out

    def _direction(self, found: SegmentCues, cue: Cue, subtype: str, index: DocFacts) -> tuple[str, Cue] | None:
        """(export_restriction or import_restriction, the direction word) nearest the
        restriction word, unless a production word is nearer to a quota ("its mining quota and
        ... its export control list": the nearer word decides)."""
        reach = QUOTA_WINDOW if subtype == "quota" else self.lex.window
        best = None
        measures = [c for label, cues in found.by_label.items() if label in self.measure_heads for c in cues]
        for kind, pool in (("export_restriction", found.exports), ("import_restriction", found.imports)):
            pool = [o for o in pool if not found.claimed(cue, o) and not measure_between(measures, cue, o)]
            pool = [o for o in pool if (gap := found.gap(cue, o)) - listed_elements(index, cue, o, gap > reach) <= reach]
            other = found.near(cue, pool, reach + LIST_REACH)
            if other and (best is None or found.gap(cue, other) < found.gap(cue, best[1])):
                best = (kind, other)
        if best and subtype == "quota" and (made := found.near(cue, found.production, self.lex.window)):
            if found.gap(cue, made) < found.gap(cue, best[1]):
                return None
        return best

    def _production_quotas(self, index, seg, found: SegmentCues, heads: list[Cue], i: int) -> list[Trigger]:
        """A quota word with a production word nearer than any direction word."""
        window, out = self.lex.window, []
        for cue in heads:
            other = found.near(cue, found.production, window)
            direction = found.near(cue, found.exports + found.imports, window)
            if other and (direction is None or found.gap(cue, direction) > found.gap(cue, other)):
                out.append(_joined("production_quota", None, cue, other))
        return out

    def _standalone(self, index, seg, found: SegmentCues, heads: list[Cue], i: int) -> list[Trigger]:
        entry = self.lex.standalone[i]
        return [Trigger(entry.type, None, cue.start, cue.end, entry.strength) for cue in heads]

    def _pairs(self, index: DocFacts, seg, found: SegmentCues, heads: list[Cue], i: int) -> list[Trigger]:
        """A left word with its right word: after it within the entry's window, or just before
        it for the entry's `reverse` words; within one noun phrase where the entry says so."""
        entry = self.lex.paired[i]
        rights, clause, out = found.get(Label(CueKind.PAIR_RIGHT, i)), found.clause, []
        for left in heads:
            if entry.type == "stockpile" and left_in_name(index, left, rights):
                continue  # "The National Food and Strategic Reserves Administration bought ..."
            left_text = index.span_text(left.start, left.end).lower()
            pool = reachable(index, left, rights, clause, entry, left_text, found.clauses)
            if pool and entry.noun_phrase:
                pool = [r for r in pool if one_noun_phrase(index, past_lead(index, left.end, r.start, entry.lead), r.start)]
            if not pool:
                continue
            right = min(pool, key=lambda r: (_gap(left, r), -r.end))  # the longer word on a tie
            if entry.type == "capacity_expansion" and lower_at(index, right.end) in FACILITY_AS_MODIFIER:
                continue  # "12 new smelter applications": the facility only names them
            if entry.type == "capacity_expansion" and is_statistic(index, left, right, seg):
                continue
            joined = _joined(entry.type, None, left, right)
            out.append(Trigger(joined.type, None, joined.start, joined.end, joined.strength, entry.two_sided))
        return out


def _dedupe(triggers: list[Trigger]) -> list[Trigger]:
    """One trigger per type and span; a trigger inside a longer one of its type is dropped."""
    out: list[Trigger] = []
    for t in sorted(triggers, key=lambda t: (t.start, -(t.end - t.start))):
        if any(o.type == t.type and o.start <= t.start and t.end <= o.end for o in out):
            continue
        out.append(t)
    return out
