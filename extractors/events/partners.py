"""Who is acted upon: the partners of an event (the targets of a restriction or tariff: "to the
US", "on Chinese imports"; the host of an investment or a plant: "in Malaysia"), and every
party of an agreement ("a deal between X and Y", "X and Y signed", "agreed to supply Japan")."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.owned_assets import placed_by_owner
from orewatch.extractors.events.agents import compound_owner
from orewatch.extractors.events.market_words import names_a_market
from orewatch.extractors.events.bearers import bears
from orewatch.extractors.events.cjk_roles import affected, disposal_object, invested_in, is_cjk, located_at, names_goods, preposition_object
from orewatch.extractors.countries import BLOC_CODES
from orewatch.extractors.events.discourse import DocReading, Party
from orewatch.extractors.events.labels import NameKind, Strength
from orewatch.extractors.events.nearby import apposition_of, prep_before, word_before
from orewatch.extractors.events.offtakes import counterparty
from orewatch.extractors.events.triggers import Trigger

# After an agreement word a party is introduced by these ("a deal with Japan", "between X and Y").
PARTY_PREPS_AFTER = frozenset("with between to by among 与 與 同 跟".split())
# "both sides agreed": the parties are named elsewhere in the sentence.
BOTH_WORDS = frozenset("both two sides each mutual bilateral 双方 雙方 两国 兩國".split())
PARTNER_PREPS = {
    "export_restriction": frozenset("to against targeting toward towards into for on 对 對 向 至 到".split()),  # 出口至美国
    "import_restriction": frozenset("from of on against targeting 从 從 自".split()),
    "tariff": frozenset("on against from of targeting 对 對".split()),
    "investment": frozenset("in into at".split()),
    "capacity_expansion": frozenset("in at".split()),
}
GOODS_TYPES = frozenset({"tariff", "import_restriction"})  # "对从加拿大进口的商品加征关税"
HOST_BEFORE_TYPES = frozenset({"investment", "capacity_expansion"})
# A Chinese verb's object right after the trigger: the host of an investment ("收购阿根廷…") or
# the origin of what an import measure stops ("暂停进口缅甸稀土").
OBJECT_TYPES = HOST_BEFORE_TYPES | {"import_restriction"}
HOST_PREPS = frozenset({"in", "at", "在"})  # "its mine in Bolivia", "在印尼投资建厂"
# Before the trigger, a target is introduced by these; a headline's verb of striking takes the
# target as its object ("EU Hits Chinese Graphite With Anti-Dumping Duties").
TARGET_BEFORE_TRIGGER = frozenset("对 對 向 against targeting targets hits hit slaps slap punishes".split())
# Mentions in these contexts are not parties of an agreement ("dependence on China").
NOT_PARTY_BEFORE = frozenset("on from against than outside over without through via".split())
# Searching a whole sentence for parties ("both sides agreed"), a mention after these is a place.
PLACE_BEFORE = frozenset({"in", "at"})
# After an agreeing verb, "to" opens an infinitive ("agreed at the end of the year to lend"),
# not a party, unless the party follows right away (VERB_OBJECT_WINDOW).
WEAK_PARTY_PREPS_AFTER = frozenset("with between by among 与 與 同 跟".split())
LIST_GLUE = frozenset({",", "and", "or", "the", "&", "、", "和", "与", "與"})
VERB_OBJECT_WINDOW = 3  # "agreed to supply Japan": tokens between an agreeing verb and its party
# "a deal with Japan": a party after the trigger is this close to it; further on, "with X"
# belongs to another noun ("an agreement giving the US access ... in its war with Russia").
PARTY_AFTER_WINDOW = 16  # tokens
# A state's act on one company's title (other_policy: a licence revoked, a mine nationalised)
# has that company's country as its partner, named after the trigger ("revoked the licence of
# a Canadian explorer", "nationalise a mine operated by French group Orano").
HOLDER_ACT_WORDS = ("licen", "lease", "concession", "rights", "nationali", "permit")
CJK_HOLDER_ACTS = ("采矿权", "採礦權", "探矿权", "探礦權", "特许权", "特許權", "许可证", "許可證")  # a company's right or licence (round 10)
# An order's addressee is named inside its trigger ("ordered three Chinese firms to divest").
ORDER_WORDS = ("order", "instruct", "direct")
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def partners(
    w: DocFacts, trigger: Trigger, clause: tuple[int, int], mentions: list[Party], actor: str | None
) -> tuple[str, ...]:
    """The partners of a non-agreement event in its clause, in order of mention: after the
    trigger, names introduced by a preposition of its type (or listed after one); before it,
    an explicit target ("对美国实施出口管制") or a host ("its mine in Bolivia is to ...")."""
    preps = PARTNER_PREPS.get(trigger.type)
    if not preps:
        return ()
    found: list[str] = []
    last_end = None
    clause = (clause[0], _consequence_start(w, trigger.end, clause[1]))
    # "Tanzania's president opened a Korean-built plant": the builder acts, every state named before is a host
    builder_acts = actor is not None and compound_owner(w, trigger, mentions) == actor
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < clause[0] or m.end > clause[1]:
            continue
        if m.start < trigger.start:
            # Before the trigger only an explicit target counts ("对美国实施出口管制").
            # Or the host of a plant or an investment named with its subject ("its mine in
            # Bolivia is to begin production").
            if m.code != actor and m.code not in found and (
                prep_before(w, m, TARGET_BEFORE_TRIGGER, clause[0])
                or (trigger.type in GOODS_TYPES and is_cjk(w, m.start) and names_goods(w, m, mentions))
                or (is_cjk(w, m.start) and (disposal_object(w, m) or preposition_object(w, m)))  # "将美国企业列入", "向乌克兰投资"
                or (trigger.type in HOST_BEFORE_TYPES and (prep_before(w, m, HOST_PREPS, clause[0]) or (is_cjk(w, m.start) and located_at(w, m))))
                or (trigger.type in HOST_BEFORE_TYPES and is_cjk(w, m.start) and placed_by_owner(w, m, mentions))  # "中资企业控股的赞比亚铜矿"
                or builder_acts
                or (trigger.type in PARTNER_PREPS and trigger.type not in HOST_BEFORE_TYPES and bears(w, m, trigger.start) and not names_a_market(w, m))
                or (trigger.type == "export_restriction" and _bound_for(w, m))  # "for US-bound cargoes"
            ):  # the last: who bears the measure ("US-origin goods will be subject to a tariff")
                found.append(m.code)
            continue
        if is_cjk(w, m.start) and affected(w, m):
            continue  # "…出口管制，对台湾产业影响有限": affected, no target
        inside = m.start >= trigger.start and m.end <= trigger.end and m.start > trigger.start
        glued = last_end is not None and all(w.lower(k) in LIST_GLUE for k in range(last_end, m.start))
        # A target inside the trigger span counts too ("shipments to Korean buyers will face
        # end-use reviews"): its preposition may lie inside the span.
        hosted = trigger.type in OBJECT_TYPES and is_cjk(w, m.start) and invested_in(w, m, trigger)  # "收购阿根廷…"
        if inside and trigger.type in ("import_restriction", "tariff") or glued or hosted or prep_before(w, m, preps, trigger.start + 1):
            if m.code != actor and m.code not in found:
                found.append(m.code)
            last_end = m.end
    return tuple(found)


def _bound_for(w: DocFacts, m: Party) -> bool:
    """"US-bound cargoes", "Japan-bound shipments": the destination of the goods."""
    return m.end + 1 < w.n and w.lower(m.end) == "-" and w.lower(m.end + 1) == "bound"


# -ing words that are prepositions: what follows may still be a target (", including Japan").
ING_PREPOSITIONS = frozenset("including excluding concerning regarding during according notwithstanding".split())


def _consequence_start(w: DocFacts, start: int, end: int) -> int:
    """Where a participle clause after a comma begins (", dealing a blow to Chinese buyers",
    ", forcing smelters in China to ..."): a consequence of the measure, whose names are no
    targets or hosts of it; `end` when there is none."""
    for j in range(start, end - 1):
        following = w.token_text(j + 1)
        if w.lower(j) == "," and following.islower() and following.endswith("ing") and following not in ING_PREPOSITIONS:
            return j
    return end


def agreement_parties(
    w: DocFacts, trigger: Trigger, span: tuple[int, int], mentions: list[Party], loose: bool = False
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
        prev = word_before(w, m.start, span[0])
        if m.start >= trigger.end:
            glued = last_end is not None and all(w.lower(k) in LIST_GLUE for k in range(last_end, m.start))
            verb_object = trigger.strength == Strength.WEAK and m.start - trigger.end <= VERB_OBJECT_WINDOW
            preps = WEAK_PARTY_PREPS_AFTER if trigger.strength == Strength.WEAK else PARTY_PREPS_AFTER
            near = m.start - trigger.end <= PARTY_AFTER_WINDOW
            offtaker = counterparty(w, m.start, trigger.end)  # "an agreement to buy ore from a South African miner"
            introduced = near and (prep_before(w, m, preps, trigger.end) or apposition_of(w, m, preps, trigger.end))
            if not (loose or glued or verb_object or introduced or offtaker):
                continue
            if not offtaker and (prev in NOT_PARTY_BEFORE or (loose and not glued and prev in PLACE_BEFORE)):
                continue
        elif prev in NOT_PARTY_BEFORE or (
            prev == "of" and word_before(w, m.start - 1, span[0]) in ("dependence", "reliance", "outside")
        ):
            continue
        last_end = m.end
        if m.code not in parties:
            parties.append(m.code)
    return parties


# "The agreement will not ...", "that agreement signals ...", "the mining accord": a definite
# agreement noun names the article's agreement again, unless parties follow it ("the deal with Japan").
AGAIN_DETERMINERS = frozenset({"the", "that", "this"})
AGAIN_MODIFIERS_MAX = 1  # lower-case words between the determiner and the noun ("the mining accord")
NEW_PARTY_PREPS = frozenset({"with", "between", "among"})


def named_again(w: DocFacts, trigger: Trigger, mentions: list[Party]) -> bool:
    """A strong agreement noun after "the"/"that"/"this" (and at most one lower-case modifier,
    no party between), with no party introduced right after it: the agreement already reported,
    whose parties are not the countries the rest of its sentence names ("The agreement will not
    stand in the way of Ukraine joining the EU")."""
    if trigger.strength != Strength.STRONG or trigger.end - trigger.start != 1 or trigger.start == 0:
        return False
    j = trigger.start - 1
    while w.lower(j) not in AGAIN_DETERMINERS:
        text = w.token_text(j)
        if trigger.start - j > AGAIN_MODIFIERS_MAX or j == 0 or not (text.isalpha() and text.islower()):
            return False
        j -= 1
    if any(j < m.start < trigger.start for m in mentions):
        return False
    return trigger.end >= w.n or w.lower(trigger.end) not in NEW_PARTY_PREPS


def names_both(w: DocFacts, span: tuple[int, int]) -> bool:
    """"both sides", "bilateral", 双方: the parties are named elsewhere in the segment."""
    return any(w.lower(i) in BOTH_WORDS for i in range(*span))


def holder_country(w: DocFacts, trigger: Trigger, segment_end: int, mentions: list[Party], actor: str | None) -> tuple[str, ...]:
    """The country of the company whose licence, lease, concession or mine a state acts on:
    the first name after the trigger in its segment other than the actor; () for other
    `other_policy` measures (a law, a traceability system)."""
    words = [w.lower(k) for k in range(trigger.start, trigger.end)]
    cjk = any(t in "".join(words) for t in CJK_HOLDER_ACTS)
    if not (cjk or any(word.startswith(HOLDER_ACT_WORDS + ORDER_WORDS) for word in words)):
        return ()
    # the addressee or holder inside the trigger: "ordered three Chinese firms to divest", 吊销一家中资企业的采矿许可证,
    # a possessive holder "revoked Australian group X's licences" (round 11)
    inside = w.lower(trigger.start).startswith(ORDER_WORDS) or cjk or any(word in POSSESSIVES for word in words)
    after = trigger.start + 1 if inside else trigger.end
    for m in sorted(mentions, key=lambda m: m.start):
        if after <= m.start and m.end <= segment_end and m.code != actor:
            return (m.code,)
    # Chinese names the holder first ("内地一家锂企旗下的子公司收到通知，当局…取消其…采矿特许权")
    return next(((m.code,) for m in sorted(mentions, key=lambda m: m.start) if cjk and m.end <= trigger.start and m.code != actor), ())


def other_side(doc: DocReading, parties: list[Party], actor: str | None) -> tuple[str, ...]:
    """The country across a closed border: the first other country of its sentence, else of
    the headline, else the first other the article named before."""
    named = [p.code for p in parties if p.kind == NameKind.COUNTRY]
    for code in (*named, *doc.headline, *doc.discourse.countries_seen):
        if code != actor and code not in BLOC_CODES:
            return (code,)
    return ()
