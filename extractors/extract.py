"""The pure extraction function: a batch of articles in, one Extraction per article out.

No I/O, no Prefect, no DuckDB: the flow calls this on batches, and it could as well run
on a worker of a cluster. Title and text are separate Docs so that offsets count in their
own field (SPEC §3).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors.events import merge_article_events
from orewatch.extractors.events.article import complete_from_title
from orewatch.extractors.pipeline import get_pipeline
from orewatch.records import Article, Extraction


def _docs_for(nlp: Language, articles: Sequence[Article]) -> Iterator[Doc]:
    for article in articles:
        for field, content in (("title", article.title), ("text", article.text)):
            doc = nlp.make_doc(content or "")
            doc._.published = article.published
            doc._.field = field
            doc._.language = article.language
            yield doc


def extract_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 256
) -> list[Extraction]:
    """Run the pipeline over `articles` and return their extractions, in input order."""
    articles = list(articles)
    nlp = nlp or get_pipeline()
    docs = nlp.pipe(_docs_for(nlp, articles), batch_size=batch_size)
    results = []
    for article in articles:
        title_doc, text_doc = next(docs), next(docs)
        title, text = doc_facts(title_doc), doc_facts(text_doc)
        results.append(
            Extraction(
                article=article,
                countries=(*title.mentions("countries"), *text.mentions("countries")),
                elements=(*title.mentions("elements"), *text.mentions("elements")),
                quantities=(*(title_doc._.quantities or ()), *(text_doc._.quantities or ())),
                # A title event repeated in the body is listed once (SPEC §3); body events
                # missing elements or a host take the title's.
                events=tuple(complete_from_title(
                    merge_article_events(title_doc._.events or (), text_doc._.events or ()),
                    title.mentions("elements"), title.mentions("countries"), article.language,
                )),  # fmt: skip
            )
        )
    return results
