"""Tests of orewatch.evaluation: SPEC §4 scoring on small hand-built gold and extractions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orewatch.evaluation import (
    check_targets,
    dates_agree,
    format_report,
    load_gold,
    report_to_json,
    score,
)
from orewatch.records import Article, Event, Extraction, Mention, Quantity, stable_id
from tests.conftest import REPO, SHARED, skip_without_shared

SEEDS_GOLD = REPO / "fixtures" / "gold" / "seeds.json"
STORIES_GOLD = REPO / "fixtures" / "gold" / "stories.json"

TITLE = "Lithium miners expand as prices recover"


# --------------------------------------------------------------------------- builders


def gold_file(tmp_path: Path, *articles: dict) -> list:
    """Write a gold file and read it back through load_gold (so the loader is exercised too)."""
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"articles": list(articles)}), encoding="utf-8")
    return load_gold(path)


def gold_article(title: str = TITLE, **fields) -> dict:
    base = {
        "title": title,
        "source": "Ore Daily",
        "published": "2025-03-14T09:00",
        "countries": [],
        "elements": [],
        "title_countries": [],
        "title_elements": [],
        "quantities": [],
        "events": [],
    }
    return {**base, **fields}


def gq(value, unit="t", value_max=None, metric="production", country=None, element=None, year=None, optional=False):
    item = {
        "value": value, "value_max": value_max, "unit": unit, "qualifier": "exact", "change": False,
        "metric": metric, "country": country, "element": element, "year": year,
    }
    if optional:
        item["optional"] = True
    return item


def ge(type_, actor, partners=(), date="2025-03", optional=False):
    item = {"type": type_, "subtype": None, "actor": actor, "partners": list(partners), "elements": [],
            "date": date, "date_precision": "month"}
    if optional:
        item["optional"] = True
    return item


def pq(value, unit="t", value_max=None, metric="production", country=None, element=None, year=None, text=None):
    return Quantity(
        value=float(value), value_max=None if value_max is None else float(value_max), unit=unit,
        qualifier="exact", change=False, metric=metric, country=country, element=element, year=year,
        text=text or f"{value} {unit}", field="text", start=0, end=1,
        sentence=f"Output reached {value} {unit} last year.",
    )


def pe(type_, actor, partners=(), date="2025-03", elements=(), phase="announced", precision="month",
       effective_date=None, subtype=None, sentence=None):
    return Event(
        type=type_, subtype=subtype, actor=actor, partners=tuple(partners), elements=tuple(elements), date=date,
        date_precision=precision, trigger="announced", sentence=sentence or f"{actor} announced a {type_}.",
        field="text", start=0, end=1, phase=phase, effective_date=effective_date,
    )


def mention(code: str, field: str = "text", text: str | None = None) -> Mention:
    return Mention(code=code, text=text or code, field=field, start=0, end=len(text or code))


def extraction(title: str = TITLE, source="Ore Daily", published="2025-03-14T09:00:00+00:00",
               article_id="ar_test", **fields) -> Extraction:
    article = Article(id=article_id, title=title, text="…", source=source, published=published)
    return Extraction(article=article, **{k: tuple(v) for k, v in fields.items()})


# --------------------------------------------------------------------------- quantities


def test_evaluation_quantity_within_half_percent_matches(tmp_path):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(1000)]))
    report = score(gold, [extraction(quantities=[pq(1004.9)])])
    assert (report.kinds["quantities"].tp, report.kinds["quantities"].fp, report.kinds["quantities"].fn) == (1, 0, 0)


def test_evaluation_quantity_beyond_half_percent_is_miss_and_false_positive(tmp_path):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(1000)]))
    report = score(gold, [extraction(quantities=[pq(1006)])])
    q = report.kinds["quantities"]
    assert (q.tp, q.fp, q.fn) == (0, 1, 1)
    assert [f.kind for f in report.false_positives] == ["quantities"]
    assert report.false_positives[0].sentence == "Output reached 1006 t last year."


def test_evaluation_quantity_units_must_be_equal(tmp_path):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(40, unit="%")]))
    report = score(gold, [extraction(quantities=[pq(40, unit="t")])])
    assert report.kinds["quantities"].tp == 0


def test_evaluation_quantity_sign_is_ignored_in_value(tmp_path):
    # "absolute values agree": a decrease of 9.3% read without its sign still matches.
    gold = gold_file(tmp_path, gold_article(quantities=[gq(-9.3, unit="%", metric="price_change")]))
    report = score(gold, [extraction(quantities=[pq(9.3, unit="%", metric="price_change")])])
    assert report.kinds["quantities"].tp == 1
    far = score(gold, [extraction(quantities=[pq(-20, unit="%", metric="price_change")])])
    assert far.kinds["quantities"].tp == 0


def test_evaluation_quantity_prefers_a_required_gold_item_over_an_optional_one(tmp_path):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(100), gq(100.4, optional=True)]))
    q = score(gold, [extraction(quantities=[pq(100.4)])]).kinds["quantities"]
    assert (q.tp, q.fp, q.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    "predicted",
    [pq(40, unit="%"), pq(35, unit="%"), pq(30, unit="%", value_max=35), pq(40, unit="%", value_max=45)],
)
def test_evaluation_quantity_range_matches_on_either_end(tmp_path, predicted):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(35, unit="%", value_max=40)]))
    assert score(gold, [extraction(quantities=[predicted])]).kinds["quantities"].tp == 1


def test_evaluation_quantity_range_with_neither_end_close_does_not_match(tmp_path):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(35, unit="%", value_max=40)]))
    report = score(gold, [extraction(quantities=[pq(37, unit="%")])])
    assert report.kinds["quantities"].tp == 0


def test_evaluation_quantity_repeats_count_once_on_both_sides(tmp_path):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(44e6), gq(44e6), gq(21e6)]))
    report = score(gold, [extraction(quantities=[pq(44e6), pq(44e6), pq(44e6), pq(21e6)])])
    q = report.kinds["quantities"]
    assert (q.tp, q.fp, q.fn) == (2, 0, 0)


def test_evaluation_quantity_matching_is_one_to_one(tmp_path):
    # Two distinct predictions close to one gold value: one matches, the other is a false positive.
    gold = gold_file(tmp_path, gold_article(quantities=[gq(1000)]))
    report = score(gold, [extraction(quantities=[pq(1000), pq(1003)])])
    q = report.kinds["quantities"]
    assert (q.tp, q.fp, q.fn) == (1, 1, 0)
    assert report.false_positives[0].item.startswith("1,003 t")  # the closer one took the match


def test_evaluation_quantity_optional_is_never_miss_nor_false_positive(tmp_path):
    gold = gold_file(
        tmp_path,
        gold_article(quantities=[gq(8.5e9, unit="USD", metric="investment", optional=True),
                                 gq(2e9, unit="USD", optional=True)]),
    )
    report = score(gold, [extraction(quantities=[pq(8.5e9, unit="USD", metric="investment")])])
    q = report.kinds["quantities"]
    assert (q.tp, q.fp, q.fn) == (0, 0, 0)
    assert report.attribution["quantity_metric"].total == 0  # optional matches do not count


def test_evaluation_quantity_attribution_shares(tmp_path):
    gold = gold_file(
        tmp_path,
        gold_article(quantities=[gq(270000, metric="production", country="CHN", element="REE", year=2024),
                                 gq(80, unit="%", metric="imports", country="USA", element="REE")]),
    )
    predicted = [pq(270000, metric="production", country="CHN", element="REE", year=2024),
                 pq(80, unit="%", metric="production", country="CHN", element="REE")]
    report = score(gold, [extraction(quantities=predicted)])
    assert report.attribution["quantity_metric"].share == 0.5
    assert report.attribution["quantity_country"].share == 0.5
    assert report.attribution["quantity_element"].share == 1.0
    assert report.attribution["quantity_year"].share == 1.0
    assert {f.kind for f in report.attribution_errors} == {"quantity_metric", "quantity_country"}


# --------------------------------------------------------------------------- countries, elements


def test_evaluation_blocs_and_world_are_not_scored(tmp_path):
    gold = gold_file(tmp_path, gold_article(countries=["CHN", "EU"]))
    predicted = [mention("CHN"), mention("EU"), mention("WLD"), mention("G7"), mention("MSP")]
    report = score(gold, [extraction(countries=predicted)])
    c = report.kinds["countries"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_evaluation_country_false_positive_names_its_mention(tmp_path):
    gold = gold_file(tmp_path, gold_article(countries=["CHN"]))
    report = score(gold, [extraction(countries=[mention("CHN"), mention("COG", text="Congo")])])
    assert report.kinds["countries"].fp == 1
    assert "'Congo'" in report.false_positives[0].text


def test_evaluation_title_fields_count_only_title_mentions(tmp_path):
    gold = gold_file(
        tmp_path,
        gold_article(countries=["CHN", "USA"], elements=["REE", "Y"], title_countries=["CHN"], title_elements=["Y"]),
    )
    predicted = extraction(
        countries=[mention("CHN", "title", "中国"), mention("USA", "text")],
        elements=[mention("REE", "text"), mention("Y", "text")],
    )
    report = score(gold, [predicted])
    assert report.kinds["countries"].f1 == 1.0
    assert (report.kinds["title_countries"].tp, report.kinds["title_countries"].fp) == (1, 0)
    # Y is named in the text only: a miss for the title set, a hit for the document set.
    assert (report.kinds["title_elements"].tp, report.kinds["title_elements"].fn) == (0, 1)
    assert report.kinds["elements"].tp == 2


# --------------------------------------------------------------------------- events


def test_evaluation_agreement_key_is_the_set_of_parties(tmp_path):
    gold = gold_file(tmp_path, gold_article(events=[ge("agreement", "USA", ["AUS"])]))
    report = score(gold, [extraction(events=[pe("agreement", "AUS", ["USA"])])])
    assert report.kinds["events"].tp == 1


def test_evaluation_non_agreement_key_is_type_and_actor(tmp_path):
    gold = gold_file(tmp_path, gold_article(events=[ge("export_restriction", "CHN", ["USA"])]))
    swapped = score(gold, [extraction(events=[pe("export_restriction", "USA", ["CHN"])])])
    assert (swapped.kinds["events"].tp, swapped.kinds["events"].fn, swapped.kinds["events"].fp) == (0, 1, 1)
    # Partners are not part of the key for other types.
    other_target = score(gold, [extraction(events=[pe("export_restriction", "CHN", ["JPN"])])])
    assert other_target.kinds["events"].tp == 1


def test_evaluation_agreement_with_a_different_party_set_does_not_match(tmp_path):
    gold = gold_file(tmp_path, gold_article(events=[ge("agreement", "USA", ["AUS"])]))
    report = score(gold, [extraction(events=[pe("agreement", "USA", ["JPN"])])])
    assert report.kinds["events"].tp == 0


def test_evaluation_event_optional_and_one_to_one(tmp_path):
    gold = gold_file(
        tmp_path,
        gold_article(events=[ge("tariff", "USA"), ge("stockpile", "USA", optional=True),
                             ge("investment", "JPN", optional=True)]),
    )
    predicted = [pe("tariff", "USA"), pe("tariff", "USA"), pe("stockpile", "USA")]
    e = score(gold, [extraction(events=predicted)]).kinds["events"]
    assert (e.tp, e.fp, e.fn) == (1, 1, 0)


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("2025-10-09", "2025-10", True),
        ("2025-10", "2025-10-28", True),
        ("2025-11", "2025-10", False),
        ("2025-03", "2025", True),
        ("2024-03", "2025", False),
        ("2025", "2025-03", False),
        (None, None, True),
        (None, "2025-10", False),
    ],
)
def test_evaluation_dates_agree_to_the_month(predicted, gold, agree):
    assert dates_agree(predicted, gold) is agree


def test_evaluation_event_date_share(tmp_path):
    gold = gold_file(tmp_path, gold_article(events=[ge("tariff", "USA", date="2025-04"),
                                                    ge("export_restriction", "CHN", date="2025-10")]))
    predicted = [pe("tariff", "USA", date="2025-04-02"), pe("export_restriction", "CHN", date="2025-03")]
    report = score(gold, [extraction(events=predicted)])
    assert report.attribution["event_date_month"].right == 1
    assert report.attribution["event_date_month"].total == 2
    assert report.attribution_errors[0].kind == "event_date_month"


def test_evaluation_same_key_events_pair_by_date(tmp_path):
    # Two CHN export restrictions in different months: each prediction pairs with its own month.
    gold = gold_file(tmp_path, gold_article(events=[ge("export_restriction", "CHN", date="2023-07"),
                                                    ge("export_restriction", "CHN", date="2025-04")]))
    predicted = [pe("export_restriction", "CHN", date="2025-04"), pe("export_restriction", "CHN", date="2023-07")]
    report = score(gold, [extraction(events=predicted)])
    assert report.attribution["event_date_month"].share == 1.0


# --------------------------------------------------------------------------- articles


def test_evaluation_missing_gold_article_counts_all_required_items(tmp_path):
    gold = gold_file(
        tmp_path,
        gold_article(countries=["CHN", "USA"], elements=["REE"], title_countries=["CHN"],
                     quantities=[gq(1000), gq(5, unit="%", optional=True)],
                     events=[ge("tariff", "USA"), ge("stockpile", "USA", optional=True)]),
    )
    report = score(gold, [extraction(title="A different story")])
    assert report.missing_articles == [TITLE]
    assert report.articles_scored == 0 and report.articles_unscored == 1
    fn = {k: s.fn for k, s in report.kinds.items()}
    assert fn == {"countries": 2, "elements": 1, "title_countries": 1, "title_elements": 0,
                  "quantities": 1, "events": 1}
    assert f"gold article not found in input: {TITLE}" in format_report(report)


def test_evaluation_titles_match_after_nfkc_and_whitespace_folding(tmp_path):
    gold = gold_file(tmp_path, gold_article(title="供需失衡,稀土“钇”今年涨了1500%", countries=["AUS"]))
    predicted = extraction(title="供需失衡，稀土“钇”今年涨了１５００%  ", countries=[mention("AUS")])
    report = score(gold, [predicted])
    assert report.missing_articles == []
    assert report.kinds["countries"].tp == 1


def test_evaluation_duplicate_titles_are_told_apart_by_source(tmp_path):
    gold = gold_file(
        tmp_path,
        gold_article(title="Rare earth prices", source="Wire A", countries=["CHN"]),
        gold_article(title="Rare earth prices", source="Wire B", countries=["JPN"]),
    )
    predicted = [
        extraction(title="Rare earth prices", source="Wire B", countries=[mention("JPN")]),
        extraction(title="Rare earth prices", source="Wire A", countries=[mention("CHN")]),
    ]
    c = score(gold, predicted).kinds["countries"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)


# --------------------------------------------------------------------------- output and targets


def test_evaluation_format_report_lists_every_miss_and_false_positive(tmp_path):
    gold = gold_file(tmp_path, gold_article(quantities=[gq(1000)], events=[ge("tariff", "USA")]))
    report = score(gold, [extraction(quantities=[pq(7, unit="%")], events=[pe("stockpile", "JPN")])])
    text = format_report(report)
    assert "MISSES (2)" in text and "FALSE POSITIVES (2)" in text
    assert "sentence: Output reached 7 % last year." in text
    assert "sentence: JPN announced a stockpile." in text
    assert text.splitlines()[2].split() == ["kind", "tp", "fp", "fn", "P", "R", "F1"]


def test_evaluation_report_to_json_round_trips(tmp_path):
    gold = gold_file(tmp_path, gold_article(countries=["CHN"], quantities=[gq(1000)]))
    report = score(gold, [extraction(countries=[mention("CHN")], quantities=[pq(1000)])])
    data = json.loads(json.dumps(report_to_json(report)))
    assert data["kinds"]["countries"]["f1"] == 1.0
    assert data["attribution"]["quantity_metric"] == {"right": 1, "total": 1, "share": 1.0}
    assert data["attribution"]["event_date_month"]["share"] is None


def test_evaluation_check_targets_reports_each_floor_not_reached(tmp_path):
    gold = gold_file(tmp_path, gold_article(countries=["CHN", "USA"], quantities=[gq(1000, country="CHN")]))
    report = score(gold, [extraction(countries=[mention("CHN")], quantities=[pq(1000, country="USA")])])
    failures = check_targets(
        report,
        {"countries": 0.97, "quantities": 0.93, "quantity_country": 0.9, "events.recall": 0.5,
         "event_date_month": 0.85, "bogus": 1.0},
    )
    # Every failure, and only those (quantities and events.recall are met).
    assert sorted(f.split(":")[0] for f in failures) == ["bogus", "countries", "event_date_month", "quantity_country"]
    starts = ("countries: 0.667 < 0.970", "quantity_country: 0.000", "event_date_month: no matched items",
              "bogus: unknown target")
    assert all(any(f.startswith(s) for f in failures) for s in starts), failures
    assert check_targets(report, {"quantities": 0.93}) == []


def test_evaluation_load_gold_rejects_a_quantity_without_unit(tmp_path):
    bad = gold_article(quantities=[{"value": 3}])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"articles": [bad]}), encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json: article 1"):
        load_gold(path)


# --------------------------------------------------------------------------- gold files


def _extraction_from_gold(article) -> Extraction:
    """A perfect prediction built from a gold article: scoring it must give 1.0 everywhere."""
    countries = [mention(c, "title" if c in article.title_countries else "text") for c in article.countries]
    elements = [mention(e, "title" if e in article.title_elements else "text") for e in article.elements]
    quantities = [pq(q.value, q.unit, q.value_max, q.metric, q.country, q.element, q.year)
                  for q in article.quantities if not q.optional]
    events = [pe(e.type, e.actor, e.partners, e.date, e.elements, e.phase or "announced", e.date_precision,
                 e.effective_date, e.subtype, f"Event {n} of the article.")
              for n, e in enumerate(article.events) if not e.optional]
    return extraction(title=article.title, source=article.source, published=article.published,
                      countries=countries, elements=elements, quantities=quantities, events=events,
                      article_id=stable_id("ar", article.title))


GOLD_FILES = [
    pytest.param(SEEDS_GOLD, id="seeds.json"),
    pytest.param(STORIES_GOLD, id="stories.json"),
    *(pytest.param(REPO / "fixtures" / "gold" / f"{name}.json", id=f"{name}.json")
      for name in ("corpus", "heldout", "dev-en2-a", "dev-en2-b", "dev-en1", "dev-rthk", "dev-zh2011")),
    pytest.param(SHARED / "gold" / "seeds-dev-examples.json", id="shared-dev-examples", marks=pytest.mark.shared),
]
UNITS_OUTSIDE_CURRENCIES = {"t", "%", "USD/kg", "USD/t", "USD/mtu", "CNY/t", "CNY/kg"}
METRICS = {"reserves", "production", "processing", "capacity", "exports", "imports", "consumption",
           "demand", "price", "price_change", "investment", "tariff", "other"}
EVENT_TYPES = {"export_restriction", "import_restriction", "tariff", "production_quota", "investment",
               "agreement", "capacity_expansion", "stockpile", "other_policy"}


@pytest.mark.parametrize("path", GOLD_FILES)
def test_evaluation_gold_file_scores_perfectly_against_itself(path):
    skip_without_shared(path)
    gold = load_gold(path)
    report = score(gold, [_extraction_from_gold(a) for a in gold])
    assert all(s.f1 == 1.0 for s in report.kinds.values()), format_report(report)
    assert all(s.share in (None, 1.0) for s in report.attribution.values()), format_report(report)
    # Stories: on the story gold, clustering the gold's own events gives back its story labels.
    # (Elsewhere the labels are the annotators' reading of one measure across articles, which the
    # clustering need not reproduce from the events alone: that is what `orewatch eval` measures.)
    if path == STORIES_GOLD:
        assert (report.stories.precision, report.stories.recall) == (1.0, 1.0), format_report(report)


@pytest.mark.parametrize("path", GOLD_FILES)
def test_evaluation_gold_file_uses_spec_vocabulary(path):
    skip_without_shared(path)
    for article in load_gold(path):
        assert article.title_countries <= article.countries, article.title
        assert article.title_elements <= article.elements, article.title
        for q in article.quantities:
            # SPEC §2: t, %, a currency code, or a price: any currency over kg or t (or USD/mtu).
            currency, _, per = q.unit.partition("/")
            assert q.unit in UNITS_OUTSIDE_CURRENCIES or (
                len(currency) == 3 and currency.isupper() and per in {"", "kg", "t"}), q
            assert q.metric in METRICS, q
            assert q.value_max is None or q.value_max > q.value, q
        for e in article.events:
            assert e.type in EVENT_TYPES, e
            # An undated article's background measure has no date at all (fixtures/gold/README.md).
            assert e.date_precision in {"day", "month", "quarter", "year", "published"} or (
                e.date is None and e.date_precision is None), e


@pytest.mark.shared
def test_evaluation_seeds_gold_titles_are_seed_title_lines():
    seeds = SHARED / "seeds"
    skip_without_shared(seeds)
    lines = {line.strip() for path in seeds.glob("*.txt") for line in path.read_text(encoding="utf-8").splitlines()}
    titles = [a.title for a in load_gold(SEEDS_GOLD)]
    assert len(titles) == len(set(titles)) == 8
    assert [t for t in titles if t not in lines] == []
