"""From the triggers of one segment to `Event` records, one step at a time:

    type      what the trigger makes (a bare quota or a continued ban takes the article's
              previous measure's type)
    actor     who acts (roles.py); no actor, no event (a generic statement)
    parties   an agreement's parties (two at least), or the partners of any other event
    date      the date in the trigger's clause, else the publication month (segment.py)
    phase     where the measure stands and when it takes effect (phases.py)
    record    the `Event`, and what it tells later sentences (discourse.py)

A new step is a method here, called in `events()` in its place, with its rules in a module
of its own beside dates.py (as phases.py for the phase)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from orewatch.extractors._shared.cjk import has_cjk, starts_cjk
from orewatch.extractors.countries import MULTILATERAL_BLOCS
from orewatch.extractors.events.cjk_roles import domestic_agreement, is_cjk, listed_actors, package_target, sentence_topic
from orewatch.extractors.events.clauses import Clauses, clauses
from orewatch.extractors.events.cjk_words import chinese_names
from orewatch.extractors.events.company_hosts import host_partners, named_by_company
from orewatch.extractors.events.coordination import coordinated_actors
from orewatch.extractors.events.deals import deal_nouns, own_deal_elements, own_names, separate_deals, with_subject
from orewatch.extractors.events.discourse import Discourse, DocReading, Party
from orewatch.extractors.events.hosts import plant_hosts
from orewatch.extractors.events.owned_assets import bought_host
from orewatch.extractors.events.currency_owner import currency_country
from orewatch.extractors.events.labels import FoundBy, Strength
from orewatch.extractors.events.partners import agreement_parties, holder_country, named_again, names_both, other_side, partners
from orewatch.extractors.events.nearby import named_again as measure_named_again
from orewatch.extractors.events.own_elements import own_elements
from orewatch.extractors.events.phases import ACTS_ON, Phase, PhaseContext, read_phase
from orewatch.extractors.events.reactions import reacted_owner
from orewatch.extractors.events.roles import RoleResolver
from orewatch.extractors.events.segment import Segment, published_fallback, same_day
from orewatch.extractors.events.substance import abstract_investment, energy_expansion
from orewatch.extractors.events.trigger_filters import inside_body_name, inside_name
from orewatch.extractors.events.triggers import BARE_QUOTA, Cue, Trigger, TriggerFinder
from orewatch.extractors.events.unnamed import nobody_acts
from orewatch.records import Event

PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}  # YYYY, YYYY-MM, YYYY-MM-DD

RESTRICTIONS = ("export_restriction", "import_restriction")
# An actor found by one of these rules names someone else than the measure's owner: "CMOC
# lobbied for the ban to be lifted" continues no one's ban.
NAMED_ACTOR = frozenset({FoundBy.MENTION, FoundBy.PASSIVE, FoundBy.SPEAKER})
# A company's own plant or investment is an event even when the text never says the company's
# country (actor null, SPEC §2 and CONVENTIONS); a company's restriction or agreement is not.
COMPANY_TYPES = frozenset({"capacity_expansion", "investment"})


@dataclass
class Draft:
    """One trigger's event while its steps run."""

    trigger: Trigger
    type: str
    subtype: str | None
    continued: bool
    clause: tuple[int, int]
    actor: str | None = None
    found_by: FoundBy | None = None
    partners: tuple[str, ...] = ()
    date: str | None = None
    precision: str | None = None
    unplaced_company: bool = False  # the actor is a company whose country the text never names
    phase: Phase = Phase.ANNOUNCED
    effective_date: str | None = None
    repeat: bool = False  # the measure named again: its sentence does not date it


class EventBuilder:
    """Reads the events of one segment (`events`), through the steps of the module docstring."""

    def __init__(self, triggers: TriggerFinder, roles: RoleResolver):
        self.triggers = triggers
        self.roles = roles

    def events(self, doc: DocReading, bounds: tuple[int, int], cues: list[Cue], parties: list[Party]) -> list[Event]:
        seg_clauses = clauses(doc.facts, *bounds)
        segment = Segment(doc.facts, bounds, doc.published)
        names = ()
        if cues and starts_cjk(doc.facts.token_text(cues[0].start)):  # a name counts one word (triggers.py)
            names = chinese_names(doc.facts, [(p.start, p.end) for p in parties] + segment.element_tokens(doc.elements))
        triggers = self.triggers.find(doc.facts, bounds, cues, seg_clauses, names)
        # A segment naming no one whose triggers all fail `nobody_acts` stops here (round 11, speed).
        if not triggers or (not parties and all(nobody_acts(doc, t, t.strength == Strength.CONTINUED, bounds[0]) for t in triggers)):
            return []
        elements = segment.elements(doc.elements, doc.field == "text")
        out = []
        deals = deal_nouns(doc.facts, triggers, seg_clauses.bounds)  # several deals in one clause (deals.py)
        for trigger in triggers:
            if trigger in deals[None]:
                continue
            if doc.field == "text" and inside_name(doc.facts, trigger, bounds) or inside_body_name(doc.facts, trigger, parties):
                continue
            if abstract_investment(doc.facts, trigger, bounds, elements, doc.money, parties):
                continue
            if energy_expansion(doc.facts, trigger, doc.elements):
                continue
            draft = self._type(doc.discourse, trigger, seg_clauses)
            if draft is None or (not parties and nobody_acts(doc, trigger, draft.continued, bounds[0])) or not self._actor(doc, draft, segment, parties):
                continue
            names = own_names(parties, deals[trigger]) if trigger in deals else parties
            if not self._parties(doc, draft, segment, seg_clauses, names):
                continue
            self._date(doc, draft, segment)
            self._phase(doc, draft, segment)
            own = own_elements(
                segment, doc.elements, elements, (trigger.start, trigger.end), draft.clause,
                {seg_clauses.bounds(t.start) for t in triggers  # a plant after an investment is what it funds
                 if not (trigger.type == "investment" and t.type == "capacity_expansion" and t.start > trigger.end)})
            if trigger in deals:
                own = own_deal_elements(doc.facts, own, doc.elements, deals[trigger])
            event = self._record(doc, draft, segment, own)
            out += [event if (p, el) == (event.partners, event.elements) else replace(event, partners=p, elements=el)
                    for p, el in separate_deals(doc.facts, trigger, event.partners, event.elements, parties, doc.elements)]
            out += _listed_with(doc, draft, out[-1], parties)
            out += _coordinated_with(doc, draft, out[-1], parties)
        return out

    @staticmethod
    def _type(discourse: Discourse, trigger: Trigger, seg_clauses: Clauses) -> Draft | None:
        """The event's type and subtype; None for a continued measure the article never named."""
        kind, subtype = trigger.type, (trigger.subtype if trigger.type == "export_restriction" else None)
        if trigger.subtype == BARE_QUOTA and discourse.last_quota == "export_restriction":
            kind, subtype = "export_restriction", "quota"
        continued = trigger.strength == Strength.CONTINUED  # "In June, the suspension was extended": the latest restriction
        if continued:
            if discourse.last_restriction is None:
                return None
            kind = discourse.last_restriction[0]
        # A trigger across a parenthetical ("the smelter, with ..., began") holds both its clauses.
        return Draft(trigger, kind, subtype, continued, (seg_clauses.bounds(trigger.start)[0], seg_clauses.bounds(trigger.end - 1)[1]))

    def _actor(self, doc: DocReading, draft: Draft, segment: Segment, parties: list[Party]) -> bool:
        """Who acts; False when the event does not stand (a continued measure named by someone
        else than its owner, a quota a company "supports")."""
        discourse, trigger = doc.discourse, draft.trigger
        owner = reacted_owner(doc.facts, trigger, (segment.start, segment.end), parties)  # "Reacting to Beijing's ..."
        draft.actor, draft.found_by = (owner, FoundBy.MENTION) if owner else self.roles.actor(
            doc, trigger, (segment.start, segment.end), draft.clause[0], parties
        )
        if draft.continued:
            # Only the measure's owner extends or lifts it.
            owner = discourse.last_restriction[1]
            if draft.found_by in NAMED_ACTOR and draft.actor != owner:
                return False
            draft.actor = owner
            draft.subtype = discourse.subtypes.get((draft.type, owner), draft.subtype) if draft.type == "export_restriction" else None
        if trigger.type in ("investment", "capacity_expansion") and draft.found_by in (FoundBy.ANAPHOR, FoundBy.SUBJECT):
            draft.actor = currency_country(segment.text) or draft.actor  # "the government ... 7,300 crore rupee scheme"
        # A company's country comes only from the text (CONVENTIONS): "Lynas is building a
        # plant in Texas" with no word of Australia has no actor, and the host is a partner.
        if (trigger.type in COMPANY_TYPES and draft.found_by == FoundBy.MENTION and doc.language.startswith("en") and doc.field == "text"
                and draft.actor not in doc.country_codes and named_by_company(parties, draft.actor, trigger)):
            draft.actor, draft.unplaced_company = None, True
        draft.unplaced_company |= draft.found_by == FoundBy.BUILDER and draft.actor is None  # "a stake in X, which is building"
        # "Glencore supports the quota system": only a state sets a quota.
        return not (trigger.subtype == BARE_QUOTA and draft.found_by == FoundBy.MENTION
                    and named_by_company(parties, draft.actor, trigger))  # fmt: skip

    def _parties(self, doc: DocReading, draft: Draft, segment: Segment, seg_clauses: Clauses, parties: list[Party]) -> bool:
        """An agreement's parties (its actor one of them), or another event's partners; False
        when an agreement has fewer than two parties or another event no actor."""
        trigger, clause, bounds = draft.trigger, draft.clause, (segment.start, segment.end)
        if trigger.type != "agreement":
            hosts = plant_hosts(doc.facts, trigger, bounds, parties, doc.field) if draft.actor is None else ()
            if draft.actor is None and not (draft.unplaced_company or hosts):
                return False
            draft.partners = (partners(doc.facts, trigger, clause, parties, draft.actor) or hosts or host_partners(doc, draft, segment.end)
                             or (bought_host(doc.facts, trigger, segment.start, parties, draft.actor) if is_cjk(doc.facts, trigger.start) else ()))
            if trigger.type == "other_policy" and not draft.partners:
                draft.partners = holder_country(doc.facts, trigger, segment.end, parties, draft.actor)
            if not draft.partners and is_cjk(doc.facts, trigger.start):  # "针对美国的反制措施，包括…"
                draft.partners = package_target(doc.facts, trigger, segment.start, parties, draft.actor)
            if not draft.partners and trigger.two_sided:
                draft.partners = other_side(doc, parties, draft.actor)
            return True
        if doc.discourse.last_agreement and named_again(doc.facts, trigger, parties):
            # "The agreement will not ...": the article's agreement again, a repeat (dated by it).
            draft.actor, *others = doc.discourse.last_agreement
            draft.partners, draft.found_by = tuple(others), FoundBy.SUBJECT
            return True
        # A headline is telegraphic: a clause without its subject takes the previous clause's
        # ("巴铁要卖稀土给美国，赴美签字": Pakistan signs in the US).
        before = seg_clauses.bounds(clause[0] - 1)[0] if doc.field == "title" and clause[0] > bounds[0] else None
        found = with_subject(doc.facts, trigger, draft.actor, self._agreement_parties(doc.facts, draft, bounds, parties, before), parties, draft.found_by == FoundBy.ANAPHOR)
        topic = sentence_topic(doc.facts, bounds[0], clause, trigger.start, parties) if len(found) < 2 and is_cjk(doc.facts, trigger.start) else None
        found = [topic, *found] if topic and topic not in found else found
        # "Group of Seven leaders agreed a plan": a grouping of states is all the parties.
        if len(found) < 2 and not (found and found[0] in MULTILATERAL_BLOCS):
            # "中铝与广西有色签订框架协议": two names of one country make a domestic agreement.
            if not (found and is_cjk(doc.facts, trigger.start) and domestic_agreement(doc.facts, found[0], trigger.start, clause, parties)):
                return False
        draft.actor = draft.actor if draft.actor in found else found[0]
        draft.partners = tuple(p for p in found if p != draft.actor)
        return True

    @staticmethod
    def _agreement_parties(facts, draft: Draft, bounds, parties: list[Party], previous_clause_start) -> list[str]:
        """The parties in the trigger's clause; failing two, in the previous clause of a title,
        or in the whole segment when it says "both sides" or the trigger is strong."""
        trigger, clause = draft.trigger, draft.clause
        found = agreement_parties(facts, trigger, clause, parties)
        if len(found) < 2 and previous_clause_start is not None:
            return agreement_parties(facts, trigger, (previous_clause_start, clause[1]), parties, loose=True)
        if len(found) < 2 and names_both(facts, clause):
            found = agreement_parties(facts, trigger, bounds, parties, loose=True)
        elif len(found) < 2 and trigger.strength == Strength.STRONG:
            found = agreement_parties(facts, trigger, bounds, parties)
        return found

    @staticmethod
    def _date(doc: DocReading, draft: Draft, segment: Segment) -> None:
        """The date of the segment nearest the trigger. A measure named again as a subject is
        a repeat: its sentence's date is about something else ("The duties cover imports
        valued at ... in 2023"), and it is the same instrument whatever word names it ("The
        ban ..." / "These controls")."""
        named = (draft.type, draft.actor) in doc.discourse.subtypes  # a measure first named as a subject dates itself
        again = named and measure_named_again(doc.facts, draft.trigger.start, draft.trigger.end, segment.start)
        if ((draft.found_by == FoundBy.SUBJECT and named) or again) and not draft.continued:
            draft.repeat = True
            draft.date, draft.precision = published_fallback(doc.published)
            draft.subtype = doc.discourse.subtypes.get((draft.type, draft.actor), draft.subtype)
        else:
            draft.date, draft.precision = same_day(segment.text, doc.discourse.last_day) or segment.date(draft.trigger, draft.clause)

    @staticmethod
    def _phase(doc: DocReading, draft: Draft, segment: Segment) -> None:
        """Where the measure stands, and when it takes or took effect (phases.py)."""
        starts, ends, offset = doc.facts.starts, doc.facts.ends, segment.start_char
        char = lambda i: starts[i] - offset  # noqa: E731
        context = PhaseContext(  # (the dates: an act on a measure is not dated by the start it stood since)
            type=draft.type, text=segment.text, published=doc.published, title=doc.field == "title",
            trigger=(char(draft.trigger.start), ends[draft.trigger.end - 1] - offset),
            clause=(char(draft.clause[0]), ends[draft.clause[1] - 1] - offset),
            date=draft.date, precision=draft.precision, dates=tuple(segment.dates()),
        )  # fmt: skip
        draft.phase, draft.effective_date = read_phase(context)
        if draft.phase in ACTS_ON and not draft.repeat and segment.stood_since():
            draft.date, draft.precision = segment.date(draft.trigger, draft.clause, acted=True)
        if (draft.precision == "published" and draft.effective_date and not draft.repeat and not segment.told_ahead
                and (draft.type not in COMPANY_TYPES or (has_cjk(segment.text) and draft.phase == "effective"))):
            # SPEC §2: a date given only for when it takes effect stands in; not a plant's expected start
            draft.date, draft.precision = draft.effective_date, PRECISION_OF_LENGTH[len(draft.effective_date)]

    @staticmethod
    def _record(doc: DocReading, draft: Draft, segment: Segment, elements: tuple[str, ...]) -> Event:
        """The Event, and what it tells the article's later sentences."""
        discourse, kind, actor, subtype = doc.discourse, draft.type, draft.actor, draft.subtype
        if actor is not None and not (kind in COMPANY_TYPES and actor == discourse.last_company) and not (
                kind == "capacity_expansion" and draft.found_by == FoundBy.PASSIVE):  # "a plant built by a Chinese group"
            discourse.last_actor = actor  # a company's plant or stake leaves "the president" to the state
        discourse.subtypes[(kind, actor)] = subtype
        if kind == "production_quota" or subtype == "quota":
            discourse.last_quota = kind
        if kind in RESTRICTIONS:
            discourse.last_restriction = (kind, actor)
        if kind == "agreement":
            discourse.last_agreement = (actor, *draft.partners)
        return Event(
            type=kind,
            subtype=subtype,
            actor=actor,
            partners=draft.partners,
            elements=elements,
            date=draft.date,
            date_precision=draft.precision,
            phase=draft.phase.value,
            effective_date=draft.effective_date,
            trigger=doc.facts.span_text(draft.trigger.start, draft.trigger.end),
            sentence=segment.text,
            field=doc.field,
            start=segment.start_char,
            end=segment.end_char,
        )


def _listed_with(doc: DocReading, draft: Draft, event: Event, parties: list[Party]) -> list[Event]:
    """"日本、美国、澳大利亚等国纷纷宣布开发稀土资源": every country of a Chinese list that is
    the subject acts; the same event for each of the others."""
    trigger = draft.trigger
    if draft.found_by != FoundBy.MENTION or trigger.type == "agreement" or not is_cjk(doc.facts, trigger.start):
        return []
    others = listed_actors(doc.facts, draft.actor, trigger.start, draft.clause, parties)
    return [replace(event, actor=code, partners=tuple(p for p in event.partners if p != code)) for code in others]


def _coordinated_with(doc: DocReading, draft: Draft, event: Event, parties: list[Party]) -> list[Event]:
    """"The US and Britain banned imports": each member of an English coordinated subject acts
    (coordination.py); the same event for each of the others."""
    trigger = draft.trigger
    if draft.found_by != FoundBy.MENTION or trigger.type == "agreement" or is_cjk(doc.facts, trigger.start):
        return []
    others = coordinated_actors(doc.facts, draft.actor, trigger.start, draft.clause[0], parties)
    return [replace(event, actor=code, partners=tuple(p for p in event.partners if p != code)) for code in others]
