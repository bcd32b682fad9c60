"""Which of its segment's elements an event is about (SPEC §2: "the elements the measure is
about, read from its sentence"). A sentence often names a second measure beside the one an
event is read from; the elements of that other measure are not this event's:

- a clause that holds another measure: "包括对美国商品加征34%关税，对7类中重稀土物项实施出口管制"
  (each measure its own clause's elements); in English only across a new subject (", and
  Beijing plans ...": `clauses.clauses` breaks there);
- in English, what follows a background word after the trigger: "will impose a 100% tariff
  on Chinese goods, retaliating after China restricted rare earth exports" (the rare earths
  are the motive's), "slap tariffs on its goods after its move on gallium", "adding to the
  gallium curbs it imposed in 2023", "in addition to its antimony ban".

A Chinese semicolon ends a clause with its own subject: when the trigger's part of the sentence
names elements, those past a semicolon are another subject's ("…稀土分离厂开工建设；另一家企业的
锂盐厂已投产").

Goods a Chinese clause leaves out of the measure ("但稀土等关键矿产不在清单之内", "锂除外",
"豁免钴产品") are not its elements.

A Chinese clause that replaces the measure before it ("解除钴出口禁令，改以配额管理") is about
that measure's goods: the clause before is not excluded.
"""

from __future__ import annotations

import re

from orewatch.extractors._shared.cjk import semicolon_part
from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.cjk_roles import CLAUSE_STOPS, is_cjk
from orewatch.extractors.events.nearby import LIST_POINTERS
from orewatch.extractors.events.segment import Segment
from orewatch.records import Mention

# Words after a trigger that open its background (a motive, an earlier event): the elements
# named after them are that background's. "the following" points at a list, not background.
BACKGROUND_AFTER = frozenset({"after", "following", "amid", "because", "retaliating", "retaliation", "response", "responding"})
_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,;.]*,")
# A clause opening with these replaces the measure of the clause before, on its goods.
REPLACING = ("改以", "改为", "改為", "改用", "转为", "轉為", "代之以")
NEW_SUBJECT_JOINERS = frozenset({"and", "while", "whereas", "but"})
# Two words that open a background measure: "tightened graphite controls, adding to the gallium
# curbs it imposed in 2023", "in addition to its antimony ban" ("adding gallium to the list" is
# no background: its elements are the event's).
BACKGROUND_PAIRS = frozenset({("adding", "to"), ("in", "addition"), ("on", "top")})
_MAY_BACKGROUND = re.compile(
    r"\b(?:" + "|".join(sorted(BACKGROUND_AFTER) + [rf"{a}\s+{b}" for a, b in sorted(BACKGROUND_PAIRS)]) + r")\b",
    re.IGNORECASE,
)


def own_elements(
    segment: Segment,
    mentions: list[Mention],
    elements: tuple[str, ...],
    trigger: tuple[int, int],
    clause: tuple[int, int],
    trigger_clauses: set[tuple[int, int]],
) -> tuple[str, ...]:
    """The codes of `elements` (those of `segment`) that the event whose trigger covers tokens
    `trigger`, in the clause of token range `clause`, is about; `trigger_clauses` are the
    clauses of all the segment's triggers."""
    if not elements:
        return elements
    facts = w = segment.facts
    cjk = is_cjk(facts, trigger[0])
    replaced = _replacing(facts, clause, trigger_clauses) if cjk else None
    excluded = [
        (w.starts[a], w.ends[b - 1]) for a, b in trigger_clauses
        if (a, b) not in (clause, replaced) and (cjk or _new_subject(facts, a) or _new_subject(facts, clause[0])
                                                 or (a < clause[0] and _background_opening(facts, clause[0])))
    ]  # fmt: skip
    cut = None if cjk else _background_after(facts, trigger[1], segment.end)
    part = _semicolon_part(segment, mentions, w.starts[trigger[0]], w.ends[trigger[1] - 1]) if cjk else None
    leaves_out = cjk and _LEAVES_OUT.search(segment.text) is not None  # one search before any walk
    kept = [
        m for m in mentions
        if segment.start_char <= m.start and m.end <= segment.end_char
        and not any(a <= m.start and m.end <= b for a, b in excluded)
        and (cut is None or m.start < cut) and (part is None or part[0] <= m.start < part[1])
        and not (leaves_out and _left_out(facts.text, m))
    ]  # fmt: skip
    # "China, which controls 90% of global rare earth processing, imposed controls on seven heavy
    # rare earths": what a relative clause before the trigger says of the actor is background,
    # when the measure names elements of its own.
    t_char = w.starts[trigger[0]]
    relative = [(m.start(), m.end()) for m in _RELATIVE.finditer(facts.text, segment.start_char, t_char)] if not cjk else []
    if relative and any(not any(a <= m.start < b for a, b in relative) for m in kept):
        kept = [m for m in kept if not any(a <= m.start < b for a, b in relative)]
    elif not excluded and cut is None and part is None and not leaves_out:
        return elements
    return tuple(c for c in elements if any(m.code == c for m in kept))


# A clause that leaves goods out of a measure: not on its list, excepted, exempted.
_LEAVES_OUT = re.compile(r"不在[^，,。；;]{0,8}?(?:清单|清單|名单|名單|范围|範圍|之列|之内|之內)|除外|豁免|排除在")


def _left_out(text: str, m: Mention) -> bool:
    """The element's clause leaves it out of the measure."""
    lo = max(text.rfind(c, 0, m.start) for c in CLAUSE_STOPS) + 1
    ends = [k for k in (text.find(c, m.end) for c in CLAUSE_STOPS) if k >= 0]
    return _LEAVES_OUT.search(text, lo, min(ends) if ends else len(text)) is not None


def _semicolon_part(segment: Segment, mentions: list[Mention], t0: int, t1: int) -> tuple[int, int] | None:
    """The characters of the trigger's part of a Chinese sentence between semicolons, when the
    sentence has more than one part and that part names an element."""
    text, base = segment.text, segment.start_char
    if "；" not in text:
        return None
    lo, hi = semicolon_part(text, t0 - base, t1 - base)
    lo, hi = base + lo, base + hi
    return (lo, hi) if any(lo <= m.start < hi for m in mentions) else None


def _replacing(facts: DocFacts, clause: tuple[int, int], trigger_clauses: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The clause right before one that opens with 改以/改为 ("解除钴出口禁令，改以配额管理"): the
    measure it replaces, on the same goods."""
    if not facts.text.startswith(REPLACING, facts.starts[clause[0]]):
        return None
    before = [c for c in trigger_clauses if c[1] <= clause[0]]
    return max(before) if before else None


def _new_subject(facts: DocFacts, a: int) -> bool:
    """The clause opening at token a opens with ", and" (", while", ", whereas", ", but"): a
    new subject ("... on nickel processing, while Indonesia and Vietnam signed a pact"); or
    with "while also" / "and also", a second act of the same subject ("imposing tariffs on US
    goods while also enacting export controls on rare earths"): each act its own goods."""
    if a < 1 or facts.lower(a) not in NEW_SUBJECT_JOINERS:
        return False
    return facts.token_text(a - 1) == "," or (a + 1 < len(facts.starts) and facts.lower(a + 1) == "also")


def _background_opening(facts: DocFacts, a: int) -> bool:
    """The trigger's clause opens as background to the clause before ("..., hours after the
    ministry reinstated the right-of-way", "..., following ..."): the measure of the clause before
    keeps its own elements (round 10)."""
    return any(facts.lower(k) in BACKGROUND_AFTER for k in range(a, min(a + 3, len(facts.starts))))


def _background_after(facts: DocFacts, start: int, end: int) -> int | None:
    """The character where the trigger's background begins in its clause, if it does."""
    if start >= end or not _MAY_BACKGROUND.search(facts.text, facts.starts[start], facts.ends[end - 1]):
        return None  # one search of the text before walking its tokens
    for j in range(start, end):
        word = facts.lower(j)
        if word in BACKGROUND_AFTER and not (word == "following" and facts.lower(j - 1) in LIST_POINTERS):
            return facts.starts[j]
        if j + 1 < end and (word, facts.lower(j + 1)) in BACKGROUND_PAIRS:
            return facts.starts[j]
    return None
