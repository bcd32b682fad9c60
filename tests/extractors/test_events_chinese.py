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
        # 原产X: goods of X's origin are the target, not the actor
        ("商務部公布反制措施，對原產美國的進口商品加徵34%關稅。", {("tariff", "CHN", ())}),
        # a list joined by 和 keeps the role of its first member (a place goods come from)
        ("特朗普簽署行政命令，對從加拿大、墨西哥和中國進口的商品加徵關稅。", {("tariff", "USA", ())}),
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
    ],
)
def test_chinese_non_events(text):
    assert {k for k in keys_of(text) if k[0] in ("investment", "agreement")} == set()


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
    ],
)
def test_chinese_date_roles(text, dates):
    assert [(d.date, d.role) for d in find_dates(text, PUBLISHED_DAY)] == dates
