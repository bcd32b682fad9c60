"""Challenge set: policy events in Chinese bodies, Simplified and Traditional (issue 10 point 4).

Written before reading the Chinese event rules (RULES-BRIEF-6 step 1): short passages of our
own in the styles of the mainland, Hong Kong and Taiwan press, half Simplified, half
Traditional, each with the whole set of events SPEC §2 expects (type, subtype, actor,
partners, elements, phase, date, date precision, effective date), near-misses giving nothing.
Every passage is published on Wednesday 2025-10-15 (Beijing time), so 周一 is 10-13, 昨日
10-14, 上月 2025-09, 上周 the month of 10-08.

Phenomena (ids start with their name):
- ``ctrl``: export controls and bans, with targets and element lists;
- ``quota``: quotas and tariffs;
- ``deal``: agreements, investments, plants and capacity;
- ``actor``: who acts (我国, ministries, provinces; foreign ministries and leaders; a reacting
  country is not the actor);
- ``phase``: proposed, effective, suspended, extended, lifted; negations and pledges give nothing;
- ``date``: relative and absolute dates against the publication date, 自…起 as effective date.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

PUBLISHED = "2025-10-15T09:00:00+08:00"  # a Wednesday
PUB = ("2025-10", "published")


class Expected(NamedTuple):
    type: str
    subtype: str | None
    actor: str | None  # for agreements: None (the parties are all in `partners`)
    partners: tuple[str, ...]
    elements: tuple[str, ...]
    phase: str = "announced"
    date: tuple[str | None, str | None] = PUB
    effective_date: str | None = None


def _ev(type_, subtype, actor, partners=(), elements=(), phase="announced", date=PUB, eff=None):
    return Expected(type_, subtype, actor, tuple(sorted(partners)), tuple(sorted(elements)), phase, date, eff)


def _deal(parties, elements=(), phase="announced", date=PUB, eff=None):
    return _ev("agreement", None, None, parties, elements, phase, date, eff)


def _as_expected(event) -> Expected:
    if event.type == "agreement":
        parties = set(event.partners) | ({event.actor} if event.actor else set())
        actor, partners = None, tuple(sorted(parties))
    else:
        actor, partners = event.actor, tuple(sorted(event.partners))
    return Expected(
        event.type, event.subtype, actor, partners, tuple(sorted(event.elements)), event.phase,
        (event.date, event.date_precision), event.effective_date,
    )


S, T = "zh", "zh-Hant"  # Simplified (mainland style), Traditional (Hong Kong, Taiwan style)

PASSAGES = [
    # 1. export controls and bans
    ("ctrl-joint-notice", S, "商务部与海关总署10月9日联合发布公告，决定对钐、钆、铽、镝、镥相关物项实施出口管制。",
     {_ev("export_restriction", "control", "CHN", (), ("Sm", "Gd", "Tb", "Dy", "Lu"), date=("2025-10-09", "day"))}),
    pytest.param("ctrl-licence-refused", S, "商务部表示，今后对美出口的锑和石墨相关物项一律不予许可。",
     {_ev("export_restriction", "ban", "CHN", ("USA",), ("Sb", "graphite"))}, marks=pytest.mark.xfail(strict=True, reason=(
         "the direction word heads a relative clause (对美出口的…物项) eight characters before 不予许可: "
         "the window counts characters; it needs Chinese words (相关, 物项, 一律 one each) or that construction"))),
    ("ctrl-ban-list-target", S, "我国决定禁止镓、锗、锑等物项对美国出口。",
     {_ev("export_restriction", "ban", "CHN", ("USA",), ("Ga", "Ge", "Sb"))}),
    ("ctrl-generic-no-actor", S, "稀土出口管制的影响仍在发酵，业内人士认为价格短期内难以回落。", set()),
    ("ctrl-statistics-no-event", S, "据海关总署数据，9月我国稀土出口量同比下降31%。", set()),
    ("ctrl-control-list-weekday", T, "中國商務部周四宣布，將部分鋰電池及人造石墨負極材料相關物項列入出口管制清單。",
     {_ev("export_restriction", "control", "CHN", (), ("Li", "graphite"), date=("2025-10-09", "day"))}),
    ("ctrl-halt-exports-taiwan", T, "中國大陸宣布暫停對美國出口鎵、鍺及銻，外界憂心全球半導體供應鏈受衝擊。",
     {_ev("export_restriction", "ban", "CHN", ("USA",), ("Ga", "Ge", "Sb"))}),
    ("ctrl-ban-target-after", T, "北京宣布禁止稀土磁材出口至美國軍工企業。",
     {_ev("export_restriction", "ban", "CHN", ("USA",), ("REE",))}),
    ("ctrl-hypothetical", T, "有分析認為，若北京擴大出口管制範圍，歐洲車企將首當其衝。", set()),
    ("ctrl-licence-next-month", T, "工信部表示，稀土出口須事先取得許可證，相關規定下月起執行。",
     # SPEC §2: a date given only for taking effect stands in (corrected after the baseline)
     {_ev("export_restriction", "licence", "CHN", (), ("REE",), date=("2025-11", "month"), eff="2025-11")}),
    # 2. quotas and tariffs
    # 近日 (in recent days) has month precision, like "earlier this month" and "last week"
    # (CONVENTIONS; corrected after the baseline, which expected `published`)
    ("quota-first-batch", S, "工业和信息化部、自然资源部近日下达2025年第一批稀土开采总量控制指标，合计13.5万吨。",
     {_ev("production_quota", None, "CHN", (), ("REE",), date=("2025-10", "month"))}),
    ("quota-tungsten-this-year", S, "自然资源部今年2月下达了第一批钨矿开采总量控制指标。",
     {_ev("production_quota", None, "CHN", (), ("W",), date=("2025-02", "month"))}),
    ("quota-tariff-from-date", S, "国务院关税税则委员会宣布，自11月10日起对原产于美国的部分商品加征15%关税。",
     {_ev("tariff", None, "CHN", ("USA",), (), date=("2025-11-10", "day"), eff="2025-11-10")}),
    ("quota-countermeasure", S, "作为反制，中方对自美国进口的锂精矿加征10%的关税。",
     {_ev("tariff", None, "CHN", ("USA",), ("Li",))}),
    ("quota-forecast-no-actor", S, "分析师预计明年稀土配额增速将放缓。", set()),
    ("quota-export-quota-cut", T, "中國商務部宣布下調稀土出口配額，第二批配額較去年同期減少一成。",
     {_ev("export_restriction", "quota", "CHN", (), ("REE",))}),
    ("quota-tariff-since-last-month", T, "美國上月起對中國產的稀土永磁體加徵25%關稅。",
     {_ev("tariff", None, "USA", ("CHN",), ("REE",), "effective", ("2025-09", "month"), "2025-09")}),
    ("quota-tariff-rate-after", T, "中方決定對自美進口的銅精礦加徵關稅，稅率為10%。",
     {_ev("tariff", None, "CHN", ("USA",), ("Cu",))}),
    ("quota-considered-cut", T, "印尼政府考慮將鎳礦出口配額削減三成。",
     {_ev("export_restriction", "quota", "IDN", (), ("Ni",), "proposed")}),
    ("quota-usage-statistic", T, "今年首季，中國稀土出口配額的使用率約為六成。", set()),
    # 3. agreements, investments, plants
    ("deal-mou-yesterday", S, "中国与巴基斯坦昨日在伊斯兰堡签署关键矿产合作谅解备忘录。",
     {_deal(("CHN", "PAK"), date=("2025-10-14", "day"))}),
    ("deal-acquisition-abroad", S, "中国企业赣锋锂业宣布以3亿美元收购阿根廷一处锂盐湖项目的控股权。",
     {_ev("investment", None, "CHN", ("ARG",), ("Li",))}),
    ("deal-company-supply-pact", S, "澳大利亚矿企莱纳斯与日本双日株式会社签署稀土供应协议。",
     {_deal(("AUS", "JPN"), ("REE",))}),
    ("deal-plant-started", S, "中国电池巨头宁德时代位于匈牙利的锂电池工厂上月正式投产。",
     {_ev("capacity_expansion", None, "CHN", ("HUN",), ("Li",), "effective", ("2025-09", "month"), "2025-09")}),
    ("deal-plant-planned-province", S, "江西一家稀土企业计划明年开建年产5000吨的分离生产线。",
     # SPEC §2: the date is when the measure is taken, as the text says (明年 starts the
     # building; corrected after the baseline, which expected the publication month)
     {_ev("capacity_expansion", None, "CHN", (), ("REE",), "proposed", ("2026", "year"))}),
    pytest.param("deal-fund-stake", T, "沙特阿拉伯主權基金將注資10億美元入股美國稀土開採商。",
     {_ev("investment", None, "SAU", ("USA",), ("REE",), "proposed")}, marks=pytest.mark.xfail(strict=True, reason=(
         "CONVENTIONS list 'will' as proposed, but the Chinese dev golds read 将 before a measure as announced "
         "(reading 将 as proposed lowered dev-rthk phase 0.923 -> 0.897, dev-zh2011 0.886 -> 0.800); "
         "needs the two to be reconciled"))),
    ("deal-agreement-weekday", T, "日本與印度周一簽署稀土合作協議，雙方將共同開發印度的稀土資源。",
     {_deal(("JPN", "IND"), ("REE",), date=("2025-10-13", "day"))}),
    ("deal-generic-boom", T, "業界人士指出，稀土產業的投資熱潮仍在延續。", set()),
    ("deal-expansion-abroad", T, "中國紫金礦業位於剛果（金）的銅鈷礦擴產項目正式動工。",
     {_ev("capacity_expansion", None, "CHN", ("COD",), ("Cu", "Co"))}),
    # 4. actors
    ("actor-woguo", S, "我国对部分稀土加工技术实施出口管制。",
     {_ev("export_restriction", "control", "CHN", (), ("REE",))}),
    ("actor-province-moratorium", S, "内蒙古已暂停审批新的稀土采矿权。",
     {_ev("other_policy", None, "CHN", (), ("REE",))}),
    ("actor-us-ministry", S, "美国商务部周二宣布对中国产石墨加征反倾销税。",
     {_ev("tariff", None, "USA", ("CHN",), ("graphite",), date=("2025-10-14", "day"))}),
    ("actor-leader-threat", S, "特朗普表示将对中国稀土产品征收100%关税。",
     {_ev("tariff", None, "USA", ("CHN",), ("REE",), "proposed")}),
    ("actor-reacting-pair", S, "日本和韩国对中方的稀土出口管制表示关切。",
     {_ev("export_restriction", "control", "CHN", (), ("REE",))}),
    ("actor-spokesman", T, "商務部新聞發言人回應稱，中方對鎵、鍺出口實施管制並非針對任何特定國家。",
     {_ev("export_restriction", "control", "CHN", (), ("Ga", "Ge"))}),
    ("actor-bloc-reacts", T, "歐盟委員會對北京擴大稀土出口管制作出回應，稱將評估影響。",
     {_ev("export_restriction", "control", "CHN", (), ("REE",))}),
    ("actor-miit-quota", T, "工信部已向稀土冶煉分離企業下達年度生產配額。",
     {_ev("production_quota", None, "CHN", (), ("REE",))}),
    ("actor-minister-displeased", T, "澳洲外長對中方限制稀土出口表達不滿。",
     {_ev("export_restriction", "control", "CHN", (), ("REE",))}),
    ("actor-us-administration", T, "特朗普政府周五宣布，對中國進口的鋰電池加徵關稅。",
     {_ev("tariff", None, "USA", ("CHN",), ("Li",), date=("2025-10-10", "day"))}),
    # 5. phases
    ("phase-proposed-ni", S, "商务部拟对稀土冶炼技术出口实施管制。",
     {_ev("export_restriction", "control", "CHN", (), ("REE",), "proposed")}),
    ("phase-under-study", S, "据悉，我国正在研究将钨、锑纳入出口许可管理。",
     {_ev("export_restriction", "licence", "CHN", (), ("W", "Sb"), "proposed")}),
    ("phase-suspended-ban", S, "中方宣布暂停实施对美国的镓、锗出口禁令，有效期至明年11月。",
     {_ev("export_restriction", "ban", "CHN", ("USA",), ("Ga", "Ge"), "suspended")}),
    ("phase-extended-ban", S, "印尼政府宣布将镍矿出口禁令延长至2027年底。",
     {_ev("export_restriction", "ban", "IDN", (), ("Ni",), "extended")}),
    ("phase-lifted-tariff", S, "中方决定取消对美国加征的24%关税。",
     {_ev("tariff", None, "CHN", ("USA",), (), "lifted")}),
    ("phase-not-considering", S, "商务部表示，目前暂不考虑对稀土出口实施配额管理。", set()),
    ("phase-lifted-and-replaced", T, "剛果（金）解除實施了八個月的鈷出口禁令，改以配額管理。",
     {_ev("export_restriction", "ban", "COD", (), ("Co",), "lifted"),
      _ev("export_restriction", "quota", "COD", (), ("Co",))}),
    ("phase-pledge-not", T, "中方承諾不會對美國實施新的稀土出口管制。", set()),
    ("phase-in-force-this-month", T, "中國對日本的兩用物項出口管制措施，已於本月起正式實施。",
     {_ev("export_restriction", "control", "CHN", ("JPN",), (), "effective", ("2025-10", "month"), "2025-10")}),
    ("phase-revoked", T, "北京正式撤銷對美國部分稀土企業的出口限制。",
     {_ev("export_restriction", "control", "CHN", ("USA",), ("REE",), "lifted")}),
    ("phase-no-plan-to-extend", T, "美方表示不打算延長對中國鋰電池的關稅豁免。", set()),
    # 6. dates
    ("date-this-year-month", S, "商务部今年4月对七种中重稀土实施出口管制。",
     {_ev("export_restriction", "control", "CHN", (), ("HREE",), date=("2025-04", "month"))}),
    ("date-last-year-month", S, "去年12月，我国宣布禁止镓、锗对美出口。",
     {_ev("export_restriction", "ban", "CHN", ("USA",), ("Ga", "Ge"), date=("2024-12", "month"))}),
    ("date-yesterday-from", S, "商务部昨日宣布，自11月8日起对石墨实施出口管制。",
     {_ev("export_restriction", "control", "CHN", (), ("graphite",), date=("2025-10-14", "day"), eff="2025-11-08")}),
    ("date-last-week", S, "工信部上周发布了今年的稀土开采总量控制指标。",
     {_ev("production_quota", None, "CHN", (), ("REE",), date=("2025-10", "month"))}),
    ("date-monday", S, "国务院关税税则委员会周一发布公告，对原产于加拿大的钴产品加征25%关税。",
     {_ev("tariff", None, "CHN", ("CAN",), ("Co",), date=("2025-10-13", "day"))}),
    ("date-last-month", T, "商務部上月宣布對銻相關物項實施出口管制。",
     {_ev("export_restriction", "control", "CHN", (), ("Sb",), date=("2025-09", "month"))}),
    ("date-xingqi", T, "中方於星期五宣布對美國實施鍺出口禁令。",
     {_ev("export_restriction", "ban", "CHN", ("USA",), ("Ge",), date=("2025-10-10", "day"))}),
    ("date-effective-only", T, "中國自12月1日起對鋰電池正極材料技術實施出口管制。",
     {_ev("export_restriction", "control", "CHN", (), ("Li",), date=("2025-12-01", "day"), eff="2025-12-01")}),
    ("date-this-week", T, "商務部本周宣布，將稀土冶煉分離技術列入禁止出口目錄。",
     {_ev("export_restriction", "ban", "CHN", (), ("REE",), date=("2025-10", "month"))}),
    ("date-day-month", T, "印尼政府9月30日宣布恢復鎳礦出口配額制度。",
     {_ev("export_restriction", "quota", "IDN", (), ("Ni",), date=("2025-09-30", "day"))}),
]

TITLES = {S: "要闻快讯", T: "財經快訊"}


def _case(p) -> pytest.param:
    """A passage as a pytest case, id first; a passage already a pytest.param keeps its marks."""
    if hasattr(p, "marks"):
        return pytest.param(*p.values[1:], id=p.values[0], marks=p.marks)
    return pytest.param(*p[1:], id=p[0])


@pytest.mark.parametrize(("language", "text", "expected"), [_case(p) for p in PASSAGES])
def test_challenge_events_chinese(language: str, text: str, expected: set[Expected]) -> None:
    article = Article(id="c", title=TITLES[language], text=text, published=PUBLISHED, language=language)
    (extraction,) = extract_articles([article])
    assert {_as_expected(e) for e in extraction.events} == expected
