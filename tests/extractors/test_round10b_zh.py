"""Chinese bodies, round 10b (issue 10): phenomena the consumed blind7-12 zh sets showed, each in
passages of our own in both scripts, worded unlike the articles, with near misses that must stay
as they are. Rows as in test_round10_zh.py."""

from __future__ import annotations

import pytest

from event_rows import ev, event_row, passage
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

SAT = "2025-11-08T12:00:00+08:00"  # Sat 8 Nov 2025


CASES = [
    # A foreign asset named by its owner (owned_assets.py): a funded compound (中资, 日資, 韩资) or
    # a 内地/国内 firm, then in the same phrase the country the asset is in: the owner's country
    # builds or invests, the place is the host (a partner).
    passage("funded-owner-controls-foreign-mine",
            "由中资企业控股的赞比亚一座铜矿项目上月正式投产。", SAT,
            [ev("capacity_expansion", "CHN", ("ZMB",), ("Cu",), "effective", "2025-10", "month", "2025-10")]),
    passage("mainland-firm-holds-foreign-plant-traditional",
            "內地企業持股的印尼鎳冶煉廠預計明年建成投產。", SAT,
            [ev("capacity_expansion", "CHN", ("IDN",), ("Ni",), "announced", "2026", "year", "2026")]),
    passage("japanese-funded-trading-house-plant-traditional",
            "一家日資商社控股的越南稀土分離廠將於明年投產。", SAT,
            [ev("capacity_expansion", "JPN", ("VNM",), ("REE",), "announced", "2026", "year", "2026")]),
    passage("funded-miner-foreign-deposit-investment-headline",
            "韩资矿企蒙古铜矿 首期投资约1.2亿美元", SAT,
            [ev("investment", "KOR", ("MNG",), ("Cu",))]),
    # near misses: the host's own state acts; the owner leaves in a clause of its own; the asset's
    # country with no owner word acts as before.
    passage("host-government-after-owner-stays",
            "由中资企业控股的赞比亚政府铜矿项目上月投产。", SAT,
            [ev("capacity_expansion", "ZMB", (), ("Cu",), "effective", "2025-10", "month", "2025-10")]),
    passage("owner-in-its-own-clause-stays",
            "中资企业撤出后，赞比亚政府宣布投资建设一座新冶炼厂。", SAT,
            [ev("capacity_expansion", "ZMB")], [ev("investment", "ZMB")]),
    passage("no-owner-word-stays",
            "赞比亚一座铜矿项目上月正式投产。", SAT,
            [ev("capacity_expansion", "ZMB", (), ("Cu",), "effective", "2025-10", "month", "2025-10")]),
    # 大陆/大陸 (the mainland) before a company's head noun, as 内地, names a Chinese firm in a Hong
    # Kong or Taiwan outlet (cjk_domestic.py); not a continent (非洲大陆, 新大陆) nor 大陆架.
    passage("mainland-firm-buys-stake-traditional",
            "一家大陸鎢企上月以2億美元收購秘魯一座鎢礦六成股權。", SAT,
            [ev("investment", "CHN", ("PER",), ("W",), "announced", "2025-10", "month")]),
    passage("mainland-firm-builds-abroad-traditional",
            "大陸企業在寮國興建的稀土分離廠預計明年投產。", SAT,
            [ev("capacity_expansion", "CHN", ("LAO",), ("REE",), "announced", "2026", "year", "2026")]),
    passage("mainland-firm-controls-foreign-mine",
            "由大陆企业控股的津巴布韦锂矿项目上月投产。", SAT,
            [ev("capacity_expansion", "CHN", ("ZWE",), ("Li",), "effective", "2025-10", "month", "2025-10")]),
    passage("continent-firms-no-country",
            "非洲大陆的企业正在扩建铜冶炼厂。", SAT, []),
    # A plant built after buying an asset in the same sentence (owned_assets._bought): the country
    # opening the object of 收购/入股/认购/投资 places the asset; the buyer builds, that country hosts.
    passage("buyer-builds-after-purchase",
            "一家中资企业上月收购了秘鲁一座铜矿，计划追加投资扩建选矿厂。", SAT,
            [ev("investment", "CHN", ("PER",), ("Cu",), "announced", "2025-10", "month"),
             ev("capacity_expansion", "CHN", ("PER",), (), "proposed", "2025-10", "month")]),
    passage("buyer-builds-after-stake-traditional",
            "韓國浦項收購阿根廷鹽湖後，將在當地興建年產2.5萬噸氫氧化鋰工廠。", SAT,
            [ev("investment", "KOR", ("ARG",), ("Li",)), ev("capacity_expansion", "KOR", ("ARG",), ("Li",))]),
    passage("subscriber-builds-refinery",
            "日本商社入股澳大利亚锂矿后，将在当地新建氢氧化锂工厂。", SAT,
            [ev("investment", "JPN", ("AUS",), ("Li",)), ev("capacity_expansion", "JPN", ("AUS",), ("Li",))]),
    # near miss: the country as a subject of its own after the purchase acts
    passage("state-builds-after-approving-purchase",
            "阿根廷政府批准收购案后，阿根廷将新建一座锂加工厂。", SAT,
            [ev("capacity_expansion", "ARG", (), ("Li",))]),
    # The year of a numbered notice or batch (公告2025年第61号, 2024年第二批, 第3批) labels a
    # document: it should not date the event. A year with a quarter (2024年第一季度) or alone
    # still dates it. (The first two pass: a closer date wins.)
    passage("notice-number-year-is-no-date",
            "商务部6日发布公告，决定自2026年11月10日起继续暂停实施2025年第61号公告所列稀土相关物项出口管制措施。", SAT,
            [ev("export_restriction", "CHN", (), ("REE",), "suspended", "2025-11-06", "day", "2026-11-10")]),
    passage("batch-year-is-no-date",
            "工信部近日下达2025年第二批稀土开采总量控制指标。", SAT,
            [ev("production_quota", "CHN", (), ("REE",), "announced", "2025-11", "month")]),
    passage("numbered-notice-traditional",
            "根據財政部2024年第15號公告，鎢製品出口關稅上調至20%。", SAT,
            [ev("tariff", "CHN", (), ("W",))],
            gap="the year of a numbered notice or batch (2024年第15號, 2026年第3批) is read as the date; the rule "
                "(zh_year not before 第N号/批) fixes it but moves blind12-zh's suspension into an older story (stories floor)"),
    passage("numbered-list-batch",
            "海关总署发布2026年第3批出口许可证管理名单，对锑实施出口管制。", SAT,
            [ev("export_restriction", "CHN", (), ("Sb",))],
            gap="the year of a numbered notice or batch (2024年第15號, 2026年第3批) is read as the date; the rule "
                "(zh_year not before 第N号/批) fixes it but moves blind12-zh's suspension into an older story (stories floor)"),
    # near misses: a quarter of a year, a bare year
    passage("year-with-quarter-stays",
            "中国2024年第一季度对锑实施出口管制。", SAT,
            [ev("export_restriction", "CHN", (), ("Sb",), "announced", "2024", "year")]),
    passage("bare-year-stays",
            "印尼2023年宣布禁止镍矿出口。", SAT,
            [ev("export_restriction", "IDN", (), ("Ni",), "announced", "2023", "year")]),
]


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_round10b_zh(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="r10b", title="r10b", text=text, published=published)])
    rows = {event_row(e) for e in extraction.events}
    assert required <= rows, f"missing {required - rows}; got {rows}"
    assert rows <= required | optional, f"extra {rows - required - optional}"
