"""Decides who acts (actor) and who is acted upon (partners) for an event trigger.

Actor: the agent of a passive ("controls imposed by Beijing"), else the nearest country,
bloc, leader, government body or company before the trigger in its clause, then in its
sentence ("China's export controls", "Chinese export controls", "the US banned ..."); a
mention that is itself a target ("exports to Japan") is skipped. Failing that, the speaker
of a reporting verb after the trigger ("..., China's commerce ministry said"), then an
anaphoric subject ("it", "the government", "the company") standing for the article's
previous actor. A plural subject that names no one ("countries are investing") ends the
search: no actor, so no event.

Partners: the targets of a restriction or tariff ("to the US", "on Chinese imports"), the host
of an investment or a plant ("in Malaysia"), and for an agreement every other party named.
"""

from __future__ import annotations

from bisect import bisect_left

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Discourse, Party, RoleWords
from orewatch.extractors.events.labels import FoundBy, Strength
from orewatch.extractors.events.trigger_filters import PUNCT_STOPS
from orewatch.extractors.events.triggers import MEASURE_TYPES, Trigger

# Words before a mention that make it a target or a place, not the one who acts.
NOT_ACTOR_BEFORE = frozenset(
    "to on against from into toward towards targeting outside than with over for of in at "
    "between among including like by through via 对 對 向 从 從 自".split()
)
# "an order from the Malaysian government": after these nouns "from" introduces the actor.
SOURCE_NOUNS = frozenset(
    "order orders decision directive notice statement announcement approval ruling circular "
    "letter".split()
)
# After an agreement word a party is introduced by these ("a deal with Japan", "between X and Y").
PARTY_PREPS_AFTER = frozenset("with between to by among 与 與 同 跟".split())
# "both sides agreed": the parties are named elsewhere in the sentence.
BOTH_WORDS = frozenset("both two sides each mutual bilateral 双方 雙方 两国 兩國".split())
# "Government of Pakistan", "Ministry of Commerce of China": "of" then introduces the actor.
GOVERNMENT_NOUNS = frozenset(
    "government ministry republic kingdom president minister department cabinet parliament "
    "state states union commonwealth".split()
)
# "the military government in Naypyidaw", "authorities in Beijing": "in" after these names
# the seat of who acts, not a place acted upon.
SEATED_NOUNS = frozenset(
    "government governments authorities authority officials regulator regulators junta regime "
    "administration ministry cabinet".split()
)
SKIPPABLE = frozenset({"the", "a", "an", "its", "their", "both", "all", "other", "fellow"})
# A country word right before one of these names the measure's author, whatever preposition
# comes before it: "preparing for a US rule that bars ...", "complying with an Indian decree".
AUTHORED_MEASURES = frozenset(
    "rule rules law laws regulation regulations decree decrees legislation directive directives".split()
)
PARTNER_PREPS = {
    "export_restriction": frozenset("to against targeting toward towards into for on 对 對 向".split()),
    "import_restriction": frozenset("from of on against targeting 从 從 自".split()),
    "tariff": frozenset("on against from of targeting 对 對".split()),
    "investment": frozenset("in into at".split()),
    "capacity_expansion": frozenset("in at".split()),
}
HOST_BEFORE_TYPES = frozenset({"investment", "capacity_expansion"})
HOST_PREPS = frozenset({"in", "at"})
TARGET_BEFORE_TRIGGER = frozenset("对 對 向 against targeting".split())
# Mentions in these contexts are not parties of an agreement ("dependence on China").
NOT_PARTY_BEFORE = frozenset("on from against than outside over without through via".split())
# Searching a whole sentence for parties ("both sides agreed"), a mention after these is a place.
PLACE_BEFORE = frozenset({"in", "at"})
# After an agreeing verb, "to" opens an infinitive ("agreed at the end of the year to lend"),
# not a party, unless the party follows right away (VERB_OBJECT_WINDOW).
WEAK_PARTY_PREPS_AFTER = frozenset("with between by among 与 與 同 跟".split())
COORDINATION = frozenset({"and", ",", "the", "&"})
LIST_GLUE = frozenset({",", "and", "or", "the", "&", "、", "和", "与", "與"})
REPORTING = frozenset({"said", "says", "announced", "stated", "told", "reported", "according", "declared", "confirmed"})
PASSIVE_WINDOW = 6
FUNDER_WINDOW = 10  # tokens after an investment word in which "from X" names who pays
VERB_OBJECT_WINDOW = 3  # "agreed to supply Japan": tokens between an agreeing verb and its party
# Measures that, as the subject of their clause ("The quota was raised"), belong to the actor
# of the article's previous event; a trigger this close to its clause start is the subject.
SUBJECT_MEASURES = MEASURE_TYPES
MEASURE_SUBJECT_SLACK = 3
DEFINITE_OPENERS = frozenset("the this these that those such its their".split())  # tokens after a trigger in which "by X" names its agent


class RoleResolver:
    def __init__(self, generic_subjects: frozenset[str]):
        self.generic_subjects = generic_subjects

    def actor(
        self,
        w: DocFacts,
        trigger: Trigger,
        seg: tuple[int, int],
        clause_start: int,
        mentions: list[Party],
        anaphors: list[tuple[int, int, str]],
        words: RoleWords,
        discourse: Discourse,
    ) -> tuple[str | None, FoundBy | None]:
        """(actor code, the rule that found it), or (None, None)."""
        agent = self._passive_agent(w, trigger, seg, mentions)
        if agent:
            return agent, FoundBy.PASSIVE
        if trigger.type == "investment":
            funder = self._funder(w, trigger, seg, mentions)
            if funder:
                return funder, FoundBy.FUNDER
        before = [
            m for m in mentions
            if seg[0] <= m.start and m.end <= trigger.end and m.start < trigger.start + 1
            and not self._is_target(w, m, seg[0], mentions)
        ]  # fmt: skip
        # Mentions inside the trigger span count only when they open it ("Chinese export ban").
        before = [m for m in before if m.end <= trigger.start or m.start == trigger.start]
        generic_at = self._generic_subject(w, seg[0], trigger.start, mentions, words)
        for scope_start in (clause_start, seg[0]):
            pool = [m for m in before if m.start >= scope_start]
            if pool:
                nearest = max(pool, key=lambda m: (m.end, m.end - m.start))
                if generic_at is not None and generic_at >= nearest.end:
                    return None, None
                # "The U.S. and Australia plan to invest": a coordinated subject acts through
                # its first member, the others being its partners.
                first = nearest
                while trigger.type != "agreement" and first.start > 0 and w.lower(first.start - 1) in COORDINATION:
                    prev = [
                        m for m in pool
                        if m.end <= first.start and all(w.lower(k) in COORDINATION for k in range(m.end, first.start))
                    ]  # fmt: skip
                    if not prev:
                        break
                    first = max(prev, key=lambda m: m.end)
                return first.code, FoundBy.MENTION
        if generic_at is not None:
            return None, None
        speaker = self._speaker(w, trigger, seg, mentions, words)
        if speaker:
            return speaker, FoundBy.SPEAKER
        for start, end, kind in anaphors:
            if seg[0] <= start and end <= trigger.start:
                if kind == "company":
                    return discourse.last_company, FoundBy.ANAPHOR
                if kind == "either":
                    return discourse.either(lambda m, floor, found: not self._is_target(w, m, floor, found)), FoundBy.ANAPHOR
                return discourse.government(), FoundBy.ANAPHOR
        # "The ban was introduced to curb oversupply": the measure is the subject and names no
        # one; it is the measure of the article's actor so far.
        opener = w.lower(clause_start)
        if (
            trigger.type in SUBJECT_MEASURES
            and trigger.start - clause_start <= MEASURE_SUBJECT_SLACK
            and (trigger.start == clause_start or opener in DEFINITE_OPENERS)
        ):
            return discourse.last_actor, FoundBy.SUBJECT
        return None, None

    def partners(
        self, w: DocFacts, trigger: Trigger, clause: tuple[int, int], mentions: list[Party], actor: str | None
    ) -> tuple[str, ...]:
        preps = PARTNER_PREPS.get(trigger.type)
        if not preps:
            return ()
        found: list[str] = []
        last_end = None
        for m in sorted(mentions, key=lambda m: m.start):
            if m.start < clause[0] or m.end > clause[1]:
                continue
            if m.start < trigger.start:
                # Before the trigger only an explicit target counts ("对美国实施出口管制").
                # Or the host of a plant or an investment named with its subject ("its mine in
                # Bolivia is to begin production").
                if m.code != actor and m.code not in found and (
                    self._prep_before(w, m, TARGET_BEFORE_TRIGGER, clause[0])
                    or (trigger.type in HOST_BEFORE_TYPES and self._prep_before(w, m, HOST_PREPS, clause[0]))
                ):
                    found.append(m.code)
                continue
            inside = m.start >= trigger.start and m.end <= trigger.end and m.start > trigger.start
            glued = last_end is not None and all(w.lower(k) in LIST_GLUE for k in range(last_end, m.start))
            # A target inside the trigger span counts too ("shipments to Korean buyers will face
            # end-use reviews"): its preposition may lie inside the span.
            if inside and trigger.type in ("import_restriction", "tariff") or glued or self._prep_before(w, m, preps, trigger.start + 1):
                if m.code != actor and m.code not in found:
                    found.append(m.code)
                last_end = m.end
        return tuple(found)

    def parties(
        self, w: DocFacts, trigger: Trigger, span: tuple[int, int], mentions: list[Party], loose: bool = False
    ) -> list[str]:
        """Every party of an agreement named in `span`, in order of mention: those before the
        trigger ("X and Y signed"), and after it those introduced by with/between/to/by, listed
        right after one ("a deal between X and Y"), or the object of an agreeing verb ("agreed
        to supply Japan"). `loose`: any mention after it ("both sides agreed, said X and Y")."""
        parties: list[str] = []
        last_end = None
        for m in sorted(mentions, key=lambda m: m.start):
            if m.start < span[0] or m.end > span[1]:
                continue
            prev = self._word_before(w, m.start, span[0])
            if m.start >= trigger.end:
                glued = last_end is not None and all(w.lower(k) in LIST_GLUE for k in range(last_end, m.start))
                verb_object = trigger.strength == Strength.WEAK and m.start - trigger.end <= VERB_OBJECT_WINDOW
                preps = WEAK_PARTY_PREPS_AFTER if trigger.strength == Strength.WEAK else PARTY_PREPS_AFTER
                if not (loose or glued or verb_object or self._prep_before(w, m, preps, trigger.end)):
                    continue
                if prev in NOT_PARTY_BEFORE or (loose and not glued and prev in PLACE_BEFORE):
                    continue
            elif prev in NOT_PARTY_BEFORE or (
                prev == "of" and self._word_before(w, m.start - 1, span[0]) in ("dependence", "reliance", "outside")
            ):
                continue
            last_end = m.end
            if m.code not in parties:
                parties.append(m.code)
        return parties

    @staticmethod
    def names_both(w: DocFacts, span: tuple[int, int]) -> bool:
        return any(w.lower(i) in BOTH_WORDS for i in range(*span))

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _word_before(w: DocFacts, i: int, floor: int) -> str:
        j = i - 1
        while j >= floor and w.lower(j) in SKIPPABLE:
            j -= 1
        return w.lower(j) if j >= floor else ""

    def _is_target(self, w: DocFacts, m: Party, floor: int, mentions: list[Party] = ()) -> bool:
        """True when the mention is a target or a place ("to Japan", "in Malaysia"), not who acts."""
        if m.end < len(w.starts) and w.lower(m.end) in AUTHORED_MEASURES:
            return False
        prev = self._word_before(w, m.start, floor)
        if prev in ("and", "or", ",", "、"):
            # "in Canada or Australia": a list continues the role of its first member.
            j = m.start - 1
            while j >= floor and w.lower(j) not in ("and", "or", ",", "、"):
                j -= 1
            before = [o for o in mentions if o.end == j or (o.end < j and all(w.lower(k) in SKIPPABLE for k in range(o.end, j)))]
            return bool(before) and self._is_target(w, before[-1], floor, mentions)
        if prev in ("by", "through", "via") and m.end < len(w.starts) and w.lower(m.end) in ("'s", "’s"):
            return False  # "driven by China's tightening grip": the possessor acts
        if prev in ("for", "to") and self._infinitive_subject(w, m):
            return False  # "for Australia to establish ...", "$5m to a Canadian firm to expand ..." 
        if prev == "from":
            j = m.start - 1
            while j >= floor and w.lower(j) != "from":
                j -= 1
            return self._word_before(w, j, floor) not in SOURCE_NOUNS
        if prev == "in" and self._word_before(w, self._index_of(w, m.start, "in", floor), floor) in SEATED_NOUNS:
            return False
        if prev == "of":
            j = m.start - 1
            while j >= floor and w.lower(j) != "of":
                j -= 1
            return self._word_before(w, j, floor) not in GOVERNMENT_NOUNS
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

    @staticmethod
    def _prep_before(w: DocFacts, m: Party, preps: frozenset[str], floor: int) -> bool:
        """A preposition of `preps` right before the mention, across determiners and name-like
        modifiers only ("to the US", "by NYSE-listed MP Materials", not "to join the EU")."""
        j = m.start - 1
        for _ in range(5):
            if j < floor:
                return False
            text = w.token_text(j)
            lower = text.lower()
            if lower in preps:
                return True
            hyphenated = text == "-" or (j + 1 < w.n and w.token_text(j + 1) == "-")
            if not (lower in SKIPPABLE or hyphenated or text.istitle() or text.isupper()):
                return False
            j -= 1
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

    @staticmethod
    def _funder(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
        """Who the money comes from: "a loan of up to $1.6 billion from the Export-Import Bank",
        "£35 million from the National Wealth Fund" (the recipient is named before)."""
        for i in range(trigger.end, min(seg[1], trigger.end + FUNDER_WINDOW)):
            text = w.token_text(i)
            if text in PUNCT_STOPS and not (text == "-" and not w.space_after(i)):  # "$120-million"
                return None
            if w.lower(i) == "from":
                for m in mentions:
                    if i < m.start <= i + 3 and all(w.lower(k) in SKIPPABLE for k in range(i + 1, m.start)):
                        return m.code
                return None
        return None

    @staticmethod
    def _passive_agent(w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party]) -> str | None:
        for i in range(trigger.end, min(seg[1], trigger.end + PASSIVE_WINDOW)):
            text = w.token_text(i)
            if text in PUNCT_STOPS and text != "(":
                return None
            if w.lower(i) == "by":
                for m in mentions:
                    if i < m.start <= i + 4:
                        return m.code
                return None
        return None

    @staticmethod
    def _speaker(
        w: DocFacts, trigger: Trigger, seg: tuple[int, int], mentions: list[Party], words: RoleWords
    ) -> str | None:
        """"..., China's commerce ministry said" / "according to the Pentagon"."""
        reporting = words.reporting
        for i in reporting[bisect_left(reporting, trigger.end) : bisect_left(reporting, seg[1])]:
            word = w.lower(i)
            if word == "according":
                after = [m for m in mentions if i < m.start <= i + 5]
                return after[0].code if after else None
            near = [m for m in mentions if trigger.end <= m.start and m.end <= i and i - m.end <= 4]
            if near:
                return max(near, key=lambda m: m.end).code
        return None
