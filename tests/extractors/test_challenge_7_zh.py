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
from orewatch.records import Article, Event

SAT = "2025-11-08T12:00:00+08:00"  # Fri 7, Thu 6, Tue 4, Mon 3 Nov


def ev(type_, actor, partners=(), elements=(), phase="announced", date="2025-11", prec="published", eff=None):
    return (type_, actor, tuple(sorted(partners)), tuple(sorted(elements)), phase, date, prec, eff)


def _row(event: Event) -> tuple:
    if event.type == "agreement":
        parties = "-".join(sorted({event.actor, *event.partners} - {None}))
        return ev(event.type, parties, (), event.elements, event.phase, event.date, event.date_precision,
                  event.effective_date)
    return ev(event.type, event.actor, event.partners, event.elements, event.phase, event.date,
              event.date_precision, event.effective_date)


def case(cid, text, required=(), optional=(), published=SAT, gap=None):
    """One passage; `gap`, where given, is why the rules still fail it (a strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, published, set(required), set(optional), id=cid, marks=marks)


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
         "國務院上月頒布《關於加強鎢礦管理的若干意見》；工信部隨後下達今年鎢礦開採總量控制指標。",
         [ev("other_policy", "CHN", (), ("W",), "announced", "2025-10", "month"),
          ev("production_quota", "CHN", (), ("W",), "announced", "2025-10", "month")]),
]


@pytest.mark.parametrize("text,published,required,optional", CASES)
def test_challenge_7_zh(text, published, required, optional):
    (extraction,) = extract_articles([Article(id="c", title="c", text=text, published=published)])
    got = {_row(e) for e in extraction.events}
    assert (required - got, got - required - optional) == (set(), set())
