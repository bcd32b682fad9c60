"""Turns cue matches into event triggers: splits sentences into segments and clauses, combines
cue words (a restriction word with a direction word, a verb with its object), and drops
triggers that are negated, named only as a motive, or a goal rather than an act.

Works on token indices of one Doc; the cue lists are data (lexicons/events.yaml).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from orewatch.extractors.event_lexicon import EventLexicon

# A comma before one of these words opens a new clause ("..., which", "..., as").
CLAUSE_OPENERS = frozenset(
    "which while but as although though whereas after following amid before because since when "
    "where who adding saying citing with".split()
)
# These open a clause even without a comma.
BARE_CLAUSE_OPENERS = frozenset({"but", "while", "whereas", "although", "however"})
BULLET_DASHES = frozenset({"-", "–", "—"})
PUNCT_STOPS = frozenset({",", ";", ":", ".", "(", ")", "-", "–", "—", "，", "；", "。"})
NEGATION_WINDOW = 4  # tokens before a trigger in which a negation cancels it
MOTIVE_WINDOW = 10  # tokens before a trigger in which a motive word makes it background
GOAL_WINDOW = 5  # tokens before an investment word in which "attract", "foreign"... cancel it
# Increases stated as a figure ("output increased 10%") are statistics, not an expansion.
STATISTIC_VERBS = frozenset({"increase", "increases", "increasing", "boost", "boosts", "boosting", "double", "doubles", "doubling"})


@dataclass(frozen=True, slots=True)
class Cue:
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


def segments(doc: Doc) -> list[tuple[int, int]]:
    """Sentences, further split at bullet dashes (" - ") of dumps whose bullets run together."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if (
                tok.text in BULLET_DASHES
                and tok.i > start
                and (doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space)
                and (tok.whitespace_ or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_space))
            ):
                out.append((start, tok.i))
                start = tok.i + 1
        if start < sent.end:
            out.append((start, sent.end))
    return [(s, e) for s, e in out if e > s]


def clause_ids(doc: Doc, start: int, end: int) -> list[int]:
    """The clause number of each token of the segment [start, end), counted from 0."""
    ids, clause = [], 0
    for i in range(start, end):
        lower = doc[i].lower_
        prev = doc[i - 1].text if i > start else ""
        if i > start and (
            prev in (";", "；")
            or (prev in (",", "，") and lower in CLAUSE_OPENERS)
            # Chinese separates clauses with commas: "巴铁要卖稀土给美国，赴美签字".
            or (prev in ("，", ",") and i >= start + 2 and _is_cjk(doc[i - 2].text) and _is_cjk(doc[i].text))
            # ", and Japanese officials said ...": a new subject, not the end of a list.
            or (prev == "," and lower == "and" and i + 1 < end and doc[i + 1].is_title)
            or lower in BARE_CLAUSE_OPENERS
        ):
            clause += 1
        ids.append(clause)
    return ids


def _is_cjk(text: str) -> bool:
    return bool(text) and "\u3400" <= text[0] <= "\u9fff"


def _gap(a: Cue, b: Cue) -> int:
    return max(0, b.start - a.end, a.start - b.end)


class TriggerFinder:
    """Combines the cue matches of one segment into triggers."""

    def __init__(self, lex: EventLexicon):
        self.lex = lex

    def find(self, doc: Doc, seg: tuple[int, int], cues: list[Cue], clauses: list[int]) -> list[Trigger]:
        start = seg[0]
        by_label: dict[str, list[Cue]] = defaultdict(list)
        for cue in cues:
            by_label[cue.label].append(cue)

        def clause(i: int) -> int:
            return clauses[min(max(i - start, 0), len(clauses) - 1)]

        def near(cue: Cue, others: list[Cue], window: int) -> Cue | None:
            pool = [
                o for o in others
                if clause(o.start) == clause(cue.start) and _gap(cue, o) <= window
                and not (o.start < cue.end and cue.start < o.end)
            ]  # fmt: skip
            return min(pool, key=lambda o: _gap(cue, o)) if pool else None

        exports, imports = by_label.get("dir:export", []), by_label.get("dir:import", [])
        production = by_label.get("prod", [])
        window = self.lex.window
        triggers: list[Trigger] = []
        for i, subtype in enumerate(self.lex.restriction_subtypes):
            for cue in by_label.get(f"restr:{i}", []):
                best = None
                for kind, pool in (("export_restriction", exports), ("import_restriction", imports)):
                    other = near(cue, pool, window)
                    if other and (best is None or _gap(cue, other) < _gap(cue, best[1])):
                        best = (kind, other)
                if best:
                    other = best[1]
                    triggers.append(Trigger(best[0], subtype, min(cue.start, other.start), max(cue.end, other.end)))
                elif subtype == "quota" and (other := near(cue, production, window)):
                    triggers.append(Trigger("production_quota", None, min(cue.start, other.start), max(cue.end, other.end)))
        for cue in by_label.get("pq", []):
            other = near(cue, production, window)
            direction = near(cue, exports + imports, window)
            if other and (direction is None or _gap(cue, direction) > _gap(cue, other)):
                triggers.append(Trigger("production_quota", None, min(cue.start, other.start), max(cue.end, other.end)))
        for i, entry in enumerate(self.lex.standalone):
            for cue in by_label.get(f"std:{i}", []):
                triggers.append(Trigger(entry.type, None, cue.start, cue.end, entry.strength))
        for i, entry in enumerate(self.lex.paired):
            rights = by_label.get(f"pairR:{i}", [])
            for left in by_label.get(f"pairL:{i}", []):
                left_text = doc[left.start : left.end].text.lower()
                pool = [
                    r for r in rights
                    if clause(r.start) == clause(left.start)
                    and ((r.start >= left.end and r.start - left.end <= entry.window)
                         or (left_text in entry.reverse and r.end <= left.start and left.start - r.end <= 1))
                ]  # fmt: skip
                if pool:
                    right = min(pool, key=lambda r: _gap(left, r))
                    if entry.type == "capacity_expansion" and self._is_statistic(doc, left, right, seg):
                        continue
                    triggers.append(Trigger(entry.type, None, min(left.start, right.start), max(left.end, right.end)))
        triggers = [t for t in triggers if self._stands(doc, t, by_label, clause, seg)]
        # Regulations that are the restriction or quota itself are not another event.
        if any(t.type in ("export_restriction", "import_restriction", "production_quota", "tariff") for t in triggers):
            triggers = [t for t in triggers if t.type != "other_policy"]
        return _dedupe(triggers)

    def _is_statistic(self, doc: Doc, left: Cue, right: Cue, seg: tuple[int, int]) -> bool:
        if doc[left.start : left.end].text.lower() not in STATISTIC_VERBS:
            return False
        after = doc[max(left.end, right.end) : min(seg[1], max(left.end, right.end) + 8)]
        return any(t.text in ("%", "percent") or t.lower_ == "per" for t in after)

    def _stands(self, doc: Doc, t: Trigger, by_label, clause, seg: tuple[int, int]) -> bool:
        """False when a modifier before the trigger cancels it."""

        def before(label: str, window: int, stop_at_punct: bool) -> bool:
            for cue in by_label.get(label, []):
                if cue.end <= t.start and t.start - cue.end < window and clause(cue.start) == clause(t.start):
                    between = doc[cue.end : t.start]
                    # A hyphen inside a word ("long-term") separates nothing.
                    if stop_at_punct and any(
                        tok.text in PUNCT_STOPS and not (tok.text == "-" and not tok.whitespace_) for tok in between
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
        return True


def _dedupe(triggers: list[Trigger]) -> list[Trigger]:
    """One trigger per type and span; a trigger inside a longer one of its type is dropped."""
    out: list[Trigger] = []
    for t in sorted(triggers, key=lambda t: (t.start, -(t.end - t.start))):
        if any(o.type == t.type and o.start <= t.start and t.end <= o.end for o in out):
            continue
        out.append(t)
    return out
