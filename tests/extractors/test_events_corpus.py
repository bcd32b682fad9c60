"""The event component on real text from ../shared (skipped when it is absent): the worked gold
of seeds-dev-examples.json must score as SPEC §4 asks, and every event read from the real
English news corpus must be well formed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orewatch.evaluation import load_gold, score
from orewatch.extractors.events.lexicon import EVENT_TYPES
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CITATIONS = re.compile(r"(?:\[\d+\])+")
SOURCE_LINE = re.compile(r"^(?P<source>.*)· (?P<when>\d{4}-\d{2}-\d{2} \d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

pytestmark = pytest.mark.shared


def _dump_articles(path: Path) -> list[Article]:
    """The "Search documents" groups of a seed file (title, source line, body), citation
    markers removed as the readers remove them."""
    lines = path.read_text(encoding="utf-8").splitlines()
    articles = []
    for i, line in enumerate(lines[1:-1], start=1):
        m = SOURCE_LINE.match(line)
        if m:
            articles.append(
                Article(
                    id=f"{path.name}:{i}",
                    title=lines[i - 1],
                    text=CITATIONS.sub("", lines[i + 1]),
                    source=m["source"],
                    published=m["when"].replace(" ", "T"),
                )
            )
    return articles


@pytest.fixture(scope="module")
def shared() -> Path:
    if not (SHARED / "SPEC.md").exists():
        pytest.skip("../shared is absent")
    return SHARED


def test_events_corpus_dev_gold_scores(shared):
    articles = [a for path in sorted((shared / "seeds").glob("*.txt")) for a in _dump_articles(path)]
    report = score(load_gold(shared / "gold" / "seeds-dev-examples.json"), extract_articles(articles))
    events = report.kinds["events"]
    assert events.f1 >= 0.85, (events, report.false_positives, report.misses)
    assert report.attribution["event_date_month"].share >= 0.85


def test_events_corpus_english_news_events_are_well_formed(shared):
    rows = [json.loads(line) for line in (shared / "corpus" / "webpages-en" / "articles.jsonl").open(encoding="utf-8")]
    articles = [Article(id=str(i), title=r["title"], text=r["text"], published=r.get("published")) for i, r in enumerate(rows)]
    extractions = extract_articles(articles)
    events = [e for x in extractions for e in x.events]
    assert len(events) >= len(articles)  # a policy-heavy corpus: at least one event per article on average
    for x in extractions:
        for e in x.events:
            assert e.type in EVENT_TYPES and e.actor, e
            assert e.actor not in e.partners, e
            if e.type == "agreement":
                assert len({e.actor, *e.partners}) >= 2, e
            if x.article.published:
                assert e.date and DATE.match(e.date), e
            text = x.article.title if e.field == "title" else x.article.text
            assert text[e.start : e.end] == e.sentence and e.trigger in e.sentence, e
