"""A foreign asset named by its owner (issue 10, round 10b): in a Chinese phrase whose owner is a
country-funded or domestic company, a country named after the owner places the asset, it does
not build or buy it: "由中资企业控股的赞比亚铜矿项目投产", "中資礦企剛果（金）鋰礦…首期投資",
"内地企业持股的津巴布韦锂矿建成". The owner's country acts; the host becomes a partner (the
partner rules read it as any named host of a plant or a stake).

The owner is a funded compound (中资, 美資, 中企: investors.py) or a 国内/内地/大陆 firm
(cjk_domestic.py); owner and host stand in one phrase: no clause stop between them. A host
followed by its state (赞比亚政府, 剛果（金）礦業部) is a party of its own and stays."""

from __future__ import annotations

import re

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.cjk_domestic import DOMESTIC
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.investors import FUNDED
from orewatch.extractors.events.labels import NameKind

PHRASE_STOPS = frozenset("，,。；;：:！？!?")
OWNER_REACH = 24  # characters from the owner to the host
# a state after the host's name: the host acts as a government, it is no place
STATE_AFTER = re.compile(r"(?:（[^）]{1,3}）)?(?:政府|当局|當局|总统|總統|议会|議會|国会|國會|[^\W\d_]{0,3}?部(?!分)|央行|国家|國家)")


def _owner(w: DocFacts, m: Party) -> bool:
    """The party names a company by its country: 中资, 美資企业, 中企, or 国内/内地 + company."""
    if m.kind == NameKind.COUNTRY and m.end < w.n and w.lower(m.end) in FUNDED:
        return True
    return m.kind == NameKind.BODY and w.text.startswith(DOMESTIC, w.starts[m.start])


def owned_hosts(w: DocFacts, names: list[Party]) -> list[Party]:
    """`names` (the parties before an investment or a plant) without the countries that place
    an owner's asset; unchanged when no owner stands among them (the cheap gate)."""
    names = [m for m in names if not _bought(w, m)] or names
    owners = [m for m in names if _owner(w, m)]
    if not owners:
        return names
    return [m for m in names if not _placed(w, m, owners)]


# the verbs whose object is an asset bought or funded ("收购阿根廷一个盐湖项目", "入股了秘鲁铜矿")
BUYING = ("收购", "收購", "并购", "併購", "入股", "认购", "認購", "买下", "買下", "投资", "投資")


def _bought(w: DocFacts, m: Party) -> bool:
    """A country opening the object of a buying verb places the asset bought: a plant the buyer
    builds later in the sentence ("收购阿根廷一个盐湖项目，并预计2027年建成…产能") is the buyer's."""
    if m.kind != NameKind.COUNTRY:
        return False
    start = w.starts[m.start]
    return w.text.endswith(BUYING, 0, start) or (w.text.endswith("了", 0, start) and w.text.endswith(BUYING, 0, start - 1))


def _placed(w: DocFacts, m: Party, owners: list[Party]) -> bool:
    if m.kind != NameKind.COUNTRY or _owner(w, m):
        return False
    start = w.starts[m.start]
    for o in owners:
        if o.code == m.code or o.end > m.start:
            continue
        between = w.text[w.ends[o.end - 1] : start]
        if len(between) <= OWNER_REACH and not PHRASE_STOPS.intersection(between):
            return STATE_AFTER.match(w.text, w.ends[m.end - 1]) is None
    return False


def placed_by_owner(w: DocFacts, m: Party, mentions: list[Party]) -> bool:
    """The country mention `m` places the asset of an owner named before it in its phrase (a
    host, for the partner rules)."""
    return _placed(w, m, [o for o in mentions if _owner(w, o)])


def bought_host(w: DocFacts, trigger, seg_start: int, mentions: list[Party], actor: str | None) -> tuple[str, ...]:
    """The host of a plant its buyer builds after buying an asset earlier in the sentence (the
    country that opened the bought object), for a plant whose own clause names none."""
    if trigger.type != "capacity_expansion":
        return ()
    bought = [m for m in mentions if seg_start <= m.start and m.end <= trigger.start and m.code != actor and _bought(w, m)]
    return (bought[-1].code,) if bought else ()
