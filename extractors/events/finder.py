"""Finds policy events (SPEC §2): who did what to whom, about which elements, when.

The `orewatch_events` component reads the cue words of lexicons/events.yaml through the
pipeline's shared PhraseMatcher (phrase_matching.py), combines them into triggers (event_triggers.py), finds actor and partners
among the country/bloc mentions of `doc.spans["countries"]` plus the leaders, bodies and
companies of lexicons/event_actors.yaml (event_roles.py), and dates each event against
`doc._.published` (event_dates.py). It sets `doc._.events` to a list of
`orewatch.records.Event` whose start/end are the character offsets of the sentence.

An event without an actor is not an event (a generic statement); an agreement needs two
parties. The same event read twice from one article is listed once (`merge_events`).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors._shared.doc_index import DocIndex
from orewatch.extractors.countries import MULTILATERAL_BLOCS, WORLD
from orewatch.extractors.events.clauses import clauses, segments
from orewatch.extractors.events.dates import (
    DateExpr,
    choose_date,
    find_dates,
    parse_published,
    published_fallback,
)
from orewatch.extractors.events.lexicon import build_matchers, load_event_lexicon
from orewatch.extractors.events.merge import merge_events
from orewatch.extractors.events.roles import REPORTING, ActorMention, Discourse, RoleResolver, RoleWords
from orewatch.extractors.events.triggers import BARE_QUOTA, CONTINUED, Cue, Trigger, TriggerFinder
from orewatch.extractors._shared.terms import labelled_spans
from orewatch.extractors._shared.phrases import shared_matcher
from orewatch.records import Event

RULES_VERSION = "orewatch.events.v1"
RECENT_SEGMENTS = 4  # how far back "it" looks for whom a sentence is about
SUBORDINATE_OPENERS = frozenset({"after", "following", "as", "amid", "since", "because", "when", "while"})
# Labels of the word matcher that are not cues: anaphors, generic subjects, reporting verbs.
ROLE_WORD_GROUPS = ("ana:", "gen:", "rep:")

for _name in ("published", "field", "events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EventFinder:
    """The spaCy component: `match()` finds the events, `set_annotations()` writes them."""

    def __init__(self, nlp: Language):
        self.lexicon = load_event_lexicon()
        self.matcher = shared_matcher(nlp)
        self.owner = self.matcher.new_owner("events")
        self._groups: dict[int, tuple[str, str]] = {}  # match key -> ("cue", label) | (group, kind)
        build_matchers(nlp, self.lexicon, self.matcher, self.owner)
        self.triggers = TriggerFinder(self.lexicon)
        self.roles = RoleResolver(self.lexicon.generic_subjects)
        # The words the role rules look for around a trigger (plural subjects, reporting verbs)
        # are found by the word matcher, which runs anyway: no walk over the tokens of each
        # sentence. A word the tokenizer splits cannot equal one token, and is left out.
        for label, words in (("gen:", self.lexicon.generic_subjects), ("rep:", REPORTING)):
            single = [d for d in nlp.tokenizer.pipe(sorted(words)) if len(d) == 1 and d[0].lower_ in words]
            if single:
                self.matcher.add(self.owner, "LOWER", label, single)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def set_annotations(self, doc: Doc, events: list[Event]) -> None:
        doc._.events = events

    def match(self, doc: Doc) -> list[Event]:
        if len(doc) == 0 or not doc.has_annotation("SENT_START"):
            return []
        matches = self.matcher(doc, self.owner, "LOWER")
        group_of = self._groups
        for k, _, _ in matches:
            if k not in group_of:
                label = self.matcher.label(k)
                group, _, kind = label.partition(":")
                group_of[k] = (group, kind) if label.startswith(ROLE_WORD_GROUPS) else ("cue", label)
        # Most Docs (and most sentences) have no cues that can make a trigger: nothing below
        # runs for them, and per-segment work is done only where such cues are.
        if not self.triggers.may_trigger({group_of[k][1] for k, _, _ in matches}):
            return []
        cues, anaphors, words = [], [], RoleWords([], [])
        for k, s, e in matches:
            group, label = group_of[k]
            if group == "cue":
                cues.append(Cue(label, s, e))
            elif group == "ana":
                anaphors.append((s, e, label))
            else:
                (words.generic if group == "gen" else words.reporting).append(s)
        cues.sort(key=lambda c: (c.start, c.end))
        words.generic.sort()
        words.reporting.sort()
        mentions = self._mentions(doc)
        published = parse_published(doc._.published)
        field = doc._.field or "text"
        segs = segments(doc)
        seg_starts = [s for s, _ in segs]
        seg_cues = _by_segment(cues, segs, seg_starts)
        seg_mentions = _by_segment(mentions, segs, seg_starts)
        elements = [(s.start, s.end, s.label) for s in labelled_spans(doc, "elements")]
        discourse = Discourse()
        events: list[Event] = []
        for i in sorted(seg_cues.keys() | seg_mentions.keys()):
            seg, found = segs[i], seg_mentions.get(i, [])
            if i in seg_cues and self._may_have_event(seg_cues[i], found, seg, anaphors, discourse):
                events += self._segment_events(
                    doc, seg, seg_cues[i], found, anaphors, words, discourse, published, field, elements
                )
            # "It" stands for whoever the latest sentence is about, not a place it names
            # ("The company lifted capacity in Malaysia. It is building ..."): decided on need.
            if found:
                discourse.recent.append((found, seg[0]))
                if len(discourse.recent) > RECENT_SEGMENTS:
                    del discourse.recent[0]
            for m in found:
                if m.kind == "country" and m.code not in discourse.countries_seen:
                    discourse.countries_seen.append(m.code)
                if m.kind == "company":
                    discourse.last_company = m.code
        return merge_events(events)

    def _may_have_event(
        self, cues: list[Cue], mentions: list[ActorMention], seg: tuple[int, int], anaphors, discourse: Discourse
    ) -> bool:
        """False when the segment cannot yield an event, decided from its cues alone: they make
        no trigger, or the segment names no one (no country, person, body or company), so that
        only an anaphor or a measure standing as the subject ("The ban was introduced ...")
        could give an actor."""
        labels = {c.label for c in cues}
        if not self.triggers.may_trigger(labels):
            return False
        if mentions:
            return True
        # Without a name an agreement has no parties; another event may take its actor from an
        # anaphor before its trigger (which starts at or before its head cue).
        heads = [c for c in cues if c.label in self.triggers.unilateral_heads]
        if not heads:
            return False
        last_head = max(c.start for c in heads)
        if any(seg[0] <= start and end <= last_head for start, end, _ in anaphors):
            return True
        return discourse.last_actor is not None and not labels.isdisjoint(self.triggers.measure_heads)

    def _mentions(self, doc: Doc) -> list[ActorMention]:
        found = [
            ActorMention(span.start, span.end, span.label, "country")
            for span in labelled_spans(doc, "countries")
            if span.label != WORLD
        ]
        for key, start, end in self.matcher(doc, self.owner, "ORTH"):
            kind, code = self.matcher.label(key).split(":", 1)
            found.append(ActorMention(start, end, code, kind))
        # "US Department of Defense", "Lynas Rare Earths": touching or overlapping mentions of
        # one code are one mention, so that a preposition before it governs all of it.
        merged: list[ActorMention] = []
        words = DocIndex.for_doc(doc)
        for m in sorted(found, key=lambda m: (m.start, -m.end)):
            last = merged[-1] if merged else None
            if last and last.code == m.code and all(words.token_text(k) in "()" for k in range(last.end, m.start)):
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
        words: RoleWords,
        discourse: Discourse,
        published,
        field: str,
        doc_elements: list[tuple[int, int, str]],
    ) -> list[Event]:
        seg_clauses = clauses(doc, *seg)
        triggers = self.triggers.find(doc, seg, cues, seg_clauses)
        if not triggers:
            return []
        index = DocIndex.for_doc(doc)
        sentence = Sentence(index, seg, published)
        elements = tuple(dict.fromkeys(code for s, e, code in doc_elements if seg[0] <= s and e <= seg[1]))
        out = []
        for trigger in triggers:
            if field == "text" and _inside_name(doc, trigger, seg):
                continue
            subtype = trigger.subtype if trigger.type == "export_restriction" else None
            kind = trigger.type
            if trigger.subtype == BARE_QUOTA and discourse.last_quota == "export_restriction":
                kind, subtype = "export_restriction", "quota"
            # "In June, the suspension was extended": the article's latest restriction, again.
            continued = trigger.strength == CONTINUED
            if continued and discourse.last_restriction is None:
                continue
            if continued:
                kind = discourse.last_restriction[0]
            clause_start, clause_end = seg_clauses.bounds(trigger.start)
            actor, found_by = self.roles.actor(doc, trigger, seg, clause_start, mentions, anaphors, words, discourse)
            if continued:
                # Only the measure's owner extends or lifts it: "CMOC lobbied for the ban to be
                # lifted" is someone else's wish.
                if found_by in ("mention", "passive", "speaker") and actor != discourse.last_restriction[1]:
                    continue
                actor = discourse.last_restriction[1]
                subtype = discourse.subtypes.get((kind, actor), subtype) if kind == "export_restriction" else None
            if trigger.subtype == BARE_QUOTA and found_by == "mention" and _named_by_company(mentions, actor, trigger):
                continue  # "Glencore supports the quota system": only a state sets a quota
            if trigger.type == "agreement":
                # A headline is telegraphic: a clause without its subject takes the previous
                # clause's ("巴铁要卖稀土给美国，赴美签字": Pakistan signs in the US).
                before = seg_clauses.bounds(clause_start - 1)[0] if field == "title" and clause_start > seg[0] else None
                parties = self._agreement_parties(doc, trigger, seg, (clause_start, clause_end), mentions, before)
                # "Group of Seven leaders agreed a plan": a grouping of states is all the parties.
                if len(parties) < 2 and not (parties and parties[0] in MULTILATERAL_BLOCS):
                    continue
                actor = actor if actor in parties else parties[0]
                partners = tuple(p for p in parties if p != actor)
            else:
                if actor is None:
                    continue
                partners = self.roles.partners(doc, trigger, (clause_start, clause_end), mentions, actor)
            if found_by == "subject" and not continued:
                # A measure named again as a subject is a repeat: its sentence's date is about
                # something else ("The duties cover imports valued at ... in 2023"), and it is
                # the same instrument whatever word names it ("The ban ..." / "These controls").
                date, precision = published_fallback(published)
                subtype = discourse.subtypes.get((kind, actor), subtype)
            else:
                date, precision = sentence.date(trigger, (clause_start, clause_end))
            discourse.last_actor = actor
            discourse.subtypes[(kind, actor)] = subtype
            if kind == "production_quota" or subtype == "quota":
                discourse.last_quota = kind
            if kind in ("export_restriction", "import_restriction"):
                discourse.last_restriction = (kind, actor)
            out.append(
                Event(
                    type=kind,
                    subtype=subtype,
                    actor=actor,
                    partners=partners,
                    elements=elements,
                    date=date,
                    date_precision=precision,
                    trigger=index.span_text(trigger.start, trigger.end),
                    sentence=sentence.text,
                    field=field,
                    start=sentence.start_char,
                    end=sentence.end_char,
                )
            )
        return out

    def _agreement_parties(
        self,
        doc: Doc,
        trigger: Trigger,
        seg: tuple[int, int],
        clause: tuple[int, int],
        mentions: list[ActorMention],
        previous_clause_start: int | None = None,
    ) -> list[str]:
        parties = self.roles.parties(doc, trigger, clause, mentions)
        if len(parties) < 2 and previous_clause_start is not None:
            return self.roles.parties(doc, trigger, (previous_clause_start, clause[1]), mentions, loose=True)
        if len(parties) < 2 and self.roles.names_both(doc, clause):
            parties = self.roles.parties(doc, trigger, seg, mentions, loose=True)
        elif len(parties) < 2 and trigger.strength == "strong":
            parties = self.roles.parties(doc, trigger, seg, mentions)
        return parties


class Sentence:
    """The segment an event is read from: its text, and its dates, found on first need
    (most triggers end without an actor and never need them)."""

    def __init__(self, index: DocIndex, seg: tuple[int, int], published):
        self.index = index
        self.start_char = index.starts[seg[0]]
        self.end_char = index.ends[seg[1] - 1]
        self.text = index.text[self.start_char : self.end_char]
        self.published = published
        self._dates: list[DateExpr] | None = None

    def date(self, trigger: Trigger, clause: tuple[int, int]) -> tuple[str | None, str | None]:
        """The date in the trigger's clause nearest the trigger, else one in the sentence
        before that clause, else the publication month."""
        if self._dates is None:
            self._dates = find_dates(self.text, self.published)
        offset, starts, ends = self.start_char, self.index.starts, self.index.ends
        clause_start = starts[clause[0]] - offset
        clause_end = ends[clause[1] - 1] - offset
        t_start = starts[trigger.start] - offset
        t_end = ends[trigger.end - 1] - offset
        # A clause opened by "after", "as", "amid" ... is background to the main clause: the
        # main clause's date ("prices rose 22% since the start of the year, after China cut
        # its quotas") is not the measure's.
        subordinate = self.index.lower(clause[0]) in SUBORDINATE_OPENERS
        pools = (
            [d for d in self._dates if clause_start <= d.start and d.end <= clause_end],
            [] if subordinate else [d for d in self._dates if d.end <= clause_start],
        )
        # A date of the decision anywhere before beats one of its taking effect (SPEC §2:
        # "On May 4, the regulator said that from June 1 ..." is of May 4).
        for role in ("when", "effective"):
            for pool in pools:
                chosen = choose_date(pool, t_start, t_end, (role,))
                if chosen is not None:
                    return chosen.date, chosen.precision
        return published_fallback(self.published)


def _named_by_company(mentions: list[ActorMention], code: str | None, trigger: Trigger) -> bool:
    before = [m for m in mentions if m.code == code and m.end <= trigger.start]
    return bool(before) and before[-1].kind == "company"


def _by_segment(items, segs: list[tuple[int, int]], seg_starts: list[int]) -> dict[int, list]:
    """Items (with token start/end) grouped by the segment that holds them whole, in order."""
    grouped: dict[int, list] = {}
    for item in items:
        i = bisect_right(seg_starts, item.start) - 1
        if i >= 0 and item.end <= segs[i][1]:
            grouped.setdefault(i, []).append(item)
    return grouped


def _inside_name(doc: Doc, trigger: Trigger, seg: tuple[int, int]) -> bool:
    """A capitalized trigger word inside a name ("Reconstruction Investment Fund",
    "Zangge Mining Investment Co.") names an organisation, not an event; a capitalized last
    word of a longer trigger is a glued section header ("... future expansion Production")."""
    w = DocIndex.for_doc(doc)
    if trigger.end - trigger.start != 1:
        # A header is glued to lower-case words; after a capitalized word the last word ends a
        # name the trigger's verb acts on ("buy ... for the National Defense Stockpile").
        last = trigger.end - 1
        return (
            w.token_text(last).istitle()
            and trigger.start != seg[0]
            and not (last - 1 > trigger.start and w.token_text(last - 1).istitle() and w.token_text(trigger.start).islower())
        )
    if trigger.start == seg[0]:
        return False
    if not w.token_text(trigger.start).istitle():
        return False
    neighbours = [i for i in (trigger.start - 1, trigger.end) if seg[0] <= i < seg[1]]
    return any(w.token_text(i).istitle() and i != seg[0] for i in neighbours)
