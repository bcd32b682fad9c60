"""What the event rules read about an article (`DocReading`): the names in it that may act or
be acted upon (`Party`), what earlier sentences said (`Discourse`: earlier actors and
measures, for anaphoric subjects and continued measures), and the role words the matcher
found (`RoleWords`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from orewatch.extractors._shared.facts import DocFacts
from orewatch.extractors.events.labels import NameKind
from orewatch.records import Mention


class Party(NamedTuple):
    """A country or bloc mention, or a leader, body or company of event_actors.yaml, as the
    role rules see it: its token range (they count in tokens; a country's comes from its
    `Mention` by a lookup in the Doc's facts), its code and what it names."""

    start: int  # token indices
    end: int
    code: str
    kind: NameKind


@dataclass
class Discourse:
    """What earlier sentences of the article said, for anaphoric subjects."""

    last_actor: str | None = None
    countries_seen: list[str] = field(default_factory=list)
    last_company: str | None = None
    intros: list = field(default_factory=list)  # (token, code) where a company of a stated country is introduced
    last_owner: str | None = None  # the country of the latest owner stated ("owned by a Chinese group")
    last_place: str | None = None  # the latest country named as a place ("in Botswana"), company_hosts.py

    last_quota: str | None = None  # type of the article's latest quota event
    last_restriction: tuple[str, str] | None = None  # (type, actor) of its latest export/import restriction
    subtypes: dict = field(default_factory=dict)  # (type, actor) -> subtype of its latest event
    last_agreement: tuple[str, ...] | None = None  # the parties of its latest agreement, actor first
    last_day: tuple[str, str] | None = None  # (date, "day") of its latest event dated to the day

    def government(self) -> str | None:
        return self.last_actor or (self.countries_seen[0] if self.countries_seen else None)

    # The mentions of the latest segments naming anyone, with each segment's first token
    # (latest last): "it" is read from them only when an event needs it.
    recent: list = field(default_factory=list)

    def either(self, is_subject) -> str | None:
        """"it": whoever the latest sentence naming anyone other than as a place is about
        (`is_subject(mention, segment start, mentions)`), else the government."""
        for found, floor in reversed(self.recent):
            for m in found:
                if is_subject(m, floor, found):
                    return m.code
        return self.government()


@dataclass
class RoleWords:
    """Sorted token indices of the Doc's generic plural subjects and reporting verbs."""

    generic: list[int]
    reporting: list[int]


@dataclass
class DocReading:
    """What the event rules read from a whole Doc, once, before its segments."""

    facts: DocFacts
    anaphors: list[tuple[int, int, str]]  # (start, end, kind) token ranges
    words: RoleWords
    elements: list[Mention]
    published: date | None
    field: str
    discourse: Discourse
    language: str = "en"
    country_codes: frozenset = frozenset()  # the codes of the Doc's country mentions
    headline: tuple[str, ...] = ()  # the country codes of the article's title (body Docs)
    money: tuple[tuple[int, int], ...] = ()  # character spans of the Doc's figures in a currency

    def headline_country(self) -> str | None:
        """The one country of an English headline: it owns a measure named as subject when no
        actor came before ("as the licence requirement took effect ..."), else None."""
        return self.headline[0] if len(self.headline) == 1 and self.language.startswith("en") else None

    def home_country(self) -> str | None:
        """The country an English article is about, for a national body named without one before
        any actor ("Parliament withdrew the lease"): its headline's, else the only one it names."""
        if not self.language.startswith("en"):
            return None
        return self.headline_country() or (next(iter(self.country_codes)) if len(self.country_codes) == 1 else None)
