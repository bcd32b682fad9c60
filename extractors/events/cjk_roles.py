"""Roles in Chinese sentences (issue 10 point 4) that the shared rules of roles.py and
partners.py cannot read from prepositions alone:

- goods of a country ("中国的商品", "墨西哥、加拿大两国进口的商品", "对美国商品征收关税"), or
  imported from it ("对自美国进口的锂精矿加征关税", "从加拿大、墨西哥进口的"):
  the country, and every country listed with it, is where the goods come from: a target of a
  tariff or an import measure, never its actor;
- a list of countries as the subject of one verb ("日本、美国、澳大利亚等国纷纷宣布开发稀土资源"):
  each of them acts (one event per country);
- a measure named with a demonstrative ("该配额", "此项关税"): the article's measure again, of
  its previous actor, whoever the sentence names;
- an agreement between two names of one country ("中铝与广西有色签署框架协议"), or between
  one name and a company of no named country ("省政府与某锂业集团签署协议"): a domestic
  agreement, its only party that country;
- the object of a disposal (将/把 X 列入…, "商务部将14家美国企业列入出口管制管控名单"): X is what
  the measure is put on, a target, never its actor;
- the object of 对/向/针对 ("对一个稳定、繁荣的主权乌克兰进行投资"): the name may stand several
  characters after the preposition, behind its modifiers; it is a target (of an investment: its
  host), never the actor. 对 inside 面对, 应对, 相对, 绝对, 反对 is no preposition, nor is 对于
  ("as for");
- a package aimed at a country ("公布针对美国的反制措施，包括…关税，…出口管制"): the measures its
  包括 list names after it are aimed at that country too;
- the host of an investment or a plant: the name that opens the object of the investment
  verb ("收购阿根廷一处锂盐湖项目", "入股美国稀土开采商"), or follows 位于 ("位于匈牙利的工厂");
- the topic of a sentence: a name opening it ("川普本週將出訪亞洲，預計在東京與日本首相簽署…協議")
  is the subject of the clauses after it that name none of their own before their verb;
- the object of 对 that an impact noun closes ("对台湾产业影响有限"): what is affected, no target;
- a reaction to a measure ("日本对中国的出口管制表示担忧", "中方对美方加征关税表示反对",
  "欧盟对北京扩大出口管制作出回应"): the
  subject only reacts; the measure is of the name that opens the object of 对, if any.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from orewatch.extractors._shared.cjk import TITLE_OPEN, starts_cjk
from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind

if TYPE_CHECKING:  # triggers.py reads the filters that read this module
    from orewatch.extractors.events.triggers import Trigger

GOODS_AFTER = re.compile(
    r"(?:两国|兩國|三国|三國|等国|等國)?的?(?:进口|進口|出口|生产|生產)?的?(?:商品|产品|產品|货物|貨物)"
)  # "中国的商品", "两国进口的商品", "原产于美国的进口商品"
# "对自美国进口的锂精矿", "从加拿大进口的": goods imported from a country, whatever the goods are
IMPORTED_FROM = ("自", "从", "從")
IMPORTED_AFTER = re.compile(r"(?:进口|進口|输入|輸入|运来|運來)")
LIST_GLUE = ("、", "和", "及", "与", "與")
DEMONSTRATIVES = ("该", "該", "此", "这一", "這一", "此项", "此項", "上述")
JOINT_VENTURES = ("合资", "合資")
AGREEING_GLUE = ("与", "與", "和", "同", "跟")
RECEIVED_FROM = ("获得", "獲得")  # "获得美国国防部资助": the name after it gives
# 与 + a company noun ending within a clause: "与川南新材料集团", "與當地一家礦業公司"
COMPANY_COUNTERPART = re.compile(r"[^，,。；;：:]{0,12}?[与與同跟][^，,。；;：:]{1,20}?(?:集团|集團|公司|企业|企業)")
DISPOSAL_MARKS = ("将", "將", "把")
# Verbs of a disposal: X is put on a list, brought under a regime, named as something.
DISPOSAL_VERBS = re.compile(r"列入|纳入|納入|列为|列為|加入|移入|认定为|認定為|定为|定為")
DISPOSAL_REACH = 20  # characters from 将/把 to its verb
CLAUSE_STOPS = "，,。；;：:"
TOWARDS = ("对", "對")
AIMED_AT = ("针对", "針對")
INCLUDING = ("包括", "包含", "其中包括")
OBJECT_PREPS = ("对", "對", "向")
OBJECT_REACH = 12  # characters from the preposition to the name, behind its modifiers
# "对台湾半导体产业影响有限", "對日本車企的衝擊": the object of 对 is what is affected (an impact noun
# closes the phrase), not a target.
IMPACT_AFTER = re.compile(r"[^，,。；;：:]{0,12}?(?:影响|影響|冲击|衝擊|打击|打擊|波及)")
RELATIVE_REACH = 4  # characters after a name in which "verb + 的" makes it a relative clause's subject
# Characters before 对/向 that make it part of a verb or adverb: 面对, 应对, 相对, 反对, 方向.
NOT_PREP_BEFORE = "面应應相绝絕反核方意动動导導走转轉"
TOPIC_MARK = ("于", "於")  # 对于/對於: "as for", "regarding"
# A verb between 对/向 and the name ends the preposition's object ("向记者表示美国将…").
LOCATIVES = ("在",)  # "在印尼投资": where, not who
SITED_AT = ("位于", "位於", "落户", "落戶")  # "位于匈牙利的工厂": where a plant is
VERBS_ENDING_OBJECT = ("表示", "称", "稱", "说", "說", "是", "了", "将", "將")
# After the measure, in its clause: the subject voices concern, objection or protest at it.
REACTION_AFTER = re.compile(
    r"[^，,。；;：:]{0,8}?(?:(?:表示|感到|深表|表达|表達|提出|予以)[^，,。；;：:]{0,6}?"
    r"(?:担忧|擔憂|关切|關切|不满|不滿|反对|反對|遗憾|遺憾|抗议|抗議|谴责|譴責|关注|關注|质疑|質疑)"
    r"|(?:作出|做出)(?:回应|回應|反应|反應))"  # "欧盟对北京扩大出口管制作出回应"
)


def is_cjk(w: DocFacts, i: int) -> bool:
    return starts_cjk(w.token_text(i))


def _listed_after(w: DocFacts, m: Party, mentions: list[Party]) -> Party | None:
    """The mention listed right after `m` (joined by 、/和/及/与), if any."""
    for o in mentions:
        if o.start >= m.end and w.text[w.ends[m.end - 1] : w.starts[o.start]] in LIST_GLUE:
            return o
    return None


def names_goods(w: DocFacts, m: Party, mentions: list[Party]) -> bool:
    """The mention, or the last of the list it opens, names where goods come from: goods of
    the country, or goods imported from it (自/从 before the list, 进口 after it)."""
    seen = 0
    if m.kind == NameKind.COUNTRY and w.text.endswith(IMPORTED_FROM, 0, w.starts[m.start]):
        last = m
        while (following := _listed_after(w, last, mentions)) is not None:
            last = following
        return IMPORTED_AFTER.match(w.text, w.ends[last.end - 1]) is not None
    while m is not None and seen < 8:
        if m.kind == NameKind.COUNTRY and GOODS_AFTER.match(w.text, w.ends[m.end - 1]):
            return True
        m, seen = _listed_after(w, m, mentions), seen + 1
    return False


def listed_actors(w: DocFacts, actor: str, trigger_start: int, clause: tuple[int, int], mentions: list[Party]) -> list[str]:
    """The other countries of the list whose member is the actor, before the trigger in its
    clause ("日本、美国、澳大利亚等国…宣布开发"); [] when the actor stands alone."""
    before = [m for m in mentions if clause[0] <= m.start and m.end <= trigger_start and m.kind == NameKind.COUNTRY]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k].code == actor), None)
    if at is None:
        return []
    members = [before[at]]
    for k in range(at - 1, -1, -1):
        if w.text[w.ends[before[k].end - 1] : w.starts[members[0].start]] not in LIST_GLUE:
            break
        members.insert(0, before[k])
    for k in range(at + 1, len(before)):
        if w.text[w.ends[members[-1].end - 1] : w.starts[before[k].start]] not in LIST_GLUE:
            break
        members.append(before[k])
    return list(dict.fromkeys(m.code for m in members if m.code != actor))


def demonstrative_measure(w: DocFacts, trigger_start: int) -> bool:
    """"该配额", "此项关税": the trigger is named with a demonstrative right before it."""
    return w.text.endswith(DEMONSTRATIVES, 0, w.starts[trigger_start])


def domestic_agreement(w: DocFacts, code: str, trigger_start: int, clause: tuple[int, int], mentions: list[Party]) -> bool:
    """Two different names of the one country `code` before the trigger, the second joined to
    the first by 与/和/同/跟 ("中铝与广西有色…签订框架协议")."""
    if w.span_text(trigger_start, trigger_start + 2) in JOINT_VENTURES:
        return False  # "中铝与广西有色合资组建的公司": a joint venture of two firms is a company
    named = [m for m in mentions if clause[0] <= m.start and m.end <= trigger_start and m.code == code]
    if len(named) == 1:
        # "省政府与一家锂业集团签署…协议": the other side a company of no named country
        between = w.text[w.ends[named[0].end - 1] : w.starts[trigger_start]]
        others = any(named[0].end <= m.start < trigger_start and m.code != code for m in mentions)
        return not others and COMPANY_COUNTERPART.match(between) is not None
    if len(named) < 2:
        return False
    first, second = named[0], named[1]
    return any(g in w.text[w.ends[first.end - 1] : w.starts[second.start]] for g in AGREEING_GLUE)


def title_issuer(w: DocFacts, trigger: Trigger, mentions: list[Party]) -> list[Party]:
    """"颁布的《国务院关于…意见》": the name that opens a document's title inside the trigger
    is the body that issued it."""
    return [
        m for m in mentions
        if trigger.start < m.start and m.end <= trigger.end and w.token_text(m.start - 1) == TITLE_OPEN
    ]  # fmt: skip


def reacted_to(w: DocFacts, trigger: Trigger, clause_start: int, mentions: list[Party]) -> tuple[bool, str | None]:
    """(whether the trigger is the object of a reaction, the country whose measure it is):
    "X对[Y的…measure]表示担忧" is Y's measure, whatever X is; (True, None) when the object
    names no country."""
    end = w.ends[trigger.end - 1]
    if not REACTION_AFTER.match(w.text, end):
        return False, None
    floor, start = w.starts[clause_start], w.starts[trigger.start]
    opened = max(w.text.rfind(c, floor, start) for c in TOWARDS)
    if opened == -1:
        return False, None
    inside = [m for m in mentions if w.starts[m.start] > opened and m.end <= trigger.start and m.kind == NameKind.COUNTRY]
    return True, (min(inside, key=lambda m: m.start).code if inside else None)


def disposal_object(w: DocFacts, m: Party) -> bool:
    """The mention lies between 将/把 and a disposal verb in one clause ("将美国企业列入…名单"):
    it is the object put on the list, not who acts. 将 that only means "will" is followed by
    no disposal verb ("美国将对…征收关税")."""
    start, end = w.starts[m.start], w.ends[m.end - 1]
    mark = max(w.text.rfind(c, max(0, start - DISPOSAL_REACH), start) for c in DISPOSAL_MARKS)
    if mark == -1 or any(c in w.text[mark:start] for c in CLAUSE_STOPS):
        return False
    rest = w.text[end : mark + DISPOSAL_REACH + (end - start)]
    rest = rest[: min((k for k in map(rest.find, CLAUSE_STOPS) if k != -1), default=len(rest))]
    return DISPOSAL_VERBS.search(rest) is not None


def located_at(w: DocFacts, m: Party) -> bool:
    """The mention follows 位于/落户 ("位于刚果（金）的铜钴矿扩产项目"): where a plant or an
    asset is, its host."""
    return w.text.endswith(SITED_AT, 0, w.starts[m.start])


def invested_in(w: DocFacts, m: Party, trigger: Trigger) -> bool:
    """The mention opens the object of the investment verb ("收购阿根廷一处锂盐湖", "入股美国稀土
    开采商", "投资了印尼的镍矿"): the asset bought or funded is in that country, its host; after an
    import verb ("暂停进口缅甸稀土") it is where the goods come from."""
    return w.text[w.ends[trigger.end - 1] : w.starts[m.start]] in ("", "了")


def locative(w: DocFacts, m: Party) -> bool:
    """The mention follows 在 (at, in: "紫金矿业将在阿根廷投资建厂"): a place, where the money or the
    plant goes, not who invests or builds."""
    return m.start > 0 and w.starts[m.start] > 0 and w.text[w.starts[m.start] - 1] in LOCATIVES


def investing_names(w: DocFacts, names: list[Party], builds: bool = False) -> list[Party]:
    """The names that may invest or build: not places (在印尼), and not the co-venturer after
    与/同 ("中方企业将与玻利维亚国家锂业公司成立合资企业，投资…建设…") when another name stands before it;
    for a plant (`builds`), not the funder after 获得 ("X公司获得美国国防部资助，计划建设…厂")."""
    names = [m for m in names if not locative(w, m)]
    glue = AGREEING_GLUE + (RECEIVED_FROM if builds else ())
    return [m for m in names if not w.text.endswith(glue, 0, w.starts[m.start])] or names


def preposition_object(w: DocFacts, m: Party) -> bool:
    """The mention is the object of 对/向 opened within OBJECT_REACH characters before it in its
    clause ("对一个稳定的主权乌克兰进行投资", "向美国出口"), behind modifiers; no other name, and
    no comma, between."""
    start = w.starts[m.start]
    floor = max(0, start - OBJECT_REACH)
    at = max(w.text.rfind(c, floor, start) for c in OBJECT_PREPS)
    if at == -1 or (at > 0 and w.text[at - 1] in NOT_PREP_BEFORE) or w.text.startswith(TOPIC_MARK, at + 1):
        return False  # 面对, 应对 ... are verbs; 对于…来说 ("as for") names a topic
    between = w.text[at + 1 : start]
    if any(c in between for c in CLAUSE_STOPS) or any(v in between for v in VERBS_ENDING_OBJECT):
        return False
    # "对5月19日国务院发布的《意见》…": the name then a verb then 的 is the subject of a clause
    # that describes the object, not the object; a name a list goes on from ("对美国、日本和
    # 韩国的…出口") is a member of the object.
    end = w.ends[m.end - 1]
    if affected(w, m):
        return False  # "对台湾产业影响有限": what a measure affects, not its target
    return w.text.startswith(LIST_GLUE, end) or w.text.find("的", end + 1, end + RELATIVE_REACH) == -1


def affected(w: DocFacts, m: Party) -> bool:
    """An impact noun closes the phrase the name opens ("对台湾半导体产业影响有限")."""
    return IMPACT_AFTER.match(w.text, w.ends[m.end - 1]) is not None


def package_target(w: DocFacts, trigger: Trigger, segment_start: int, mentions: list[Party], actor: str | None) -> tuple[str, ...]:
    """The country a package of measures is aimed at (针对X的…措施), when the trigger is one of
    the measures its 包括 list names after it in the segment; () otherwise."""
    trigger_at = w.starts[trigger.start]
    for m in mentions:
        if m.start < segment_start or m.end > trigger.start or m.kind != NameKind.COUNTRY or m.code == actor:
            continue
        start, end = w.starts[m.start], w.ends[m.end - 1]
        if w.text.endswith(AIMED_AT, 0, start) and w.text.startswith("的", end) and any(
            c in w.text[end:trigger_at] for c in INCLUDING
        ):
            return (m.code,)
    return ()


TOPIC_REACH = 4  # tokens from the sentence's start to the name that opens it


def sentence_topic(w: DocFacts, segment_start: int, clause: tuple[int, int], trigger_start: int,
                   mentions: list[Party]) -> str | None:
    """The name opening the sentence, in an earlier clause than the trigger's, when the
    trigger's clause names nobody before the trigger: a Chinese subject carries over the
    commas of its topic chain."""
    if any(clause[0] <= m.start < trigger_start and w.token_text(m.start - 1) not in AGREEING_GLUE + LOCATIVES for m in mentions):
        return None  # a subject of its own ("與日本…簽署", "在東京" name a co-party, a place)
    first = min((m for m in mentions if m.start >= segment_start), key=lambda m: m.start, default=None)
    if first is None or first.end > clause[0] or first.start - segment_start > TOPIC_REACH:
        return None
    if any(w.token_text(k) in CLAUSE_STOPS for k in range(segment_start, first.start)):
        return None
    return first.code


# A numbered item of a notice ("二、自本通知印发之日起，暂停受理…", "（三）对…实行…"): its subject is
# dropped, the notice's issuer acts (round 10)
NUMBERED = re.compile(r"^\s*[（(]?[一二三四五六七八九十]{1,3}(?:、|[)）])")  # the splitter may leave "（" before
ITEM_TYPES = ("export_restriction", "import_restriction", "tariff", "production_quota", "other_policy")


def numbered_item(w: DocFacts, trigger, seg: tuple[int, int], mentions: list[Party]) -> bool:
    """The trigger is a state measure in a notice's numbered item that names no one before it."""
    return (trigger.type in ITEM_TYPES and is_cjk(w, trigger.start)
            and bool(NUMBERED.match(w.span_text(seg[0], min(seg[0] + 6, seg[1]))))
            and not any(seg[0] <= m.start and m.end <= trigger.start for m in mentions))
