"""Chinese events, fifth round (issue 10 point 4): the grammar of a clause rather than words of
one article. 合作 (cooperate) between two named parties is an agreement; a place after 在 is
the host of an investment or a plant, not its investor; weeks and days of the month without
their month are dates. Sentences of our own, Simplified and Traditional, through the real
pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import events_of, keys_of

from orewatch.extractors.events.dates import find_dates

PUBLISHED_DAY = date(2025, 10, 28)  # a Tuesday


def _parties(text: str) -> set[tuple[str, frozenset[str]]]:
    return {(e.type, frozenset({e.actor, *e.partners})) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # 合作 with its second party after 与/與/同/和 in its clause: the two cooperate
        ("智利将与印度在锂资源领域开展合作。", {("agreement", frozenset({"CHL", "IND"}))}),
        ("秘魯同日本在銅礦開發方面加強合作。", {("agreement", frozenset({"PER", "JPN"}))}),
        ("阿根廷和沙特决定扩大在锂矿领域的合作。", {("agreement", frozenset({"ARG", "SAU"}))}),
        # one party only (a wish to cooperate with no one named) is no agreement
        ("智利表示愿深化合作。", set()),
        ("秘魯政府歡迎更多外國企業參與合作。", set()),
    ],
)
def test_chinese_cooperation_between_two_parties_is_an_agreement(text, parties):
    assert _parties(text) == parties


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # 在 X before the verb: X is where the money or the plant goes (its host)
        ("日本企业将在越南投资兴建稀土分离厂。", {("investment", "JPN", ("VNM",)), ("capacity_expansion", "JPN", ("VNM",))}),
        ("韓國企業在印尼投資10億美元。", {("investment", "KOR", ("IDN",))}),
        # with no investor named, the place does not become one
        ("一家企业计划在阿根廷投资建设锂盐厂。", set()),
        # ... while 在 before a measure's author does nothing new ("在…之后" clauses keep their subject)
        ("在美国对中国加征关税之后，中国对美国实施稀土出口管制。", {("tariff", "USA", ("CHN",)), ("export_restriction", "CHN", ("USA",))}),
    ],
)
def test_chinese_place_after_zai_is_a_host(text, keys):
    assert keys_of(text) == keys


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # 上周 / 本週: the month of the day a week before publication / of publication
        ("印尼政府上周宣布禁止镍矿出口。", [("2025-10", "month")]),
        ("商務部本週宣布對銻實施出口管制。", [("2025-10", "month")]),
        ("商務部上星期宣布對銻實施出口管制。", [("2025-10", "month")]),
        # a weekday after it is still the weekday
        ("商务部上周五宣布对锑实施出口管制。", [("2025-10-24", "day")]),
        # a day of the month alone: the latest such day on or before publication
        ("商务部10日宣布对锑实施出口管制。", [("2025-10-10", "day")]),
        ("商务部30日宣布对锑实施出口管制。", [("2025-09-30", "day")]),
        # ... not a count of days, the end of a span of days, or a document's number
        ("加拿大将在21日内对美国商品征收关税。", []),
        ("展会于9月6日-8日举行。", [("2025-09-06", "day")]),
        ("工信部1号文件提出对稀土开采实施总量控制。", []),
    ],
)
def test_chinese_weeks_and_days_of_the_month(text, dates):
    assert [(d.date, d.precision) for d in find_dates(text, PUBLISHED_DAY)] == dates


def test_chinese_day_of_the_month_dates_the_event():
    (event,) = events_of("商务部10日宣布对锑实施出口管制。")
    assert (event.date, event.date_precision) == ("2025-10-10", "day")


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # 关税 inside the name of the tariff commission is no tariff, and the commission acts
        # for China in the measure its sentence names
        ("国务院关税税则委员会发布公告。", set()),
        ("國務院關稅稅則委員會宣布，對原產於美國的進口商品加徵34%關稅。", {("tariff", "CHN", ("USA",))}),
        ("关税税则委员会决定对原产于加拿大的菜籽油加征100%关税。", {("tariff", "CHN", ("CAN",))}),
    ],
)
def test_chinese_trigger_word_inside_a_body_name_is_no_event(text, keys):
    assert keys_of(text) == keys
