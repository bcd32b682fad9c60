"""Events in Chinese bodies (issue 10 point 4), Simplified and Traditional: the rules that live
in code rather than in the lexicons (whose own examples test_events_lexicon.py runs). One
sentence of our own per phenomenon, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import keys_of

from orewatch.extractors.events.dates import find_dates

PUBLISHED_DAY = date(2025, 10, 28)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # the body that opens a document's title issued it
        ("今年5月颁布的《国务院关于促进钨行业发展的若干意见》提出要整合企业。", {("other_policy", "CHN", ())}),
        # 原产X: goods of X's origin are the target (a partner), not the actor
        ("商務部公布反制措施，對原產美國的進口商品加徵34%關稅。", {("tariff", "CHN", ("USA",))}),
        # a list joined by 和 keeps the role of its first member (a place goods come from)
        # ... and goods of a country, with every country listed with it, are targets: partners
        ("特朗普簽署行政命令，對從加拿大、墨西哥和中國進口的商品加徵關稅。", {("tariff", "USA", ("CAN", "CHN", "MEX"))}),
        ("英國兩國進口的貨物將加徵關稅，而巴西的商品加徵10%關稅。", set()),
        ("澳洲總理稱將對美國商品徵收關稅。", {("tariff", "AUS", ("USA",))}),
        # the one met (会见/會晤 X) is not who acts
        ("特朗普會見印度總理　稱或對印度商品徵收關稅", {("tariff", "USA", ("IND",))}),
        # a retaliatory (报复性) tariff is the measure itself, not its motive
        ("巴西總統說，巴西將採取反制措施，包括報復性關稅。", {("tariff", "BRA", ())}),
        # coping with (应对) another's restriction is a motive: only the subsidy is an event
        ("韩国产业部宣布，为了应对中国限制石墨出口，将向电池企业发放补贴。", {("investment", "KOR", ())}),
        # a list of countries as the subject of one verb: each acts
        ("去年以来，加拿大、巴西和越南等国纷纷宣布重新开发稀土资源。",
         {("capacity_expansion", c, ()) for c in ("CAN", "BRA", "VNM")}),
        # two names of one country agree: a domestic agreement, its one party that country
        ("五矿与江西省签订钨资源开发合作框架协议。", {("agreement", "CHN", ())}),
        # a measure named with a demonstrative (该配额) is the previous actor's, whoever is quoted
        ("中国今年削减了稀土出口配额。欧盟官员称，该配额最近经过修订。", {("export_restriction", "CHN", ())}),
        # a ministry named after its country is that country's, not China's
        ("美國財政部宣布向烏克蘭投資5億美元。", {("investment", "USA", ("UKR",))}),
    ],
)
def test_chinese_actors(text, keys):
    assert keys_of(text) == keys


@pytest.mark.parametrize(
    "text",
    [
        # investment heading a noun: the scale of trade and investment, investors, an authority
        "两国同意扩大贸易投资规模。",
        "澳洲鋰礦吸引了大批投資者。",
        "该项目须经省投资主管部门审批。",
        # an investment word inside a document's title names the document
        "商务部早前公布《外商投资钨行业管理规定》(试行)。",
        # talks and peace deals are not agreements
        "美俄代表團在會談後簽署任何文件的計劃已取消。",
        "英國表示願協助俄烏達成和平協議。",
        # a condition: the clause opened by 如果 names no act
        "印尼说，如果日本愿意投资，两国将建立伙伴关系。",
        # a topic among issues (…等热点问题), a question (是否…问题)
        "发言人还对某公司收购一家食品企业等热点问题做出回应。",
        "针对镍产品关税是否应该下调问题，商务部做出表态。",
        # investment flows as statistics
        "美国对华投资出现下滑。",
        "欧盟对华投资新设企业500家，同比下降3%。",
        # buying goods is not an acquisition
        "一些公司高价收购炒作钨产品。",
        "严查收购和销售非法开采的钨矿产品的行为。",
        # a case under review, and a promise the deal does not hold
        "商务部已收到该项收购案的申报。",
        "消息人士说，协议中没有美方任何关于投资的承诺。",
        # developing resources jointly is what a partnership is for, not a plant
        "根据协议，美国将与秘鲁共同开发秘鲁的矿产资源。",
        # a joint venture of two firms of one country is a company, not a state's agreement
        "中铝与五矿合资组建的钨公司正式挂牌。",
    ],
)
def test_chinese_non_events(text):
    assert {k for k in keys_of(text) if k[0] in ("investment", "agreement", "capacity_expansion", "tariff")} == set()


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a mandatory production plan is a production quota, also as a title's head ...
        ("工信部随后公布的《2026年钨、锑指令性生产计划》提出，今年冶炼产品为9万吨。", {("production_quota", "CHN", ())}),
        # ... but a quota held by companies describes them
        ("五矿与三家获得指令性生产计划指标的钨企业成立新公司。", set()),
        # a word inside a title names the document: no investment, no plant
        ("双方此前签署了《合作勘查开发清远市钨矿产资源框架协议》。", set()),
    ],
)
def test_chinese_quotas_and_titles(text, keys):
    assert {k for k in keys_of(text) if k[0] != "agreement"} == keys


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the end of a span is a deadline, not the event's date
        ("工信部决定自2025年8月1日至12月31日开展专项整治行动。", [("2025-08-01", "effective"), ("2025-12-31", "deadline")]),
        # going into production on a date is an effective date
        ("该分离厂预计2027年投产。", [("2027", "effective")]),
        # 将 in an earlier clause does not move a month of this clause into the future
        ("有关部门将召开会议，落实5月19日国务院发布的意见。", [("2025-05-19", "when")]),
        # ... but 将 in the date's own clause does
        ("该规定将于3月1日起施行。", [("2026-03-01", "effective")]),
        # a date inside a document's title is part of its name
        ("国土部3月发布《关于下达2025年钨矿开采总量控制指标的通知》。", [("2025-03", "when")]),
        # 日前/近日: recently, the month of publication
        ("国务院日前公布《钨管理条例》。", [("2025-10", "when")]),
        # weekdays: the latest on or before publication (a Tuesday); 上 the week before; 起 ahead
        ("商务部星期一宣布新措施。", [("2025-10-27", "when")]),
        ("美方上週五宣布加徵關稅。", [("2025-10-24", "when")]),
        ("措施周四起生效。", [("2025-10-30", "effective")]),
    ],
)
def test_chinese_date_roles(text, dates):
    assert [(d.date, d.role) for d in find_dates(text, PUBLISHED_DAY)] == dates
