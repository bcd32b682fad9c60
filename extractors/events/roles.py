"""Decides who acts in an event (its actor); partners.py decides who is acted upon.

Actor: the agent of a passive ("controls imposed by Beijing"), the company whose relative or purpose
clause builds a plant (builders.py), for an investment who the money comes from ("a loan from the
Export-Import Bank"), else the nearest country, bloc, leader, body or company before the trigger in
its clause, then its sentence ("China's export controls", "the US banned"), a target ("exports to
Japan") skipped. Failing that, the speaker of a reporting verb after it ("..., China's ministry said"),
an anaphor ("it", "the government", "the decree") for the article's previous actor, or a measure as
subject ("The licence requirement took effect") for it or the headline's one country. A plural
subject naming no one ("countries are investing"): no event."""

from __future__ import annotations

from bisect import bisect_left

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.cjk_roles import (
    OBJECT_PREPS, demonstrative_measure, disposal_object, investing_names, is_cjk, names_goods, preposition_object, reacted_to,
    title_issuer, numbered_item,
)
from orewatch.extractors.events.agents import funder, passive_agent, plant_owner, relative_agent, speaker
from orewatch.extractors.events.bearers import bears
from orewatch.extractors.events.builders import clause_builder
from orewatch.extractors.events.discourse import Discourse, DocReading, Party, RoleWords
from orewatch.extractors.events.labels import FoundBy, NameKind
from orewatch.extractors.events.market_words import seat
from orewatch.extractors.events.investors import without_investors
from orewatch.extractors.events.owned_assets import owned_hosts
from orewatch.extractors.events.nearby import SKIPPABLE, country_of_name, CLAUSE_CONJUNCTIONS, DECISION_NOUNS, background_start, fronted_place, inside_relative, owned_elsewhere, word_before
from orewatch.extractors.events.trigger_filters import PUNCT_STOPS
from orewatch.extractors.events.triggers import MEASURE_TYPES, Trigger

# Words before a mention that make it a target or a place, not the one who acts.
NOT_ACTOR_BEFORE = frozenset(
    "to on against from into toward towards targeting outside than with over for of in at "
    "between among including like by through via hits hit slaps slap targets punishes 对 對 向 从 從 自 "
    # Chinese: "原产美国的商品" (goods of US origin) names a target; "会见/會晤石破茂": the one met;
    # 于/於 is a preposition ("原产于美国", "位于印尼"): what follows it is no subject.
    "产 產 见 見 晤 于 於".split()
)
# Chinese words that continue a list ("从加拿大、墨西哥和中国进口"): its members share a role.
CJK_LIST_GLUE = ("和", "及", "与", "與")
# "an order from the Malaysian government": after these nouns "from" introduces the actor.
SOURCE_NOUNS = frozenset(
    "order orders decision directive notice statement announcement approval ruling circular "
    "letter".split()
)
# "Government of Pakistan", "Ministry of Commerce of China": "of" then introduces the actor.
GOVERNMENT_NOUNS = frozenset(
    "government ministry republic kingdom president minister department cabinet parliament "
    "state states union commonwealth bank fund agency authority commission corporation bureau".split()
)
# "the military government in Naypyidaw", "authorities in Beijing", "Parliament in Santiago": "in" after these names
# the seat of who acts, not a place acted upon.
SEATED_NOUNS = frozenset(
    "government governments authorities authority officials regulator regulators junta regime administration "
    "ministry cabinet parliament congress senate legislature lawmakers legislators court courts".split()
)
# A country word right before one of these names the measure's author, whatever preposition
# comes before it: "preparing for a US rule that bars ...", "complying with an Indian decree".
AUTHORED_MEASURES = frozenset(
    "rule rules law laws regulation regulations decree decrees legislation directive directives".split()
)
# A country right before the measure it owns, with only these words (or element names) between,
# is its actor whatever precedes it: "concerns over Indonesia's proposed ban", "a clash over
# the DRC cobalt export ban" (who reacts or reports does not act).
OWNER_GAP = frozenset("'s ’s proposed planned new current existing latest recent temporary own".split())
OWNER_GAP_MAX = 4
COORDINATION = frozenset({"and", ",", "the", "&"})
REPORTING = frozenset({"said", "says", "announced", "stated", "told", "reported", "according", "declared", "confirmed"})
# Measures that, as the subject of their clause ("The quota was raised"), belong to the actor
# of the article's previous event; a trigger this close to its clause start is the subject.
SUBJECT_MEASURES = MEASURE_TYPES
HOST_TYPES = frozenset({"investment", "capacity_expansion"})  # a place before them is their host
MEASURE_SUBJECT_SLACK = 3
DEFINITE_OPENERS = frozenset("the this these that those such its their".split())  # tokens after a trigger in which "by X" names its agent


class RoleResolver:
    """The actor rules; `generic_subjects`: plural subjects that name no one."""

    def __init__(self, generic_subjects: frozenset[str]):
        self.generic_subjects = generic_subjects

    def actor(
        self, doc: DocReading, trigger: Trigger, seg: tuple[int, int], clause_start: int, mentions: list[Party]
    ) -> tuple[str | None, FoundBy | None]:
        """(actor code, the rule that found it), or (None, None): the rules of the module
        docstring, in order; the first that finds someone decides. `mentions`: the parties
        named in the segment `seg`."""
        w, words, discourse = doc.facts, doc.words, doc.discourse
        floor = background_start(w, trigger.start, seg[0], PUNCT_STOPS)
        seg, clause_start = (floor, seg[1]), max(clause_start, floor)
        if trigger.type in SUBJECT_MEASURES and is_cjk(w, trigger.start) and demonstrative_measure(w, trigger.start):
            return discourse.last_actor, (FoundBy.SUBJECT if discourse.last_actor else None)  # "该配额"
        if trigger.type in MEASURE_TYPES and is_cjk(w, trigger.start):
            reaction, owner = reacted_to(w, trigger, clause_start, mentions)
            if reaction:  # "日本对中国的出口管制表示担忧": China's controls; Japan only reacts
                return (owner, FoundBy.MENTION) if owner else (discourse.last_actor, FoundBy.SUBJECT if discourse.last_actor else None)
        agent = passive_agent(w, trigger, seg, mentions, words.generic)  # "" : "by major suppliers", no one
        for rule in (relative_agent, plant_owner):  # "..., which X imposed", "a plant owned by a US group"
            agent = rule(w, trigger, seg, mentions) if agent is None else agent
        if agent is not None:
            return agent or None, (FoundBy.PASSIVE if agent else None)
        if (built := clause_builder(w, trigger, seg[0], mentions)) is not None:  # "a loan to Kivu Metals to build"
            return built or None, FoundBy.BUILDER
        if trigger.type == "investment" and (paid_by := funder(w, trigger, seg, mentions)):
            return paid_by, FoundBy.FUNDER
        generic_at = self._generic_subject(w, seg[0], trigger.start, mentions, words)
        pool = self._named_before(w, trigger, seg, clause_start, mentions)
        if trigger.type in MEASURE_TYPES:  # "Chinese miners in Zimbabwe ... a ban": Zimbabwe's
            kept, host = without_investors(w, pool, mentions, trigger.start, seg[0])
            if host:
                return host, FoundBy.MENTION
            generic_at, pool = (generic_at if len(kept) == len(pool) else None), kept
        owner = self._measure_owner(doc, trigger, pool, mentions, seg[0])
        if owner:
            return owner, FoundBy.MENTION
        if pool:
            nearest = max(pool, key=lambda m: (m.end, m.end - m.start))
            if generic_at is not None and generic_at >= nearest.end:
                return None, None
            return self._first_coordinated(w, trigger, nearest, pool).code, FoundBy.MENTION
        if generic_at is not None:
            return None, None
        if trigger.type == "export_restriction":
            # "a suspension of cobalt exports from Congo": whose exports they are restricts them.
            exporter = funder(w, trigger, seg, mentions) or seat(w, trigger, seg, mentions)
            if exporter:
                return exporter, FoundBy.ORIGIN
        said_by = speaker(w, trigger, seg, mentions, words)
        if said_by:
            return said_by, FoundBy.SPEAKER
        for start, end, kind in doc.anaphors:
            if seg[0] <= start and end <= trigger.start:
                actor = self._anaphor(w, kind, discourse, trigger.type, _company_before(discourse, mentions, seg[0], start))
                return actor or (doc.home_country() if kind == "body" else None), FoundBy.ANAPHOR
        if self._measure_is_subject(w, trigger, clause_start) or numbered_item(w, trigger, seg, mentions):
            return discourse.last_actor or doc.headline_country(), FoundBy.SUBJECT
        return None, None

    def _named_before(
        self, w: DocFacts, trigger: Trigger, seg: tuple[int, int], clause_start: int, mentions: list[Party]
    ) -> list[Party]:
        """The names before the trigger that may act (not targets or places), in its clause,
        else in its segment. Names inside the trigger span count only when they open it
        ("Chinese export ban")."""
        before = [
            m for m in mentions
            if seg[0] <= m.start and m.end <= trigger.end and m.start < trigger.start + 1
            and not self._is_target(w, m, seg[0], mentions) and not bears(w, m, trigger.start)
            and not inside_relative(w, m, trigger.start, seg[0])  # ", which has courted Australian miners,"
        ]  # fmt: skip
        before = [m for m in before if (m.end <= trigger.start or m.start == trigger.start) and not owned_elsewhere(w, m, trigger.start, seg[0])]
        if trigger.type in HOST_TYPES and is_cjk(w, trigger.start):  # "在印尼投资": the host
            before = owned_hosts(w, investing_names(w, before, trigger.type == "capacity_expansion"))  # "中资企业控股的赞比亚铜矿"
        before += title_issuer(w, trigger, mentions)
        return [m for m in before if m.start >= clause_start] or [m for m in before if m.start >= seg[0]]  # clause first

    @staticmethod
    def _measure_owner(doc: DocReading, trigger: Trigger, pool: list[Party], mentions: list[Party], floor: int) -> str | None:
        """The country that owns the measure by naming it ("Indonesia's proposed ban"), when a
        preposition made it look like a target and took it out of `pool`."""
        if trigger.type not in MEASURE_TYPES:
            return None
        w = doc.facts
        for m in mentions:
            if m.kind != NameKind.COUNTRY or m in pool or m.end > trigger.start or m.start < floor:
                continue
            if is_cjk(w, m.start) and w.text[w.starts[m.start] - 1 : w.starts[m.start]] in OBJECT_PREPS:
                continue  # "对华关税": tariffs on China, not China's
            gap = range(m.end, trigger.start)
            if len(gap) <= OWNER_GAP_MAX and all(w.lower(k) in OWNER_GAP or _in_element(doc, k) for k in gap):
                return m.code
        return None

    @staticmethod
    def _first_coordinated(w: DocFacts, trigger: Trigger, nearest: Party, pool: list[Party]) -> Party:
        """"The U.S. and Australia plan to invest": a coordinated subject acts through its
        first member, the others being its partners (an agreement's are all parties)."""
        first = nearest
        while trigger.type != "agreement" and first.start > 0 and w.lower(first.start - 1) in COORDINATION:
            prev = [
                m for m in pool
                if m.end <= first.start and all(w.lower(k) in COORDINATION for k in range(m.end, first.start))
            ]  # fmt: skip
            if not prev:
                break
            first = max(prev, key=lambda m: m.end)
        return first

    def _anaphor(self, w: DocFacts, kind: str, discourse: Discourse, type_: str, company: str | None = None) -> str | None:
        """Whom an anaphor of `kind` (event_actors.yaml `anaphors`) stands for; `company`: a company named before it in its sentence."""
        if kind in ("company", "owner"):
            return (company or discourse.last_company) if kind == "company" else discourse.last_owner
        if kind == "instrument":  # "The decree also sets a duty": the package of a duty already read
            return None if (type_, discourse.government()) in discourse.subtypes else discourse.government()
        if kind == "either":
            return discourse.either(lambda m, floor, found: not self._is_target(w, m, floor, found))
        return discourse.government()

    @staticmethod
    def _measure_is_subject(w: DocFacts, trigger: Trigger, clause_start: int) -> bool:
        """"The ban was introduced ...", "as the quota ...": the measure, subject, names no one."""
        return (
            trigger.type in SUBJECT_MEASURES
            and trigger.start - clause_start <= MEASURE_SUBJECT_SLACK
            and (trigger.start == clause_start or w.lower(clause_start) in DEFINITE_OPENERS
                 or (w.lower(clause_start) in CLAUSE_CONJUNCTIONS and w.lower(clause_start + 1) in DEFINITE_OPENERS))
        )

    # ------------------------------------------------------------------ helpers

    def _is_target(self, w: DocFacts, m: Party, floor: int, mentions: list[Party] = ()) -> bool:
        """True when the mention is a target or a place ("to Japan", "in Malaysia"), not who acts."""
        if m.end < len(w.starts) and w.lower(m.end) in AUTHORED_MEASURES:
            return False
        if is_cjk(w, m.start) and (names_goods(w, m, mentions) or disposal_object(w, m) or preposition_object(w, m)):
            return True  # "对中国的商品加征关税": where the goods come from; "将美国企业列入", "对…乌克兰": objects
        lead = country_of_name(w, m, mentions)
        if lead is not None:
            return self._is_target(w, lead, floor, mentions)
        prev = word_before(w, m.start, floor)
        if prev in ("and", "or", ",", "、") or prev in CJK_LIST_GLUE:
            # "in Canada or Australia": a list continues the role of its first member.
            j = m.start - 1
            while j >= floor and w.lower(j) not in ("and", "or", ",", "、", *CJK_LIST_GLUE):
                j -= 1
            before = [o for o in mentions if o.end == j or (o.end < j and all(w.lower(k) in SKIPPABLE for k in range(o.end, j)))]
            return bool(before) and not fronted_place(w, before[-1], m, floor) and self._is_target(w, before[-1], floor, mentions)
        if m.end + 1 < len(w.starts) and w.lower(m.end) in ("'s", "’s") and (prev in ("by", "through", "via") or w.lower(m.end + 1) in DECISION_NOUNS):
            return False  # "driven by China's tightening grip", "reacted to Indonesia's decision": the possessor acts
        if prev in ("for", "to") and self._infinitive_subject(w, m):
            return False  # "for Australia to establish ...", "$5m to a Canadian firm to expand ..." 
        if prev == "from":
            j = m.start - 1
            while j >= floor and w.lower(j) != "from":
                j -= 1
            return word_before(w, j, floor) not in SOURCE_NOUNS
        if prev == "in" and word_before(w, self._index_of(w, m.start, "in", floor), floor) in SEATED_NOUNS:
            return False
        if prev == "of":
            j = m.start - 1
            while j >= floor and w.lower(j) != "of":
                j -= 1
            return word_before(w, j, floor) not in GOVERNMENT_NOUNS
        return prev in NOT_ACTOR_BEFORE

    @staticmethod
    def _index_of(w: DocFacts, i: int, word: str, floor: int) -> int:
        """The nearest token before i that is `word` (floor - 1 when none)."""
        j = i - 1
        while j >= floor and w.lower(j) != word:
            j -= 1
        return j

    @staticmethod
    def _infinitive_subject(w: DocFacts, m: Party) -> bool:
        """The mention (with up to two words of its noun: "a Canadian company") is followed by
        "to" and a verb-like word: the subject of an infinitive."""
        n = len(w.starts)
        for j in range(m.end, min(n - 1, m.end + 3)):
            word = w.lower(j)
            if word == "to":
                return j + 1 < n and w.token_text(j + 1).isalpha() and w.token_text(j + 1).islower() and w.lower(j + 1) not in SKIPPABLE
            if not w.token_text(j).isalpha() or not w.token_text(j).islower():
                return False
        return False

    def _generic_subject(
        self, w: DocFacts, floor: int, trigger_start: int, mentions: list[Party], words: RoleWords
    ) -> int | None:
        """Index just after the last plural subject naming no one, before the trigger (the
        subjects as found by the matcher: one token each)."""
        ends = {m.end for m in mentions}
        generic = words.generic
        for i in reversed(generic[bisect_left(generic, floor) : bisect_left(generic, trigger_start)]):
            if i in ends:
                continue
            if i - 1 in ends and w.lower(i - 1) in ("'s", "’s"):
                continue  # "Vietnam's exporters"
            return i + 1
        return None


def _in_element(doc: DocReading, i: int) -> bool:
    """Token i lies inside an element mention ("cobalt", "rare earth")."""
    w = doc.facts
    return any(start <= i < end for start, end in map(w.tokens_of, doc.elements))


def _company_before(discourse: Discourse, mentions: list[Party], floor: int, at: int) -> str | None:
    """The latest company of a stated country named in the sentence before token `at`."""
    named = [(m.start, m.code) for m in mentions if m.kind in (NameKind.COMPANY, NameKind.SEATED) and floor <= m.start < at]
    named += [(i, code) for i, code, _ in discourse.intros if floor <= i < at]
    return max(named)[1] if named else None
