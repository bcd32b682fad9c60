"""Challenge set `zh` of round 7 (issue 10 point 4): Chinese bodies, Simplified and Traditional.

The articles (fixtures/challenge/zh) were written before the rules were read; each passage here
shows, in wording of our own and different from the articles', one phenomenon their misses
revealed. An event is compared as (type, actor, partners, elements, phase, date,
date_precision, effective_date); for an agreement the actor field holds all parties joined by
"-" and partners is empty. `optional` events may be missing, but when extracted they must read
as given.
"""

from __future__ import annotations

import pytest

from orewatch.extractors.extract import extract_articles
from event_rows import ev, event_row, passage
from orewatch.records import Article

SAT = "2025-11-08T12:00:00+08:00"  # Fri 7, Thu 6, Tue 4, Mon 3 Nov


def case(cid, text, required=(), optional=(), published=SAT, gap=None):
    """One passage; `gap`, where given, is why the rules still fail it (a strict xfail)."""
    return passage(cid, text, published, required, optional, gap)


CASES = [
    # A long object between a suspending verb and the measure it governs (a date, a list of
    # products): the measure's own earlier date ("9月下旬发布的") is not the day of the suspension.
    case("suspend-long-object-earlier-date",
         "工业和信息化部周四表示，自下月1日起暂缓执行9月下旬发布的钨、钼、铟及其合金制品和相关加工设备的出口许可措施，期限为六个月。",
         [ev("export_restriction", "CHN", (), ("W", "Mo", "In"), "suspended", "2025-11-06", "day", "2025-12-01")]),
    case("suspend-long-object-traditional",
         "財政部昨日宣佈，暫停執行今年8月推出的對加拿大鋰、鈷、鎳精礦及氫氧化鋰等產品的進口關稅措施。",
         [ev("tariff", "CHN", ("CAN",), ("Li", "Co", "Ni"), "suspended", "2025-11-07", "day")]),    # A body issuing a titled package of measures (《…若干措施》) is a policy of its own; in a
    # clause of its own it stands beside a quota of another clause.
    case("document-measures-issued",
         "自然资源部上月印发《关于加强锂矿勘查开采管理的若干措施》，明确对违规企业限期整改。",
         [ev("other_policy", "CHN", (), ("Li",), "announced", "2025-10", "month")]),
    case("document-beside-quota",
         "國務院上月頒布《關於加強鎢礦管理的若干意見》；工信部隨後下達鎢礦開採總量控制指標。",
         [ev("other_policy", "CHN", (), ("W",), "announced", "2025-10", "month"),
          # 隨後 ("later"): last month's date is the document's, not the quota's
          ev("production_quota", "CHN", (), ("W",), "announced", "2025-11", "published")]),    # An export tax written without 关 is a duty.
    case("export-tax-without-guan",
         "菲律宾财政部周二表示，拟从明年起对未经加工的镍矿征收出口税。",
         [ev("tariff", "PHL", (), ("Ni",), "proposed", "2025-11-04", "day", "2026")]),
    # Money a state appropriates (拨款, 撥款) is an investment.
    case("appropriation-is-investment",
         "加拿大联邦政府上月拨款8000万加元，支持魁北克一座石墨矿扩产。",
         [ev("investment", "CAN", (), ("graphite",), "announced", "2025-10", "month")],
         [ev("capacity_expansion", "CAN", (), ("graphite",), "announced", "2025-10", "month")]),
    # The name opening a sentence is the subject of its later clauses that name none before
    # their verb (a topic chain); 與/在 before a name make it a co-party or a place.
    case("topic-chain-agreement-party",
         "莫迪下週訪問日本，預計在東京與日本首相簽署稀土合作備忘錄。",
         [ev("agreement", "IND-JPN", (), ("REE",), "proposed", "2025-11", "published")]),
    # Taiwan's government bodies act for Taiwan.
    case("taiwan-body-acts",
         "行政院昨日核定一項計畫，以補助國內業者回收鎵、鍺。",
         [ev("investment", "TWN", (), ("Ga", "Ge"), "announced", "2025-11-07", "day")]),    # A semicolon ends a clause with its own subject: another plant's start after it does not
    # make this one operate; construction started (开工建设) is announced; "2027年建成投产" is
    # the start the plant expects.
    case("semicolon-scopes-phase",
         "中铝在广西投资建设的稀土分离厂上月开工建设，预计2027年建成投产；另一家企业的锂盐厂已于今年5月投产。",
         [ev("capacity_expansion", "CHN", (), ("REE",), "announced", "2025-10", "month", "2027")],
         [ev("investment", "CHN", (), ("REE",), "announced", "2025-10", "month", "2027")]),
    # Enlarging a plant (扩建) and a refinery (精炼厂) are capacity words.
    case("enlarging-a-refinery",
         "越南一家企业本周二宣布扩建其位于老街省的稀土精炼厂。",
         [ev("capacity_expansion", "VNM", (), ("REE",), "announced", "2025-11-04", "day")]),    # The object of 对 that an impact noun closes is affected, not targeted.
    case("affected-not-target",
         "印尼昨日宣布收紧镍矿出口许可，业内认为此举对日本电池企业冲击有限。",
         [ev("export_restriction", "IDN", (), ("Ni",), "announced", "2025-11-07", "day")]),
    # Goods the sentence leaves out of the measure are not its elements.
    case("goods-left-out",
         "加拿大财政部周二宣布对中国钢铝产品加征25%关税，但钴、镍等关键矿产不在征税清单之内。",
         [ev("tariff", "CAN", ("CHN",), (), "announced", "2025-11-04", "day")]),    # "此后", "随后" between an earlier clause's date and the trigger: that date is of what
    # came before, not of this measure.
    case("later-blocks-earlier-date",
         "2023年，刚果（金）将钴矿特许权使用费提高至10%，随后又自今年3月起对钴精矿实施出口禁令。",
         [ev("export_restriction", "COD", (), ("Co",), "effective", "2025-03", "month", "2025-03")],
         [ev("other_policy", "COD", (), ("Co",), "announced", "2023", "year")]),    # The co-venturer after 同/与 does not build: the name before it does.
    case("co-venturer-not-builder",
         "日方企业上周宣布将同越南国家矿业集团成立合资公司，投资3亿美元兴建一座稀土分离厂。",
         [ev("investment", "JPN", (), ("REE",), "announced", "2025-11", "month"),
          ev("capacity_expansion", "JPN", (), ("REE",), "announced", "2025-11", "month")],
         [ev("agreement", "JPN-VNM", (), (), "proposed", "2025-11", "month")]),
]


def _figures(text, published=SAT):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    return {(q.value, q.unit, q.metric, q.country, q.element) for q in extraction.quantities}


@pytest.mark.parametrize("text,figure", [
    # a currency named before the number keeps its amount when 元 closes it
    ("立法院通過預算，以新臺幣35億元建立稀土戰略儲備。", (3.5e9, "TWD", "other", "TWN", "REE")),
    ("港府以港幣20億元入股一家鋰電池回收企業。", (2.0e9, "HKD", "investment", "HKG", "Li")),
    # the rate of a tax, in a clause of its own, is about the goods of the clause before it
    ("印尼拟对镍生铁征收出口税，税率为5%至10%。", (5.0, "%", "tariff", "IDN", "Ni")),
    # a change of a per-tonne price written in money alone is per tonne too, and so is the
    # price it is compared with
    ("氧化镝均价报每吨180万元，较上周下跌3万元。", (-30000.0, "CNY/t", "price_change", "CHN", "Dy")),
    ("碳酸锂报每吨9.8万元，日内上涨1500元，较月初的9.2万元回升。", (92000.0, "CNY/t", "price", "CHN", "Li")),
    # a change past a semicolon does not reach the next market's price; an exchange named by
    # its city is no country
    ("沪镍报每吨13.1万元，周跌2.5%；伦敦金属交易所镍价收报每吨16200美元。", (-2.5, "%", "price_change", "CHN", "Ni")),
    ("伦敦金属交易所三个月期铜收报每吨9800美元。", (9800.0, "USD/t", "price", None, "Cu")),
    # an annual tonnage before a plant or project noun sizes it: its capacity
    ("湖南一家企业计划新建年产3000吨碳化钨粉的生产线。", (3000.0, "t", "capacity", "CHN", "W")),
    # 分别: the figures go to the listed countries in order
    ("印尼和菲律宾今年的镍矿产量分别为180万吨和40万吨。", (400000.0, "t", "production", "PHL", "Ni")),
    ("印尼和菲律宾今年的镍矿产量分别为180万吨和40万吨。", (1800000.0, "t", "production", "IDN", "Ni")),
    # a province's own figure (全省) in a text that names foreign countries before it
    ("省政府将深化与智利的合作。今年前五个月，全省锂盐产量达3.1万吨。", (31000.0, "t", "production", "CHN", "Li")),
    # 我國 in a text of Taiwan's government is Taiwan
    ("立法院昨日審查預算。我國鎵年進口量約35公噸，多用於化合物半導體。", (35.0, "t", "imports", "TWN", "Ga")),
    ("我國鎵年產量約600公噸，居世界首位。", (600.0, "t", "production", "CHN", "Ga")),
])
def test_challenge_7_zh_figures(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_challenge_7_zh(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    got = {event_row(e) for e in extraction.events}
    assert (required - got, got - required - optional) == (set(), set())
