"""Reads an editor's correction form into event field values, refusing anything outside
the SPEC vocabularies (the pickers offer only those; this is the server's own check).

The date comes from three pickers (year, month, day) and is written YYYY, YYYY-MM or
YYYY-MM-DD; its precision must fit it (day: a full date; month and quarter: a month; year:
a year only; published: the publication date stands in, any form)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from orewatch import vocabulary

PRECISION_LENGTH = {"day": 10, "month": 7, "quarter": 7, "year": 4}
YEARS = range(1950, date.today().year + 6)


class CorrectionError(ValueError):
    """A correction that cannot be stored; the message says which field and why."""


def _one(form: Mapping[str, Sequence[str]], name: str) -> str:
    values = form.get(name) or [""]
    return values[-1].strip()


def _codes(form: Mapping[str, Sequence[str]], name: str, allowed: Mapping[str, str], label: str) -> list[str]:
    codes = [v.strip() for v in form.get(name) or [] if v.strip()]
    unknown = [c for c in codes if c not in allowed]
    if unknown:
        raise CorrectionError(f"{label}: unknown code {unknown[0]!r}")
    return list(dict.fromkeys(codes))


def read_date(year: str, month: str, day: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD from the pickers; None when no year is picked."""
    if not year:
        if month or day:
            raise CorrectionError("date: pick a year first")
        return None
    if not year.isdigit() or int(year) not in YEARS:
        raise CorrectionError(f"date: year {year!r} is out of range")
    if not month:
        if day:
            raise CorrectionError("date: pick a month before a day")
        return year
    if not month.isdigit() or not 1 <= int(month) <= 12:
        raise CorrectionError(f"date: month {month!r} is out of range")
    if not day:
        return f"{year}-{int(month):02d}"
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        raise CorrectionError(f"date: {year}-{month}-{day} is not a day of the calendar") from None


def read_correction(form: Mapping[str, Sequence[str]]) -> dict:
    """The corrected values of every correctable field, validated; CorrectionError if not."""
    event_type = _one(form, "type")
    if event_type not in vocabulary.EVENT_TYPES:
        raise CorrectionError(f"type: unknown event type {event_type!r}")
    subtype = _one(form, "subtype") or None
    if subtype is not None and subtype not in vocabulary.SUBTYPES.get(event_type, ()):
        raise CorrectionError(f"subtype: {subtype!r} is not a subtype of {event_type}")
    actor = _one(form, "actor") or None
    if actor is not None and actor not in vocabulary.parties():
        raise CorrectionError(f"actor: unknown code {actor!r}")
    partners = _codes(form, "partners", vocabulary.parties(), "partners")
    if actor and actor in partners:
        raise CorrectionError(f"partners: the actor {actor} cannot be its own partner")
    elements = _codes(form, "elements", vocabulary.ELEMENTS, "elements")
    event_date = read_date(_one(form, "year"), _one(form, "month"), _one(form, "day"))
    precision = _one(form, "date_precision") or None
    if precision is not None and precision not in vocabulary.DATE_PRECISIONS:
        raise CorrectionError(f"date precision: unknown precision {precision!r}")
    if event_date and precision in PRECISION_LENGTH and len(event_date) != PRECISION_LENGTH[precision]:
        raise CorrectionError(f"date precision: {precision} does not fit the date {event_date}")
    if event_date and precision is None:
        raise CorrectionError("date precision: pick one for the date")
    return {
        "type": event_type, "subtype": subtype, "actor": actor, "partners": partners,
        "elements": elements, "event_date": event_date, "date_precision": precision,
    }
