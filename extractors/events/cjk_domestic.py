"""A domestic firm in a mainland outlet: "国内锂盐企业锦江锂业", "国内钴业龙头腾远新材", "国内多家冶炼
企业". 国内 ("at home") before a company's head noun, in the same phrase, names a Chinese firm
(gold README, blind8-zh: a mainland outlet's 国内 = domestic: CHN). Simplified only: a Taiwan or
Hong Kong outlet's 國內 is its own home, not China. 内地 (the mainland, in either script: "由內地企業
控股的…項目" in a Hong Kong paper) names a Chinese firm wherever it is written, and so does 大陆/大陸 (the
mainland: "一家大陸鋰企", round 10b), not after 洲 or 新 (非洲大陆, 新大陆: a continent) nor in 大陆架.

The other way round, a country before 上市 (listed: "澳大利亚上市公司南岭资源") is where a company's
shares trade, not its country nor a party of what it does (gold README, blind9-zh)."""

from __future__ import annotations

import re

from orewatch.extractors._shared.facts import DocFacts

DOMESTIC = ("国内", "内地", "內地", "大陆", "大陸")
# 国内, up to ten characters of trade or size (no punctuation, no verb of a clause), then the
# head noun of a company: 企业, 公司, 龙头 (a sector's leader), 集团, 厂商, 大厂, 生产商, 锂企 (…企)
DOMESTIC_FIRM = re.compile(r"(?<![洲新])(?:国内|内地|內地|大陆|大陸)[^\W\d_]{0,10}?(?:企业|企業|公司|龙头|龍頭|集团|集團|厂商|廠商|大厂|大廠|生产商|生產商|企)")
# what turns the phrase into something else: a market or a price (国内市场, 国内价格), the
# domestic side of a comparison (国内外)
NOT_FIRM = re.compile(r"(?:国内|内地|內地|大陆|大陸)(?:外|架|市场|市場|价格|價格|现货|現貨|需求|供应|供應|产量|產量|消费|消費)")


def domestic_firms(facts: DocFacts) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the 国内 firms of the text."""
    text = facts.text
    if not any(d in text for d in DOMESTIC):  # the cheap gate: most texts never say it
        return []
    out = []
    for m in DOMESTIC_FIRM.finditer(text):
        if NOT_FIRM.match(text, m.start()):
            continue
        out.append((facts.token_at(m.start()), facts.token_at(m.end() - 1) + 1))
    return out


LISTED = ("上市",)


def listing_place(text: str, end: int) -> bool:
    """The country mention ending at character `end` is a listing place ("澳大利亚上市公司")."""
    return text.startswith(LISTED, end)
