"""Finds policy events (SPEC §2): who did what to whom, about which elements, when.

The `orewatch_events` component reads the cue words of lexicons/events.yaml with one
PhraseMatcher, combines them into triggers (event_triggers.py), finds actor and partners
among the country/bloc mentions of `doc.spans["countries"]` plus the leaders, bodies and
companies of lexicons/event_actors.yaml (event_roles.py), and dates each event against
`doc._.published` (event_dates.py). It sets `doc._.events` to a list of
`orewatch.records.Event` whose start/end are the character offsets of the sentence.

An event without an actor is not an event (a generic statement); an agreement needs two
parties. The same event read twice from one article is listed once (`merge_events`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors.event_dates import (
    DateExpr,
    choose_date,
    find_dates,
    parse_published,
    published_fallback,
)
from orewatch.extractors.event_lexicon import build_matchers, load_lexicon
from orewatch.extractors.event_roles import ActorMention, Discourse, RoleResolver
from orewatch.extractors.event_triggers import Cue, Trigger, TriggerFinder, clause_ids, segments
from orewatch.records import Event

RULES_VERSION = "orewatch.events.v1"

for _name in ("published", "field", "events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("orewatch_events", assigns=["doc._.events"], requires=["doc.spans"])
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp)


class EventFinder:
    """The spaCy component: `match()` finds the events, `set_annotations()` writes them."""

    def __init__(self, nlp: Language):
        self.lexicon = load_lexicon()
        self.cue_matcher, self.name_matcher, self.anaphor_matcher = build_matchers(nlp, self.lexicon)
        self.triggers = TriggerFinder(self.lexicon)
        self.roles = RoleResolver(self.lexicon.generic_subjects)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def set_annotations(self, doc: Doc, events: list[Event]) -> None:
        doc._.events = events

    def match(self, doc: Doc) -> list[Event]:
        if not doc.has_annotation("SENT_START") or len(doc) == 0:
            return []
        vocab = doc.vocab.strings
        cues = sorted((Cue(vocab[k], s, e) for k, s, e in self.cue_matcher(doc)), key=lambda c: (c.start, c.end))
        mentions = self._mentions(doc)
        anaphors = [(s, e, vocab[k].split(":", 1)[1]) for k, s, e in self.anaphor_matcher(doc)]
        published = parse_published(doc._.published)
        field = doc._.field or "text"
        discourse = Discourse()
        events: list[Event] = []
        for seg in segments(doc):
            seg_cues = [c for c in cues if seg[0] <= c.start and c.end <= seg[1]]
            seg_mentions = [m for m in mentions if seg[0] <= m.start and m.end <= seg[1]]
            if seg_cues:
                events += self._segment_events(doc, seg, seg_cues, seg_mentions, anaphors, discourse, published, field)
            if seg_mentions:
                discourse.last_subject = seg_mentions[0].code
            for m in seg_mentions:
                if m.kind == "country" and m.code not in discourse.countries_seen:
                    discourse.countries_seen.append(m.code)
                if m.kind == "company":
                    discourse.last_company, discourse.last_company_at = m.code, m.start
        return merge_events(events)

    def _mentions(self, doc: Doc) -> list[ActorMention]:
        found = [
            ActorMention(span.start, span.end, span.label_, "country")
            for span in doc.spans.get("countries", [])
            if span.label_ != "WLD"
        ]
        for key, start, end in self.name_matcher(doc):
            kind, code = doc.vocab.strings[key].split(":", 1)
            found.append(ActorMention(start, end, code, kind))
        # "US Department of Defense", "Lynas Rare Earths": touching or overlapping mentions of
        # one code are one mention, so that a preposition before it governs all of it.
        merged: list[ActorMention] = []
        for m in sorted(found, key=lambda m: (m.start, -m.end)):
            last = merged[-1] if merged else None
            if last and last.code == m.code and all(t.text in "()" for t in doc[last.end : m.start]):
                kind = last.kind if last.kind != "country" else m.kind
                merged[-1] = ActorMention(last.start, max(last.end, m.end), m.code, kind)
            else:
                merged.append(m)
        return merged

    def _segment_events(
        self,
        doc: Doc,
        seg: tuple[int, int],
        cues: list[Cue],
        mentions: list[ActorMention],
        anaphors: list[tuple[int, int, str]],
        discourse: Discourse,
        published,
        field: str,
    ) -> list[Event]:
        clauses = clause_ids(doc, *seg)
        triggers = self.triggers.find(doc, seg, cues, clauses)
        if not triggers:
            return []
        span = doc[seg[0] : seg[1]]
        dates = find_dates(span.text, published)
        elements = tuple(
            dict.fromkeys(
                s.label_ for s in doc.spans.get("elements", []) if seg[0] <= s.start and s.end <= seg[1]
            )
        )
        out = []
        for trigger in triggers:
            if field == "text" and _inside_name(doc, trigger, seg):
                continue
            clause = clauses[trigger.start - seg[0]]
            clause_start = seg[0] + clauses.index(clause)
            clause_end = seg[0] + len(clauses) - clauses[::-1].index(clause)
            actor, found_by = self.roles.actor(doc, trigger, seg, clause_start, mentions, anaphors, discourse)
            if trigger.type == "agreement":
                parties = self._agreement_parties(doc, trigger, seg, (clause_start, clause_end), mentions)
                if len(parties) < 2:
                    continue
                actor = actor if actor in parties else parties[0]
                partners = tuple(p for p in parties if p != actor)
            else:
                if actor is None:
                    continue
                partners = self.roles.partners(doc, trigger, (clause_start, clause_end), mentions, actor)
            if found_by == "subject":
                # A measure named again as a subject is a repeat: its sentence's date is about
                # something else ("The duties cover imports valued at ... in 2023").
                date, precision = published_fallback(published)
            else:
                date, precision = self._date(doc, trigger, span, (clause_start, clause_end), dates, published)
            discourse.last_actor, discourse.last_actor_at = actor, trigger.start
            out.append(
                Event(
                    type=trigger.type,
                    subtype=trigger.subtype if trigger.type == "export_restriction" else None,
                    actor=actor,
                    partners=partners,
                    elements=elements,
                    date=date,
                    date_precision=precision,
                    trigger=doc[trigger.start : trigger.end].text,
                    sentence=span.text,
                    field=field,
                    start=span.start_char,
                    end=span.end_char,
                )
            )
        return out

    def _agreement_parties(
        self, doc: Doc, trigger: Trigger, seg: tuple[int, int], clause: tuple[int, int], mentions: list[ActorMention]
    ) -> list[str]:
        parties = self.roles.parties(doc, trigger, clause, mentions)
        if len(parties) < 2 and self.roles.names_both(doc, clause):
            parties = self.roles.parties(doc, trigger, seg, mentions, loose=True)
        elif len(parties) < 2 and trigger.strength == "strong":
            parties = self.roles.parties(doc, trigger, seg, mentions)
        return parties

    @staticmethod
    def _date(
        doc: Doc, trigger: Trigger, span, clause: tuple[int, int], dates: list[DateExpr], published
    ) -> tuple[str | None, str | None]:
        """The date in the trigger's clause nearest the trigger, else one in the sentence
        before that clause, else the publication month."""
        offset = span.start_char
        clause_start = doc[clause[0]].idx - offset
        clause_end = doc[clause[1] - 1].idx + len(doc[clause[1] - 1]) - offset
        t_start = doc[trigger.start].idx - offset
        t_end = doc[trigger.end - 1].idx + len(doc[trigger.end - 1]) - offset
        for pool in (
            [d for d in dates if clause_start <= d.start and d.end <= clause_end],
            [d for d in dates if d.end <= clause_start],
        ):
            chosen = choose_date(pool, t_start, t_end)
            if chosen is not None:
                return chosen.date, chosen.precision
        return published_fallback(published)


def _inside_name(doc: Doc, trigger: Trigger, seg: tuple[int, int]) -> bool:
    """A capitalized trigger word inside a name ("Reconstruction Investment Fund",
    "Zangge Mining Investment Co.") names an organisation, not an event; a capitalized last
    word of a longer trigger is a glued section header ("... future expansion Production")."""
    if trigger.end - trigger.start != 1:
        last = doc[trigger.end - 1]
        return last.is_title and trigger.start != seg[0]
    if trigger.start == seg[0]:
        return False
    token = doc[trigger.start]
    if not token.is_title:
        return False
    neighbours = [doc[i] for i in (trigger.start - 1, trigger.end) if seg[0] <= i < seg[1]]
    return any(n.is_title and n.i != seg[0] for n in neighbours)


def event_key(event: Event) -> tuple:
    """What makes two events the same (SPEC §4): type and actor; an agreement's parties."""
    if event.type == "agreement":
        return (event.type, frozenset(p for p in (event.actor, *event.partners) if p))
    return (event.type, event.actor)


def _dates_compatible(a: Event, b: Event) -> bool:
    if "published" in (a.date_precision, b.date_precision) or not a.date or not b.date:
        return True
    width = min(len(a.date), len(b.date), 7)
    return a.date[:width] == b.date[:width]


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One event per key and date: a repeat of an event (same key, compatible date) is dropped,
    lending its date when the first reading had only the publication date."""
    out: list[Event] = []
    for event in events:
        for i, kept in enumerate(out):
            if event_key(kept) == event_key(event) and _dates_compatible(kept, event):
                if _more_telling(event, kept):
                    out[i] = _with_date(kept, event)
                break
        else:
            out.append(event)
    return out


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
    keys = {event_key(e) for e in text}
    title = [e for e in merge_events(title_events) if event_key(e) not in keys]
    return title + text


def _with_date(event: Event, source: Event) -> Event:
    from dataclasses import replace

    return replace(event, date=source.date, date_precision=source.date_precision)
