"""The event component: `match()` finds the events of a Doc, `set_annotations()` writes them to
`doc._.events` (a list of `orewatch.records.Event`, whose start/end are the character offsets
of the sentence it was read from).

It reads the cue words of lexicons/events.yaml and the names of event_actors.yaml through the
pipeline's shared PhraseMatcher (_shared/phrases.py), the country and element mentions of the
Doc's facts, then walks the segments (clauses.py) that hold cues: building.py turns each
one's triggers into events. An event without an actor is not an event (a generic statement;
only a company's own plant or investment may have none, building.py);
an agreement needs two parties. The same event read twice from one Doc is listed once.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors._shared.cjk import starts_cjk
from orewatch.extractors._shared.component import Component
from orewatch.extractors._shared.extensions import get_ext, set_ext
from orewatch.extractors._shared.facts import DocFacts, doc_facts
from orewatch.extractors._shared.phrases import shared_matcher
from orewatch.extractors.countries import WORLD
from orewatch.extractors.events.building import EventBuilder
from orewatch.extractors.events.cjk_domestic import domestic_firms, listing_place
from orewatch.extractors.events.clauses import segments
from orewatch.extractors.events.company_hosts import remember_places
from orewatch.extractors.events.company_register import company_register
from orewatch.extractors.events.dates import parse_published
from orewatch.extractors.events.discourse import Discourse, DocReading, Party, RoleWords
from orewatch.extractors.events.labels import ROLE_WORDS, CueKind, Label, NameKind
from orewatch.extractors.events.lexicon import build_matchers, load_event_lexicon
from orewatch.extractors.events.merge import merge_events
from orewatch.extractors.events.neighbour_partners import neighbour_partners
from orewatch.extractors.events.measure_scope import scope_elements
from orewatch.extractors.events.neighbours import neighbour_elements, party_elements
from orewatch.extractors.events.roles import REPORTING, RoleResolver
from orewatch.extractors.events.seats import regional_bodies, seated_companies
from orewatch.extractors.events.triggers import Cue, TriggerFinder
from orewatch.records import Event

RULES_VERSION = "orewatch.events.v1"
RECENT_SEGMENTS = 4  # how far back "it" looks for whom a sentence is about


class EventFinder(Component):
    """The spaCy component: `match()` finds the events, `set_annotations()` writes them."""

    def __init__(self, nlp: Language):
        self.lexicon = load_event_lexicon()
        self.matcher = shared_matcher(nlp)
        self.owner = self.matcher.new_owner("events")
        build_matchers(nlp, self.lexicon, self.matcher, self.owner)
        self.triggers = TriggerFinder(self.lexicon)
        self.builder = EventBuilder(self.triggers, RoleResolver(self.lexicon.generic_subjects))
        # The words the role rules look for around a trigger (plural subjects, reporting verbs)
        # are found by the word matcher, which runs anyway: no walk over the tokens of each
        # sentence. A word the tokenizer splits cannot equal one token, and is left out.
        for kind, words in ((CueKind.GENERIC_SUBJECT, self.lexicon.generic_subjects), (CueKind.REPORTING, REPORTING)):
            single = [d for d in nlp.tokenizer.pipe(sorted(words)) if len(d) == 1 and d[0].lower_ in words]
            if single:
                self.matcher.add(self.owner, "LOWER", Label(kind), single)


    def set_annotations(self, doc: Doc, events: list[Event]) -> None:
        set_ext(doc, "events", events)

    def match(self, doc: Doc) -> list[Event]:
        if len(doc) == 0 or not doc.has_annotation("SENT_START"):
            return []
        matches = self.matcher(doc, self.owner, "LOWER")
        label = self.matcher.label
        labels = [label(k) for k, _, _ in matches]
        # Most Docs (and most sentences) have no cues that can make a trigger: nothing below
        # runs for them, and per-segment work is done only where such cues are.
        if not self.triggers.may_trigger(set(labels)):
            return []
        facts = doc_facts(doc)
        cues, reading = self._read_words(doc, facts, matches, labels)
        segs = segments(doc)
        seg_starts = [s for s, _ in segs]
        seg_cues = _by_segment(cues, segs, seg_starts)
        seg_parties = _by_segment(self._parties(doc, facts, reading.discourse), segs, seg_starts)
        events: list[Event] = []
        for i in sorted(seg_cues.keys() | seg_parties.keys()):
            seg, found = segs[i], seg_parties.get(i, [])
            if i in seg_cues and self._may_have_event(seg_cues[i], found, seg, reading):
                built = self.builder.events(reading, seg, _without_lone_pair_words(seg_cues[i]), found)
                events += built
                _remember_day(reading.discourse, built)
            _remember(reading.discourse, found, seg)
            remember_places(facts, reading.discourse, found, seg[0])
        if events:
            # "... prohibit imports of these materials": elements of the sentence pointed at.
            bounds = [(facts.starts[s], facts.ends[e - 1]) for s, e in segs]
            events = neighbour_elements(events, facts.text, bounds, reading.elements)
            events = scope_elements(events, facts.text, bounds, reading.elements, facts.mentions("countries"))
            codes = [frozenset(p.code for p in seg_parties.get(i, ())) for i in range(len(segs))]
            events = party_elements(events, bounds, codes, reading.elements)
            events = neighbour_partners(events, facts.text, bounds, facts.mentions("countries"))
        return merge_events(events)

    def _read_words(self, doc: Doc, facts: DocFacts, matches, labels: list[Label]) -> tuple[list[Cue], DocReading]:
        """The cues (sorted) and the Doc-wide reading: anaphors, role words, elements, dates."""
        cues, anaphors, words = [], [], RoleWords([], [])
        for (_, s, e), label in zip(matches, labels):
            if label.kind not in ROLE_WORDS:
                cues.append(Cue(label, s, e))
            elif label.kind is CueKind.ANAPHOR:
                anaphors.append((s, e, label.entry))
            else:
                (words.generic if label.kind is CueKind.GENERIC_SUBJECT else words.reporting).append(s)
        cues.sort(key=lambda c: (c.start, c.end))
        words.generic.sort()
        words.reporting.sort()
        reading = DocReading(
            facts=facts, anaphors=anaphors, words=words, elements=facts.mentions("elements"),
            published=parse_published(get_ext(doc, "published")), field=get_ext(doc, "field") or "text", discourse=Discourse(),
            language=get_ext(doc, "language") or "en", country_codes=frozenset(m.code for m in facts.mentions("countries")),
            headline=tuple(get_ext(doc, "headline") or ()),
            money=tuple((q.start, q.end) for q in get_ext(doc, "quantities") or () if _is_money(q.unit)),
        )
        return cues, reading

    def _may_have_event(self, cues: list[Cue], parties: list[Party], seg: tuple[int, int], reading: DocReading) -> bool:
        """False when the segment cannot yield an event, decided from its cues alone: they make
        no trigger, or the segment names no one (no country, person, body or company), so that
        only an anaphor or a measure standing as the subject ("The ban was introduced ...")
        could give an actor."""
        labels = {c.label for c in cues}
        if not self.triggers.may_trigger(labels):
            return False
        if parties:
            return True
        # Without a name an agreement has no parties; another event may take its actor from an
        # anaphor before its trigger (which starts at or before its head cue).
        heads = [c for c in cues if c.label in self.triggers.unilateral_heads]
        if not heads:
            return False
        last_head = max(c.start for c in heads)
        if any(seg[0] <= start and end <= last_head for start, end, _ in reading.anaphors):
            return True
        # A measure as subject belongs to the previous actor, or (a restriction or quota word in
        # English) to the headline's one country: "as the licence requirement took effect ...".
        owner = reading.discourse.last_actor is not None or (
            reading.headline_country() is not None and any(c.kind is CueKind.RESTRICTION for c in labels))
        return owner and not labels.isdisjoint(self.triggers.measure_heads)

    def _parties(self, doc: Doc, facts: DocFacts, discourse: Discourse) -> list[Party]:
        """The country and bloc mentions and the names of event_actors.yaml, in token ranges.
        "US Department of Defense", "Lynas Rare Earths": touching or overlapping names of one
        code are one party, so that a preposition before it governs all of it."""
        found = [
            Party(*facts.tokens_of(m), m.code, NameKind.COUNTRY) for m in facts.mentions("countries")
            if m.code != WORLD and not listing_place(facts.text, m.end)
        ]
        for key, start, end in self.matcher(doc, self.owner, "ORTH"):
            name = self.matcher.label(key)
            found.append(Party(start, end, name.code, name.kind))
        found += [Party(start, end, "CHN", NameKind.BODY) for start, end in domestic_firms(facts)]
        found += seated_companies(facts, found)  # "a Perth-based miner": a company of AUS
        found += regional_bodies(facts, found)  # "Arkansas regulators": a body of USA
        if doc._.language is None or doc._.language.startswith("en"):  # "Chile's state miner Andesal": Andesal is CHL
            named, discourse.intros = company_register(facts, found)
            found += named
        merged: list[Party] = []
        for m in sorted(found, key=lambda m: (m.start, -m.end)):
            last = merged[-1] if merged else None
            if last and _country_body(facts, last, m):
                # "美國財政部", "美国商务部": a ministry named after its country is that country's.
                merged[-1] = Party(last.start, m.end, last.code, NameKind.BODY)
            elif last and _body_of_country(facts, last, m):
                # "the Export-Import Bank of Korea": a body's name followed by "of" a country is
                # that country's, whatever country the name alone stands for.
                merged[-1] = Party(last.start, m.end, m.code, NameKind.BODY)
            elif last and last.code == m.code and all(facts.token_text(k) in "()" for k in range(last.end, m.start)):
                kind = last.kind if last.kind != NameKind.COUNTRY else m.kind
                merged[-1] = Party(last.start, max(last.end, m.end), m.code, kind)
            else:
                merged.append(m)
        return merged


def _country_body(facts: DocFacts, country: Party, name: Party) -> bool:
    """A Chinese body's name right after a country's ("美國財政部"): the body is that country's,
    whatever country the name alone stands for (商务部, 财政部 are China's when unqualified)."""
    return (
        country.kind == NameKind.COUNTRY and name.kind == NameKind.BODY and name.start == country.end
        and country.code != name.code and starts_cjk(facts.token_text(name.start))
    )  # fmt: skip


def _body_of_country(facts: DocFacts, body: Party, country: Party) -> bool:
    """A body's name, then "of" (or "of the"), then a country's ("Export-Import Bank of Korea")."""
    if body.kind != NameKind.BODY or country.kind != NameKind.COUNTRY:
        return False
    between = [facts.lower(k) for k in range(body.end, country.start)]
    return between in (["of"], ["of", "the"])


def _is_money(unit: str) -> bool:
    """An ISO 4217 code ("USD"), not a price ("USD/t"), a share or a weight."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def _remember(discourse: Discourse, found: list[Party], seg: tuple[int, int]) -> None:
    """What a segment's names tell later ones. "It" stands for whoever the latest sentence is
    about, not a place it names ("The company lifted capacity in Malaysia. It is building
    ..."): decided on need, from the parties of the latest segments."""
    if found:
        discourse.recent.append((found, seg[0]))
        if len(discourse.recent) > RECENT_SEGMENTS:
            del discourse.recent[0]
    companies = [(m.start, m.code) for m in found if m.kind in (NameKind.COMPANY, NameKind.SEATED)]
    intros = [intro for intro in discourse.intros if seg[0] <= intro[0] < seg[1]]  # "a Moroccan mining group"
    companies += [(at, code) for at, code, _ in intros]
    discourse.last_owner = next((code for _, code, owner in reversed(intros) if owner), discourse.last_owner)
    for m in found:
        if m.kind == NameKind.COUNTRY and m.code not in discourse.countries_seen:
            discourse.countries_seen.append(m.code)
    if companies:
        discourse.last_company = max(companies)[1]


def _remember_day(discourse: Discourse, built: list[Event]) -> None:
    """The day of the latest event its text dates to the day: "同日" (the same day) in a later
    sentence is that day (a month is no day to be the same as)."""
    for e in reversed(built):
        if e.date_precision == "day":
            discourse.last_day = (e.date, e.date_precision)
            return


def _by_segment(items, segs: list[tuple[int, int]], seg_starts: list[int]) -> dict[int, list]:
    """Items (with token start/end) grouped by the segment that holds them whole, in order."""
    grouped: dict[int, list] = {}
    for item in items:
        i = bisect_right(seg_starts, item.start) - 1
        if i >= 0 and item.end <= segs[i][1]:
            grouped.setdefault(i, []).append(item)
    return grouped


def _without_lone_pair_words(cues: list[Cue]) -> list[Cue]:
    """The segment's cues less a pair's left (right) word where the segment has no right (left)
    word of that pair: it makes nothing, and words such as "new" or "signed" are everywhere."""
    labels = {c.label for c in cues}
    other = {CueKind.PAIR_LEFT: CueKind.PAIR_RIGHT, CueKind.PAIR_RIGHT: CueKind.PAIR_LEFT}
    return [c for c in cues if c.label.kind not in other or Label(other[c.label.kind], c.label.entry) in labels]
