"""Helpers for the event tests (no tests here): the real orewatch pipeline, run on one text
with a publication date, as extract.py runs it."""

from __future__ import annotations

from orewatch.extractors.pipeline import get_pipeline
from orewatch.records import Event

PUBLISHED = "2025-10-28T11:24:00+08:00"  # a Tuesday


def events_of(text: str, published: str | None = PUBLISHED, field: str = "text") -> list[Event]:
    """The events the full pipeline finds in `text`."""
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.field = field
    return list(nlp(doc)._.events)


def keys_of(text: str, published: str | None = PUBLISHED) -> set[tuple]:
    """(type, actor, partners) of each event, partners sorted."""
    return {(e.type, e.actor, tuple(sorted(e.partners))) for e in events_of(text, published)}


def one_event(text: str, published: str | None = PUBLISHED) -> Event:
    found = events_of(text, published)
    assert len(found) == 1, f"expected one event in {text!r}, got {found}"
    return found[0]
