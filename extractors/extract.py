"""The pure extraction function: a batch of articles in, one Extraction per article out.

No I/O, no Prefect, no DuckDB: the flow calls this on batches, and it could as well run
on a worker of a cluster. Title and text are separate Docs so that offsets count in their
own field (SPEC §3).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from orewatch.extractors._shared.doc_index import doc_text
from orewatch.extractors.events import merge_article_events
from orewatch.extractors._shared.terms import labelled_spans
from orewatch.extractors.pipeline import get_pipeline
from orewatch.records import Article, Extraction, Mention


def _docs_for(nlp: Language, articles: Sequence[Article]) -> Iterator[Doc]:
    for article in articles:
        for field, content in (("title", article.title), ("text", article.text)):
            doc = nlp.make_doc(content or "")
            doc._.published = article.published
            doc._.field = field
            doc._.language = article.language
            yield doc


def _mentions(doc: Doc, key: str, field: str) -> list[Mention]:
    # The kept text sliced, not span.text (which spaCy rebuilds from the tokens).
    text = doc_text(doc)
    spans = sorted(((s.start_char, s.end_char, s.label) for s in labelled_spans(doc, key)), key=lambda t: t[:2])
    return [Mention(code=code, text=text[start:end], field=field, start=start, end=end) for start, end, code in spans]


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
        pair = ((title_doc, "title"), (text_doc, "text"))
        results.append(
            Extraction(
                article=article,
                countries=tuple(m for d, f in pair for m in _mentions(d, "countries", f)),
                elements=tuple(m for d, f in pair for m in _mentions(d, "elements", f)),
                quantities=tuple(q for d, _ in pair for q in (d._.quantities or ())),
                # A title event repeated in the body is listed once (SPEC §3).
                events=tuple(merge_article_events(title_doc._.events or (), text_doc._.events or ())),
            )
        )
    return results
