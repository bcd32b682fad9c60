"""A company placed by its seat: "<place>-based", "<place>-headquartered" or "based in <place>"
("a Perth-based miner", "Houston-based developer", "a refiner based in Ontario"), where the
place is a city, state, province or region of one country (event_actors.yaml `seats`, and the
regions of quantity_context.yaml `places`). CONVENTIONS: a company's country comes from such
words; they add no country mention. Each is a `seated` party of that country for the role
rules (a company whose country the text gives, unlike a bare company name), over the place and its "-based" words, so that it acts for the company it places.

A cheap gate first: only a text with "-based", "-headquartered" or "based in" is searched."""

from __future__ import annotations

import re
from functools import lru_cache

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors._shared.lexicons import lexicon_path, load_lexicon
from orewatch.extractors.events.discourse import Party
from orewatch.extractors.events.labels import NameKind

_GATE = ("-based", "-headquartered", "based in ")
# One to four capitalised words (a place), then the seat words; or "based in" then the place.
_NAME = r"[A-ZÀ-Ý][\w'.À-ÿ]*(?:\s+(?:de\s+)?[A-ZÀ-Ý][\w'.À-ÿ]*){0,3}"
_BEFORE = re.compile(r"(" + _NAME + r")-(?:based|headquartered)\b")
_AFTER = re.compile(r"\bbased in (" + _NAME + r")")


@lru_cache(maxsize=1)
def seat_table() -> dict[str, str]:
    """Place name -> ISO3 code of its country."""
    table = {}
    for place in load_lexicon(lexicon_path("quantity_context"))["places"]:
        table.update({t: place["country"] for t in place["terms"]})
    for code, names in load_lexicon(lexicon_path("event_actors")).get("seats", {}).items():
        table.update({n: code for n in names})
    return table


def _lookup(name: str, table: dict[str, str]) -> tuple[int, str] | None:
    """The longest tail of `name` that is a place ("A Perth" -> "Perth"): (its offset in `name`, code)."""
    words = [m.start() for m in re.finditer(r"\S+", name)]
    for at in words:
        code = table.get(name[at:])
        if code:
            return at, code
    return None


def seated_companies(facts: DocFacts, taken: list[Party]) -> list[Party]:
    """The parties of the Doc's company seats, not inside a name already found (`taken`)."""
    text = facts.text
    if not any(g in text for g in _GATE):
        return []
    table, found = seat_table(), []
    for pattern in (_BEFORE, _AFTER):
        for hit in pattern.finditer(text):
            place = _lookup(hit.group(1), table)
            if place is None:
                continue
            char = hit.start(1) + place[0]
            start, end = facts.token_at(char), facts.token_at(hit.end() - 1) + 1
            if pattern is _AFTER:
                start = facts.token_at(hit.start())
            if any(p.start < end and start < p.end for p in taken):
                continue  # "Tokyo-based": a capital, a country mention already
            found.append(Party(start, end, place[1], NameKind.SEATED))
    return found


# A regional body acts for its country (CONVENTIONS: "A provincial or municipal body acts for its
# country"): a region or city of the seat table named with a word of government, before it
# ("Arkansas regulators", "the Ontario government", "Salta's mining ministry", "the Nevada
# Division of Minerals", "Arkansas Oil and Gas Commission") or after it ("the regional government
# of Extremadura", "the provincial cabinet of Salta"). It adds no country mention.
GOVERNMENT_WORDS = frozenset(
    "government governments regulator regulators regulatory authorities cabinet legislature lawmakers "
    "governor premier commission department division ministry parliament assembly council".split()
)
# Their stems without the first letter (either case): each is looked for with `str.find`, a
# scan of plain literals far cheaper than one regex alternation tried at every character; each
# hit's token is then checked against GOVERNMENT_WORDS.
_GOVERNMENT_STEMS = (
    "overnment", "overnor", "egulat", "uthorities", "abinet", "egislature", "awmakers", "remier",
    "ommission", "epartment", "ivision", "inistry", "arliament", "ssembly", "ouncil",
)
_NAME_GLUE = frozenset({"and", "of", "'s", "’s", "&"})  # inside a body's name: "Oil and Gas", "Department of"
_LOOK = 6  # tokens looked at around the government word


def regional_bodies(facts: DocFacts, taken: list[Party]) -> list[Party]:
    """The parties of the Doc's regional bodies (a place of the seat table next to a word of
    government), not inside a name already found (`taken`)."""
    table, found, seen = seat_table(), [], set()
    for head in _government_heads(facts):
        if head in seen or head < 0 or facts.lower(head) not in GOVERNMENT_WORDS:
            continue
        seen.add(head)
        place = _place_before(facts, head, table) or _place_after(facts, head, table)
        if place is None:
            continue
        start, end, code = place
        lo, hi = min(start, head), max(end, head + 1)
        if not any(p.start < hi and lo < p.end for p in (*taken, *found)):
            found.append(Party(lo, hi, code, NameKind.BODY))
    return found


def _government_heads(facts: DocFacts) -> list[int]:
    """The tokens holding a stem of a word of government, in text order (each once)."""
    text, heads = facts.text, set()
    for stem in _GOVERNMENT_STEMS:
        at = text.find(stem)
        while at >= 0:
            heads.add(facts.token_at(at))
            at = text.find(stem, at + len(stem))
    return sorted(heads)


def _place_before(facts: DocFacts, head: int, table: dict[str, str]) -> tuple[int, int, str] | None:
    """A place ending right before the government word, or before a capitalised name running to it."""
    k = head - 1
    while k >= max(0, head - _LOOK):
        word = facts.token_text(k)
        if not word[:1].isupper():
            if word in _NAME_GLUE:
                k -= 1
                continue
            return None  # "a plant in Nevada where regulators ...": not one name
        place = _longest_place(facts, table, [(k - size + 1, k + 1) for size in (3, 2, 1) if k - size + 1 >= 0])
        if place:
            return place
        k -= 1
    return None


def _place_after(facts: DocFacts, head: int, table: dict[str, str]) -> tuple[int, int, str] | None:
    """"government of <place>" (also "of the <place>")."""
    k = head + 1
    if k >= facts.n or facts.lower(k) != "of":
        return None
    k += 1 + (k + 1 < facts.n and facts.lower(k + 1) == "the")
    if k >= facts.n or not facts.token_text(k)[:1].isupper():
        return None
    return _longest_place(facts, table, [(k, k + size) for size in (3, 2, 1) if k + size <= facts.n])


def _longest_place(facts: DocFacts, table: dict[str, str], spans: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The first token span of `spans` (longest first) that is a place of the seat table, with its code."""
    for lo, hi in spans:
        code = table.get(facts.span_text(lo, hi))
        if code:
            return lo, hi, code
    return None
