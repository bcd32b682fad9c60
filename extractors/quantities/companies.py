"""Companies whose country the article states ("French nuclear firm Orano", "Australia's BHP",
"US-based Cove Capital"): a later sentence naming the company alone ("Orano holds a 63%
stake", "an offer from BHP worth 38.6 billion pounds") names that country for the money the
company puts in (SPEC §2, gold conventions: a company's country comes only from the text)."""

from __future__ import annotations

import re

from orewatch.extractors._shared.word_classes import COMPANY_NOUNS_CORE, alternation
from orewatch.extractors.countries import BLOC_CODES
from orewatch.records import Mention

# A capitalised name of one to four words ("Orano", "OZ Minerals", "Cove Capital LLC").
_NAME = r"([A-Z][\w'’&.-]*[\w&]|[A-Z]{2,})(?:\s+[A-Z][\w'’&.-]*)*"
# Right after a country mention: "'s BHP", "'s state-owned Sopamin", "-based Cove Capital",
# " nuclear fuels company Orano" (a company noun: word_classes.yaml `company_nouns`, its core).
_STATED = re.compile(
    r"(?:'s|’s)\s+(?:state-owned\s+)?" + _NAME
    + r"|-(?:based|owned|listed|headquartered)\s+" + _NAME
    + r"|(?:-(?:based|owned|listed|headquartered))?(?:\s+[a-z-]+){0,3}\s+"
    + alternation(COMPANY_NOUNS_CORE) + r"\s+" + _NAME
)
# Capitalised words that start a phrase rather than a company's name.
_NOT_NAMES = frozenset({"The", "A", "An", "Ministry", "Government", "State", "National", "President", "Prime"})


def stated_companies(text: str, countries: list[Mention]) -> dict[str, str]:
    """Company name (its first word) -> the country the text states for it; a name stated for
    two countries is left out."""
    found: dict[str, set[str]] = {}
    for m in countries:
        if m.code in BLOC_CODES:
            continue
        stated = _STATED.match(text, m.end)
        if stated is None:
            continue
        name = next(g for g in stated.groups() if g)
        if name not in _NOT_NAMES and len(name) >= 3:
            found.setdefault(name, set()).add(m.code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


def _defines(ctx, country: Mention, end: int) -> bool:
    stated = _STATED.match(ctx.text, country.end - ctx.start)
    return stated is not None and stated.end() >= end - ctx.start


def company_mentions(ctx, companies: dict[str, str]) -> list[Mention]:
    """The mentions, in sentence `ctx`, of companies whose country the article states, as
    mentions of that country (not where a country mention of its own stands right before)."""
    found = []
    for name, code in companies.items():
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w])", ctx.text):
            start, end = ctx.start + hit.start(), ctx.start + hit.end()
            if any(_defines(ctx, c, end) for c in ctx.countries if c.end <= start):
                continue  # "French firm Orano": the country is named already
            found.append(Mention(code=code, text=name, field="text", start=start, end=end))
    return sorted(found, key=lambda m: m.start)
