"""Scores stories against gold story labels: pairwise precision and recall of "same story".

A gold event may carry a `story` label, a free string shared by every gold event (in any
article) that reports the same real-world measure. The predicted stories are those storage
would give the input: `orewatch.stories.assign_stories` over every predicted event of every
input article. Over the matched required gold events that carry a label, each pair of events
counts once: a true positive when gold and prediction both put them in one story, a false
positive when only the prediction does, a false negative when only the gold does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from orewatch.evaluation_report import Finding, KindScore, Report
from orewatch.gold import GoldArticle
from orewatch.records import Event, Extraction, event_id
from orewatch.stories import assign_stories, reports_of


@dataclass(frozen=True, slots=True)
class StoryMatch:
    """A matched required gold event with a story label, and the predicted event it matched."""

    label: str
    title: str  # the gold article's title, for findings
    article_id: str  # the predicted article's id
    event: Event


def score_stories(
    report: Report,
    gold_articles: Sequence[GoldArticle],
    extractions: Sequence[Extraction],
    matches: Sequence[StoryMatch],
) -> None:
    """Fill report.stories (left None when no gold event has a story label)."""
    if not any(e.story is not None for g in gold_articles for e in g.events):
        return
    story_of = assign_stories(reports_of(extractions))
    stories = [story_of[event_id(m.article_id, m.event)] for m in matches]
    pairs = KindScore()
    for (a, story_a), (b, story_b) in combinations(zip(matches, stories), 2):
        same_gold, same_predicted = a.label == b.label, story_a == story_b
        pairs.tp += same_gold and same_predicted
        pairs.fp += same_predicted and not same_gold
        pairs.fn += same_gold and not same_predicted
    report.stories = pairs
    report.story_events = len(matches)
    report.story_findings = _findings(matches, stories)


def _findings(matches: Sequence[StoryMatch], stories: Sequence[str]) -> list[Finding]:
    """One finding per gold story split over several predicted stories, and per predicted
    story that merges several gold stories."""
    by_label: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    by_story: dict[str, set[str]] = defaultdict(set)
    for match, story in zip(matches, stories):
        by_label[match.label][story].append(match.title)
        by_story[story].add(match.label)
    findings = []
    for label, parts in sorted(by_label.items()):
        if len(parts) > 1:
            where = "; ".join(f"{story}: {' | '.join(titles)}" for story, titles in sorted(parts.items()))
            findings.append(Finding("stories", label, f"split over {len(parts)} stories", text=where))
    for story, labels in sorted(by_story.items()):
        if len(labels) > 1:
            findings.append(Finding("stories", story, f"merges gold stories {', '.join(sorted(labels))}"))
    return findings
