"""What the editors' review page reads: queue items with their article context, status
counts, filter options, earlier decisions, statistics, and the decided events for a gold
file. Every function takes an open connection (one per page request: see
orewatch.storage.db.reader_connection); the SQL is in sql/queries/review_*.sql."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from orewatch.storage.queries import fetch_dicts

STATUSES = ("pending", "changed", "accepted", "rejected", "corrected")
# What the page's status filter can ask for: "todo" is the queue itself.
STATUS_CHOICES = {
    "todo": ("pending", "changed"),
    "pending": ("pending",),
    "changed": ("changed",),
    "accepted": ("accepted",),
    "rejected": ("rejected",),
    "corrected": ("corrected",),
    "all": STATUSES,
}
JSON_COLUMNS = ("changes", "seen", "values_before", "values_after")


@dataclass(frozen=True)
class QueueFilter:
    """The page's filters, as in its URL; None (or '') means not filtered."""

    status: str = "todo"
    type: str | None = None
    actor: str | None = None
    element: str | None = None
    source: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, publication day (UTC), inclusive
    date_to: str | None = None

    def params(self) -> dict:
        return {
            "type": self.type or None, "actor": self.actor or None, "element": self.element or None,
            "source": self.source or None, "date_from": self.date_from or None, "date_to": self.date_to or None,
        }


def _plain_lists(row: dict) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in row.items()}


def _items(con: duckdb.DuckDBPyConnection, statuses: Sequence[str], filters: dict, limit: int,
           ids: Sequence[str] | None = None, article_id: str | None = None, after: dict | None = None) -> list[dict]:
    after = after or {}
    params = {
        **filters, "statuses": list(statuses), "ids": list(ids) if ids is not None else None,
        "article_id": article_id, "limit": limit,
        "after_published": after.get("published"), "after_article": after.get("article"),
        "after_start": after.get("start"), "after_event": after.get("event"),
    }
    rows = [_plain_lists(row) for row in fetch_dicts(con, "review_items", params)]
    if rows:  # the extraction as stored, for what the editor saw (few rows: a second query)
        extracted = {x["event_id"]: _plain_lists(x) for x in
                     fetch_dicts(con, "review_extracted", {"ids": [r["event_id"] for r in rows]})}
        for row in rows:
            row["extracted"] = extracted[row["event_id"]]
    return rows


def queue_items(con: duckdb.DuckDBPyConnection, queue_filter: QueueFilter, after_event: str | None = None,
                limit: int = 20) -> list[dict]:
    """The next `limit` events under the filters, after the event `after_event` (paging)."""
    statuses = STATUS_CHOICES.get(queue_filter.status, STATUS_CHOICES["todo"])
    after = None
    if after_event:
        keys = fetch_dicts(con, "review_item_key", {"event_id": after_event})
        after = keys[0] if keys else None
    return _items(con, statuses, queue_filter.params(), limit, after=after)


def event_items(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> list[dict]:
    """The given events, whatever their status, in queue order."""
    return _items(con, STATUSES, QueueFilter().params(), max(len(event_ids), 1), ids=event_ids)


def article_events(con: duckdb.DuckDBPyConnection, article_id: str) -> list[dict]:
    """Every event of one article, whatever its status, in text order."""
    return _items(con, STATUSES, QueueFilter().params(), 100_000, article_id=article_id)


def status_counts(con: duckdb.DuckDBPyConnection, queue_filter: QueueFilter) -> dict[str, int]:
    """Events per review_status under the filters (every status present, zeros included)."""
    rows = fetch_dicts(con, "review_status_counts", queue_filter.params())
    counts = {status: 0 for status in STATUSES}
    counts.update({r["review_status"]: r["events"] for r in rows})
    return counts


def articles_with_context(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, dict]:
    """Article id -> the article (with text) plus its `mentions` and `quantities`."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    articles = {a["article_id"]: {**a, "mentions": [], "quantities": []}
                for a in fetch_dicts(con, "review_articles", {"ids": ids})}
    for mention in fetch_dicts(con, "review_mentions", {"ids": ids}):
        articles[mention["article_id"]]["mentions"].append(mention)
    for quantity in fetch_dicts(con, "review_quantities", {"ids": ids}):
        articles[quantity["article_id"]]["quantities"].append(quantity)
    return articles


def reviews_by_id(con: duckdb.DuckDBPyConnection, review_ids: Sequence[int]) -> dict[int, dict]:
    """Review id -> the review row, its JSON columns parsed."""
    ids = sorted({int(i) for i in review_ids if i is not None})
    if not ids:
        return {}
    found = {}
    for row in fetch_dicts(con, "review_by_ids", {"ids": ids}):
        for column in JSON_COLUMNS:
            row[column] = json.loads(row[column]) if row[column] else None
        found[row["review_id"]] = row
    return found


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, int]]]:
    """Filter name (actor, element, source) -> (value, events) pairs that occur."""
    options: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for row in fetch_dicts(con, "review_filter_options"):
        options[row["filter"]].append((row["value"], row["events"]))
    return dict(options)


def review_stats(con: duckdb.DuckDBPyConnection, trigger_limit: int = 50) -> dict[str, list[dict]]:
    """The stats page: decisions per editor and day, outcomes per type and per trigger."""
    return {
        "activity": fetch_dicts(con, "review_stats_activity"),
        "types": fetch_dicts(con, "review_stats_types"),
        "triggers": fetch_dicts(con, "review_stats_triggers", {"limit": trigger_limit}),
    }


def gold_events(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every event of every article with a decided event, corrections applied."""
    return [_plain_lists(row) for row in fetch_dicts(con, "review_gold_events")]


def story_reports(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str], per_story: int = 5) -> dict[str, list[dict]]:
    """For each event id, up to `per_story` other reports of its story (newest first), each
    with `reports`, the number of other reports in all; events alone in their story are absent."""
    found: dict[str, list[dict]] = {}
    if event_ids:
        for row in fetch_dicts(con, "review_story_reports", {"ids": list(event_ids), "per_story": per_story}):
            found.setdefault(row.pop("shown_event"), []).append(row)
    return found
