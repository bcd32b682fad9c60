"""Turns a batch of extractions into the Arrow tables the writer stores.

Pure (no database), so that it runs where the extraction ran, on a cluster's worker too,
and only compact columns travel back to the one process that writes (storage/writer.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pyarrow as pa

from orewatch import records
from orewatch.records import Extraction
from orewatch.storage import tables

CHILD_TABLES = ("country_mentions", "element_mentions", "quantities", "extracted_events")


@dataclass(frozen=True)
class StagedBatch:
    """A batch's rows, one Arrow table per relation (`articles` and CHILD_TABLES), ids unique.

    `repeats` counts earlier readings of an article read again later in the same batch: the
    last reading is its latest, the others are dropped here and counted as duplicates."""

    tables: dict[str, pa.Table] = field(default_factory=dict)
    repeats: int = 0

    @property
    def articles(self) -> pa.Table:
        return self.tables["articles"]

    @property
    def num_articles(self) -> int:
        return self.articles.num_rows if self.tables else 0


def _child_tables(extractions: Sequence[Extraction]) -> dict[str, pa.Table]:
    """The mention, quantity and event rows of the given extractions, keyed by table."""
    country_ids, countries, element_ids, elements = [], [], [], []
    quantity_ids, quantity_articles, quantities = [], [], []
    event_ids, event_articles, events = [], [], []
    for extraction in extractions:
        aid = extraction.article.id
        country_ids += [aid] * len(extraction.countries)
        countries += extraction.countries
        element_ids += [aid] * len(extraction.elements)
        elements += extraction.elements
        occurrences: Counter[str] = Counter()
        for q in extraction.quantities:
            # Exact repeats (same words, value and sentence) get occurrence 1, 2 …
            base = records.quantity_id(aid, q)
            quantity_ids.append(records.quantity_id(aid, q, occurrences[base]))
            quantity_articles.append(aid)
            quantities.append(q)
            occurrences[base] += 1
        seen_events: set[str] = set()
        for e in extraction.events:
            eid = records.event_id(aid, e)
            if eid not in seen_events:  # an event read twice from one article is stored once
                seen_events.add(eid)
                event_ids.append(eid)
                event_articles.append(aid)
                events.append(e)
    return {
        "country_mentions": tables.mentions_table(country_ids, countries),
        "element_mentions": tables.mentions_table(element_ids, elements),
        "quantities": tables.quantities_table(quantity_ids, quantity_articles, quantities),
        "extracted_events": tables.events_table(event_ids, event_articles, events),
    }


def stage_batch(extractions: Sequence[Extraction], fetched_at: str | None = None) -> StagedBatch:
    """The rows of a batch of extractions; `fetched_at` (ISO 8601) stands in for articles
    that carry none (default: now)."""
    extractions = list(extractions)
    if not extractions:
        return StagedBatch()
    last_of_id = {x.article.id: i for i, x in enumerate(extractions)}
    kept = [x for i, x in enumerate(extractions) if last_of_id[x.article.id] == i]
    articles = [x.article for x in kept]
    default_fetched = tables.parse_timestamp(fetched_at) or datetime.now(timezone.utc)
    staged = {
        "articles": tables.articles_table(
            articles,
            [records.content_hash(a.title, a.text) for a in articles],
            [tables.parse_timestamp(a.fetched_at) or default_fetched for a in articles],
        ),
        **_child_tables(kept),
    }
    return StagedBatch(staged, repeats=len(extractions) - len(kept))
