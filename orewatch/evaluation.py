"""Scores extractions against a gold file by the rules of SPEC §4 (the engine of `orewatch eval`).

Public API (everything else is private):

- ``load_gold(path) -> list[GoldArticle]`` reads a gold file: ``{"articles": [...]}``, each
  article with ``title``, ``source``, ``published``, the code sets ``countries``, ``elements``,
  ``title_countries``, ``title_elements``, and the lists ``quantities`` and ``events`` whose
  items may carry ``"optional": true`` (shape: ``../shared/gold/seeds-dev-examples.json``).
- ``score(gold_articles, extractions) -> Report`` matches each gold article to the
  ``orewatch.records.Extraction`` with the same normalized title (NFKC, whitespace folded;
  source and publication day break ties) and counts, per kind, micro-averaged over articles:
  ``countries``, ``elements`` (document-level code sets, blocs and WLD not scored),
  ``title_countries``, ``title_elements`` (mentions whose field is ``title``), ``quantities``
  (same unit, absolute values within 0.5%, either end of a range, one-to-one, a repeated
  value+unit counted once) and ``events`` (key type+actor; for ``agreement`` the set of all
  parties). Among matched required items it measures attribution: ``quantity_metric``,
  ``quantity_country``, ``quantity_element`` (plus ``quantity_year`` for information),
  ``event_date_month``, and, read from the predicted event paired with the gold one,
  ``event_partners`` (not for agreements), ``event_elements`` and ``event_phase`` (where the
  gold gives a phase). Where gold events carry ``story`` labels, ``report.stories`` holds
  pairwise precision and recall of "same story" (``orewatch.evaluation_stories``). A gold
  article absent from the input counts all its required items as misses and is named in
  ``report.missing_articles``.
- ``format_report(report) -> str``: a table, then every miss, false positive and attribution
  error with its article and sentence.
- ``report_to_json(report) -> dict``: the same, machine-readable.
- ``check_targets(report, targets) -> list[str]``: one message per floor not reached; a key is a
  kind (its F1 is checked), ``kind.precision``/``kind.recall``/``kind.f1``, or an attribution
  name (its share is checked).

The gold records and loader live in ``orewatch.gold``, the report and its output in
``orewatch.evaluation_report``; all of the above is importable from here.

Typical use (what `orewatch eval GOLD.json PATH...` does)::

    gold = load_gold("fixtures/gold/seeds.json")
    report = score(gold, extract_articles(read_paths(paths)))
    print(format_report(report))
    failures = check_targets(report, {"countries": 0.97, "quantity_metric": 0.9})
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from orewatch.evaluation_report import (
    ATTRIBUTIONS,
    KINDS,
    QUANTITY_ATTRIBUTES,
    SET_KINDS,
    Finding,
    KindScore,
    Report,
    Share,
    check_targets,
    format_report,
    report_to_json,
)
from orewatch.evaluation_events import judge_event_attributes
from orewatch.evaluation_stories import StoryMatch, score_stories
from orewatch.extractors import BLOC_CODES, WORLD, event_key
from orewatch.gold import GoldArticle, GoldEvent, GoldQuantity, load_gold
from orewatch.records import Event, Extraction, Mention, Quantity

__all__ = [
    "ATTRIBUTIONS",
    "KINDS",
    "Finding",
    "GoldArticle",
    "GoldEvent",
    "GoldQuantity",
    "KindScore",
    "Report",
    "Share",
    "UNSCORED_CODES",
    "VALUE_TOLERANCE",
    "check_targets",
    "dates_agree",
    "event_key",
    "format_report",
    "load_gold",
    "normalize_title",
    "report_to_json",
    "score",
]

#: Codes that are not countries (SPEC §2): never scored in the country sets.
UNSCORED_CODES = BLOC_CODES | {WORLD}
#: Relative tolerance on quantity values, against the gold value (SPEC §4).
VALUE_TOLERANCE = 0.005


# --------------------------------------------------------------------------- article matching


def normalize_title(title: str) -> str:
    """NFKC with whitespace folded: the key that pairs gold and predicted articles."""
    return " ".join(unicodedata.normalize("NFKC", title or "").split())


def _fold(text: str | None) -> str:
    return normalize_title(text or "").casefold()


def _pair_articles(
    gold_articles: Sequence[GoldArticle], extractions: Sequence[Extraction]
) -> tuple[list[tuple[GoldArticle, Extraction | None]], int]:
    """Each gold article with its extraction (or None); plus how many inputs had no gold."""
    by_title: dict[str, list[int]] = {}
    for i, ex in enumerate(extractions):
        by_title.setdefault(normalize_title(ex.article.title), []).append(i)
    used: set[int] = set()
    pairs = []
    for gold in gold_articles:
        candidates = [i for i in by_title.get(normalize_title(gold.title), []) if i not in used]

        # Same title twice (two outlets, or a re-run of a story): source and day decide.
        def tie_rank(i: int) -> tuple[bool, bool]:
            a = extractions[i].article
            return (
                _fold(a.source) != _fold(gold.source),
                (a.published or "")[:10] != (gold.published or "")[:10],
            )

        chosen = min(candidates, key=tie_rank) if candidates else None
        if chosen is not None:
            used.add(chosen)
        pairs.append((gold, extractions[chosen] if chosen is not None else None))
    matched_titles = {normalize_title(g.title) for g in gold_articles}
    unscored = sum(
        1
        for i, ex in enumerate(extractions)
        if i not in used and normalize_title(ex.article.title) not in matched_titles
    )
    return pairs, unscored


# --------------------------------------------------------------------------- code sets


def _predicted_sets(ex: Extraction) -> dict[str, dict[str, list[Mention]]]:
    """Code -> its mentions, per set kind, with blocs and WLD left out."""
    sets: dict[str, dict[str, list[Mention]]] = {k: {} for k in SET_KINDS}
    for kind, mentions in (("countries", ex.countries), ("elements", ex.elements)):
        for m in mentions:
            if m.code in UNSCORED_CODES:
                continue
            sets[kind].setdefault(m.code, []).append(m)
            if m.field == "title":
                sets[f"title_{kind}"].setdefault(m.code, []).append(m)
    return sets


def _score_sets(report: Report, gold: GoldArticle, ex: Extraction | None) -> None:
    predicted = _predicted_sets(ex) if ex is not None else {k: {} for k in SET_KINDS}
    for kind in (k for k in SET_KINDS if k in gold.kinds):
        expected = getattr(gold, kind) - UNSCORED_CODES
        found = predicted[kind]
        score = report.kinds[kind]
        score.tp += len(expected & found.keys())
        for code in sorted(expected - found.keys()):
            score.fn += 1
            report.misses.append(Finding(kind, gold.title, code))
        for code in sorted(found.keys() - expected):
            score.fp += 1
            texts = ", ".join(dict.fromkeys(f"{m.text!r}@{m.field}:{m.start}" for m in found[code]))
            report.false_positives.append(Finding(kind, gold.title, code, text=texts))


# --------------------------------------------------------------------------- quantities


def _quantity_key(value: float, value_max: float | None, unit: str) -> tuple:
    # Rounded so that 0.1+0.2 and 0.3 are one repeat; 9 significant digits are far finer
    # than the 0.5% tolerance.
    return (unit, float(f"{abs(value):.9g}"), None if value_max is None else float(f"{abs(value_max):.9g}"))


def _dedupe(items: Iterable, optional_of=lambda item: False) -> list[list]:
    """Groups of items sharing value, value_max and unit; required members first."""
    groups: dict[tuple, list] = {}
    for item in items:
        groups.setdefault(_quantity_key(item.value, item.value_max, item.unit), []).append(item)
    return [sorted(g, key=optional_of) for g in groups.values()]


def _value_distance(pred, gold) -> float | None:
    """Smallest relative gap between either end of `pred` and either end of `gold`, or None
    when the units differ or no pair of ends is within tolerance."""
    if pred.unit != gold.unit:
        return None
    best = None
    for p in (pred.value, pred.value_max):
        for g in (gold.value, gold.value_max):
            if p is None or g is None:
                continue
            p, g = abs(p), abs(g)
            # Relative to the gold value, the analyst's truth.
            gap = 0.0 if p == g else (abs(p - g) / g if g else float("inf"))
            if gap <= VALUE_TOLERANCE + 1e-12 and (best is None or gap < best):
                best = gap
    return best


def _attribution_agreement(pred: Quantity, gold: GoldQuantity) -> dict[str, bool]:
    return {a: getattr(pred, a) == getattr(gold, a) for a in QUANTITY_ATTRIBUTES}


def _describe_quantity(q) -> str:
    # Grouped digits, not exponents: "44,000,000 t" is what the article said.
    value = f"{q.value:,.10g}" + (f"-{q.value_max:,.10g}" if q.value_max is not None else "")
    parts = [value, q.unit, q.metric or "-", q.country or "-", q.element or "-"]
    if q.year is not None:
        parts.append(str(q.year))
    if getattr(q, "optional", False):
        parts.append("(optional)")
    return " ".join(parts)


def _pair_greedily(candidates: list[tuple]) -> dict[int, int]:
    """One-to-one pairing: `candidates` are (priority..., gold index, predicted index)
    tuples; the best-ranked pair is taken first. Returns gold index -> predicted index."""
    matched_gold: dict[int, int] = {}
    matched_pred: set[int] = set()
    for *_, gi, pi in sorted(candidates):
        if gi in matched_gold or pi in matched_pred:
            continue
        matched_gold[gi] = pi
        matched_pred.add(pi)
    return matched_gold


def _score_quantities(report: Report, gold: GoldArticle, ex: Extraction | None) -> None:
    gold_groups = _dedupe(gold.quantities, optional_of=lambda q: q.optional)
    pred_groups = _dedupe(ex.quantities if ex is not None else ())
    candidates = []
    for gi, gg in enumerate(gold_groups):
        for pi, pg in enumerate(pred_groups):
            gap = _value_distance(pg[0], gg[0])
            if gap is not None:
                # Required gold first, then the closest value (greedy one-to-one).
                candidates.append((gg[0].optional, gap, gi, pi))
    matched_gold = _pair_greedily(candidates)
    matched_pred = set(matched_gold.values())
    score = report.kinds["quantities"]
    for gi, gg in enumerate(gold_groups):
        required = not gg[0].optional
        if gi not in matched_gold:
            if required:
                score.fn += 1
                report.misses.append(Finding("quantities", gold.title, _describe_quantity(gg[0])))
            continue
        if not required:
            continue  # matching an optional item is neither a hit nor a false positive
        score.tp += 1
        # Repeats are one item: judge attribution by the best-agreeing pair of members.
        pred, g, agree = max(
            ((p, g, _attribution_agreement(p, g)) for p in pred_groups[matched_gold[gi]] for g in gg),
            key=lambda t: sum(t[2].values()),
        )
        for attr, ok in agree.items():
            share = report.attribution[f"quantity_{attr}"]
            share.total += 1
            share.right += ok
            if not ok:
                report.attribution_errors.append(
                    Finding(
                        f"quantity_{attr}",
                        gold.title,
                        f"{attr}: predicted {getattr(pred, attr)!r}, gold {getattr(g, attr)!r}"
                        f" ({_describe_quantity(g)})",
                        sentence=pred.sentence,
                        text=pred.text,
                    )
                )
    for pi, pg in enumerate(pred_groups):
        if pi not in matched_pred:
            score.fp += 1
            q = pg[0]
            report.false_positives.append(
                Finding("quantities", gold.title, _describe_quantity(q), sentence=q.sentence, text=q.text)
            )


# --------------------------------------------------------------------------- events


def dates_agree(predicted: str | None, gold: str | None) -> bool:
    """Agreement to the month; to the year when the gold date is a year only."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    width = 4 if len(gold) == 4 else 7
    return predicted[:width] == gold[:width]


def _describe_event(e) -> str:
    parties = f" -> {','.join(e.partners)}" if e.partners else ""
    sub = f"/{e.subtype}" if e.subtype else ""
    optional = " (optional)" if getattr(e, "optional", False) else ""
    return f"{e.type}{sub} {e.actor or '-'}{parties} [{e.date or '-'}]{optional}"


def _score_events(report: Report, gold: GoldArticle, ex: Extraction | None,
                  story_matches: list[StoryMatch]) -> None:
    predicted: Sequence[Event] = ex.events if ex is not None else ()
    candidates = []
    for gi, g in enumerate(gold.events):
        gkey = event_key(g)
        for pi, p in enumerate(predicted):
            if event_key(p) == gkey:
                # Required gold first, then a pairing whose dates agree, then text order.
                candidates.append((g.optional, not dates_agree(p.date, g.date), gi, pi))
    matched_gold = _pair_greedily(candidates)
    matched_pred = set(matched_gold.values())
    score = report.kinds["events"]
    share = report.attribution["event_date_month"]
    for gi, g in enumerate(gold.events):
        if gi not in matched_gold:
            if not g.optional:
                score.fn += 1
                report.misses.append(Finding("events", gold.title, _describe_event(g)))
            continue
        if g.optional:
            continue
        score.tp += 1
        p = predicted[matched_gold[gi]]
        share.total += 1
        if dates_agree(p.date, g.date):
            share.right += 1
        else:
            report.attribution_errors.append(
                Finding(
                    "event_date_month",
                    gold.title,
                    f"date: predicted {p.date!r}, gold {g.date!r} ({_describe_event(g)})",
                    sentence=p.sentence,
                    text=p.trigger,
                )
            )
        judge_event_attributes(report, gold.title, g, p, _describe_event(g))
        if g.story is not None:
            story_matches.append(StoryMatch(g.story, gold.title, ex.article.id, p))
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            score.fp += 1
            report.false_positives.append(
                Finding("events", gold.title, _describe_event(p), sentence=p.sentence, text=p.trigger)
            )


# --------------------------------------------------------------------------- scoring


def _covered_report(gold_articles: Sequence[GoldArticle]) -> Report:
    """A report with only the kinds (and their attribution shares) the gold covers."""
    covered = set().union(*(g.kinds for g in gold_articles)) if gold_articles else set(KINDS)
    attribution_kind = {a: "events" if a.startswith("event_") else "quantities" for a in ATTRIBUTIONS}
    return Report(
        kinds={k: KindScore() for k in KINDS if k in covered},
        attribution={a: Share() for a in ATTRIBUTIONS if attribution_kind[a] in covered},
    )


def score(gold_articles: Sequence[GoldArticle], extractions: Sequence[Extraction]) -> Report:
    """Score `extractions` against `gold_articles` (SPEC §4); input articles without gold are
    counted in `articles_unscored` and otherwise ignored. Only the kinds the gold covers
    (GoldArticle.kinds, from the file's "kinds") are scored and reported."""
    report = _covered_report(gold_articles)
    pairs, report.articles_unscored = _pair_articles(gold_articles, extractions)
    story_matches: list[StoryMatch] = []
    for gold, ex in pairs:
        if ex is None:
            report.missing_articles.append(gold.title)
            report.misses.append(Finding("article", gold.title, "gold article not found in input"))
        else:
            report.articles_scored += 1
        _score_sets(report, gold, ex)
        if "quantities" in gold.kinds:
            _score_quantities(report, gold, ex)
        if "events" in gold.kinds:
            _score_events(report, gold, ex, story_matches)
    score_stories(report, gold_articles, extractions, story_matches)
    return report
