"""The event component on real text from ../shared (skipped when it is absent, failed in CI),
read by the product's own readers: the worked gold of seeds-dev-examples.json must score as
SPEC §4 asks, and every event read from the real English news corpus must be well formed."""

from __future__ import annotations

import re

import pytest

from orewatch.evaluation import load_gold, score
from orewatch.extractors.events.lexicon import EVENT_TYPES
from orewatch.extractors.extract import extract_articles
from orewatch.readers import ReadOptions, read_paths

DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

pytestmark = pytest.mark.shared


def test_events_corpus_dev_gold_scores(shared_dir):
    # The seeds as orewatch reads them (readers/dump.py: citation markers, glued headers).
    articles = read_paths([shared_dir / "seeds"], ReadOptions()).articles
    report = score(load_gold(shared_dir / "gold" / "seeds-dev-examples.json"), extract_articles(articles))
    events = report.kinds["events"]
    assert events.f1 >= 0.85, (events, report.false_positives, report.misses)
    assert report.attribution["event_date_month"].share >= 0.85


def test_events_corpus_english_news_events_are_well_formed(shared_dir):
    articles = read_paths([shared_dir / "corpus" / "webpages-en" / "articles.jsonl"], ReadOptions()).articles
    extractions = extract_articles(articles)
    events = [e for x in extractions for e in x.events]
    assert len(events) >= len(articles)  # a policy-heavy corpus: at least one event per article on average
    for x in extractions:
        for e in x.events:
            assert e.type in EVENT_TYPES, e
            # Only a company's own plant or investment may have no actor (its country unnamed).
            assert e.actor or e.type in ("capacity_expansion", "investment"), e
            assert e.actor not in e.partners, e
            if e.type == "agreement":
                assert len({e.actor, *e.partners}) >= 2, e
            if x.article.published:
                assert e.date and DATE.match(e.date), e
            text = x.article.title if e.field == "title" else x.article.text
            assert text[e.start : e.end] == e.sentence and e.trigger in e.sentence, e
