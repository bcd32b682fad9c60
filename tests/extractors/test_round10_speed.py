"""Round 10 (speed, issue 10): a step that decides earlier what the rules would decide anyway
must give the same events. Each passage is read twice, with the step and with it switched off.
Passages of our own: a sentence that names no one after one that names an actor (so that its
segment reaches the rules), with and without a way to an actor for its trigger (unnamed.py)."""

from __future__ import annotations

import pytest
from event_rows import WEDNESDAY

from orewatch.extractors.events import building
from orewatch.extractors.extract import extract_articles
from orewatch.records import Article


def _events(text: str) -> tuple:
    (extraction,) = extract_articles([Article(id="r10", title="r10", text=text, published=WEDNESDAY)])
    return extraction.events


@pytest.mark.parametrize(
    "text,expected,dropped",
    [
        # no one named, no anaphor: a plant, a deal, a funding word in a generic statement
        ("China imposed export controls on gallium in July. Experts said building a new refinery can take years "
         "because licences and quotas are hard to get.", ["export_restriction"], True),
        ("Vietnam raised its export tax on rare earth ore last month. Traders were waiting for clearer guidance on "
         "the licensing system before signing new contracts.", ["tariff"], True),
        ("Australia announced a ban on lithium exports. Opening another smelter under the new permit rules would take "
         "a decade, engineers warned.", ["export_restriction"], True),
        ("Indonesia tightened its nickel export quota in May. Analysts expect more financing for processing plants as "
         "the quota bites.", ["export_restriction"], True),
        # near-miss: an anaphor before the trigger ("It"): the rules run and find the actor
        ("Indonesia tightened its nickel export quota in May. It will also build a new smelter under the quota system.",
         ["export_restriction", "capacity_expansion"], False),
        # near-miss: the article's agreement named again in a sentence naming no one
        ("Japan and Australia signed a rare earths supply agreement on Monday. The agreement will take effect next year.",
         ["agreement"], False),
    ],
)
def test_round10_unnamed_segment_gives_the_events_the_rules_give(text, expected, dropped, monkeypatch):
    verdicts, step = [], building.nobody_acts
    monkeypatch.setattr(building, "nobody_acts", lambda *args: verdicts.append(step(*args)) or verdicts[-1])
    fast = _events(text)
    monkeypatch.setattr(building, "nobody_acts", lambda *args: False)
    assert _events(text) == fast
    assert sorted(e.type for e in fast) == sorted(expected)
    assert any(verdicts) == dropped
