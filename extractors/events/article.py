"""What an article's title tells the events read from its body (SPEC §2: an event's elements
and partners are those the text names for that measure, wherever it names them).

A headline names what the article is about. An event whose own sentence names no element
("Congo will now control supply through strict annual export quotas") is about the
elements of the title ("DRC to replace cobalt export ban with quotas" → Co). An investment
or a plant of one country with no host in its sentence ("the company secured a $50M loan to
complete the plant") is hosted by the other countries of the title ("... lands $50M for
Estonia's magnet factory" → EST).

English articles only; no hosts from a Chinese headline: Chinese headlines are telegraphic
and name rivals as often as hosts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from orewatch.extractors.countries import BLOC_CODES, WORLD
from orewatch.extractors.events.company_register import COMPANY_NOUNS
from orewatch.extractors.events.designations import is_designation, one_project, project_place
from orewatch.records import Event, Mention

HOSTED_TYPES = frozenset({"investment", "capacity_expansion"})
# Tariffs are mostly on whole classes of goods: an element the headline names is what they hurt.
BROAD_TYPES = frozenset({"tariff"})
# A domestic investment or plant has no host (CONVENTIONS): "investing in domestic production".
DOMESTIC = re.compile(r"\b(?:domestic|domestically|at home|home-grown|onshore)\b", re.IGNORECASE)
# The recipient based in a place that is no country ("$35 million to a Texas-based company", "a
# stake in an Ohio-based producer"), after the investment word: the sentence says where the
# money goes, and the headline's countries (a rival, a pact's parties) are not that place. Before
# the word, "-based" places the investor ("The Tokyo-based house will invest ...").
# (a country's abbreviation too: "a UK-based company", "US-based"; round 10)
PLACED = re.compile(r"\b[A-Z][A-Za-z]+-based\b")
# The actor's own plant, enlarged: "expand its smelter", "the capacity of its refinery", "double
# its antimony metal capacity", "raise its output capacity".
OWN_PLANT = re.compile(
    r"\bits\s+(?:[\w-]+\s+){0,3}?(?:plants?|smelters?|refiner(?:y|ies)|mines?|lines?|facilit(?:y|ies)|capacity|output|operations?)\b"
)


def complete_from_title(
    events: list[Event], title_elements, title_countries, language: str | None, body_countries=(), title_text: str = ""
) -> list[Event]:
    """`events` with their missing elements and hosts read from the title's mentions."""
    if not (language or "en").startswith("en"):
        return events
    elements = _codes(title_elements)
    # A Chinese headline over an English body names rivals as often as hosts: no hosts from it;
    # nor is a country word that qualifies a company ("deal with French carmaker") a place.
    hosts = () if any(_is_cjk(m.text) for m in title_countries) else [m for m in title_countries if not _names_company(title_text, m.end)]
    countries = tuple(c for c in _codes(hosts) if c not in BLOC_CODES and c != WORLD)
    names: dict[str, set[str]] = {}
    for m in body_countries:
        names.setdefault(m.code, set()).add(m.text)
    place = project_place(title_text, hosts) if countries else None
    place = place if place in countries else None
    return [_designated(_completed(e, elements, countries, names), place) for e in events]


def _designated(event: Event, place: str | None) -> Event:
    """A designation of one project, its place unnamed in its sentence, acts on the project the
    headline places (designations.py)."""
    if place is None or event.partners or place == event.actor or not is_designation(event.trigger):
        return event
    at = event.sentence.find(event.trigger)
    named = event.sentence[: at + len(event.trigger)] if at >= 0 else event.trigger  # "added the X project to its list"
    return replace(event, partners=(place,)) if one_project(named) else event


def _completed(event: Event, elements: tuple[str, ...], countries: tuple[str, ...], names: dict[str, set[str]]) -> Event:
    changes: dict = {}
    if not event.elements and elements and event.type not in BROAD_TYPES and not is_designation(event.trigger):
        changes["elements"] = elements
    if event.type in HOSTED_TYPES and not event.partners and not DOMESTIC.search(event.sentence) and not _placed(event) and not _own_country_named(event, names):
        hosts = tuple(c for c in countries if c != event.actor)
        if hosts:
            changes["partners"] = hosts
    return replace(event, **changes) if changes else event


def _own_country_named(event: Event, names: dict[str, set[str]]) -> bool:
    """Whether the event enlarges its actor's own plant ("Malaysia's Butterworth Tin Smelting
    would expand its smelter", "a Japanese refiner would increase the capacity of its refinery")
    and its sentence names the actor's country and no other: the sentence was read for a host
    and named none, so the plant stays at home; the headline's other countries (a rival, a
    market) are no host of it. A new plant ("will build a smelter at Moanda") may be abroad, and
    an investment's "its" plant is the recipient's ("lend to a refiner for a line at its smelter")."""
    if event.type != "capacity_expansion" or event.actor is None or any(code != event.actor and code not in BLOC_CODES and any(n in event.sentence for n in texts) for code, texts in names.items()):
        return False  # another country named beside it may be the host
    if not any(n in event.sentence for n in names.get(event.actor, ())):
        return False
    at = event.sentence.find(event.trigger)
    return at >= 0 and OWN_PLANT.search(event.sentence, at) is not None


def _placed(event: Event) -> bool:
    """A "<Place>-based" recipient follows the trigger in its sentence (PLACED)."""
    at = event.sentence.find(event.trigger)
    return at >= 0 and PLACED.search(event.sentence, at + len(event.trigger)) is not None


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _codes(mentions: tuple[Mention, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.code for m in mentions))


def _names_company(text: str, end: int) -> bool:
    """A company noun within the two words after character `end` ("French carmaker", "Chinese state group")."""
    return any(word.lower() in COMPANY_NOUNS for word in text[end:].split()[:2])
