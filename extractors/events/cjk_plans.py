"""A Chinese state measure named by a noun of its kind rather than by a titled document (round 11):

- a plan, strategy, roadmap, standard or entry condition issued, announced or put in force
  ("公布国家锂战略", "出台行业准入条件", "施行的新版国家标准", "规划…发布"): `plan_nouns` finds the
  noun in the trigger; a noun that only modifies the next one is no plan ("战略合作协议",
  "战略储备", "规划建设年产…", "标准级"), and a company's own strategy is no state measure
  (a company word before the trigger in its sentence and no state body), nor a plan cited as
  one example of a list of measures ("比如…，实施更严格的排放标准，等等");
- a levy on what is mined (资源税, 权利金, 特许权使用费) raised, cut or imposed: a royalty is a rule
  on the supply chain (CONVENTIONS), beside an export duty in another clause.

Both are measures of their own beside a restriction or tariff of another clause, like a titled
document (`cjk_filters.document_of_its_own`)."""

from __future__ import annotations

import re

PLAN_NOUNS = ("战略", "戰略", "规划", "規劃", "路线图", "路線圖", "标准", "標準", "国标", "國標",
              "准入条件", "準入條件", "门槛", "門檻")
# what a plan noun modifies when it is no plan: cooperation, reserves, resources, a building plan
MODIFIED = ("合作", "伙伴", "夥伴", "储备", "儲備", "资源", "資源", "性", "投资", "投資", "矿产", "礦產",
            "物资", "物資", "物品", "意义", "意義", "地位", "布局", "佈局", "方向", "考虑", "考慮", "新兴",
            "新興", "产业", "產業", "目标", "目標", "转型", "轉型", "协议", "協議", "对话", "對話", "框架",
            "关系", "關係", "建设", "建設", "年产", "年產", "产能", "產能", "首期", "一期", "面积", "面積",
            "区", "區", "局", "院", "部", "委", "司", "级", "級", "化", "干净", "乾淨", "利润", "利潤")
LEVIES = ("资源税", "資源稅", "权利金", "權利金", "特许权使用费", "特許權使用費", "矿业税", "礦業稅",
          "矿产税", "礦產稅", "开采税", "開採稅")
COMPANIES = ("公司", "企业", "企業", "集团", "集團", "矿企", "礦企", "锂企", "鋰企", "厂商", "廠商", "矿商", "礦商")
# a plan named as one example of a list of past measures ("比如…", "例如…") is cited, not issued
EXAMPLES = ("比如", "例如", "诸如", "諸如", "譬如")
SENTENCE_ENDS = "。！？!?\n"
STATE = re.compile(r"政府|当局|當局|国务院|國務院|总统|總統|国会|國會|议会|議會|[^\W\d_]部(?!分)|[委局厅廳署省市州]")


def names_levy(words: str) -> bool:
    """The trigger's words name a levy on what is mined."""
    return any(w in words for w in LEVIES)


def plan_at(text: str, start: int, end: int) -> bool | None:
    """None when the trigger (characters [start, end)) names no plan noun; else whether one of
    its plan nouns ends a noun phrase (not "战略合作", "规划建设")."""
    found = None
    for noun in PLAN_NOUNS:
        i = text.find(noun, start, end)
        while i != -1:
            found = found or not text.startswith(MODIFIED, i + len(noun))
            i = text.find(noun, i + 1, end)
    return found


def plan_stands(text: str, start: int, end: int) -> bool:
    """A plan-noun trigger stands when its noun is a plan, no company issues it (a company word
    before it in its sentence, no state body) and it is no example cited; a levy trigger when it
    is no example cited; any other trigger stands (not judged here)."""
    plan = plan_at(text, start, end)
    if plan is None and not names_levy(text[start:end]):
        return True
    before = text[max(text.rfind(c, 0, start) for c in SENTENCE_ENDS) + 1 : start]
    if any(e in before for e in EXAMPLES):
        return False  # "…实施了一系列调整，比如…，增加资源税，等等": an instance cited, no act
    return plan is None or (plan and not (any(c in before for c in COMPANIES) and not STATE.search(before)))


def measure_noun(text: str, start: int, end: int) -> bool:
    """The trigger names a plan or a levy: a measure of its own beside another clause's."""
    return names_levy(text[start:end]) or bool(plan_at(text, start, end))
