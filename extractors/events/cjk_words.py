"""How far apart Chinese cue words are (issue 10 point 4), where every character is a token:
a name counts as one word, and so does a list of names ("镓、锗、锑等"); a direction word
that names countries by their trade ("进口国", "出口国") is no direction of a measure."""

from __future__ import annotations

from orewatch.extractors._shared.cjk import starts_cjk
from orewatch.extractors._shared.facts import DocFacts

LIST_GLUE = ("、", "和", "及", "与", "與", "以及")  # between the names of a Chinese list
LIST_CLOSE = "等"  # "镓、锗、锑等": the list closed
COUNTRY_NOUNS = ("国", "國")  # "日本、美国等稀土进口国": importing countries


def chinese_names(index: DocFacts, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The token ranges among `spans` that are Chinese names (美国, 海关总署, 稀土: one token per
    character), sorted, a list of names joined by 、/和/及 (and the 等 that closes it) as one
    range: one word each in `SegmentCues.gap` ("禁止镓、锗、锑等物项对美国出口")."""
    names = sorted((s, e) for s, e in spans if starts_cjk(index.token_text(s)))
    merged: list[tuple[int, int]] = []
    for s, e in names:
        if merged and merged[-1][1] <= s and index.span_text(merged[-1][1], s) in LIST_GLUE:
            s = merged.pop()[0]
        merged.append((s, e))
    closed = [(s, e + 1) if e < index.n and index.token_text(e) == LIST_CLOSE else (s, e) for s, e in merged]
    return tuple((s, e) for s, e in closed if e - s > 1)


def names_countries(index: DocFacts, end: int) -> bool:
    """The direction word ending at token `end` is followed by 国 ("进口国"): countries, not a
    direction of a measure."""
    return end < index.n and index.token_text(end) in COUNTRY_NOUNS
