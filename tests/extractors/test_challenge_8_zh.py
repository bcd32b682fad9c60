"""Chinese bodies, round 8 (issue 10 point 4): phenomena the consumed blind7-zh set showed,
each in a passage of our own, worded unlike the articles. Rows as in test_challenge_7_zh.py."""

from __future__ import annotations

import pytest

from event_rows import ev, event_row, passage
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

SAT = "2025-11-08T12:00:00+08:00"  # Sat 8 Nov 2025: 本周二 is Tue 4, 下周三 Wed 12, 周一 Mon 3


CASES = [
    # A customs office of a Chinese city or port acts for China; a weekday of the publication's
    # week (本周二) that has passed starts the halt, which is then in force; the country right
    # after 进口 is where the halted goods come from.
    passage("customs-office-halts-imports",
            "瑞丽海关表示，自本周二起暂停进口缅甸稀土精矿，恢复时间另行通知。", SAT,
            [ev("import_restriction", "CHN", ("MMR",), ("REE",), "effective", "2025-11-04", "day", "2025-11-04")]),
    # 下周三: the Wednesday of the week after publication.
    passage("next-week-weekday-start",
            "商务部周一表示，将于下周三起对部分稀土物项实施出口许可管理。", SAT,
            [ev("export_restriction", "CHN", (), ("REE",), "announced", "2025-11-03", "day", "2025-11-12")]),
    # Raising a plant's capacity, the old and new figures between the noun and the verb.
    passage("capacity-raised",
            "一家韩国企业宣布将电池材料年产能由1万吨提高至3万吨。", SAT,
            [ev("capacity_expansion", "KOR")]),
    # A stockpile scheme named as such (安全储备计划), by Taiwan's cabinet.
    passage("stockpile-scheme",
            "行政院昨日核定「關鍵礦產安全儲備計畫」，將分四年儲備銦、鎵等礦產。", SAT,
            [ev("stockpile", "TWN", (), ("Ga", "In"), "announced", "2025-11-07", "day")]),
    # The exports named before the tax levied on them (出口…征收…税) make a tariff.
    passage("export-then-tax",
            "刚果（金）政府上月宣布，自明年1月1日起对钴精矿出口征收10%的资源税。", SAT,
            [ev("tariff", "COD", (), ("Co",), "announced", "2025-10", "month", "2026-01-01")]),
    # A measure's word naming a field of talks (出口管制领域) is no act of it.
    passage("field-of-talks-no-measure", "中方愿同欧方加强出口管制领域的沟通。", SAT, []),
    # Foreign-exchange reserves are no stockpile.
    passage("currency-reserves-no-stockpile", "该国外汇储备达到3000亿美元。", SAT, []),
]


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_challenge_8_zh(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    got = {event_row(e) for e in extraction.events}
    assert (required - got, got - required - optional) == (set(), set())


@pytest.mark.parametrize("text,figure", [
    # what an industry uses a year (使用) is its consumption, not the imports of the next clause
    ("日本电子产业每年使用铟约600吨，大部分依赖进口。", (600.0, "t", "consumption", "JPN", "In")),
    # what recycling recovers (回收量) is output
    ("韩国计划到2030年使国内锂回收量达到每年2万吨。", (20000.0, "t", "production", "KOR", "Li")),
    # 年产能 before the figure and a plant noun after it size the plant, whatever process the plant names
    ("这家企业将新建一座年产能5万吨的湿法冶炼厂。", (50000.0, "t", "capacity", None, None)),
    # 可年产 (can turn out a year), the goods between: a capacity
    ("该厂投产后可年产碳酸锂约2万吨。", (20000.0, "t", "capacity", None, "Li")),
    # 权益 after a percentage is a stake
    ("秘鲁政府将持有该铜矿项目15%的权益。", (15.0, "%", "investment", "PER", "Cu")),
    # the funds a stockpile needs, in the clause after it: `other`, like its purchases
    ("韩国将在三年内收储镓、锗等矿产，所需资金约3000亿韩元。", (3e11, "KRW", "other", "KOR", None)),
])
def test_challenge_8_zh_figures(text, figure):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=SAT)])
    assert {(q.value, q.unit, q.metric, q.country, q.element) for q in extraction.quantities} == {figure}
