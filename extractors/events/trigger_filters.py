"""Which triggers stand: a trigger is dropped when a word before it cancels it (a negation, a
motive: "in retaliation for US tariffs", a goal: "to attract investment", a purpose: "will help
it expand", a condition: "if the tariff goes ahead", talks: "have been discussing an agreement"), when it only names a kind
of thing ("investment funds", "a trading partner"), or when an increase is a statistic
("output increased 10%"). Also the tests on the words between a pair's two cue words.

Also: a trigger word inside a name ("Reconstruction Investment Fund") names no event.

Works on token indices of one Doc, through its facts.
"""

from __future__ import annotations

from collections.abc import Callable

from orewatch.extractors._shared.cjk import TITLE_REACH, inside_title, starts_cjk
from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.countries import BLOC_CODES
from orewatch.extractors.events.designations import recalled_designation
from orewatch.extractors.events.market_words import PRICED_NOUNS
from orewatch.extractors.events.passing import amount_words_before, counted_licences, purpose_of, start_as_time
from orewatch.extractors.events.cjk_filters import cjk_stands
from orewatch.extractors.events.cjk_roles import is_cjk
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import CueKind, Label, NameKind, Strength
from orewatch.extractors.events.deal_topics import agreeing_to_act, deal_topic
from orewatch.extractors.events.refusals import repeats_refused
from orewatch.extractors.events.scope import CONDITIONS, negation_distance, out_of_scope

PUNCT_STOPS = frozenset({",", ";", ":", ".", "(", ")", "-", "–", "—", "，", "；", "。"})
NEGATION_WINDOW = 4  # tokens before a trigger in which a negation cancels it
# Chinese puts the negation before the whole verb phrase ("中国不会对稀土出口实施新的限制"):
# it cancels a trigger anywhere later in its clause (one character a token).
CJK_NEGATION_WINDOW = 24
# 未 that is no negation: 未来 (the future), 未经 (without: "未经许可不得出口" is a licence rule).
CJK_NOT_NEGATION_AFTER = ("来", "來", "经", "經", "知")
MOTIVE_WINDOW = 10  # tokens before a trigger in which a motive word makes it background
# The verbs of building a new facility ("to help build a plant"); agents.BUILD_VERBS adds the participles.
BUILD_WORDS = frozenset("build builds building construct constructs constructing".split())
GOAL_WINDOW = 6  # tokens before an investment word in which "attract", "foreign"... cancel it
CJK_GOAL_WINDOW = 12  # characters, in Chinese: "吸引了其他国家的投资", "鼓励外资在当地建设…产能"
TALKS_WINDOW = 8  # "have been discussing a minerals-for-security agreement"
# A facility noun followed by these only modifies them ("new smelter applications").
FACILITY_AS_MODIFIER = frozenset(
    "application applications permit permits proposal proposals approval approvals request requests "
    "bid bids licence licences license licenses".split()
)
NOT_IN_NOUN_PHRASE = frozenset(
    "for of on in at to from with by under and or that which will would is are was were be has have "
    "after before until pending because since as when while but than whether if how could should might can "
    "rules regulations law laws".split()
)
# An investment word naming a kind of organisation, a decision still to come, or the topic of a
# deal: "investment funds", "a final investment decision", "a financing deal".
INVESTMENT_AS_MODIFIER = frozenset(
    "fund funds firm firms bank banks company companies house vehicle arm decision decisions "
    "deal deals agreement agreements pact pacts accord framework treaty".split()
)
# Chinese: the characters right after an investment word that make it part of a noun
# ("投资规模" the scale of investment, "投资者" investors, "投资主管部门" the authority in charge).
CJK_INVESTMENT_AS_MODIFIER = (
    "规模", "規模", "空间", "空間", "环境", "環境", "领域", "領域", "机会", "機會", "风险", "風險",
    "增速", "合作", "承诺", "承諾", "主管", "部门", "部門", "基金", "银行", "銀行", "公司", "者", "人",
    "的承诺", "的承諾", "案", "额", "額", "回报", "回報", "热", "熱", "价值", "價值", "策略", "政策", "协定", "協定",
    # a state body named by investment (外国投资审查委员会, 投资促进局: round 11), no investment
    "审查", "審查", "委员会", "委員會", "促进", "促進", "局", "署",
)
# "joint investment from both sides", "an agreement on joint investments", "pledging joint
# financing": money the parties of a deal will put in together is part of that deal (a second
# instrument of one package, CONVENTIONS), not an investment of one of them.
JOINT_WORDS = frozenset({"joint", "jointly"})
RETALIATORY_SUFFIX = "性"  # 报复性: "retaliatory", an adjective of the measure
CONDITION_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "such", "any"})
PARTNER_NOUNS = frozenset({"partner", "partners"})
# After "partner" these make it a modifier of a noun ("South Korean partner firms said").
PARTNER_MODIFIED = frozenset(
    "firm firms company companies country countries nation nations state states government governments "
    "bank banks miner miners institution institutions organisation organisations organization "
    "organizations economy economies".split()
)
DETERMINERS_OF_PARTNER = frozenset({"a", "an", "the", "its", "their", "his", "her"})
# Before "partner(s)" these make it a noun ("a trading partner", "its main partners").
NOUN_MARKERS = frozenset(
    "a an the its their his her our your one trading main key largest biggest top strategic "
    "reliable foreign new old natural".split()
)
# "advanced their partnership", "its joint venture Manara": a partnership or venture owned by
# a possessive is the parties' relation or an existing company, not an instrument made; so is
# one run by someone ("the uranium joint venture operated by Orano").
RELATION_NOUNS = frozenset({"partnership", "partnerships", "joint venture", "joint ventures", "jv"})
RELATION_OWNERS = frozenset("their our its his her your".split())
RELATION_REACH = 3  # "their new strategic partnership"
RUN_BY = frozenset("operated owned led run controlled managed".split())
# Increases stated as a figure ("output increased 10%") are statistics, not an expansion.
STATISTIC_VERBS = frozenset(
    "increase increases increased increasing boost boosts boosted boosting double doubles doubled doubling "
    "raise raises raised raising lift lifts lifted lifting".split()
)
# A stated capacity raised by a percentage is an expansion, not a statistic of output.
CAPACITY_WORDS = frozenset({"capacity", "capacities", "产能", "產能"})

NEGATION, MOTIVE = Label(CueKind.NEGATION), Label(CueKind.MOTIVE)
NOT_INVESTMENT, NOT_AGREEMENT = Label(CueKind.NOT_INVESTMENT), Label(CueKind.NOT_AGREEMENT)
NOT_EXPANSION = Label(CueKind.NOT_EXPANSION)


def standing(index: DocFacts, triggers: list, by_label: dict, clause: Callable[[int], int], seg: tuple[int, int]) -> list:
    """The triggers of a segment that stand (`stands`); in English, less an agreeing verb whose
    complement is one party's investment or plant ("agreed to take a stake": deal_topics.py) and
    the generic re-mentions of a measure the sentence refuses before them ("vowed not to impose
    export quotas, saying quotas had hurt the industry": refusals.py)."""
    kept = [t for t in triggers if stands(index, t, by_label, clause, seg)]
    if starts_cjk(index.token_text(seg[0])):
        return kept
    kept = [t for t in kept if not agreeing_to_act(index, t, kept, seg)]
    if len(kept) == len(triggers):
        return kept
    kept_ids = {id(t) for t in kept}
    refused = [t for t in triggers if id(t) not in kept_ids and _cue_before(index, t, by_label, clause, NEGATION, NEGATION_WINDOW)]
    return [t for t in kept if not repeats_refused(index, t, refused)] if refused else kept


def _cue_before(index: DocFacts, t, by_label: dict, clause: Callable[[int], int], label: Label, window: int) -> bool:
    """A cue of `label` within `window` tokens before the trigger, in its clause, with no
    punctuation between (a hyphen inside a word, "long-term", separates nothing)."""
    cjk = starts_cjk(index.token_text(t.start))
    for cue in by_label.get(label, []):
        if label == MOTIVE and lower_at(index, cue.end) == RETALIATORY_SUFFIX:
            continue  # "报复性关税": a retaliatory tariff is the measure itself, not its motive
        if label == NEGATION and lower_at(index, cue.end) in CJK_NOT_NEGATION_AFTER:
            continue  # "未来将实施", "未经许可": no negation
        distance = t.start - cue.end
        if label == NEGATION and not cjk:
            distance = negation_distance(index, cue.end, t.start)  # a pledge's verb chain
            if distance is None:
                continue  # "criticised China's new export quota": China's quota stands
        if cue.end <= t.start and distance < window and clause(cue.start) == clause(t.start):
            if any(
                text in PUNCT_STOPS and not (text == "-" and not index.space_after(j))
                for j, text in ((j, index.token_text(j)) for j in range(cue.end, t.start))
            ):
                continue
            return True
    return False


def stands(index: DocFacts, t, by_label: dict, clause: Callable[[int], int], seg: tuple[int, int]) -> bool:
    """False when a modifier before the trigger `t` cancels it (`by_label`: the segment's cues
    by label; `clause`: the clause number of a token), or when its English sentence only asks
    about it, makes it a condition or denies a report of it (scope.py)."""

    def before(label: Label, window: int) -> bool:
        return _cue_before(index, t, by_label, clause, label, window)

    cjk = starts_cjk(index.token_text(t.start))
    if before(NEGATION, CJK_NEGATION_WINDOW if cjk else NEGATION_WINDOW) or before(MOTIVE, MOTIVE_WINDOW):
        return False
    goal = CJK_GOAL_WINDOW if cjk else GOAL_WINDOW
    if t.type == "investment" and before(NOT_INVESTMENT, goal + amount_words_before(index, t.start, goal)):
        return False
    if start_as_time(index, t, seg) or counted_licences(index, t):
        return False
    if (t.type == "investment" and t.end - t.start == 1 and lower_at(index, t.end) in INVESTMENT_AS_MODIFIER
            and not _sized(index, t.start)):
        return False
    if t.type == "investment" and t.start > 0 and index.lower(t.start - 1) in JOINT_WORDS:
        return False
    if starts_cjk(index.token_text(t.start)) and not cjk_stands(index, t):
        return False
    if t.type == "investment" and starts_cjk(index.token_text(t.start)) and _cjk_investment_noun(index, t):
        return False
    if not cjk and t.end < index.n and index.lower(t.end) in PRICED_NOUNS:
        return False  # "quota prices", "licence premiums": a market's word, no measure (market_words.py)
    if _after_condition(index, t.start) or (not cjk and out_of_scope(index, t.start, t.end, seg)):
        return False
    if t.type == "agreement" and before(NOT_AGREEMENT, TALKS_WINDOW) or recalled_designation(index, t, clause, seg):
        return False
    if t.type == "capacity_expansion" and before(NOT_EXPANSION, goal) and index.lower(t.start) not in BUILD_WORDS:
        return False  # "will help it expand output"; not "a loan to help build a plant" (a new plant, named)
    if t.type == "agreement" and _relation(index, t):
        return False
    if t.type != "agreement" and not cjk and deal_topic(index, t.start):
        return False  # "a memorandum on nickel processing and investment" (deal_topics.py)
    return not (t.strength == Strength.WEAK and _partner_as_noun(index, t.start))


SCALE_WORDS = frozenset("million billion trillion bn mln".split())


def _sized(index: DocFacts, start: int) -> bool:
    """"a A$400 million loan agreement": a sum sizes the loan, which is an investment of its own."""
    return start > 0 and (index.lower(start - 1) in SCALE_WORDS or index.lower(start - 1)[:1].isdigit())


def _relation(index: DocFacts, t) -> bool:
    """A partnership or joint venture owned by a possessive ("their partnership in hydrogen")
    or run by someone ("the joint venture operated by Orano") is a relation or a company."""
    if index.span_text(t.start, t.end).lower() not in RELATION_NOUNS:
        return False
    run_by = t.end + 1 < index.n and index.lower(t.end) in RUN_BY and index.lower(t.end + 1) == "by"
    return run_by or any(index.lower(j) in RELATION_OWNERS for j in range(max(0, t.start - RELATION_REACH), t.start))


def _cjk_investment_noun(index: DocFacts, t) -> bool:
    """A Chinese investment word that only names a thing: the head of a compound noun
    ("投资规模", "投资者"), or a word inside a document's title ("《外商投资…规定》": the
    document is the measure, not an investment)."""
    end = index.ends[t.end - 1]
    if index.text.startswith(CJK_INVESTMENT_AS_MODIFIER, end):
        return True
    return inside_title(index.text, index.starts[t.start], end, reach=TITLE_REACH)


def _after_condition(index: DocFacts, start: int) -> bool:
    """"if the tariff goes ahead": a condition names a measure, it does not take it."""
    j = start - 1
    word = index.lower(j) if j >= 0 else ""
    while word in CONDITION_DETERMINERS and j > 0:
        j -= 1
        word = index.lower(j)
    return word in CONDITIONS


def _partner_as_noun(index: DocFacts, start: int) -> bool:
    """"through a trading partner in Vietnam", "other Quad partners", "partner firms": a noun,
    not a partnering (but "chose Japan as a partner" is one)."""
    if start == 0 or index.lower(start) not in PARTNER_NOUNS:
        return False
    if start + 1 < index.n and index.lower(start + 1) in PARTNER_MODIFIED:
        return True  # "partner firms", "partner countries": a modifier
    prev = index.token_text(start - 1)
    as_role = start > 1 and index.lower(start - 2) == "as"
    # "with a Chinese partner", "a Japanese technology partner": a determiner, at most two modifiers (round 10)
    k = next((j for j in range(start - 2, max(-1, start - 4), -1) if index.lower(j) in DETERMINERS_OF_PARTNER or not index.token_text(j).isalpha()), None)
    modified = k is not None and index.lower(k) in DETERMINERS_OF_PARTNER and not (k > 0 and index.lower(k - 1) == "as")
    return (prev.lower() in NOUN_MARKERS and not as_role) or (index.lower(start) == "partners" and prev[:1].isupper()) or modified


def is_statistic(index: DocFacts, left, right, seg: tuple[int, int]) -> bool:
    """An increase verb and its object followed by a percentage: a statistic, not an expansion
    (unless what increased is a stated capacity)."""
    if index.span_text(left.start, left.end).lower() not in STATISTIC_VERBS:
        return False
    if index.span_text(right.start, right.end).lower() in CAPACITY_WORDS:
        return False
    after = range(max(left.end, right.end), min(seg[1], max(left.end, right.end) + 8))
    return any(index.token_text(j) in ("%", "percent") or index.lower(j) == "per" for j in after)


def lower_at(index: DocFacts, i: int) -> str:
    return index.lower(i) if i < len(index.starts) else ""


def past_lead(index: DocFacts, start: int, end: int, lead: frozenset[str]) -> int:
    """The first token in [start, end) that is not one of the `lead` words."""
    while start < end and index.lower(start) in lead:
        start += 1
    return start


def one_noun_phrase(index: DocFacts, start: int, end: int) -> bool:
    """No preposition, verb-like word or punctuation other than a hyphen in [start, end)."""
    for j in range(start, end):
        word = index.lower(j)
        if word in NOT_IN_NOUN_PHRASE or (word in PUNCT_STOPS and word != "-"):
            return False
    return True


def inside_name(w: DocFacts, trigger, seg: tuple[int, int]) -> bool:
    """A capitalized trigger word inside a name ("Reconstruction Investment Fund",
    "Zangge Mining Investment Co.") names an organisation, not an event; a capitalized last
    word of a longer trigger is a glued section header ("... future expansion Production")."""
    if trigger.type == "stockpile" and purpose_of(w, trigger.start, seg[0]):
        return False  # "offer cobalt for the National Defense Stockpile": the stockpile is bought for
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


def inside_body_name(w: DocFacts, trigger, parties: list[Party]) -> bool:
    """"under its Minerals Security Partnership initiative": a bloc's name is no agreement;
    "国务院关税税则委员会宣布" (the tariff commission): a Chinese body's name is no tariff."""
    return any(
        (p.code in BLOC_CODES or (p.kind != NameKind.COUNTRY and is_cjk(w, p.start)))
        and p.start <= trigger.start and trigger.end <= p.end for p in parties
    )  # fmt: skip
