"""Which Chinese triggers stand (issue 10 point 4): the tests of trigger_filters.py that need
Chinese words, read on the characters of the trigger's clause (between Chinese commas,
semicolons and full stops), never on English text.

- a condition: the trigger inside a clause opened by 如果/假如/若 ("如果美国愿意投资，…": the
  consequence in the next clause may be a threat, the condition itself is no act);
- a topic: one of several issues, or a question, named by the clause ("…等热点问题",
  "…奢侈品关税是否下调问题"), or a field (领域) the trigger's word names ("出口管制领域的合作");
- anti- (反): "反补贴税" is a countervailing duty, no subsidy;
- a statistic: investment flows that grow or fall ("对华投资继续增长", "…同比下降5%");
- developing resources jointly ("共同开发矿产资源"): the aim of a partnership, not a plant;
- buying goods: 收购 of products or ore, at a price, or with selling ("高价收购稀土产品",
  "收购和销售矿产品"), not the acquisition of a company;
- a plant's start as a modifier ("矿山实现投产的可能性较大"): a likelihood or a description;
- a quota held by companies: "获得生产计划指标的企业" describes them; its use ("配额的使用率")
  is a statistic;
- cooperation or a joint venture heading a noun (合作论坛, 合作组织, 合资公司, 合资方式): an
  institution, a company or a manner, no deal;
- a word inside a document's title (《…投资…规定》, 《…开发…协议》): the document is named,
  unless the word ends the title (《2026年钨指令性生产计划》 is the quota itself);
- the beneficiaries of a support measure: "（《…措施》，）对新建锂盐项目给予…补贴": the plants a
  clause opened by 对 grants something to are its targets, and the grant that follows a titled
  document is part of the document, no act of its own;
- and the other way round, a titled document issued in a clause of its own ("国务院5月发出《…意见》，
  …；工信部随后公布…开采指标") is a measure beside the quota or restriction of another clause
  (`document_of_its_own`), where an English regulation beside a restriction is the restriction;
  so is a plan, a standard or a levy on what is mined named by its noun (cjk_plans.py).
"""

from __future__ import annotations

from orewatch.extractors._shared.cjk import TITLE_CLOSE, TITLE_REACH, inside_title
from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.cjk_plans import measure_noun, names_levy, plan_stands

CLAUSE_ENDS = "，,；;。！？!?：:"
AGAINST = "反"  # 反补贴 (countervailing), 反倾销: "anti-" turns the word into its opposite
CONDITIONS = ("如果", "假如", "倘若", "如若", "若是", "一旦", "若")  # 若 alone: "若北京扩大管制，…"
NOT_CONDITIONS = ("若干",)  # "several" ("《…的若干意见》"), no condition
TOPIC_NOUNS = ("问题", "問題", "议题", "議題", "争议", "爭議")
# "加强出口管制领域的对话": the measure's word names a field of talks or work, no act of it
FIELD_NOUNS = ("领域", "領域")
FLOW_CHANGES = ("增长", "增長", "下滑", "下降", "减缓", "減緩", "减少", "減少", "回落", "放缓", "放緩")
FLOW_WINDOW = 8  # characters after an investment word in which a change makes it a statistic
YEAR_ON_YEAR = "同比"  # "对华投资新设企业727家，同比下降5%": a statistic of flows
FLOW_REACH = 20  # characters after an investment word, across a comma, for 同比
# "美国将与乌克兰共同开发矿产资源": developing jointly is what a partnership is for, not a plant.
JOINTLY = ("共同", "联合", "聯合", "携手", "攜手", "合作")
# "支持…、…等重点项目建设": a class of projects (key ones, a list's kind), no plant of its own (round 10)
CLASS_OF_PROJECTS = ("重点", "重點", "等")
PROJECTS = ("项目", "項目")  # the class heads the trigger ("重点项目建设"), not "重点建设…项目" (building chiefly)
PURCHASES = ("收购", "收購")
GOODS = ("产品", "產品", "原矿", "原礦", "矿石", "礦石", "原料", "精矿", "精礦", "库存", "庫存")
PRICE_BEFORE = ("高价", "高價", "低价", "低價", "大量", "囤积", "囤積")
TRADE_AFTER = ("和销售", "和銷售", "、销售", "、銷售", "炒作", "囤积", "囤積")
# "六个矿山实现投产的可能性较大", "已投产的工厂": a plant's start before 的 modifies a noun
# (a likelihood, the plants themselves), it reports no start
START_VERBS = ("投产", "投產", "建成", "竣工", "动工", "動工", "开工", "開工", "量产", "量產", "落成")
MODIFIES = "的"
# "已可动工的项目" (shovel-ready projects, round 10): what can start describes a class of plants
ABLE = ("可", "可以", "能够", "能夠")
# "企业在苏拉威西建设的冶炼项目": building before 的 describes the plants, it reports no act
BUILT_MODIFIER = ("建设的", "建設的")
QUOTA_TYPES = ("production_quota", "export_restriction")
HOLDERS = ("企业", "企業", "公司", "厂", "廠")
HOLDER_WINDOW = 8  # characters: a quota word, 的, then the companies that hold it
# "出口配额的使用率约为六成": a quota's use, a statistic of it, no one sets it here
# "对新建项目给予补贴", "对新建项目实行总量控制": 对 names the plants a grant or a measure applies
# to, 给予 or 实行 applies it
TARGET_OPENERS = ("对", "對")
GRANTS = ("给予", "給予", "予以", "提供", "实行", "實行", "实施", "實施")
# "经贸合作论坛", "上海合作组织", "合资公司", "以合资方式参与": cooperation or a joint venture
# heading a noun names an institution, a company or a manner, no deal being made (round 10)
JOINT_DEALS = ("合作", "合资", "合資")
JOINT_NAMED = ("论坛", "論壇", "组织", "組織", "委员会", "委員會", "秘书处", "秘書處", "公司", "企业", "企業",
               "方式", "模式", "机制", "機制")
DECREES = ("行政令", "行政命令", "总统令", "總統令", "法令")  # what a head of state signs alone
USE_RATES = ("使用率", "完成率", "执行率", "執行率", "利用率", "使用情况", "使用情況", "完成情况", "完成情況", "执行情况", "執行情況")


def cjk_stands(index: DocFacts, t) -> bool:
    """False when the Chinese trigger `t` is a condition, a topic, a statistic, a purchase of
    goods or a word inside a title (the module docstring)."""
    start, end = index.starts[t.start], index.ends[t.end - 1]
    text = index.text
    opened = max(text.rfind(c, 0, start) for c in CLAUSE_ENDS) + 1
    closes = [i for i in (text.find(c, end) for c in CLAUSE_ENDS) if i != -1]
    before, after = text[opened:start], text[end : min(closes, default=len(text))]
    if _conditional(before) or _topic(before, after) or after.startswith(FIELD_NOUNS):
        return False
    if t.type == "investment" and before.endswith(AGAINST):
        return False  # "反补贴税": a duty against subsidies, no subsidy
    if t.type == "investment" and (any(c in after[:FLOW_WINDOW] for c in FLOW_CHANGES) or YEAR_ON_YEAR in text[end : end + FLOW_REACH]):
        return False
    if t.type == "capacity_expansion" and (before.endswith(JOINTLY) or (before.endswith(CLASS_OF_PROJECTS) and text.startswith(PROJECTS, start))):
        return False
    if text[start:end] in PURCHASES and _buys_goods(before, after):
        return False
    if t.type == "capacity_expansion" and (text[start:end].endswith(START_VERBS) and after.startswith(MODIFIES)
                                          or text.startswith(BUILT_MODIFIER, start)
                                          or (before.endswith(ABLE) and text.startswith(START_VERBS, start))):
        return False
    if t.type == "agreement" and (text[start:end].endswith(JOINT_DEALS) and after.startswith(JOINT_NAMED) or after.startswith(DECREES)):
        return False  # 合作论坛; 签署行政令 (an order signed, no deal: round 11)
    if t.type in QUOTA_TYPES and _describes_holder(after):
        return False
    if t.type in ("capacity_expansion", "investment") and _granted_to(text, opened, before, after):
        return False
    if t.type == "other_policy" and not plan_stands(text, start, end):
        return False  # "战略合作", "规划建设", a company's own strategy (cjk_plans.py)
    return t.type == "other_policy" or text.startswith(TITLE_CLOSE, end) or not inside_title(text, start, end, reach=TITLE_REACH)


def _conditional(before: str) -> bool:
    """"如果…", "若北京扩大管制…": the clause states a condition, not an act."""
    for word in NOT_CONDITIONS:
        before = before.replace(word, "")
    return any(c in before for c in CONDITIONS)


def _topic(before: str, after: str) -> bool:
    """"…等热点问题", "…是否应该下调问题": the clause names issues, whether or not they are acts."""
    return any(n in after for n in TOPIC_NOUNS) and ("等" in after or "是否" in before + after)


def _granted_to(text: str, opened: int, before: str, after: str) -> bool:
    """"对新建项目给予补贴": a plant after 对 in its clause, a grant word after it, is what the
    grant goes to; the grant itself, after a titled document's clause ("出台《…》，对…给予补贴"),
    is what the document provides."""
    if any(o in before for o in TARGET_OPENERS) and any(g in after for g in GRANTS):
        return True
    return (before.startswith(TARGET_OPENERS) and any(g in before for g in GRANTS)
            and text.rfind("》", 0, opened) > text.rfind("。", 0, opened))


def _describes_holder(after: str) -> bool:
    """"获得生产计划指标的企业": a quota held by companies describes them; "配额的使用率": a
    statistic of the quota's use. No one sets it here."""
    of = after.find("的", 0, HOLDER_WINDOW)
    return of != -1 and any(h in after[of : of + HOLDER_WINDOW] for h in HOLDERS + USE_RATES)


def _buys_goods(before: str, after: str) -> bool:
    """收购 of goods: at a price or in bulk, with selling or speculation, or of products/ore."""
    return before.endswith(PRICE_BEFORE) or after.startswith(TRADE_AFTER) or any(g in after for g in GOODS)


def document_of_its_own(index: DocFacts, start: int, end: int) -> bool:
    """The trigger's words (tokens [start, end)) name a titled document (《…》), or a plan or a
    levy on what is mined (round 11, cjk_plans.py)."""
    a, b = index.starts[start], index.ends[end - 1]
    return "《" in index.text[a:b] or measure_noun(index.text, a, b)


def measure_of_its_own(index: DocFacts, start: int, end: int, clause_held: bool) -> bool:
    """A Chinese other_policy trigger beside a restriction, quota or tariff is a measure of its own
    when it names a levy on what is mined (权利金由3%上调至6%，并对原矿出口征收8%出口税: two
    measures), or a titled document or plan in a clause with no such measure."""
    a, b = index.starts[start], index.ends[end - 1]
    return names_levy(index.text[a:b]) or (not clause_held and document_of_its_own(index, start, end))
