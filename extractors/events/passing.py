"""Plants and investments a sentence names only in passing, as no news of their own:

- a sum between a goal word and its investment noun does not shorten the goal word's reach:
  "a policy that drew more than $30 billion of Chinese processing investment" is the topic's
  money attracted, as "drew investment" is (trigger_filters.GOAL_WINDOW counts the other words);
- a stockpile's name is no organisation's name when something is bought or offered for it
  ("asked suppliers to offer 7,500 tonnes of cobalt for the National Defense Stockpile"):
  the name is the stockpile the act builds (trigger_filters.inside_name);
- money set aside, earmarked or invested to build or buy a stockpile is the stockpile's budget
  ("will set aside A$500 million to build a strategic reserve of rare earths": CONVENTIONS,
  purchases for a state stockpile), not an investment of its own;
- licences counted ("the ministry issued 14 special export permits in the year") are permits
  granted under a regime, a statistic, not a measure of their own;
- a plant's start that only dates another act: "... will take oxide from the refinery once it
  begins production in 2027" (the offtake is the news; the start is its time, listed at most as
  optional by the gold writers);
- a ban word continued only for want of a direction word is the rule its own object names
  ("lifted its freeze on new mining permits": an other_policy, no trade restriction; round 10).

Works on token indices of one Doc, through its facts.
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.labels import Strength

AMOUNT_WORDS = frozenset(
    "$ us$ a$ c$ € £ ¥ more than over about around nearly almost some up to million billion trillion bn".split()
)
AMOUNT_REACH = 8  # "more than $ 30 billion" and its qualifiers: a sum is seldom longer
TIME_CONJUNCTIONS = frozenset({"once", "when", "until", "till"})
TIME_REACH = 3  # "once it begins production", "when the plant starts up"


def amount_words_before(index: DocFacts, start: int, reach: int) -> int:
    """The tokens of sums (figures, currency signs, scale and qualifier words) among the
    `reach` + AMOUNT_REACH tokens before `start`."""
    return sum(
        1 for j in range(max(0, start - reach - AMOUNT_REACH), start)
        if index.lower(j) in AMOUNT_WORDS or index.lower(j)[:1].isdigit()
    )


def start_as_time(index: DocFacts, t, seg: tuple[int, int]) -> bool:
    """A plant's start named right after "once", "when" or "until": the time of another act."""
    if t.type != "capacity_expansion":
        return False
    return any(index.lower(j) in TIME_CONJUNCTIONS for j in range(max(seg[0], t.start - TIME_REACH), t.start))


PURPOSE_PREPS = frozenset({"for", "to", "into"})
PURPOSE_DETERMINERS = frozenset({"the", "its", "their", "a", "his", "her"})


def purpose_of(index: DocFacts, start: int, floor: int) -> bool:
    """"for the", "to its", "into the" right before `start`: the name is what an act is for."""
    j = start - 1
    while j >= floor and index.token_text(j).istitle():
        j -= 1  # the rest of the name: "for the National Defense Stockpile"
    if j >= floor and index.lower(j) in PURPOSE_DETERMINERS:
        j -= 1
    return j >= floor and index.lower(j) in PURPOSE_PREPS


def without_stockpile_budgets(triggers: list, clause_of) -> list:
    """The triggers less the investment words of a clause that holds a stockpile trigger."""
    stocked = {clause_of(t.start) for t in triggers if t.type == "stockpile"}
    if not stocked:
        return triggers
    return [t for t in triggers if t.type != "investment" or clause_of(t.start) not in stocked]


COUNT_REACH = 3  # "issued 14 special export permits": the count, an adjective, the direction word


def counted_licences(index: DocFacts, t) -> bool:
    """A licence trigger with a bare count right before it (no percentage, no unit)."""
    if t.type not in ("export_restriction", "import_restriction") or t.subtype != "licence":
        return False
    for j in range(max(0, t.start - COUNT_REACH), t.start):
        if index.lower(j).replace(",", "").isdigit():
            between = [index.lower(k) for k in range(j + 1, t.start)]
            return all(w.isalpha() and w not in NOT_A_MODIFIER for w in between)
    return False


# Between a count and its licences only modifiers stand ("14 special export permits"), not a
# unit or a preposition ("51,800 tonnes after licence requirements", "25 percent").
NOT_A_MODIFIER = frozenset(
    "percent per tonnes tons tonne ton t kg after before of to in on for from with by and or than since".split()
)


def rules_over_continued(triggers: list) -> list:
    """A ban word continued only for want of a direction word ("lifted its freeze on new mining
    permits", "lift the ban on uranium mining") is the rule its own object names: the continued
    trade restriction overlapping an other_policy trigger is dropped (round 10)."""
    rules = [t for t in triggers if t.type == "other_policy"]
    if not rules:
        return triggers
    return [t for t in triggers if t.strength != Strength.CONTINUED or not any(r.start < t.end and t.start < r.end for r in rules)]
