"""A state designating projects as strategic or minerals as critical (events.yaml, round 11) is an
other_policy measure when the article reports it; told in a clause of time or cause ("..., after
the European Union named it a strategic project", "since the ministry chose it as ..."), it is the
background of the main clause's act (SPEC §2: a measure named only as the motive of another).
A designation names projects or a list across commodities: it takes no element from the headline
(the one project the article is about), only those its sentence names (article.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from orewatch.extractors._shared.facts import DocFacts

# Openers of a clause that recalls what came before the act it qualifies.
BACKGROUND_OPENERS = frozenset({"after", "since", "following", "because"})


def recalled_designation(index: DocFacts, t, clause: Callable[[int], int], seg: tuple[int, int]) -> bool:
    """True for a designation trigger whose clause opens with a background opener."""
    if t.type != "other_policy" or not is_designation(index.text[index.starts[t.start] : index.ends[t.end - 1]]):
        return False
    first = t.start
    while first > seg[0] and clause(first - 1) == clause(t.start):
        first -= 1
    return index.lower(first) in BACKGROUND_OPENERS


# "strategic project(s)", "critical minerals list", "list of critical minerals" in a trigger.
_DESIGNATION = re.compile(r"\b(?:strategic|critical)\b.*\b(?:projects?|lists?|minerals|materials|status)\b", re.IGNORECASE)


def is_designation(trigger_text: str) -> bool:
    """A designation's trigger: it names projects or a list across commodities, so an element of
    the headline (one project's) is not what it is about (article.py)."""
    return _DESIGNATION.search(trigger_text) is not None


# One project named by a designation, up to its trigger ("the Kallax mine a strategic project",
# "added the Fjeld project to its list"), not a count of them ("31 strategic projects").
SINGLE_PROJECT = frozenset({"project", "mine", "deposit", "refinery", "plant", "smelter"})
# A project noun a country word places in a headline ("south Greenland rare earth project").
PROJECT_NOUNS = SINGLE_PROJECT | frozenset({"projects", "mines", "deposits"})
PLACE_REACH = 3  # words between the country word and the project noun
PLACE_STOPS = frozenset("to in for with as and or of on at by from after".split())


def one_project(trigger_text: str) -> bool:
    return any(word in SINGLE_PROJECT for word in re.findall(r"[a-z]+", trigger_text.lower()))


def project_place(title_text: str, title_countries) -> str | None:
    """The country a headline places a project in: a country word with a project noun at most
    PLACE_REACH words after it, no preposition or conjunction between."""
    for m in title_countries:
        for word in re.findall(r"[A-Za-z-]+", title_text[m.end :].lower())[: PLACE_REACH + 1]:
            if word in PROJECT_NOUNS:
                return m.code
            if word in PLACE_STOPS:
                break
    return None
