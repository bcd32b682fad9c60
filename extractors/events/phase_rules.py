"""The phase rules of lexicons/event_phases.yaml, compiled once (`phase_rules()`): each list of
terms becomes a `Terms` (a regex run only where a substring test finds one of its words), the
acts-on entries their patterns (the verb before the measure, the noun of it, the measure
made passive, Chinese verb then measure, "kept ... in place for"). A malformed file is
rejected with the place of the problem. The rules that read them are in phases.py."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from orewatch.extractors._shared.cjk import script_variants, starts_cjk
from orewatch.extractors._shared.lexicons import load_lexicon
from orewatch.extractors.events.lexicon import LexiconError

WINDOW = 80  # characters before the trigger in which its clause's words are read
NEAR = 50  # characters between an acts-on phrase and the trigger
# The lists of terms of the file, by their place in it.
TERM_LISTS = (
    "acts_on_types", "measures", "hypothetical", "restoring", "measure_before_verb", "proposal.terms",
    "proposal.lower_case_only", "proposal.after", "proposal.under_review",
    "pending_agreement.terms", "standing.terms", "conditional.terms", "memorandum.types",
    "memorandum.terms", "future.terms", "future_start.terms", "future_start.immediate",
    "future_start.immediate_before", "future_start.start_before",
    "in_force.terms", "in_force.verbs", "operating.types", "operating.verbs", "operating.terms",
    "operating.start_words", "acts_on.suspended.time_limits", "acts_on.suspended.durations",
)  # fmt: skip
ACTS_ON_LISTS = ("verbs", "participles", "nouns")


class Phase(StrEnum):
    PROPOSED = "proposed"
    ANNOUNCED = "announced"
    EFFECTIVE = "effective"
    SUSPENDED = "suspended"
    EXTENDED = "extended"
    LIFTED = "lifted"


def check_phase_lexicon(data: object) -> dict:
    """`data` if it has the shape the rules read, else LexiconError naming the place."""
    if not isinstance(data, dict):
        raise LexiconError("event_phases: not a mapping")

    def terms(place: str, value: object) -> None:
        if not isinstance(value, list) or not value or not all(isinstance(t, str) and t for t in value):
            raise LexiconError(f"event_phases: `{place}` must be a non-empty list of strings")

    for place in TERM_LISTS:
        node: object = data
        for key in place.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        terms(place, node)
    acts_on = data.get("acts_on")
    if not isinstance(acts_on, dict) or set(acts_on) != {"lifted", "suspended", "extended"}:
        raise LexiconError("event_phases: `acts_on` must have the entries lifted, suspended, extended")
    for name, entry in acts_on.items():
        for key in ACTS_ON_LISTS:
            terms(f"acts_on.{name}.{key}", (entry or {}).get(key))
    return data


def _alternation(terms: list[str]) -> str:
    """One regex alternative per term, longest first: words of Latin script between word
    boundaries, Chinese ones as they are; spaces match any run of white space. The Latin
    terms share one look-behind, tested once per position rather than once per term (round 11
    speed); a Latin and a Chinese term never start with the same character, so at any position
    the first term to match is the one the single alternation gave."""
    latin, cjk = [], []
    for term in sorted({v for t in terms for v in script_variants(t)}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in term.split())
        if starts_cjk(term):
            cjk.append(body)
        else:
            latin.append(rf"{body}(?![\w-])")
    return "(?:" + "|".join(([rf"(?<![\w'])(?:{'|'.join(latin)})"] if latin else []) + cjk) + ")"


_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=64)
def segment_words(segment: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """The words of a segment, lower-cased and as written, and whether it has Chinese: what
    the screens of `Terms` test (found once per segment, whatever its events ask)."""
    raw = frozenset(_WORD.findall(segment))
    return frozenset(w.lower() for w in raw), raw, _CJK.search(segment) is not None


class Terms:
    """The regex of a list of lexicon terms, run only where the segment holds the longest
    word of one of them (a set test; the regex, an alternation of a hundred words tried at
    every character, would cost more than the rest of the phase step)."""

    __slots__ = ("pattern", "words", "lower", "cjk")

    def __init__(self, terms: list[str], flags: int = re.I, pattern: str | None = None):
        """`pattern`, where given, is what runs instead of the terms' alternation (an acts-on
        form, screened by its verbs)."""
        self.pattern = re.compile(_alternation(terms) if pattern is None else pattern, flags)
        self.lower = bool(flags & re.I)
        latin = [t.lower() if self.lower else t for t in terms if not starts_cjk(t)]
        self.words = frozenset(max(_WORD.findall(t), key=len) for t in latin)
        cjk = [v for t in terms if starts_cjk(t) for v in script_variants(t)]
        self.cjk = re.compile("|".join(map(re.escape, cjk))) if cjk else None

    def may(self, segment: str) -> bool:
        """False when no term can be in `segment`."""
        lower, raw, has_cjk = segment_words(segment)
        if not self.words.isdisjoint(lower if self.lower else raw):
            return True
        return has_cjk and self.cjk is not None and self.cjk.search(segment) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None, *, segment: str | None = None):
        """`re.search` in text[pos:endpos]; `segment`, the text it is part of, is screened."""
        if not self.may(text if segment is None else segment):
            return None
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos) if self.may(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos) if self.may(text) else iter(())


def _not_inside(terms: list[str], words: list[str]) -> str:
    """The alternation of `terms`, except where one of `words` starts (若 "if", not in 若干 "several")."""
    return f"(?!{_alternation(words)}){_alternation(terms)}" if words else _alternation(terms)


def _find(terms: list[str], flags: int = re.I) -> Terms:
    return Terms(terms, flags)


def _not_acting(hypothetical: list[str], restoring: list[str]) -> re.Pattern:
    """What, right before an acts-on phrase, makes it speak of a measure that stands: a wish
    or a question ("should lift the ban", 敦促…取消) or a restoring verb (恢复此前暂停的关税).
    A Latin word is followed by at most two words, a Chinese one by a clause's characters."""
    latin = [t for t in hypothetical if not starts_cjk(t)]
    cjk = [t for t in hypothetical + restoring if starts_cjk(t)]
    return re.compile(rf"(?:{_alternation(latin)}\s+(?:\S+\s+){{0,2}}?|{_alternation(cjk)}[^，。；,;]{{0,12}}?)$", re.I)


# Characters between a Chinese acts-on verb and the measure it governs: its object names a
# target, a date and a list of elements before the measure ("暂停实施对美国的镓、锗、锑出口管制": 14;
# "暂停实施今年10月9日公布的稀土、锂电池及人造石墨负极材料等相关物项出口管制措施": 35). The object
# ends at a clause break or at a second verb joined by 并/並 ("暂停…审批，并加征关税").
CJK_VERB_REACH = 40
_CJK_SINCE = r"(?:[于於自从從][^，。；,;]{1,12}?(?:起|开始|開始))"
_FILLER = r"(?:[\w'’.%-]+\s+){0,4}?"  # the words between an acts-on verb and its measure ("the 50% tariff")
# "extend its export controls to five more rare earths": to a count of more (other, additional,
# further, new) items is wider, not longer (with the `not_followed_by` words of the entry).
_WIDER = r"to\s+(?:[\w-]+\s+)?(?:more|other|additional|further|new)\b"
# What "to" names after an extended measure when it lengthens it: "to 2027", "to the end of June", "to six months".
_TIME_AFTER_TO = (r"(?:the\s+)?(?:end|close|middle|mid|start|beginning|first|second|third|fourth|next|following|another|a\s+|"
                  r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|one|two|three|four|five|six|seven|eight|nine|ten|twelve)")


def _acts_on_forms(entry: dict, measure: str, between: str) -> list[Terms]:
    """The patterns of one acts-on phase: "lifted the export ban", "the lifting of the ban",
    "the ban was lifted", "取消…配额", "kept its ban ... in place for"."""
    latin = [t for t in entry["verbs"] if not starts_cjk(t)]
    cjk = [t for t in entry["verbs"] if starts_cjk(t)]
    not_after = ""
    if entry.get("not_followed_by"):
        wider = [_alternation(entry["not_followed_by"]), _WIDER]
        if entry.get("scope_to"):  # "extend its controls to foreign-made products": wider, unless "to" names a time
            wider.append(rf"to\s+(?!{_TIME_AFTER_TO})")
        # (also past the measure's own of/on phrase: "extended the freeze on cobalt exports to refined metal")
        not_after = rf"(?!(?:\s+(?:on|of)(?:\s+[\w'’-]+){{1,5}}?)?\s+(?:{'|'.join(wider)}))"
    participles = _alternation(entry["participles"])
    forms = [
        # an aside between commas may come first: "to suspend, for US-bound cargoes, the licence requirement"
        # or a few words, then the aside: "extended for five years, from 1 January 2024, the suspension"
        (latin, rf"{_alternation(latin)}(?:(?:\s+[\w'’.%-]+){{0,3}}\s*,[^,;.]{{1,40}}?,)?\s+{_FILLER}{measure}{not_after}"),
        (entry["nouns"], rf"{_alternation(entry['nouns'])}\s+of\s+{_FILLER}{measure}{not_after}"),
        (entry["participles"],
         # an aside between commas may follow the measure: "the suspension of exports, in force since 2021, will be lifted"
         rf"{measure}[^.;,]{{0,40}}?(?:,[^,;.]{{1,40}}?,[^.;,]{{0,20}}?)?\s*\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?{participles}{not_after}"),
    ]  # fmt: skip
    if cjk:
        forms.append((cjk, rf"{_alternation(cjk)}[^，。；,;并並]{{0,{CJK_VERB_REACH}}}?{measure}"))
        # the measure as topic or passive subject before its verb: "禁令已被取消", "将…禁令延长三个月",
        # "关税已于4月10日起暂停实施" (a start between)
        forms.append((cjk, rf"{measure}{between}{{0,3}}{_CJK_SINCE}?{between}{{0,2}}{_alternation(cjk)}"))
    if entry.get("after_measure"):  # "when its export ban ends", "the tariffs expired"
        after = _alternation(entry["after_measure"])
        forms.append((entry["after_measure"],
                      rf"{measure}\s+{_FILLER}(?:(?:will|would|is\s+due\s+to|is\s+set\s+to)\s+)?{after}"))
    if entry.get("hold_verbs"):
        forms.append((entry["hold_verbs"], rf"{_alternation(entry['hold_verbs'])}\s+(?:[\w'’.-]+\s+){{0,8}}?in\s+place\s+(?:for|until)"))
    return [Terms(words, pattern=pattern) for words, pattern in forms]


class PhaseRules:
    """The compiled rules of event_phases.yaml."""

    def __init__(self, data: dict):
        self.acts_on_types = frozenset(data["acts_on_types"])
        measure = _alternation(data["measures"])
        # Each acts-on form runs only in a segment holding one of its own words; most segments
        # hold none of any (one set test).
        self.acts_on_words = Terms([w for e in data["acts_on"].values() for k in ACTS_ON_LISTS + ("hold_verbs", "after_measure") for w in e.get(k, ())])
        self.acts_on: list[tuple[Phase, list[Terms]]] = [
            (Phase(name), _acts_on_forms(entry, measure, _alternation(data["measure_before_verb"])))
            for name, entry in data["acts_on"].items()
        ]
        suspended = data["acts_on"]["suspended"]
        # "for 90 days", "until November 2026": a lifting for a time (phases.py)
        self.for_a_time = re.compile(
            rf"{_alternation(suspended['time_limits'])}"
            rf"|(?<![\w'])for\s+(?:(?:a|an|another|[\d,.]+|\w+)\s+){{1,2}}?{_alternation(suspended['durations'])}",
            re.I,
        )
        proposal = data["proposal"]
        self.proposal = _find(proposal["terms"])
        self.proposal_lower = _find(proposal["lower_case_only"], 0)
        self.proposal_after = _find(proposal["after"])
        self.under_review = _find(proposal["under_review"])
        self.hypothetical = _not_acting(data["hypothetical"], data["restoring"])
        self.future = _find(data["future"]["terms"])
        self.pending_agreement = _find(data["pending_agreement"]["terms"])
        conditional = data["conditional"]
        self.conditional = Terms(conditional["terms"], pattern=_not_inside(conditional["terms"], conditional.get("not_in", [])))
        self.standing = _find(data["standing"]["terms"])
        self.memorandum_types = frozenset(data["memorandum"]["types"])
        self.memorandum = _find(data["memorandum"]["terms"])
        self.perfect_since = bool(data["in_force"].get("perfect_since"))
        self.future_start = _find(data["future_start"]["terms"])
        self.immediate = _find(data["future_start"]["immediate"])
        self.immediate_before = _find(data["future_start"]["immediate_before"])
        self.start_before = re.compile(_alternation(data["future_start"]["start_before"]) + r"\s+(?:the\s+)?$", re.I)
        self.in_force = _find(data["in_force"]["terms"])
        self.in_force_verbs = _find(data["in_force"]["verbs"])
        operating = data["operating"]
        self.operating_types = frozenset(operating["types"])
        self.operating_verbs = _find(operating["verbs"])
        self.operating = _find(operating["terms"])
        self.start_words = _find(operating["start_words"])


@lru_cache(maxsize=1)
def phase_rules() -> PhaseRules:
    return PhaseRules(check_phase_lexicon(load_lexicon("event_phases")))
