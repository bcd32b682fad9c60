"""Loads and checks the event lexicons (lexicons/events.yaml, lexicons/event_actors.yaml) and
turns them into PhraseMatchers.

Cue words are matched on LOWER (cheap, see PERFORMANCE-NOTES); names of people, bodies and
companies on ORTH, because they are proper nouns ("Xi" the leader, not "xi").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from orewatch.extractors._shared.cjk import script_variants
from orewatch.extractors._shared.lexicons import lexicon_path, load_lexicon
from orewatch.extractors._shared.phrases import SharedPhraseMatcher
from orewatch.extractors._shared.word_classes import word_list
from orewatch.extractors.events.labels import CueKind, Label, NameKind, NameLabel, Strength

TRIGGERS_PATH = lexicon_path("events")
ACTORS_PATH = lexicon_path("event_actors")

EVENT_TYPES = (
    "export_restriction",
    "import_restriction",
    "tariff",
    "production_quota",
    "investment",
    "agreement",
    "capacity_expansion",
    "stockpile",
    "other_policy",
)
RESTRICTION_SUBTYPES = ("ban", "licence", "quota", "control")


@dataclass(frozen=True)
class Standalone:
    type: str
    strength: Strength  # strong | weak (agreements only)


@dataclass(frozen=True)
class Paired:
    type: str
    window: int
    reverse: frozenset[str]
    noun_phrase: bool = False  # left and right words within one noun phrase (no preposition, verb)
    # Words that may stand between the left word and the noun phrase that ends in the right
    # word ("a halt to new mining permits", "froze the issuance of licences"); implies noun_phrase.
    lead: frozenset[str] = frozenset()
    two_sided: bool = False  # a closed border: its partner is the country on the other side
    # Tokens a `reverse` word may stand after its right word: "the rules were jointly issued".
    reverse_window: int = 1
    # `reverse` words that pair only after their right word ("项目建设", the construction of a
    # project; never "建设项目", a construction project in general)
    after_only: frozenset[str] = frozenset()


@dataclass
class EventLexicon:
    """The parsed lexicons; a label's `entry` indexes into the list of its kind below."""

    version: str
    window: int
    continuation_window: int = 3  # tokens between a bare restriction word and "extended", "lifted"
    restriction_subtypes: list[str] = field(default_factory=list)
    standalone: list[Standalone] = field(default_factory=list)
    paired: list[Paired] = field(default_factory=list)
    terms: dict[Label, list[str]] = field(default_factory=dict)  # label -> terms (LOWER)
    names: dict[NameLabel, list[str]] = field(default_factory=dict)  # (person, USA) -> names (ORTH)
    anaphors: dict[str, list[str]] = field(default_factory=dict)  # kind -> phrases (LOWER)
    generic_subjects: frozenset[str] = frozenset()
    examples: list[dict] = field(default_factory=list)  # {sentence, type, actor, partners}
    actor_examples: list[dict] = field(default_factory=list)  # {sentence, code}


class LexiconError(ValueError):
    """A lexicon file does not have the documented shape."""


def _terms(entry: dict, key: str, where: str) -> list[str]:
    terms = entry.get(key)
    if isinstance(terms, list):
        terms = [t for item in terms for t in _word_class(item, where)]
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t for t in terms):
        raise LexiconError(f"{where}: `{key}` must be a non-empty list of strings")
    # A Chinese term is written in one script and matched in both (暂停 → 暫停).
    return list(dict.fromkeys(v for t in terms for v in script_variants(t.lower())))


def _word_class(item, where: str) -> list:
    """A term, or the words of a shared class's parts ({word_class: plant_nouns, parts: [core,
    mines]}, lexicons/word_classes.yaml) in their place."""
    if not isinstance(item, dict):
        return [item]
    try:
        return word_list(item["word_class"], *item["parts"])
    except (KeyError, TypeError) as missing:
        raise LexiconError(f"{where}: no word class {item!r}") from missing


def _check_example(example: dict, where: str) -> dict:
    if not isinstance(example, dict) or "sentence" not in example or example.get("type") not in EVENT_TYPES:
        raise LexiconError(f"{where}: an example needs `sentence` and a known `type`: {example!r}")
    return {
        "sentence": example["sentence"],
        "type": example["type"],
        "actor": example.get("actor"),
        "partners": list(example.get("partners") or []),
    }


def _add_paired(lex: EventLexicon, entry: dict, i: int, where: str) -> None:
    """One paired entry: its words, windows and examples."""
    if entry.get("type") not in EVENT_TYPES:
        raise LexiconError(f"{where} paired[{i}]: unknown type {entry.get('type')!r}")
    # a reverse word is a left word, matched in both scripts like it (投产 → 投產)
    after_only = frozenset(v for t in entry.get("after_only", []) for v in script_variants(t.lower()))
    reverse = frozenset(v for t in entry.get("reverse", []) for v in script_variants(t.lower())) | after_only
    lead = frozenset(t.lower() for t in entry.get("lead", []))
    noun_phrase = bool(entry.get("noun_phrase", False)) or bool(lead)
    two_sided = bool(entry.get("two_sided", False))
    lex.paired.append(Paired(
        entry["type"], int(entry.get("window", lex.window)), reverse, noun_phrase, lead, two_sided,
        int(entry.get("reverse_window", 1)), after_only,
    ))  # fmt: skip
    lex.terms[Label(CueKind.PAIR_LEFT, i)] = _terms(entry, "left", f"{where} paired[{i}]") + sorted(after_only)
    lex.terms[Label(CueKind.PAIR_RIGHT, i)] = _terms(entry, "right", f"{where} paired[{i}]")
    lex.examples += [_check_example(e, f"{where} paired[{i}]") for e in entry.get("examples", [])]


@lru_cache(maxsize=4)
def load_event_lexicon(triggers_path: Path = TRIGGERS_PATH, actors_path: Path = ACTORS_PATH) -> EventLexicon:
    """Parse and check both files; raises LexiconError with the place of the first problem."""
    data = load_lexicon(triggers_path)
    lex = EventLexicon(version=str(data["version"]), window=int(data.get("window", 5)))
    where = triggers_path.name
    for direction, kind in (("export", CueKind.EXPORT), ("import", CueKind.IMPORT)):
        lex.terms[Label(kind)] = _terms(data["direction"][direction], "terms", f"{where} direction.{direction}")
    for i, entry in enumerate(data["restriction"]):
        if entry.get("subtype") not in RESTRICTION_SUBTYPES:
            raise LexiconError(f"{where} restriction[{i}]: unknown subtype {entry.get('subtype')!r}")
        lex.restriction_subtypes.append(entry["subtype"])
        lex.terms[Label(CueKind.RESTRICTION, i)] = _terms(entry, "terms", f"{where} restriction[{i}]")
        lex.examples += [_check_example(e, f"{where} restriction[{i}]") for e in entry.get("examples", [])]
    lex.terms[Label(CueKind.PRODUCTION)] = _terms(data["production"], "terms", f"{where} production")
    lex.terms[Label(CueKind.CONTINUATION)] = _terms(data["continuation"], "terms", f"{where} continuation")
    lex.continuation_window = int(data["continuation"].get("window", 3))
    lex.terms[Label(CueKind.PRODUCTION_QUOTA)] = _terms(data["production_quota"], "terms", f"{where} production_quota")
    lex.examples += [_check_example(e, f"{where} production_quota") for e in data["production_quota"].get("examples", [])]
    for i, entry in enumerate(data["standalone"]):
        if entry.get("type") not in EVENT_TYPES:
            raise LexiconError(f"{where} standalone[{i}]: unknown type {entry.get('type')!r}")
        lex.standalone.append(Standalone(entry["type"], Strength(entry.get("strength", "strong"))))
        lex.terms[Label(CueKind.STANDALONE, i)] = _terms(entry, "terms", f"{where} standalone[{i}]")
        lex.examples += [_check_example(e, f"{where} standalone[{i}]") for e in entry.get("examples", [])]
    for i, entry in enumerate(data["paired"]):
        _add_paired(lex, entry, i, where)
    for kind in (CueKind.NEGATION, CueKind.MOTIVE, CueKind.NOT_INVESTMENT, CueKind.NOT_AGREEMENT,
                 CueKind.NOT_EXPANSION):
        name = kind.value.removeprefix("mod:")
        lex.terms[Label(kind)] = _terms(data["modifiers"], name, f"{where} modifiers")

    actors = load_lexicon(actors_path)
    where = actors_path.name
    for kind, key in ((NameKind.PERSON, "people"), (NameKind.BODY, "bodies"), (NameKind.COMPANY, "companies")):
        for i, entry in enumerate(actors[key]):
            code = entry.get("code")
            names = entry.get("names")
            if not isinstance(code, str) or not isinstance(names, list) or not names:
                raise LexiconError(f"{where} {key}[{i}]: needs `code` and `names`")
            lex.names.setdefault(NameLabel(kind, code), []).extend(v for n in names for v in script_variants(n))
            if entry.get("example"):
                lex.actor_examples.append({"sentence": entry["example"], "code": code, "kind": kind})
    lex.anaphors = {
        kind: [p.lower() for p in phrases] for kind, phrases in actors["anaphors"].items()
    }
    lex.generic_subjects = frozenset(s.lower() for s in actors.get("generic_subjects", []))
    return lex


def build_matchers(nlp: Language, lex: EventLexicon, matcher: SharedPhraseMatcher, owner: str) -> None:
    """Register the cues and anaphors on LOWER and the names of people, bodies and companies
    on ORTH, under `owner`, with the pipeline's shared matcher."""
    for label, terms in lex.terms.items():
        matcher.add(owner, "LOWER", label, [nlp.make_doc(t) for t in terms])
    for kind, phrases in lex.anaphors.items():
        matcher.add(owner, "LOWER", Label(CueKind.ANAPHOR, kind), [nlp.make_doc(p) for p in phrases])
    for label, terms in lex.names.items():
        matcher.add(owner, "ORTH", label, [nlp.make_doc(t) for t in terms])
