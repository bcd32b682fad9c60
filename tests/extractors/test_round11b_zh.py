"""Chinese bodies, round 11b (issue 10): a titled document named first, as the topic of its
clause, with a time, a place or an agent between it and its verb ("《…规划》将于9月7日在…上正式
发布", "《…办法》已于上月由国务院印发"): the same other_policy as "发布《…》". A real dev-zh2011
article shows it; the passages are our own, in both scripts (strict xfail: see FAR_TITLE).
Rows as in test_round10_zh.py."""

from __future__ import annotations

import pytest

from event_rows import ev, event_row, passage
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article

SAT = "2025-11-08T12:00:00+08:00"  # Sat 8 Nov 2025
# Tried in round 11b (a 30-token reverse window for the titled-document entry, closed by a verb
# of requiring or saying between or a preposition of ground before the title): it passed these
# passages but moved no set (the one dev-zh2011 article also names no body nor element in that
# sentence), so it was dropped under the brief's rule.
FAR_TITLE = "a title named first stays out of reach of a verb more than one token after it"
# Tried in round 11b (an events.yaml pair 关停/取缔 … 企业/矿点/冶炼厂, reverse for 将…企业关停): it passed
# these passages but moved no set (the dev-zh2011 closure plan is merged into the State Council's
# opinions of the same month in the article), so it was dropped under the brief's rule.
CLOSING = "a state closing plants or mines (关停…企业, 将…企业关停, 取缔…矿点) has no rule"

CASES = [
    passage("plan-to-be-issued-at-a-fair-on-a-day",
            "据工信部消息，《钨产业高质量发展规划》将于11月20日在全国有色金属大会上正式对外发布。", SAT,
            [ev("other_policy", "CHN", (), ("W",), "announced", "2025-11-20", "day")], gap=FAR_TITLE),
    passage("measures-issued-by-an-agent-last-month-traditional",
            "越南《稀土開採管理辦法》已於上月由工貿部印發，明年起實施。", SAT,
            [ev("other_policy", "VNM", (), ("REE",), "announced", "2025-10", "month", "2026")], gap=FAR_TITLE),
    passage("notice-issued-yesterday-by-ministry-in-relative-shape",
            "工信部表示，《关于加强锂电池回收管理的通知》日前经部务会议审议后正式印发。", SAT,
            [ev("other_policy", "CHN", (), ("Li",), "announced", "2025-11", "month")], gap=FAR_TITLE),
    # near misses: a title that is the subject of a verb of requiring, and the 公布 of something
    # else that the document asks for; a title after a comma, cited as the ground of another act.
    passage("title-requiring-others-to-publish-is-no-issuing",
            "根据去年生效的规定，《锂矿开采规范条件》要求企业每年向社会公布开采量。", SAT, []),
    passage("title-cited-as-ground-of-another-act",
            "智利矿业部依據《鋰礦特許經營條例》中的條款對外公布了三家企業的名單。", SAT, []),

    # A state order to stop production for rectification (停产整顿, 停产整改, 责令停产) and its lifting
    # (解除…停产整顿令): other_policy, like a closure order (gold blind10/12-zh: lifted).
    passage("ordered-to-halt-and-rectify-active",
            "湖南省生态环境厅周三责令三家排放超标的锑冶炼厂停产整顿。", SAT,
            [ev("other_policy", "CHN", (), ("Sb",), "announced", "2025-11-05", "day")]),
    passage("halted-for-rectification-passive-traditional",
            "廣西兩座錳礦上月因尾礦庫存在隱患被責令停產整改。", SAT,
            [ev("other_policy", "CHN", (), ("Mn",), "announced", "2025-10", "month")]),
    passage("rectification-order-lifted",
            "云南省上周解除了对四座锡矿的停产整顿令，矿山将陆续恢复出矿。", SAT,
            [ev("other_policy", "CHN", (), ("Sn",), "lifted", "2025-11", "month")],
            [ev("capacity_expansion", "CHN", (), ("Sn",))]),
    # A state closing plants or mines: the verb before its object, or after it with the disposal 将.
    passage("province-closes-small-smelters",
            "广西正着手关停二十余家手续不全的锰冶炼企业。", SAT,
            [ev("other_policy", "CHN", (), ("Mn",))], gap=CLOSING),
    passage("disposal-jiang-then-closing-verb-traditional",
            "江西省擬將省內十二家環保不達標的鎢選礦廠關停。", SAT,
            [ev("other_policy", "CHN", (), ("W",), "proposed")], gap=CLOSING),
    passage("illegal-pits-banned",
            "云南省上月取缔了38个非法锡矿点。", SAT,
            [ev("other_policy", "CHN", (), ("Sn",), "announced", "2025-10", "month")], gap=CLOSING),
    # near misses: a company's own stop for maintenance; a plant idle for lack of ore
    passage("maintenance-stop-is-no-order",
            "一家锂盐厂因设备检修停产两周，预计月底恢复。", SAT, []),
    passage("idle-for-lack-of-ore-is-no-order",
            "由于原料不足，多家钨冶炼厂目前处于停产和半停产状态。", SAT, []),
]


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_round11b_zh(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="r11b", title="r11b", text=text, published=published)])
    rows = {event_row(e) for e in extraction.events}
    assert required <= rows, f"missing {required - rows}; got {rows}"
    assert rows <= required | optional, f"extra {rows - required - optional}"
