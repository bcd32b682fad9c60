"""Round 8b, English recall on the consumed sets (blind8-en, blind7-en, challenge-secondary-en):
plants, agreements and investments that news names in passing. Each phenomenon the misses showed,
with short passages of our own in other words than the articles. A passage lists the (type,
actor, partners, elements) of every event it must give, or none; an agreement's actor field holds
all its parties joined by "-" and its partners are empty.
"""

from __future__ import annotations

import pytest

from event_rows import case, role_rows as _rows


# A facility that restarts is a plant back in operation (CONVENTIONS: a restart is effective),
# its noun before the verb as subject as well as after it as object; a restarted plant whose
# owner goes unnamed stands in its host (hosts.py).
RESTARTS = [
    case("restarted-subject", "Chile's state copper smelter, shut for repairs since 2023, reopened on Monday.",
         [("capacity_expansion", "CHL", (), ("Cu",))]),
    case("restarts-host", "A tin smelter in Bolivia, idle for three years, restarts next month.",
         [("capacity_expansion", None, ("BOL",), ("Sn",))]),
]

# A plant named with its owner's participle ("owned / run / operated by a <country> group") is the
# owner's: the owner acts (SPEC §2: who expands), the place it stands in is a partner; a company
# named with no country leaves the actor to the other rules.
OWNERS = [
    case("owned-by-after", "A lithium refinery in Argentina, owned by a Korean battery group, started production "
         "on Friday.", [("capacity_expansion", "KOR", ("ARG",), ("Li",))]),
    case("run-by-before", "A tin smelter run by a Malaysian firm plans to double its capacity next year.",
         [("capacity_expansion", "MYS", (), ("Sn",))]),
]

# A plant named before the clause that builds it (an object relative: "the smelter X is
# building") is its builder's; a builder the text does not place, or one that only hopes, is no
# one.
RELATIVE_BUILDERS = [
    case("relative-builder", "Indian buyers will take graphite from the anode plant a Korean group is building.",
         [("capacity_expansion", "KOR", (), ("graphite",))]),
    case("relative-plans", "The ore will feed the nickel smelter Indonesia's state miner plans to construct.",
         [("capacity_expansion", "IDN", (), ("Ni",))]),
    case("relative-hopes", "The quarrel is about the cobalt refineries Europe hopes to build.", []),
]

# Money or a deal that "helps" expand output names the expansion as its purpose (CONVENTIONS:
# optional, not read); one that helps build a named new facility names the borrower's plant.
HELP_BUILD = [
    case("help-build", "Canada's export agency lent $200 million to a Canadian miner to help build a graphite "
         "anode plant.", [("investment", "CAN", (), ("graphite",)), ("capacity_expansion", "CAN", (), ("graphite",))]),
]

# Works that have started on a plant whose owner goes unplaced are news of the plant: its host,
# placed at the head of the sentence or next to the plant, is a partner (hosts.py); a plan to
# build placed nowhere stays generic.
WORKS_STARTED = [
    case("began-construction", "In Namibia, a mining company began construction of a lithium sulphate plant "
         "last week.", [("capacity_expansion", None, ("NAM",), ("Li",))]),
    case("plan-generic", "Building copper smelters in Zambia takes many years.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), RESTARTS + OWNERS + RELATIVE_BUILDERS + HELP_BUILD + WORKS_STARTED
)
def test_challenge_8b_en(text, expected):
    assert _rows(text) == expected
