"""The pure extraction function: a batch of articles in, one Extraction per article out.

No I/O, no Prefect, no DuckDB: the flow calls this on batches, and it could as well run
on a worker of a cluster. Title and text are separate Docs so that offsets count in their
own field (SPEC §3).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors._shared.extensions import get_ext, set_ext
from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors.events import merge_article_events
from orewatch.extractors.events.article import complete_from_title
from orewatch.extractors.pipeline import get_pipeline
from orewatch.extractors.quantities.earlier import NO_HEADLINE, read_headline
from orewatch.records import Article, Extraction


def _docs_for(
    nlp: Language, articles: Sequence[Article], field: str, headlines: Sequence[tuple] = ()
) -> Iterator[Doc]:
    for i, article in enumerate(articles):
        doc = nlp.make_doc((article.title if field == "title" else article.text) or "")
        set_ext(doc, "published", article.published)
        set_ext(doc, "field", field)
        set_ext(doc, "language", article.language)
        # The countries and elements its title names: a body figure whose text names no
        # country or element may be the headline's (quantities/linking.py, context.py).
        for name, value in zip(("headline", "headline_elements", "headline_reading"), headlines[i] if headlines else ((), (), NO_HEADLINE)):
            set_ext(doc, name, value)
        yield doc


def _headline(title) -> tuple:
    """A title's country codes, element codes, and what it tells the body's quantities."""
    countries = title.mentions("countries")
    return tuple(m.code for m in countries), tuple(m.code for m in title.mentions("elements")), read_headline(title.text, countries)


def extract_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 256
) -> list[Extraction]:
    """Run the pipeline over `articles` and return their extractions, in input order. The
    titles go first, so that each body knows the countries of its headline."""
    articles = list(articles)
    nlp = nlp or get_pipeline()
    title_docs = list(nlp.pipe(_docs_for(nlp, articles, "title"), batch_size=batch_size))
    headlines = [_headline(doc_facts(doc)) for doc in title_docs]
    text_docs = nlp.pipe(_docs_for(nlp, articles, "text", headlines), batch_size=batch_size)
    results = []
    for article, title_doc in zip(articles, title_docs):
        text_doc = next(text_docs)
        title, text = doc_facts(title_doc), doc_facts(text_doc)
        results.append(
            Extraction(
                article=article,
                countries=(*title.mentions("countries"), *text.mentions("countries")),
                elements=(*title.mentions("elements"), *text.mentions("elements")),
                quantities=(*(get_ext(title_doc, "quantities") or ()), *(get_ext(text_doc, "quantities") or ())),
                # A title event repeated in the body is listed once (SPEC §3); body events
                # missing elements or a host take the title's.
                events=tuple(complete_from_title(
                    merge_article_events(get_ext(title_doc, "events") or (), get_ext(text_doc, "events") or ()),
                    title.mentions("elements"), title.mentions("countries"), article.language, text.mentions("countries"), title.text,
                )),  # fmt: skip
            )
        )
    return results
