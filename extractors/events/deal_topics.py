"""The topics of a deal are not measures of their own (English).

"The two countries signed a memorandum on nickel processing and investment in Manila";
"they would sign a cooperation agreement covering brine research, environmental standards
and price information": "investment" and "environmental standards" name what the deal is
about, not an investment made or a rule issued. A trigger is such a topic when it is a bare
noun (no article, number, money or possessive of its own) in the list that follows a topic
word (on, covering, about, concerning, including) right after a deal noun (agreement,
memorandum, pact …, up to three words between: "an agreement in September covering ..."),
with only nouns, adjectives, commas and "and"/"or" between the topic word and the trigger.
"A memorandum on a $500 million investment" keeps its investment (CONVENTIONS: an investment
promised under a memorandum is an event, `proposed`).

The other way round, an agreeing verb is no deal when its complement is one party's act:
"agreed to take a 10% stake" is the investment only (`agreeing_to_act`).
"""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts

DEAL_NOUNS = frozenset(
    "agreement agreements memorandum memorandums memoranda mou mous deal deals pact pacts accord "
    "accords treaty partnership framework".split()
)
TOPIC_WORDS = frozenset("on covering about concerning including".split())
# Words that end the topic list: a new phrase, clause or figure.
LIST_BREAKS = frozenset(
    "in at to with by from for of that which who under after before while as than the a an its their "
    "his her this these those ; : . ( ) $ € £ ¥ 's ’s".split()
)
TOPIC_REACH = 12  # words from the topic word to the trigger
DEAL_GAP = 3  # words between the deal noun and its topic word


def deal_topic(index: DocFacts, start: int) -> bool:
    """True when the trigger starting at token `start` is a bare noun in the topic list of a
    deal named before it."""
    for j in range(start - 1, max(-1, start - 1 - TOPIC_REACH), -1):
        word = index.lower(j)
        if word in TOPIC_WORDS:
            return any(index.lower(k) in DEAL_NOUNS for k in range(max(0, j - 1 - DEAL_GAP), j))
        if word in LIST_BREAKS or word[:1].isdigit() or word.endswith(("'s", "’s")):
            return False
    return False


# "agreed to take a 10% stake", "agreed to buy", "signed on to lend": the agreeing verb reports
# one party's decision to put its money in; the event is that act, not a deal between two
# parties. Not mutual concessions: "agreeing to lower tariffs on each other's goods" is a truce.
ONE_SIDED_ACTS = frozenset({"investment", "capacity_expansion"})
AGREEING_VERBS = frozenset("agree agrees agreed agreeing sign signs signed signing".split())
ACT_REACH = 6  # words from "to" to the act's trigger ("agreed to take a 10% stake")


def agreeing_to_act(index: DocFacts, t, triggers: list, seg: tuple[int, int]) -> bool:
    """True when the weak agreement trigger `t` is an agreeing verb whose complement is an
    investment or a plant of the segment ("agreed to take a stake": the stake), or the phrasal
    "signs on" (joins) closing its clause."""
    if t.type != "agreement" or t.end - t.start != 1 or index.lower(t.start) not in AGREEING_VERBS:
        return False
    nxt = index.lower(t.end) if t.end < seg[1] else ""
    if nxt == "on":
        return t.end + 1 >= seg[1] or index.token_text(t.end + 1) in {",", ".", ";", ":", "-", "—", "–"}
    if nxt != "to":
        return False
    return any(u.type in ONE_SIDED_ACTS and t.end < u.start <= t.end + 1 + ACT_REACH for u in triggers)
