"""The result of `orewatch eval`: per-kind counts, attribution shares, findings; as text,
as JSON, and checked against floors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

SET_KINDS = ("countries", "elements", "title_countries", "title_elements")
KINDS = SET_KINDS + ("quantities", "events")
QUANTITY_ATTRIBUTES = ("metric", "country", "element", "year")
EVENT_ATTRIBUTES = ("partners", "elements", "phase")
ATTRIBUTIONS = (tuple(f"quantity_{a}" for a in QUANTITY_ATTRIBUTES) + ("event_date_month",)
                + tuple(f"event_{a}" for a in EVENT_ATTRIBUTES))


@dataclass(slots=True)
class KindScore:
    """Counts of one kind over all articles; P/R/F1 derived (1.0 when nothing was expected)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Share:
    """How many matched items got one attribute right; `share` is None when none matched."""

    right: int = 0
    total: int = 0

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class Finding:
    """One miss, false positive or attribution error, with what is needed to look it up."""

    kind: str  # a KINDS name, an ATTRIBUTIONS name, or "article"
    article: str  # the article title
    item: str  # the item in words: a code, "44000000 t reserves CHN REE", "export_restriction CHN"
    sentence: str = ""
    text: str = ""  # the predicted words (quantity text, event trigger, mention texts)


@dataclass(slots=True)
class Report:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    attribution: dict[str, Share] = field(default_factory=lambda: {a: Share() for a in ATTRIBUTIONS})
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    attribution_errors: list[Finding] = field(default_factory=list)
    missing_articles: list[str] = field(default_factory=list)
    articles_scored: int = 0
    articles_unscored: int = 0  # input articles with no gold entry
    # Pairwise "same story" over matched events with a gold story label: tp, fp, fn count
    # pairs of events; None when the gold labels no story (orewatch.evaluation_stories).
    stories: KindScore | None = None
    story_events: int = 0  # matched required gold events with a story label
    story_findings: list[Finding] = field(default_factory=list)


def check_targets(report: Report, targets: dict[str, float]) -> list[str]:
    """One message per floor not reached (an empty list means every target is met)."""
    failures = []
    for name, floor in targets.items():
        kind, _, measure = name.partition(".")
        if kind == "stories":
            if report.stories is None:
                failures.append(f"{name}: the gold labels no story (floor {floor:.3f})")
                continue
            measure = measure or "f1"
            if measure not in ("precision", "recall", "f1"):
                failures.append(f"{name}: unknown measure (use precision, recall or f1)")
                continue
            value = getattr(report.stories, measure)
        elif kind in report.kinds:
            measure = measure or "f1"
            if measure not in ("precision", "recall", "f1"):
                failures.append(f"{name}: unknown measure (use precision, recall or f1)")
                continue
            value = getattr(report.kinds[kind], measure)
        elif name in report.attribution:
            value = report.attribution[name].share
            if value is None:
                failures.append(f"{name}: no matched items to measure (floor {floor:.3f})")
                continue
        elif kind in KINDS or name in ATTRIBUTIONS:
            failures.append(f"{name}: not covered by this gold file")
            continue
        else:
            failures.append(f"{name}: unknown target")
            continue
        if value < floor:
            failures.append(f"{name}: {value:.3f} < {floor:.3f}")
    return failures


# --------------------------------------------------------------------------- output


def report_to_json(report: Report) -> dict:
    """The report as plain JSON-ready data."""
    return {
        "articles_scored": report.articles_scored,
        "articles_unscored": report.articles_unscored,
        "missing_articles": list(report.missing_articles),
        "kinds": {
            k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}
            for k, s in report.kinds.items()
        },
        "attribution": {
            a: {"right": s.right, "total": s.total, "share": s.share} for a, s in report.attribution.items()
        },
        "stories": _stories_json(report),
        "misses": [asdict(f) for f in report.misses],
        "false_positives": [asdict(f) for f in report.false_positives],
        "attribution_errors": [asdict(f) for f in report.attribution_errors],
        "story_findings": [asdict(f) for f in report.story_findings],
    }


def _stories_json(report: Report) -> dict | None:
    s = report.stories
    if s is None:
        return None
    return {"events": report.story_events, "tp": s.tp, "fp": s.fp, "fn": s.fn,
            "precision": s.precision, "recall": s.recall, "f1": s.f1}


def _findings_block(heading: str, findings: Sequence[Finding]) -> list[str]:
    lines = ["", f"{heading} ({len(findings)})"]
    for f in findings:
        lines.append(f"- [{f.kind}] {f.article}")
        lines.append(f"    {f.item}" + (f"   text: {f.text}" if f.text else ""))
        if f.sentence:
            lines.append(f"    sentence: {' '.join(f.sentence.split())}")
    return lines


def format_report(report: Report) -> str:
    """A readable table of scores, then every miss, false positive and attribution error."""
    lines = [
        f"articles scored: {report.articles_scored}   not in gold: {report.articles_unscored}"
        f"   gold articles missing from input: {len(report.missing_articles)}",
    ]
    if set(report.kinds) != set(KINDS):
        lines.append(f"this gold file covers {', '.join(report.kinds)} only: nothing else is scored")
    lines += [
        "",
        f"{'kind':<16}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for kind, s in report.kinds.items():
        lines.append(f"{kind:<16}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    lines += ["", f"{'attribution':<20}{'right':>7}{'of':>5}{'share':>8}"]
    for name, s in report.attribution.items():
        share = "-" if s.share is None else f"{s.share:.3f}"
        lines.append(f"{name:<20}{s.right:>7}{s.total:>5}{share:>8}")
    if report.stories is not None:
        s = report.stories
        lines += ["", f"{'same story':<16}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"
                  f"   (pairs of the {report.story_events} matched events with a gold story label)",
                  f"{'pairs':<16}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"]
    for title in report.missing_articles:
        lines.append(f"gold article not found in input: {title}")
    lines += _findings_block("MISSES", report.misses)
    lines += _findings_block("FALSE POSITIVES", report.false_positives)
    lines += _findings_block("ATTRIBUTION ERRORS", report.attribution_errors)
    if report.stories is not None:
        lines += _findings_block("STORIES SPLIT OR MERGED", report.story_findings)
    return "\n".join(lines) + "\n"
