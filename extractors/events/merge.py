"""Repeats of policy events (SPEC §4): the same event read twice in one Doc, or in an
article's title and body, is listed once; two instruments of one actor stay two events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.records import Event


def event_key(event: Event) -> tuple:
    """What makes two events the same (SPEC §4): type and actor; for an agreement, the set of
    all its parties. Shared with evaluation, which keys gold events (same three fields) by it."""
    if event.type == "agreement":
        return (event.type, frozenset(p for p in (event.actor, *event.partners) if p))
    return (event.type, event.actor)


def _instrument(event: Event) -> str | None:
    return "control" if event.subtype == "licence" else event.subtype


def _dates_compatible(a: Event, b: Event) -> bool:
    if "published" in (a.date_precision, b.date_precision) or not a.date or not b.date:
        return True
    width = min(len(a.date), len(b.date), 7)
    return a.date[:width] == b.date[:width]


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One event per key and date: a repeat of an event (same key, compatible date) is dropped,
    lending its date when the first reading had only the publication date, and the elements
    it names (SPEC §2: an event is about every element the article names for that measure:
    "a quota for rare earths ... The latest quota includes light and heavy rare earths")."""
    out: list[Event] = []
    for event in events:
        for i, kept in enumerate(out):
            # Two instruments of one actor (a ban and a quota) are two events; licences are how
            # controls work, so a licence requirement and controls are one.
            if (
                event_key(kept) == event_key(event)
                and _instrument(kept) == _instrument(event)
                and (_dates_compatible(kept, event) or _one_deal(kept, event))
                and not _other_goods(kept, event)
            ):
                if _more_telling(event, kept):
                    kept = _with_date(kept, event)
                out[i] = _with_mentions(kept, event, elements=not _other_plant(kept, event), partners=kept.type in HOSTED)
                break
        else:
            out.append(event)
    return out


# A plant's or an investment's host is the same wherever the Doc names it; a restriction's
# target may differ between its steps ("approvals of exports to the EU" eased later), so only
# a headline lends one (merge_article_events).
HOSTED = frozenset({"investment", "capacity_expansion"})

# Element groups overlap any element of theirs: a quota "for rare earths" and "for dysprosium".
GROUPS = frozenset({"REE", "LREE", "HREE"})


def _other_goods(a: Event, b: Event) -> bool:
    """Two measures of one type and actor on goods that share nothing ("banned nickel ore exports
    in 2020" and "will ban tin exports") are two measures (SPEC §2 stories: element sets that
    share no element never nest), however close their dates."""
    if not a.elements or not b.elements or GROUPS & {*a.elements, *b.elements}:
        return False
    return not set(a.elements) & set(b.elements)


def _other_plant(kept: Event, repeat: Event) -> bool:
    """A company's plant named in another sentence with no date of its own may be another plant
    ("The company lifted the capacity of its Kuantan plant"): its elements are not lent."""
    return (kept.type == "capacity_expansion" and repeat.sentence != kept.sentence and repeat.date_precision == "published"
            and not has_cjk(repeat.sentence))  # Chinese reports repeat a plant clause by clause


def _one_deal(a: Event, b: Event) -> bool:
    """One investor's stake in one host, named again at another step of the deal (signed in
    July 2023, completed in April 2024), is one investment: a deal's steps are its phases."""
    return a.type == "investment" and a.partners == b.partners


def _more_telling(new: Event, kept: Event) -> bool:
    """A dated repeat lends its date to an event known only by its publication month, unless
    it is just the publication year ("earlier this year"), which says less than the month, or
    lies months before publication (then it is an earlier measure recalled as background)."""
    if kept.date_precision != "published" or new.date_precision in (None, "published") or not kept.date:
        return False
    if new.date_precision == "year":
        return False  # the publication year, or a year of background
    published = int(kept.date[:4]) * 12 + int(kept.date[5:7])
    dated = int(new.date[:4]) * 12 + int(new.date[5:7])
    return -UPGRADE_MONTHS <= dated - published <= UPGRADE_MONTHS


# How far (in months) from publication a repeat's date may lie and still date the event.
UPGRADE_MONTHS = 1


def merge_article_events(title_events: Iterable[Event], text_events: Iterable[Event]) -> list[Event]:
    """The events of an article's title and body: a title event repeated in the body is the
    body's (which has the sentence and usually the date)."""
    text = merge_events(text_events)
    title = []
    for event in merge_events(title_events):
        body = next((i for i, e in enumerate(text) if event_key(e) == event_key(event)), None)
        if body is None:
            title.append(event)
        else:
            text[body] = _with_mentions(text[body], event, elements=False)
    return title + text


def _with_date(event: Event, source: Event) -> Event:
    return replace(event, date=source.date, date_precision=source.date_precision)


def _with_mentions(event: Event, repeat: Event, elements: bool = True, partners: bool = True) -> Event:
    """The event with the elements and partners its repeat adds, in order of mention (SPEC §2:
    an event's partners are all the counterparties the text names for that measure, wherever
    it names them: "Beijing curbs graphite exports to the US" ... "the new controls apply to
    graphite anodes" is one measure whose target is the US)."""
    changes = {}
    if elements:
        merged = tuple(dict.fromkeys((*event.elements, *repeat.elements)))
        if merged != event.elements:
            changes["elements"] = merged
    if partners and not event.partners and repeat.partners:
        changes["partners"] = repeat.partners
    return replace(event, **changes) if changes else event
