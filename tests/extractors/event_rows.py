"""The row an event is compared as in the passage tests of the challenge sets
(test_challenge_phase_dates.py, test_challenge_7_zh.py): (type, actor, partners, elements,
phase, date, date_precision, effective_date); for an agreement the actor field holds all
parties joined by "-" and partners is empty (SPEC §4 keys an agreement by its parties)."""

from __future__ import annotations

import pytest

from orewatch.extractors.extract import extract_articles
from orewatch.records import Article, Event


def row(type_, actor, partners, elements, phase, date, prec, eff) -> tuple:
    """The row of one event, partners and elements sorted."""
    return (type_, actor, tuple(sorted(partners)), tuple(sorted(elements)), phase, date, prec, eff)


def ev(type_, actor, partners=(), elements=(), phase="announced", date="2025-11", prec="published", eff=None) -> tuple:
    """An expected row, with the passages' defaults: announced, dated by a November 2025 publication."""
    return row(type_, actor, partners, elements, phase, date, prec, eff)


def event_row(event: Event) -> tuple:
    """The row an extracted event is compared as."""
    if event.type == "agreement":
        parties = "-".join(sorted({event.actor, *event.partners} - {None}))
        return row(event.type, parties, (), event.elements, event.phase, event.date, event.date_precision,
                   event.effective_date)
    return row(event.type, event.actor, event.partners, event.elements, event.phase, event.date,
               event.date_precision, event.effective_date)


def passage(cid, text, published, required=(), optional=(), gap=None):
    """One passage; `gap`, where given, is why the rules still fail it (a strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, published, set(required), set(optional), id=cid, marks=marks)


WEDNESDAY = "2025-10-29T09:00:00+00:00"


def role_rows(text: str, published: str = WEDNESDAY) -> set[tuple]:
    """The (type, actor, partners, elements) of every event extracted from one passage; for an
    agreement the actor field holds all parties joined by "-" and partners is empty (the recall
    passages of test_challenge_8_secondary_en.py, test_challenge_8b_en.py, test_round9_en_events.py)."""
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    return {event_row(e)[:4] for e in extraction.events}


def case(cid, text, expected, gap=None):
    """One recall passage and the role rows it must give; `gap`: why the rules still fail it."""
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, set(expected), id=cid, marks=marks)
