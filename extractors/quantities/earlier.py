"""What the article said before a figure's sentence, for a figure whose own sentence does not
say it: the element of the sentences just before or of the headline, what the quota
named last limits ("The export quota was set at 30,000 tonnes. ... The quota was later
raised by 2,000 tonnes": that quota is an export quota too), and who set the tariff named
last ("The US said it will impose duties of 90% on Chinese graphite. ... Two Chinese firms
received rates of 700%": those rates are the US's too)."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.extractors.quantities.country import setter_of_tariff
from orewatch.extractors.quantities.items import pick_element
from orewatch.extractors.quantities.lexicon import get_lexicon
from orewatch.extractors.quantities.roles import headline_owners
from orewatch.records import Mention


class HeadlineReading(NamedTuple):
    """What an article's title tells its body's figures (extract.py sets it as `headline_reading`)."""

    owners: tuple[str, ...]  # its countries that can own a figure (roles.headline_owners)
    quota_kind: str | None  # what a quota it names limits: "China cuts export quota" -> exports


NO_HEADLINE = HeadlineReading((), None)


def read_headline(title: str, countries: list[Mention]) -> HeadlineReading:
    names = {t[2] for t in get_lexicon().metric_phrases.find(title.lower(), has_cjk(title))}
    return HeadlineReading(headline_owners(title, countries), _kind_of(names))


def _kind_of(names: set[str]) -> str | None:
    """What a sentence's quota limits, from its metric words (None when it names no quota)."""
    if "quota" not in names:
        return None
    if "exports" in names:
        return "exports"
    return "production" if names & {"production", "processing"} else None

# How far back a quota's kind is looked for, in sentences.
QUOTA_REACH = 40


def headline_element(doc) -> str | None:
    """The element the article's title names, if one (extract.py sets `headline_elements`)."""
    return pick_element(list(doc._.headline_elements or ()))


def element_before(scan, index: int) -> str | None:
    """The element of the one or two sentences before sentence `index`."""
    starts = scan.element_starts
    for back in (index - 1, index - 2):
        if back < 0:
            break
        lo, hi = scan.bounds[back]
        codes = [m.code for m in scan.elements[bisect_left(starts, lo) : bisect_left(starts, hi)] if m.end <= hi]
        if codes:
            return pick_element(codes)
    return None


def quota_kind(scan, index: int) -> str | None:
    """`exports` or `production`: what the nearest sentence before `index` that names a quota
    and what it limits (an export word, a mining or output word) says it limits, else what the
    headline's quota limits ("China cuts export quota for rare earths"); None when none does."""
    for back in range(index - 1, max(-1, index - 1 - QUOTA_REACH), -1):
        kind = _kind_of({t[2] for t in scan.context(back).triggers})
        if kind is not None:
            return kind
    return scan.headline_quota


# How far back the country that sets a tariff is looked for, in sentences.
TARIFF_REACH = 12


def tariff_setter(scan, index: int) -> tuple[bool, str | None]:
    """(whether one was found, its code): the country that sets the tariff named last before
    sentence `index`, the first mention that can set one (not the goods it falls on, a
    counterpart, a firm's nationality) in the nearest sentence before with a tariff word; a
    bloc sets it for no country (None)."""
    for back in range(index - 1, max(-1, index - 1 - TARIFF_REACH), -1):
        ctx = scan.context(back)
        if any(t[2] == "tariff" for t in ctx.triggers):
            found, code = setter_of_tariff(ctx)
            if found:
                return found, code
    return False, None
