"""Date expressions and their resolution against the publication date (extractors/event_dates.py),
with the expressions named in SPEC §2 and the issue, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import events_of

from orewatch.extractors.events.dates import (
    choose_date,
    find_dates,
    parse_published,
    published_fallback,
)

PUBLISHED = date(2025, 10, 28)  # a Tuesday


def only_date(text: str, published: date | None = PUBLISHED) -> tuple[str, str, str]:
    found = find_dates(text, published)
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0].date, found[0].precision, found[0].role


@pytest.mark.parametrize(
    ("text", "expected_date", "precision"),
    [
        ("Beijing announced the controls on June 7, 2025.", "2025-06-07", "day"),
        ("The ban took shape in May 2025.", "2025-05", "month"),
        ("Quotas were cut in early 2025.", "2025-01", "quarter"),
        ("The mine opens in mid-2025.", "2025-07", "quarter"),
        ("The plant was approved in late 2024.", "2024-10", "quarter"),
        ("Output rose in Q3 2025.", "2025-07", "quarter"),
        ("Output rose in the third quarter.", "2025-07", "quarter"),
        ("Exports fell this year.", "2025", "year"),
        ("The duty was set last year.", "2024", "year"),
        ("The curbs began last month.", "2025-09", "month"),
        ("The ministry acted last week.", "2025-10", "month"),
        ("The ministry acted last Friday.", "2025-10-24", "day"),
        ("The ministry said on Tuesday it would act.", "2025-10-28", "day"),
        ("The ministry said on Monday it would act.", "2025-10-27", "day"),
        ("The quota was cut at the end of last year.", "2024-10", "quarter"),
        ("Prices rose earlier this year.", "2025", "year"),
        ("The rules date from a decision in 2023.", "2023", "year"),
        ("The ministry said yesterday it would act.", "2025-10-27", "day"),
        ("中国于2025年4月4日宣布出口管制。", "2025-04-04", "day"),
        ("今年稀土出口下降。", "2025", "year"),
        ("去年实施了管制。", "2024", "year"),
        ("上月公布了配额。", "2025-09", "month"),
        ("4月公布了配额。", "2025-04", "month"),
        ("The agreement was signed on 8 September 2025.", "2025-09-08", "day"),
        ("The ban was imposed in February.", "2025-02", "month"),
        ("The ban was imposed in November.", "2024-11", "month"),
    ],
)
def test_event_dates_resolve_against_publication(text, expected_date, precision):
    found_date, found_precision, _ = only_date(text)
    assert (found_date, found_precision) == (expected_date, precision)


@pytest.mark.parametrize(
    ("text", "expected_date", "role"),
    [
        ("Permits will be required from Dec. 1.", "2025-12-01", "effective"),
        ("The rules take effect on January 5.", "2026-01-05", "effective"),
        ("The rules will be enforced in November.", "2025-11", "when"),
        ("新规定10月1日起施行。", "2025-10-01", "effective"),
        ("The suspension lasts until November 27, 2026.", "2026-11-27", "deadline"),
        ("Miners must comply by the end of the year.", "2025-10", "deadline"),
    ],
)
def test_event_dates_roles(text, expected_date, role):
    found_date, _, found_role = only_date(text)
    assert (found_date, found_role) == (expected_date, role)


@pytest.mark.parametrize(
    "text",
    [
        "China may impose curbs on cobalt.",  # "may" the verb, not May
        "It kept its 2011 quota at 2010 levels.",  # years as modifiers
        "Sales rose in the December quarter.",  # a reporting period
        "Prices rose 53% in the quarter.",
    ],
)
def test_event_dates_ignore_non_dates(text):
    assert find_dates(text, PUBLISHED) == []


def test_event_dates_reporting_period_is_not_its_month():
    assert [d.date for d in find_dates("Revenue was the highest since the April 2023 quarter.", PUBLISHED)] == []


def test_event_dates_first_half_is_a_period():
    (found,) = find_dates("Exports of 15,110 tonnes are allowed in the first six months of 2014.", PUBLISHED)
    assert found.role == "period"


def test_event_dates_choose_prefers_plain_date_over_effective():
    text = "On Oct 9, the ministry said that from Dec 1 permits will be needed."
    dates = find_dates(text, PUBLISHED)
    chosen = choose_date(dates, text.index("permits"), text.index("permits") + 7)
    assert (chosen.date, chosen.role) == ("2025-10-09", "when")


def test_event_dates_choose_effective_when_alone():
    text = "Permits will be needed from Dec 1."
    chosen = choose_date(find_dates(text, PUBLISHED), 0, 7)
    assert chosen.date == "2025-12-01"


def test_event_dates_choose_never_a_deadline():
    text = "The suspension runs until November 27, 2026."
    assert choose_date(find_dates(text, PUBLISHED), 4, 14) is None


def test_event_dates_relative_need_publication():
    assert find_dates("The curbs began last month.", None) == []
    assert [d.date for d in find_dates("The curbs began in May 2025.", None)] == ["2025-05"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-10-28T11:24:00+08:00", date(2025, 10, 28)),
        ("2025-10-28T23:30:00-05:00", date(2025, 10, 28)),  # the source's local day
        ("2011-03-15T08:57:55", date(2011, 3, 15)),
        ("2013-12-13", date(2013, 12, 13)),
        ("2025-10-28T11:24", date(2025, 10, 28)),
        (None, None),
        ("not a date", None),
    ],
)
def test_event_dates_parse_published(published, expected):
    assert parse_published(published) == expected


def test_event_dates_published_fallback_is_publication_month():
    assert published_fallback(date(2025, 10, 28)) == ("2025-10", "published")
    assert published_fallback(None) == (None, None)


def test_event_dates_a_year_of_the_measure_yields_to_the_day_it_was_reported():
    # "quotas this year" is the quotas' period; "said on Friday" dates the announcement
    text = "Vietnam has set its second batch of quotas this year for tin mining, the ministry said on Friday."
    assert [(e.date, e.date_precision) for e in events_of(text)] == [("2025-10-24", "day")]
    # with no day reported, the year stands
    assert [(e.date, e.date_precision) for e in events_of("Vietnam has cut its tin export quotas this year, the ministry said.")] == [
        ("2025", "year")
    ]


def test_event_dates_a_year_modifying_the_measures_noun_is_its_period():
    # "the second batch of 2026 tungsten quotas": the year the quotas cover, not the day they were set.
    found = find_dates("The ministry issued the second batch of 2026 tungsten mining quotas.", date(2026, 8, 20))
    assert [(d.text, d.role) for d in found] == [("2026", "period")]
    found = find_dates("Output is down 4% from the first batch of last year, the ministry said.", date(2026, 8, 20))
    assert [(d.text, d.role) for d in found] == [("last year", "period")]
    found = find_dates("In 2026 the ministry cut the quota.", date(2026, 8, 20))
    assert [(d.text, d.role) for d in found] == [("2026", "when")]


def test_event_dates_a_numbered_documents_date_is_part_of_its_name():
    text = "Recalling Decree No. 12/2026 of March 3rd 2026 on cobalt exports, the regulator extended the ban on June 30th 2026."
    assert [(d.text, d.role) for d in find_dates(text, date(2026, 7, 2))] == [("June 30th 2026", "when")]
    assert [d.text for d in find_dates("Announcement No. 18 of 2026 adds seven elements.", date(2026, 7, 2))] == []
    assert [d.text for d in find_dates("There is no quota of 2026 yet, but in March 2026 it was cut.", date(2026, 7, 2))] == ["2026", "March 2026"]
