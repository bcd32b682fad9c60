"""Shapes the rows orewatch.storage.review_reads returns into what the templates show: one
queue item (event, article, highlighted context, earlier decision), the correction pickers,
the article page. No I/O here."""

from __future__ import annotations

from datetime import datetime, timezone

from orewatch import vocabulary
from orewatch.review import highlight
from orewatch.review.corrections import YEARS
from orewatch.storage.reviews import CORRECTABLE, extraction_fingerprint

# Columns of the items query that are not event fields to list; any other column the events
# view gains (phase, effective_date, story_id …) is listed as it comes.
NOT_LISTED = {
    "event_id", "article_id", "type", "subtype", "actor", "partners", "elements", "event_date",
    "date_precision", "trigger", "sentence", "field", "start_char", "end_char", "review_status",
    "reviewed_by", "reviewed_at", "extracted", "earlier_review_id", "title", "source", "url",
    "published_at", "published_local", "sort_published", "story_id",
}
FIELD_LABELS = {
    "type": "type", "subtype": "subtype", "actor": "actor", "partners": "partners",
    "elements": "elements", "event_date": "date", "date_precision": "precision",
}
STATUS_LABELS = {
    "pending": "not reviewed", "changed": "changed since review", "accepted": "approved",
    "rejected": "rejected", "corrected": "corrected",
}


def show_published(local: str | None, instant) -> str:
    """The publication time as the source gave it (its own UTC offset), readably."""
    text = local or show_value("", instant)
    return text.replace("T", " ", 1) if text != "—" else "date unknown"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are drawn as links (never javascript: or data:)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def show_value(field: str, value) -> str:
    """A field's value in words: codes with names, lists joined, '—' for none."""
    if value is None or value == [] or value == "":
        return "—"
    if field in ("actor", "partners"):
        codes = value if isinstance(value, list) else [value]
        return ", ".join(f"{c} ({vocabulary.party_name(c)})" for c in codes)
    if field == "elements":
        return ", ".join(f"{c} ({vocabulary.ELEMENTS.get(c, c)})" for c in value)
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return str(value)


def _fields(values: dict) -> list[tuple[str, str, str]]:
    return [(f, FIELD_LABELS[f], show_value(f, values.get(f))) for f in CORRECTABLE]


def _earlier(review: dict | None, item: dict) -> dict | None:
    """The earlier decision beside a changed event: what it said, and what differs now."""
    if not review:
        return None
    old = review.get("values_after") or review.get("values_before") or review.get("seen") or {}
    seen = review.get("seen") or {}
    differences = [
        (FIELD_LABELS[f], show_value(f, old.get(f)), show_value(f, item.get(f)))
        for f in CORRECTABLE
        if f in old and show_value(f, old.get(f)) != show_value(f, item.get(f))
    ]
    old_sentence = seen.get("sentence")
    return {
        "decision": STATUS_LABELS.get(review["decision"], review["decision"]),
        "editor": review["editor"],
        "at": show_value("", review["reviewed_at"]),
        "note": review.get("note"),
        "fields": _fields(old),
        "differences": differences,
        "sentence": old_sentence if old_sentence and old_sentence != item["sentence"] else None,
    }


def _other_reports(others: list[dict]) -> dict | None:
    """The other reports of the event's story, as listed beside it: how many, and the newest."""
    if not others:
        return None
    return {
        "total": others[0]["reports"],
        "reports": [{
            "article_id": o["article_id"], "title": o["title"], "source": o["source"] or "unknown source",
            "published": show_published(o["published_local"], o["published_at"]),
            "date": show_value("event_date", o["event_date"]), "phase": o["phase"], "sentence": o["sentence"],
        } for o in others],
    }


def queue_item(row: dict, article: dict, earlier_review: dict | None = None, others: list[dict] | None = None) -> dict:
    """One item as the templates show it, with the other reports of its story beside it."""
    extras = [(name, show_value(name, value)) for name, value in row.items() if name not in NOT_LISTED]
    return {
        "event_id": row["event_id"],
        "status": row["review_status"],
        "status_label": STATUS_LABELS.get(row["review_status"], row["review_status"]),
        "fingerprint": extraction_fingerprint(row["extracted"]),
        "article_id": row["article_id"],
        "title": row["title"],
        "source": row["source"] or "unknown source",
        "url": safe_url(row["url"]),
        "published": show_published(row["published_local"], row["published_at"]),
        "trigger": row["trigger"],
        "fields": _fields(row),
        "extras": extras,
        "reviewed_by": row["reviewed_by"],
        "reviewed_at": show_value("", row["reviewed_at"]),
        "context": highlight.event_context(row, article),
        "earlier": _earlier(earlier_review, row) if row["review_status"] == "changed" else None,
        "others": _other_reports(others or []),
    }


def _ordered(codes_first: list[str], every: dict[str, str]) -> list[tuple[str, str]]:
    return [(c, every.get(c, c)) for c in dict.fromkeys(codes_first) if c in every]


def correction_form(row: dict, article: dict) -> dict:
    """The pickers of the correction form, pre-filled with the event's values, the codes the
    article mentions first."""
    mentioned = [m["code"] for m in article["mentions"] if m["kind"] == "country"]
    in_article = _ordered(mentioned, vocabulary.parties())
    taken = {c for c, _ in in_article}
    date = (row.get("event_date") or "").split("-")
    return {
        "event_id": row["event_id"],
        "fingerprint": extraction_fingerprint(row["extracted"]),
        "current": {f: row.get(f) for f in CORRECTABLE},
        "year": date[0] if date[0] else "",
        "month": str(int(date[1])) if len(date) > 1 else "",
        "day": str(int(date[2])) if len(date) > 2 else "",
        "types": vocabulary.EVENT_TYPES,
        "subtypes": vocabulary.SUBTYPES,
        "precisions": vocabulary.DATE_PRECISIONS,
        "years": [str(y) for y in reversed(YEARS)],
        "parties_in_article": in_article,
        "blocs": [(c, n) for c, n in vocabulary.BLOCS.items() if c not in taken],
        "countries": [(c, n) for c, n in vocabulary.countries().items() if c not in taken],
        "elements_in_article": _ordered([m["code"] for m in article["mentions"] if m["kind"] == "element"],
                                        vocabulary.ELEMENTS),
        "elements": list(vocabulary.ELEMENTS.items()),
    }


def article_page(article: dict, rows: list[dict]) -> dict:
    """The article page: every paragraph marked up, and its events with their status."""
    return {
        "article": {**article, "url": safe_url(article["url"]),
                    "published": show_published(article["published_local"], article["published_at"])},
        "paragraphs": highlight.article_paragraphs(article, rows),
        "events": [
            {"number": n, "event_id": r["event_id"], "status": r["review_status"],
             "status_label": STATUS_LABELS.get(r["review_status"], r["review_status"]),
             "trigger": r["trigger"], "fields": _fields(r)}
            for n, r in enumerate(rows, 1)
        ],
    }
