"""orewatch's extractors: a spaCy pipeline of rule-based components that reads countries,
elements, quantities and policy events from articles (SPEC §2).

    from orewatch.extractors import extract_articles
    extractions = extract_articles(articles)        # Article records in, Extraction records out

Layout: `countries.py` and `elements.py` (one component each), `quantities/` and `events/`
(a package each, its factory in `__init__`), `_shared/` (the tokenizer, the per-Doc facts,
the lexicon loader and term matcher the components share), `lexicons/*.yaml` (the rules'
words, each entry with its examples). docs/architecture.md follows one article through them.
"""

from __future__ import annotations

from orewatch.extractors.countries import BLOC_CODES, WORLD
from orewatch.extractors.events import event_key
from orewatch.extractors.extract import extract_articles
from orewatch.extractors.pipeline import build_pipeline, get_pipeline
from orewatch.records import Article, Event, Extraction, Mention, Quantity

__all__ = [
    "BLOC_CODES",
    "WORLD",
    "Article",
    "Event",
    "Extraction",
    "Mention",
    "Quantity",
    "build_pipeline",
    "event_key",
    "extract_articles",
    "get_pipeline",
]
