"""Our own small articles and a toy extractor that turns them into Extraction records.

The storage tests must not depend on the real extractors (built elsewhere), so this finds a
few fixed phrases with real offsets: enough to give every table rows, and to change them
consistently when an article's text changes.
"""

from __future__ import annotations

import re

from orewatch.records import Article, Event, Extraction, Mention, Quantity, article_id

COUNTRIES = {"China": "CHN", "Australia": "AUS", "Japan": "JPN", "Vietnam": "VNM"}
ELEMENTS = {"gallium": "Ga", "germanium": "Ge", "rare earths": "REE", "lithium": "Li"}

PARAGRAPHS = [
    "China announced export controls on gallium and germanium in report {n}.",
    "Australia will lend A$200 million to a rare earths refinery, officials said.",
    "Japan and Vietnam signed an agreement on rare earths supply.",
    "Global output of rare earths reached about 390,000 tonnes last year.",
]

_MONEY = re.compile(r"A\$(\d+) million")
_TONNES = re.compile(r"about ([\d,]+) tonnes")


def make_article(n: int, extra: str = "", url: str | None = "default", title: str | None = None,
                 published: str | None = "2025-10-28T11:24:00+08:00") -> Article:
    """Article number n: its own text (so its own content hash) and its own URL."""
    text = " ".join(p.format(n=n) for p in PARAGRAPHS)
    if extra:
        text += " " + extra
    if url == "default":
        url = f"https://news.example.org/minerals/{n}"
    title = title or f"Gallium curbs and rare earths deals, report {n}"
    return Article(
        id=article_id(url, title, "Example Wire", published),
        title=title,
        text=text,
        url=url,
        source="Example Wire",
        published=published,
        language="en",
    )


def _sentences(text: str):
    for match in re.finditer(r"[^.]+\.", text):
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        yield start, match.end(), text[start : match.end()]


def _mentions(text: str, field: str, lexicon: dict[str, str]) -> list[Mention]:
    found = [
        Mention(code, m.group(), field, m.start(), m.end())
        for word, code in lexicon.items()
        for m in re.finditer(rf"\b{re.escape(word)}\b", text)
    ]
    return sorted(found, key=lambda m: (m.field, m.start))


def toy_extract(article: Article) -> Extraction:
    """Mentions of COUNTRIES and ELEMENTS, two kinds of quantity, three kinds of event."""
    text = article.text
    countries = _mentions(article.title, "title", COUNTRIES) + _mentions(text, "text", COUNTRIES)
    elements = _mentions(article.title, "title", ELEMENTS) + _mentions(text, "text", ELEMENTS)
    quantities, events = [], []
    for start, end, sentence in _sentences(text):
        in_sentence = [m for m in countries if m.field == "text" and start <= m.start < end]
        elems = tuple(dict.fromkeys(m.code for m in elements if m.field == "text" and start <= m.start < end))
        actor = in_sentence[0].code if in_sentence else None
        for m in _MONEY.finditer(text, start, end):
            quantities.append(Quantity(float(m.group(1)) * 1e6, None, "AUD", "exact", False, "investment",
                                       actor, "REE", None, m.group(), "text", m.start(), m.end(), sentence))
        for m in _TONNES.finditer(text, start, end):
            quantities.append(Quantity(float(m.group(1).replace(",", "")), None, "t", "approx", False,
                                       "production", "WLD", "REE", None, m.group(), "text", m.start(),
                                       m.end(), sentence))
        kinds = [("export controls", "export_restriction", "control"), ("lend", "investment", None),
                 ("agreement", "agreement", None)]
        for trigger, kind, subtype in kinds:
            if trigger in sentence:
                partners = tuple(m.code for m in in_sentence[1:])
                events.append(Event(kind, subtype, actor, partners, elems, "2025-10", "published",
                                    trigger, sentence, "text", start, end))
    return Extraction(article, tuple(countries), tuple(elements), tuple(quantities), tuple(events))


def make_extraction(n: int, **kwargs) -> Extraction:
    return toy_extract(make_article(n, **kwargs))
