"""Chinese events read from the grammar of the sentence (issue 10 point 4), not from word lists:
negation before the verb phrase, the objects of 对/向 and of 将/把…列入, reactions to another's
measure, a sentence that lists several measures clause by clause, dates of a year refined by a
month, and one lexicon for both scripts. Sentences of our own, Simplified and Traditional,
through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import events_of, keys_of

from orewatch.extractors._shared.cjk import script_variants
from orewatch.extractors.events.dates import find_dates

PUBLISHED_DAY = date(2025, 10, 28)


@pytest.mark.parametrize(
    "text",
    [
        # a negation anywhere before the trigger in its clause cancels it: will not, not,
        # never, denied (in either script)
        "商务部表示，中国不会对稀土出口实施新的限制。",
        "中國不會對稀土出口實施新的限制。",
        "中国未对美国实施出口禁令。",
        "中国从未限制稀土出口。",
        "印尼否认将禁止镍出口。",
        "印尼否認將禁止鎳出口。",
    ],
)
def test_chinese_negated_measures_are_no_events(text):
    assert keys_of(text) == set()


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # 未来 (the future) and 未经 (without) are no negation
        ("中国未来将对镓实施出口管制。", {("export_restriction", "CHN", ())}),
        ("中国规定，未经许可不得出口镓。", {("export_restriction", "CHN", ())}),
        # 于 is a preposition: "原产于美国" names where goods come from, not who acts
        ("中方决定对原产于美国的进口商品加征15%关税。", {("tariff", "CHN", ("USA",))}),
        # 将/把 X 列入: X is what is put on the list, a target
        ("据新华社报道，商务部周五将14家美国企业列入出口管制管控名单。", {("export_restriction", "CHN", ("USA",))}),
        ("美國商務部將多家中國企業列入出口管制實體清單。", {("export_restriction", "USA", ("CHN",))}),
        # ... while 将 that means "will" marks no object
        ("中国将对美国实施出口管制。", {("export_restriction", "CHN", ("USA",))}),
        # the object of 对/向 behind its modifiers is the host, not the actor
        ("美国将对一个稳定、繁荣的主权乌克兰的锂矿进行投资。", {("investment", "USA", ("UKR",))}),
        ("中国向印尼的镍冶炼项目提供贷款。", {("investment", "CHN", ("IDN",))}),
        # ... but the subject of a clause inside the object (X发布的…) is still the actor
        ("对5月19日国务院发布的《关于促进钨行业发展的若干意见》进行细化。", {("other_policy", "CHN", ())}),
        # a reaction: who voices concern or objection does not act; the measure is of the
        # name that opens the object of 对
        ("日本和韩国对中国的出口管制表示担忧。", {("export_restriction", "CHN", ())}),
        ("日本政府對中國實施稀土出口管制深表遺憾。", {("export_restriction", "CHN", ())}),
        ("中方对美方加征关税表示坚决反对。", {("tariff", "USA", ())}),
        # a package aimed at a country (针对X的…措施，包括…): each measure of its list targets X
        ("商务部宣布针对日本的反制措施，包括对镓、锗实施出口管制。", {("export_restriction", "CHN", ("JPN",))}),
    ],
)
def test_chinese_roles_from_grammar(text, keys):
    assert keys_of(text) == keys


def test_chinese_measures_listed_clause_by_clause_keep_their_own_elements():
    found = events_of("商务部公布反制措施，包括对美国商品加征34%关税，对7类中重稀土物项实施出口管制。")
    assert {(e.type, e.elements) for e in found} == {("tariff", ()), ("export_restriction", ("HREE",))}


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the start and the end of a year: quarter precision, like "early 2025", "late 2024"
        ("商务部去年年底宣布对石墨实施出口管制。", [("2024-10", "quarter")]),
        ("工信部年初下发了指令性生产计划。", [("2025-01", "quarter")]),
        ("2024年底，印尼宣布禁止出口。", [("2024-10", "quarter")]),
        # 初步 (preliminary) is no start of the year
        ("中国今年初步统计显示，出口下降。", [("2025", "year")]),
    ],
)
def test_chinese_parts_of_a_year(text, dates):
    assert [(d.date, d.precision) for d in find_dates(text, PUBLISHED_DAY)] == dates


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a year alone is the period of the measure's noun; a finer date of that year dates the act
        ("今年3月，国土资源部发布通知，确定今年全国稀土开采总量控制指标为9万吨。", ("2025-03", "month")),
        ("工信部上月下达了2025年第一批稀土开采指标。", ("2025-09", "month")),
        # with no finer date, the year stands
        ("中国今年削减了稀土出口配额。", ("2025", "year")),
    ],
)
def test_chinese_year_yields_to_a_finer_date_of_that_year(text, when):
    assert [(e.date, e.date_precision) for e in events_of(text)] == [when]


def test_script_variants_give_both_scripts_of_a_chinese_term():
    assert script_variants("暂停") == ["暂停", "暫停"]
    assert script_variants("關稅") == ["關稅", "关税"]
    assert script_variants("商务部") == ["商务部", "商務部"]
    assert script_variants("ban") == ["ban"]
