"""orewatch.stories.assign_stories: which reports are of one measure (SPEC §2 "Stories"),
independent of order, with ids that survive reports arriving and leaving."""

from __future__ import annotations

import itertools
import random

from orewatch.stories import StoryReport, assign_stories, story_block

ER = "export_restriction"


def report(n: int, date: str | None, precision: str | None = "day", elements=("Ga",), partners=(), *,
           type_: str = ER, actor: str | None = "CHN", phase: str = "announced", effective: str | None = None,
           published: str | None = None, article: str | None = None) -> StoryReport:
    return StoryReport(f"ev_{n}", article or f"ar_{n}", type_, actor, tuple(partners), tuple(elements), date,
                       precision, phase, effective, published or (date if precision == "day" else None))


def groups(reports) -> set[frozenset[str]]:
    """The partition of event ids into stories, ids left out: what the assertions compare."""
    by_story: dict[str, set[str]] = {}
    for event, story in assign_stories(reports).items():
        by_story.setdefault(story, set()).add(event)
    return {frozenset(members) for members in by_story.values()}


def test_stories_reports_of_one_month_with_nested_elements_are_one_story():
    reports = [report(1, "2023-07-03", elements=("Ga", "Ge")), report(2, "2023-07-05", elements=("Ga",)),
               report(3, "2023-07", "month", elements=("Ge",)), report(4, "2023-07-04", elements=())]
    assert groups(reports) == {frozenset({"ev_1", "ev_2", "ev_3", "ev_4"})}


def test_stories_look_alikes_stay_apart():
    reports = [
        report(1, "2023-07-03"), report(2, "2025-07-14"),  # the same control, two years apart
        report(3, "2025-02-20", type_="production_quota", elements=("REE",)),  # two quota batches
        report(4, "2025-08-27", type_="production_quota", elements=("REE",)),
        report(5, "2025-10-09", elements=("REE",)), report(6, "2025-10-09", elements=("graphite",)),  # same day
        report(7, "2025-07-01", actor="USA"),  # same month as 2, another actor
        report(8, "2025-07-20", type_="tariff"),  # same month as 2, another type
        report(9, "2025-07-21", partners=("USA",), elements=("Sb",)),  # no nesting with 2
    ]
    assert groups(reports) == {frozenset({f"ev_{n}"}) for n in range(1, 10)}


def test_stories_partners_must_nest_too():
    reports = [report(1, "2025-03-04", partners=("USA",)), report(2, "2025-03-05", partners=("USA", "CAN")),
               report(3, "2025-03-06", partners=()), report(4, "2025-03-07", partners=("JPN",))]
    assert groups(reports) == {frozenset({"ev_1", "ev_2", "ev_3"}), frozenset({"ev_4"})}


def test_stories_a_vague_report_joins_the_most_reported_measure_of_its_month():
    reports = [report(1, "2025-10-09", elements=("REE",)), report(2, "2025-10-10", elements=("REE",)),
               report(3, "2025-10-09", elements=("graphite",)), report(4, "2025-10-12", elements=())]
    assert groups(reports) == {frozenset({"ev_1", "ev_2", "ev_4"}), frozenset({"ev_3"})}


def test_stories_undated_reports_join_within_45_days_of_publication():
    measure = report(1, "2025-05-14")
    near = report(2, "2025-06", "published", published="2025-06-28T09:00:00+08:00")  # 45 days after
    far = report(3, "2025-06", "published", published="2025-06-29T09:00:00+08:00")  # 46 days after
    assert groups([measure, near, far]) == {frozenset({"ev_1", "ev_2"}), frozenset({"ev_3"})}
    # Undated reports with no measure near them group among themselves, within the same window.
    alone = [report(4, "2025-01", "published", published="2025-01-05T08:00:00+00:00"),
             report(5, "2025-02", "published", published="2025-02-10T08:00:00+00:00"),
             report(6, "2025-03", "published", published="2025-03-30T08:00:00+00:00")]
    assert groups(alone) == {frozenset({"ev_4", "ev_5"}), frozenset({"ev_6"})}


def test_stories_undated_reports_never_join_two_measures_together():
    # Each measure is within 45 days of the undated report; it joins the nearer one only.
    reports = [report(1, "2025-05-02"), report(2, "2025-06-20"),
               report(3, "2025-06", "published", published="2025-06-01T08:00:00+00:00")]
    assert groups(reports) == {frozenset({"ev_1"}), frozenset({"ev_2", "ev_3"})}


def test_stories_an_undated_report_joins_the_most_reported_measure_within_reach():
    # Three reports of a May measure, one of another in June (say, a slip that added a partner):
    # "China's gallium curbs", published in June and nearer the lone one, joins the May measure.
    reports = [report(1, "2025-05-02"), report(2, "2025-05-03"), report(3, "2025-05-04"),
               report(4, "2025-06-02", partners=("RUS",)),
               report(5, "2025-06", "published", published="2025-06-10T08:00:00+00:00")]
    assert groups(reports) == {frozenset({"ev_1", "ev_2", "ev_3", "ev_5"}), frozenset({"ev_4"})}


def test_stories_a_year_precision_report_joins_a_measure_of_its_year():
    reports = [report(1, "2025-02-20", type_="production_quota", elements=("REE",)),
               report(2, "2025", "year", type_="production_quota", elements=("REE",),
                      published="2025-02-24T10:00:00+00:00"),
               report(3, "2026", "year", type_="production_quota", elements=("REE",),
                      published="2026-02-24T10:00:00+00:00")]
    assert groups(reports) == {frozenset({"ev_1", "ev_2"}), frozenset({"ev_3"})}


def test_stories_suspension_extension_and_lifting_join_the_measure_they_act_on():
    ban = [report(1, "2025-02-22", elements=("Co",), actor="COD"),
           report(2, "2025-02-22", elements=("Co",), actor="COD", published="2025-03-03T09:00:00+00:00")]
    extended = report(3, "2025-06-21", elements=("Co",), actor="COD", phase="extended")
    lifted = report(4, "2025-09-20", elements=("Co",), actor="COD", phase="lifted", effective="2025-10-16")
    quota = report(5, "2025-09", "month", elements=("Co",), actor="COD", effective="2025-10-16")  # replaces it
    assert groups([*ban, extended, lifted, quota]) == {frozenset({"ev_1", "ev_2", "ev_3", "ev_4"}), frozenset({"ev_5"})}


def test_stories_a_suspension_joins_the_measure_it_names_most_fully():
    older_ban = report(1, "2024-12-03", elements=("Ga", "Ge", "Sb"), partners=("USA",))
    later_control = report(2, "2025-05-14", elements=("Ga",))
    suspension = report(3, "2025-11-09", elements=("Ga", "Ge", "Sb"), partners=("USA",), phase="suspended")
    assert groups([older_ban, later_control, suspension]) == {frozenset({"ev_1", "ev_3"}), frozenset({"ev_2"})}


def test_stories_a_lifting_with_no_measure_is_a_story_with_the_other_reports_of_it():
    reports = [report(1, "2025-11-09", phase="lifted"), report(2, "2025-11-10", phase="lifted"),
               report(3, "2026-04-01", phase="lifted")]
    assert groups(reports) == {frozenset({"ev_1", "ev_2"}), frozenset({"ev_3"})}


def test_stories_taking_effect_joins_the_decision_through_its_effective_month():
    decision = report(1, "2023-07-03", elements=("Ga", "Ge"), effective="2023-08-01")
    in_force = report(2, "2023-08-01", elements=("Ga", "Ge"), phase="effective", effective="2023-08-01")
    other = report(3, "2023-08-20", elements=("Ga",))  # decided in August: not the July decision
    assert groups([decision, in_force, other]) == {frozenset({"ev_1", "ev_2"}), frozenset({"ev_3"})}


def test_stories_agreements_compare_all_parties_whichever_is_the_actor():
    reports = [report(1, "2025-10-20", type_="agreement", actor="AUS", partners=("USA",), elements=()),
               report(2, "2025-10-20", type_="agreement", actor="USA", partners=("AUS",), elements=()),
               report(3, "2025-10-28", type_="agreement", actor="JPN", partners=("USA",), elements=())]
    assert story_block("agreement", "AUS") == story_block("agreement", "USA")
    assert groups(reports) == {frozenset({"ev_1", "ev_2"}), frozenset({"ev_3"})}


def _sample() -> list[StoryReport]:
    return [
        report(1, "2023-07-03", elements=("Ga", "Ge"), effective="2023-08-01"), report(2, "2023-07", "month"),
        report(3, "2023-08-01", elements=("Ga", "Ge"), phase="effective"),
        report(4, "2023-07", "published", published="2023-07-20T08:00:00+08:00"),
        report(5, "2025-05-14"), report(6, "2025-05-14", elements=()), report(7, "2025-05-20", elements=("Ge",)),
        report(8, "2025-06", "published", published="2025-06-12T15:00:00+08:00"),
        report(9, "2024-12-03", elements=("Ga", "Ge", "Sb"), partners=("USA",)),
        report(10, "2025-11-09", elements=("Ga", "Ge", "Sb"), partners=("USA",), phase="suspended"),
        report(11, "2025-10-20", type_="agreement", actor="AUS", partners=("USA",), elements=()),
        report(12, "2025-10", "month", type_="agreement", actor="USA", partners=("AUS",), elements=()),
    ]


def test_stories_do_not_depend_on_the_order_of_reports():
    sample = _sample()
    expected = assign_stories(sample)
    rng = random.Random(20261206)
    for _ in range(200):
        assert assign_stories(rng.sample(sample, len(sample))) == expected
    assert assign_stories(reversed(sample)) == expected


def test_stories_ids_do_not_depend_on_which_report_arrived_first():
    """A story's id is its measure's (type, actor, month): an earlier-dated or fuller report
    arriving late joins the story without renaming it."""
    partial = [report(2, "2023-07-10", elements=("Ga",)), report(4, "2023-07", "published",
                                                                   published="2023-07-20T08:00:00+08:00")]
    before = assign_stories(partial)
    fuller_and_earlier = report(1, "2023-07-03", elements=("Ga", "Ge"))
    after = assign_stories([*partial, fuller_and_earlier])
    assert {after[e] for e in before} == set(before.values()) and len(set(before.values())) == 1
    assert after["ev_1"] == before["ev_2"]


def test_stories_removing_a_report_moves_only_the_reports_that_hung_on_it():
    """Leaving a report out (what re-extracting its article may do) moves no other report,
    except those whose story only that report tied them to (docs/stories.md)."""
    sample = _sample()
    full = assign_stories(sample)
    moved = {}
    for left_out in sample:
        rest = assign_stories([r for r in sample if r is not left_out])
        moved[left_out.event_id] = {e for e, story in rest.items() if story != full[e]}
    assert moved == {
        "ev_1": {"ev_3"},  # the only report giving the effective month: "takes effect" loses its decision
        "ev_5": {"ev_7", "ev_8"},  # the only gallium report of May 2025: the undated gallium report
        # finds no measure, and the germanium one becomes the month's main story (its plain id)
        "ev_9": {"ev_10"},  # the only report of the ban: its suspension has nothing to act on
        **{f"ev_{n}": set() for n in (2, 3, 4, 6, 7, 8, 10, 11, 12)},
    }


def test_stories_a_second_measure_of_a_month_keeps_the_first_one_s_id():
    main = [report(1, "2025-10-09", elements=("REE",)), report(2, "2025-10-10", elements=("REE",))]
    before = assign_stories(main)
    after = assign_stories([*main, report(3, "2025-10-09", elements=("graphite",))])
    assert after["ev_1"] == after["ev_2"] == before["ev_1"]
    assert after["ev_3"] != before["ev_1"]


def test_stories_every_subset_of_reports_is_clustered_the_same_in_any_order():
    sample = _sample()[:8]
    for size in (3, 5):
        for subset in itertools.combinations(sample, size):
            expected = assign_stories(subset)
            assert assign_stories(list(reversed(subset))) == expected


def test_stories_a_suspension_prefers_a_dated_measure_to_a_late_undated_recall_of_it():
    """A recall of the ban three months on ("had banned shipments to the US", no date) is
    outside the ban's 45 days and forms an undated story; the suspension acts on the ban."""
    ban = report(1, "2024-12-03", elements=("Ga", "Ge", "Sb"), partners=("USA",))
    recall = report(2, "2025-03", "published", elements=("Ga", "Ge", "Sb"), partners=("USA",),
                    published="2025-03-14T08:00:00+08:00")
    suspension = report(3, "2025-11-09", elements=("Ga", "Ge", "Sb"), partners=("USA",), phase="suspended")
    assert groups([ban, recall, suspension]) == {frozenset({"ev_1", "ev_3"}), frozenset({"ev_2"})}


def test_stories_a_quarter_agrees_with_each_of_its_months():
    early = report(1, "2011-01", "quarter", elements=("REE",))  # "early this year"
    march = report(2, "2011-03", "month", elements=("REE",))
    april = report(3, "2011-04", "month", elements=("REE",))
    assert groups([early, march, april]) == {frozenset({"ev_1", "ev_2"}), frozenset({"ev_3"})}
