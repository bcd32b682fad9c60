"""Chinese bodies, round 8b (issue 10 point 4): event recall on phenomena the consumed
blind8-zh set showed (plants, investments, agreements in passing), each in a passage of our
own, worded unlike the articles. Rows as in test_challenge_7_zh.py."""

from __future__ import annotations

import pytest

from event_rows import ev, event_row, passage
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

SAT = "2025-11-08T12:00:00+08:00"  # Sat 8 Nov 2025


CASES = [
    # 一家/另一家 + 中资 (a Chinese-funded firm, the measure word 家 before it): the firm is China's.
    passage("measure-word-chinese-funded-firm",
            "另一家中資企業上月斥資2億美元收購秘魯一座銅礦。", SAT,
            [ev("investment", "CHN", ("PER",), ("Cu",), "announced", "2025-10", "month")]),
    # An agreement of a named body with a company of no named country: a domestic agreement,
    # its only party the body's country; a company of a named country is a party of its own.
    passage("body-with-unnamed-company-agreement",
            "工信部本周一与一家稀土永磁企业签署合作备忘录。", SAT,
            [ev("agreement", "CHN", (), ("REE",), "announced", "2025-11-03", "day")]),
    passage("body-with-foreign-company-agreement",
            "智利政府与一家中国企业签署锂合作协议。", SAT,
            [ev("agreement", "CHL-CHN", (), ("Li",))]),
    # 该集团/该公司 (a company by a demonstrative) stands for whom the sentence before is about.
    passage("demonstrative-company-anaphor",
            "内蒙古自治区政府周二与一家稀土集团签约。该公司将在包头投资30亿元建设稀土分离厂。", SAT,
            [ev("agreement", "CHN", (), ("REE",), "announced", "2025-11-04", "day"),
             ev("investment", "CHN", (), ("REE",)),
             ev("capacity_expansion", "CHN", (), ("REE",))]),
    # Others encouraged or drawn to invest or build (鼓励, 吸引 a few words before): a goal, no event.
    passage("encouraged-to-build-no-expansion", "越南政府鼓励外资企业在北部建设稀土冶炼厂。", SAT, []),
    passage("drew-investment-no-investment", "蒙古国近年吸引了多家海外企业的投资。", SAT, []),
    # A firm funded by a state (获得X资助), planning a plant: the funder invests, the firm builds;
    # the plant's goods are what the money is for.
    passage("funded-firm-builds",
            "加拿大一家石墨企业获得美国能源部2000万美元资助，计划在魁北克建设一座石墨负极材料工厂。", SAT,
            [ev("investment", "USA", (), ("graphite",)),
             ev("capacity_expansion", "CAN", (), ("graphite",), "proposed")]),
    # A Chinese group by its Chinese name (赣锋锂业, like "Ganfeng"), in a text that names China.
    passage("chinese-group-by-chinese-name",
            "在中国锂价回落之际，赣锋锂业表示其在阿根廷的盐湖项目已于上月投产。", SAT,
            [ev("capacity_expansion", "CHN", ("ARG",), ("Li",), "effective", "2025-10", "month", "2025-10")]),
    # 建设的 + a plant noun describes plants already built: no capacity expansion.
    passage("built-plants-described-no-expansion",
            "中国企业在印尼建设的镍冶炼项目累计投资已超过200亿美元。", SAT, [],
            [ev("investment", "CHN", ("IDN",), ("Ni",))]),
]


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_challenge_8b_zh(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    got = {event_row(e) for e in extraction.events}
    assert (required - got, got - required - optional) == (set(), set())
