"""The gold files of `orewatch eval`: their typed records and their loader (SPEC §4).

A gold file is ``{"articles": [...]}``; each article has ``title``, ``source``, ``published``,
the code sets ``countries``, ``elements``, ``title_countries``, ``title_elements`` and the lists
``quantities`` and ``events``, whose items may carry ``"optional": true``. An event may also
give its ``phase`` (scored where given), ``effective_date``, and a ``story`` label: a free
string, the same on every gold event (in any article) that reports the same real-world measure.
The worked example is ``../shared/gold/seeds-dev-examples.json``; ours are in ``fixtures/gold/``.

A file may say which kinds it covers, ``{"kinds": ["events"], "articles": [...]}`` (as the
editors' export does, since editors judge events only): evaluation then scores only those
kinds. Without ``kinds`` a file covers them all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from orewatch.evaluation_report import KINDS
from orewatch.records import PHASES


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    value: float
    value_max: float | None
    unit: str
    qualifier: str | None = None
    change: bool = False
    metric: str | None = None
    country: str | None = None
    element: str | None = None
    year: int | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    subtype: str | None = None
    actor: str | None = None
    partners: tuple[str, ...] = ()
    elements: tuple[str, ...] = ()
    date: str | None = None
    date_precision: str | None = None
    optional: bool = False
    phase: str | None = None  # None: the gold does not say, and phase is not scored
    effective_date: str | None = None
    story: str | None = None  # a free label: events with the same label report one measure


@dataclass(frozen=True, slots=True)
class GoldArticle:
    title: str
    source: str | None
    published: str | None
    countries: frozenset[str]
    elements: frozenset[str]
    title_countries: frozenset[str]
    title_elements: frozenset[str]
    quantities: tuple[GoldQuantity, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    kinds: frozenset[str] = frozenset(KINDS)  # what this gold covers (the file's "kinds")


def _codes(raw: dict, key: str) -> frozenset[str]:
    return frozenset(raw.get(key) or ())


def _float_or_none(value) -> float | None:
    return None if value is None else float(value)


def _gold_quantity(raw: dict) -> GoldQuantity:
    return GoldQuantity(
        value=float(raw["value"]),
        value_max=_float_or_none(raw.get("value_max")),
        unit=str(raw["unit"]),
        qualifier=raw.get("qualifier"),
        change=bool(raw.get("change", False)),
        metric=raw.get("metric"),
        country=raw.get("country"),
        element=raw.get("element"),
        year=None if raw.get("year") is None else int(raw["year"]),
        optional=bool(raw.get("optional", False)),
    )


def _gold_event(raw: dict) -> GoldEvent:
    phase = raw.get("phase")
    if phase is not None and phase not in PHASES:
        raise ValueError(f"phase {phase!r} is not one of {', '.join(PHASES)}")
    story = raw.get("story")
    return GoldEvent(
        type=str(raw["type"]),
        subtype=raw.get("subtype"),
        actor=raw.get("actor"),
        partners=tuple(raw.get("partners") or ()),
        elements=tuple(raw.get("elements") or ()),
        date=raw.get("date"),
        date_precision=raw.get("date_precision"),
        optional=bool(raw.get("optional", False)),
        phase=phase,
        effective_date=raw.get("effective_date"),
        story=None if story is None else str(story),
    )


def _covered_kinds(path: Path, declared) -> frozenset[str]:
    if declared is None:
        return frozenset(KINDS)
    if not isinstance(declared, list) or not declared:
        raise ValueError(f"{path}: 'kinds' must be a non-empty list of {', '.join(KINDS)}")
    unknown = [k for k in declared if k not in KINDS]
    if unknown:
        raise ValueError(f"{path}: unknown kind {unknown[0]!r} in 'kinds' (known: {', '.join(KINDS)})")
    return frozenset(declared)


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold file; raises ValueError naming the file and article when its shape is wrong."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    raws = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(raws, list):
        raise ValueError(f"{path}: expected an object with an 'articles' list")
    kinds = _covered_kinds(path, data.get("kinds") if isinstance(data, dict) else None)
    articles = []
    for n, raw in enumerate(raws, 1):
        where = f"{path}: article {n} ({raw.get('title', '?') if isinstance(raw, dict) else '?'})"
        try:
            articles.append(
                GoldArticle(
                    title=str(raw["title"]),
                    source=raw.get("source"),
                    published=raw.get("published"),
                    countries=_codes(raw, "countries"),
                    elements=_codes(raw, "elements"),
                    title_countries=_codes(raw, "title_countries"),
                    title_elements=_codes(raw, "title_elements"),
                    quantities=tuple(_gold_quantity(q) for q in raw.get("quantities") or ()),
                    events=tuple(_gold_event(e) for e in raw.get("events") or ()),
                    kinds=kinds,
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{where}: {type(exc).__name__}: {exc}") from None
    return articles
