"""The names the event rules use for what they find: the kinds of cue word matched in a
sentence (`CueKind`, with the `Label` each pattern is registered under, looked up again from
the match key in the shared PhraseMatcher's label map), the families of triggers they make
(`TriggerFamily`), a trigger's `Strength`, the kinds of named actor (`NameKind`) and how an
actor was found (`FoundBy`).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import NamedTuple


class CueKind(StrEnum):
    """What a word of events.yaml (or a role word of event_actors.yaml) is. (A StrEnum: labels
    are hashed for every match of a Doc, and a str hashes in C, a plain Enum in Python.)"""

    RESTRICTION = "restr"  # ban, controls, licence, quota (one entry per subtype)
    EXPORT = "dir:export"  # the direction words of a restriction
    IMPORT = "dir:import"
    PRODUCTION = "prod"  # mining, smelting: a quota of production
    PRODUCTION_QUOTA = "pq"  # a quota word that needs a production word
    CONTINUATION = "cont"  # extended, lifted: a restriction continued
    STANDALONE = "std"  # a word that is a trigger by itself (one entry per event type)
    PAIR_LEFT = "pairL"  # the left and right words of a pair (invest ... in a mine)
    PAIR_RIGHT = "pairR"
    NEGATION = "mod:negation"  # modifiers that cancel a trigger before them
    MOTIVE = "mod:motive"
    NOT_INVESTMENT = "mod:not_investment"
    NOT_AGREEMENT = "mod:not_agreement"
    NOT_EXPANSION = "mod:not_expansion"
    ANAPHOR = "ana"  # "it", "the government", "the company" (entry: the anaphor's kind)
    GENERIC_SUBJECT = "gen"  # "countries", "producers": a plural subject naming no one
    REPORTING = "rep"  # "said", "according": a speaker follows or precedes


# Cue kinds that are not cues of a trigger but words the role rules look for.
ROLE_WORDS = frozenset({CueKind.ANAPHOR, CueKind.GENERIC_SUBJECT, CueKind.REPORTING})


class Label(NamedTuple):
    """The label a cue pattern is registered under: its kind and, for kinds with one entry per
    lexicon item, the item's index (or the anaphor's kind). `str()` gives its matcher name."""

    kind: CueKind
    entry: int | str | None = None

    def __str__(self) -> str:
        if self.kind in (CueKind.GENERIC_SUBJECT, CueKind.REPORTING):
            return f"{self.kind.value}:"
        return self.kind.value if self.entry is None else f"{self.kind.value}:{self.entry}"


class NameKind(StrEnum):
    """What a named actor is: a country or bloc (from the country component), or a leader,
    government body or company of event_actors.yaml."""

    COUNTRY = "country"
    PERSON = "person"
    BODY = "body"
    COMPANY = "company"
    SEATED = "seated"  # a company placed by its seat ("a Perth-based miner", seats.py): the text gives its country


class NameLabel(NamedTuple):
    """The label a name of event_actors.yaml is registered under (matched on ORTH)."""

    kind: NameKind
    code: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.code}"


class TriggerFamily(IntEnum):
    """How a trigger is made from its head cue; the order is the order triggers are made (it
    decides ties later)."""

    RESTRICTION = 0  # a restriction word with a direction word (or a production word: a quota)
    PRODUCTION_QUOTA = 1  # a quota word with a production word
    STANDALONE = 2  # one word
    PAIR = 3  # a left word with its right word within a window


class Strength(StrEnum):
    """How much a trigger says on its own."""

    STRONG = "strong"  # one sentence naming two parties is enough for an agreement
    WEAK = "weak"  # an agreement's parties must be in the trigger's own clause
    # A restriction word with no direction word that an extension or a lifting continues ("the
    # suspension was extended"): the event takes the type and actor of the article's latest
    # restriction.
    CONTINUED = "continued"


class FoundBy(StrEnum):
    """Which rule found an event's actor (events/roles.py)."""

    PASSIVE = "passive"  # the agent of a passive: "controls imposed by Beijing"
    FUNDER = "funder"  # who the money comes from: "a loan from the Export-Import Bank"
    MENTION = "mention"  # the nearest name before the trigger: "China's export controls"
    SPEAKER = "speaker"  # "..., China's commerce ministry said"
    ORIGIN = "origin"  # where the restricted exports come from: "a ban on cobalt exports from Congo"
    ANAPHOR = "anaphor"  # "it", "the government": the article's previous actor
    SUBJECT = "subject"  # "The ban was introduced ...": the measure of the previous actor
    BUILDER = "builder"  # the company whose relative or purpose clause builds: "a loan to X to build" (builders.py)
