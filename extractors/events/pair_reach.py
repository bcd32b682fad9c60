"""How far a pair's right word may lie from its left word (triggers.py, `paired` entries of
events.yaml), counted in words: a compound glued by hyphens ("a 60,000-tonne-a-year nickel
plant", "a 1.2-million-tonne mine") is one word of the noun phrase, however many tokens the
tokenizer makes of it, so that a size or rate written before a facility does not push the
facility out of reach.

Also a stockpile's left word that is a word of a name ("The National Food and Strategic Reserves
Administration bought ... for the state stockpile"): the name is a body, its words are no
building of a stockpile, and the pair would start inside the name, before its actor."""

from __future__ import annotations

from orewatch.extractors._shared.facts import DocFacts


def words_between(index: DocFacts, lo: int, hi: int) -> int:
    """The words in tokens [lo, hi): tokens less the hyphens that glue two of them together."""
    glued = 0
    starts, ends = index.starts, index.ends
    for k in range(lo + 1, hi - 1):
        if index.token_text(k) == "-" and ends[k - 1] == starts[k] and ends[k] == starts[k + 1]:
            glued += 2  # "tonne - a": three tokens, one word
    return hi - lo - glued


def within(index: DocFacts, lo: int, hi: int, window: int) -> bool:
    """At most `window` words in tokens [lo, hi); the hyphen count runs only when the tokens
    alone are too many (the cheap test first)."""
    return hi - lo <= window or words_between(index, lo, hi) <= window


def reachable(index: DocFacts, left, rights, clause, entry, left_text: str, clauses=None) -> list:
    """The right words a left word can pair with: in its clause, after it within the entry's
    window, or just before it for the entry's `reverse` words (also across a parenthetical
    between commas, `across_aside`)."""
    return [
        r for r in rights
        if (clause(r.start) == clause(left.start)
            and ((r.start >= left.end and left_text not in entry.after_only and within(index, left.end, r.start, entry.window))
                 or (left_text in entry.reverse and r.end <= left.start
                     and within(index, r.end, left.start, entry.reverse_window)
                     and not subordinate_between(index, r.end, left.start))))
        or (left_text in entry.reverse and clauses is not None and across_aside(index, r, left, clauses, entry))
    ]  # fmt: skip


# A subordinating word between a facility and a later verb puts the verb in a clause of time or
# condition: "take germanium from the refinery once it starts production" is no start.
SUBORDINATORS = frozenset({"once", "when", "whenever", "until", "unless", "if", "after", "before"})


def subordinate_between(index: DocFacts, lo: int, hi: int) -> bool:
    return any(index.lower(k) in SUBORDINATORS for k in range(lo, hi))


# Words that open a parenthetical between commas after a noun: "the smelter, with a capacity of
# 3,000 tonnes a year, began trial production"; "the mine, which cost $900 million, came on
# stream". The parenthetical is a clause of its own (clauses.py); its closing comma returns to
# the clause of the noun.
ASIDE_OPENERS = frozenset({"with", "which", "whose"})


def across_aside(index: DocFacts, right, left, clauses, entry) -> bool:
    """A `reverse` left word after a parenthetical that follows its right word: the right word's
    clause ends at ", with|which|whose", the left word's clause is that parenthetical, closed by
    a comma before the left word (its only comma); the words outside the parenthetical count
    for the window."""
    lo, _ = clauses.bounds(left.start)
    if right.end > lo or clauses.of(right.start) != clauses.of(lo) - 1 or lo < 1:
        return False
    if index.token_text(lo - 1) != "," or index.lower(lo) not in ASIDE_OPENERS:
        return False
    closing = [k for k in range(lo + 1, left.start) if index.token_text(k) == ","]
    if len(closing) != 1:  # one comma closes it; more are a longer relative ("which its owner, X, says")
        return False
    outside = words_between(index, right.end, lo) + words_between(index, closing[0], left.start)
    return outside <= entry.reverse_window


def left_in_name(index: DocFacts, left, rights) -> bool:
    """A capitalized left word inside the sentence, followed by a capitalized word that is not
    its right word: a word of a name ("Strategic Reserves Administration"), not "Defense" in
    "National Defense Stockpile" (the stockpile's own name, whose right word follows)."""
    nxt = left.end
    if left.start == 0 or nxt >= index.n or not index.token_text(left.start).istitle():
        return False
    if index.token_text(left.start - 1) in (".", "\n") or any(r.start == nxt for r in rights):
        return False
    return index.token_text(nxt).istitle()
