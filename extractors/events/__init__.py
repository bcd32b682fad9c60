"""The event component, `orewatch_events`: policy events (SPEC §2), as `Event` records in
`doc._.events`: who did what (type) to whom (partners), about which elements, when.

How an event is read, module by module:
    labels.py           enums: cue kinds and matcher labels, trigger families, found_by ...
    lexicon.py          events.yaml, event_actors.yaml -> cue words, names, examples (checked)
    clauses.py          sentences split into segments, segments into clauses
    triggers.py         cue words combined into triggers, one method per trigger family
    trigger_filters.py  triggers a word before them cancels (negation, motive, condition)
    building.py         a segment's triggers -> Events, step by step (type, actor, parties, date)
    roles.py            the actor of a trigger
    investors.py        a country word qualifying investors does not own its host's measure
    partners.py         its partners; an agreement's parties
    nearby.py           the words next to a name
    discourse.py        what earlier sentences said (the previous actor, for "it", "the ban")
    segment.py          the segment an event is read from, and its date
    dates.py            date expressions in a sentence and their role
    date_resolution.py  a date expression -> date and precision, against publication
    date_screen.py      which date patterns can match a sentence
    phases.py           where a measure stands (phase) and when it takes effect
    phase_rules.py      event_phases.yaml -> the phase rules (checked, compiled once)
    merge.py            repeats of one event listed once (lending date, elements, partners); `event_key`
    own_elements.py     which of its sentence's elements an event is about (not another measure's)
    neighbours.py       elements of the neighbouring sentence an event points at, a breakdown after it
    article.py          what an English headline tells body events (elements, a host)
    finder.py           the component: the steps above, segment by segment
"""

from __future__ import annotations

from spacy.language import Language

from orewatch.extractors.events.finder import EventFinder
from orewatch.extractors.events.merge import event_key, merge_article_events, merge_events

__all__ = ["EventFinder", "event_key", "make_events", "merge_article_events", "merge_events"]


@Language.factory("orewatch_events", assigns=["doc._.events"], requires=["doc.spans"])
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp)
