"""The typed records passed from readers to extractors to storage and to `orewatch extract`.

One record per concept, frozen, with character offsets. Storage derives its columns
from these fields and the CLI prints them (SPEC §3); nothing untyped travels in between.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Literal

Field = Literal["title", "text"]


def stable_id(prefix: str, *parts: object) -> str:
    """A short, stable identifier from the given parts (same parts, same id, across runs)."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}_{digest.hexdigest()[:16]}"


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a file, a URL or a feed entry (SPEC §1)."""

    id: str
    title: str
    text: str
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601, with the source's UTC offset where known
    language: str = "en"
    fetched_at: str | None = None  # ISO 8601 UTC, set by readers that fetch
    origin: str = ""  # the file (and line) or URL it was read from, for messages only


@dataclass(frozen=True, slots=True)
class Mention:
    """A country (ISO3 or bloc code) or element (SPEC §2 code) named in the title or text."""

    code: str
    text: str
    field: Field
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with a unit about the supply chain, with what it measures and whose it is."""

    value: float
    value_max: float | None
    unit: str
    qualifier: str  # exact | approx | more_than | less_than | at_least | up_to
    change: bool
    metric: str
    country: str | None
    element: str | None
    year: int | None
    text: str
    field: Field
    start: int
    end: int
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """A policy event: who did what (type) to whom (partners), about which elements, when, and
    where the measure stands (phase, effective_date; SPEC §2). The extractors may leave the
    last two to their defaults."""

    type: str
    subtype: str | None
    actor: str | None
    partners: tuple[str, ...]
    elements: tuple[str, ...]
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    date_precision: str | None  # day | month | quarter | year | published
    trigger: str
    sentence: str
    field: Field
    start: int
    end: int
    phase: str = "announced"  # proposed | announced | effective | suspended | extended | lifted
    effective_date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD: when it takes or took effect


#: Where a measure stands (SPEC §2 "Phase"); `announced` is the default.
PHASES = ("proposed", "announced", "effective", "suspended", "extended", "lifted")
#: The order of an event's keys in `orewatch extract` (SPEC §3).
EVENT_JSON_KEYS = (
    "type", "subtype", "actor", "partners", "elements", "date", "date_precision", "phase",
    "effective_date", "trigger", "sentence", "field", "start", "end",
)  # fmt: skip


def event_to_json(event: Event) -> dict:
    """An event as SPEC §3 prints it: lists for partners and elements, keys in SPEC order."""
    return {
        key: list(getattr(event, key)) if key in ("partners", "elements") else getattr(event, key)
        for key in EVENT_JSON_KEYS
    }


def _flat_to_json(cls: type) -> Callable[[object], dict]:
    """`dataclasses.asdict` for a record whose fields are all plain values (str, int, float,
    bool, None): the same dict, without asdict's deep copy of every value (which cost a tenth
    of `orewatch extract`)."""
    keys = tuple(f.name for f in dataclasses.fields(cls))
    values = attrgetter(*keys)
    return lambda record: dict(zip(keys, values(record)))


mention_to_json = _flat_to_json(Mention)
quantity_to_json = _flat_to_json(Quantity)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    countries: tuple[Mention, ...] = ()
    elements: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        """The SPEC §3 object printed by `orewatch extract`."""
        a = self.article
        return {
            "id": a.id,
            "source": a.source,
            "title": a.title,
            "published": a.published,
            "url": a.url,
            "language": a.language,
            "countries": [mention_to_json(m) for m in self.countries],
            "elements": [mention_to_json(m) for m in self.elements],
            "quantities": [quantity_to_json(q) for q in self.quantities],
            "events": [event_to_json(e) for e in self.events],
        }


def event_id(article_id: str, event: Event) -> str:
    """Stable across re-extraction: independent of offsets, so an edit elsewhere keeps it."""
    return stable_id(
        "ev",
        article_id,
        event.type,
        event.subtype,
        event.actor,
        ",".join(sorted(event.partners)),
        ",".join(sorted(event.elements)),
        " ".join(event.sentence.split()).lower(),
    )


def quantity_id(article_id: str, quantity: Quantity, occurrence: int = 0) -> str:
    """Stable across re-extraction for an unchanged sentence."""
    return stable_id(
        "qt",
        article_id,
        quantity.field,
        quantity.text,
        repr(quantity.value),
        quantity.unit,
        " ".join(quantity.sentence.split()).lower(),
        occurrence,
    )


def normalize_for_hash(text: str) -> str:
    """NFKC, lower case, whitespace folded: formatting changes do not make a new version."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def content_hash(title: str, text: str) -> str:
    """The normalized content hash of an article (SPEC §5 `articles.content_hash`)."""
    payload = normalize_for_hash(title) + "\n" + normalize_for_hash(text)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def article_id(
    canonical_url: str | None, title: str, source: str | None, published: str | None
) -> str:
    """Stable article identity: the canonical URL when there is one, else source, title and
    publication day. Re-reading the same article gives the same id; an edited body keeps it.
    A publication known to the month only ("2025-05") names no day and counts as none, as it
    did when readers dropped such dates, so that ids stored then still match."""
    if canonical_url:
        return stable_id("ar", canonical_url)
    day = published[:10] if published and len(published) >= 10 else ""
    return stable_id("ar", normalize_for_hash(source or ""), normalize_for_hash(title), day)
