"""Marks drawn from stored offsets: nesting, priorities, roles, windows on long paragraphs."""

from __future__ import annotations

from orewatch.review.highlight import Mark, Span, article_paragraphs, context_window, event_context, mark_up

TEXT = "Intro.\nChina banned exports of gallium to the US, officials said, citing 5 tonnes.\nEnd."


def _flat(mark: Mark) -> list:
    """[(kind, label, text)] for marks and plain strings, depth first."""
    out = []
    for part in mark.parts:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append((part.kind, part.span.label, _flat(part)))
    return out


def _mention(kind, code, word, text=TEXT):
    start = text.index(word)
    return {"kind": kind, "code": code, "field": "text", "start_char": start, "end_char": start + len(word)}


ARTICLE = {
    "title": "Curbs", "text": TEXT,
    "mentions": [_mention("country", "CHN", "China"), _mention("element", "Ga", "gallium"), _mention("country", "USA", "US")],
    "quantities": [{"value": 5.0, "value_max": None, "unit": "t", "metric": "exports", "field": "text",
                    "start_char": TEXT.index("5 tonnes"), "end_char": TEXT.index("5 tonnes") + 8}],
}
EVENT = {"field": "text", "start_char": 7, "end_char": TEXT.index(" citing"), "trigger": "banned exports",
         "actor": "CHN", "partners": ["USA"], "type": "export_restriction"}


def test_highlight_event_context_marks_roles_inside_the_sentence_inside_its_paragraph():
    context = event_context(EVENT, ARTICLE)
    assert not context["cut_before"] and not context["cut_after"]
    assert _flat(context["mark"]) == [
        ("sentence", "", [("actor", "CHN", ["China"]), " ", ("trigger", "trigger", ["banned exports"]), " of ",
                          ("element", "Ga", ["gallium"]), " to the ", ("partner", "USA", ["US"]), ", officials said,"]),
        " citing ", ("quantity", "5 t exports", ["5 tonnes"]), ".",
    ]


def test_highlight_overlaps_keep_the_higher_priority_and_nest_contained_spans():
    text = "export controls on gallium"
    spans = [Span(0, 26, "sentence"), Span(0, 15, "trigger"), Span(10, 20, "country", "XXX"),
             Span(19, 26, "element", "Ga")]
    # The country mention crosses the trigger's end: it is dropped, the element nests.
    assert _flat(mark_up(text, 0, len(text), spans)) == [
        ("sentence", "", [("trigger", "", ["export controls"]), " on ", ("element", "Ga", ["gallium"])])]


def test_highlight_long_paragraph_is_cut_at_sentence_ends_around_the_event():
    text = "Lead sentence here. " * 50 + "China banned it. " + "Tail sentence here. " * 50
    start = text.index("China")
    left, right = context_window(text, start, start + 16, limit=200)
    window = text[left:right]
    assert window.startswith("Lead sentence here.") and window.rstrip().endswith("Tail sentence here.")
    assert "China banned it." in window and right - left <= 200


def test_highlight_article_numbers_event_sentences_and_keeps_paragraphs():
    paragraphs = article_paragraphs(ARTICLE, [EVENT])
    assert len(paragraphs["text"]) == 3 and _flat(paragraphs["text"][0]) == ["Intro."]
    sentence = paragraphs["text"][1].parts[0]
    assert (sentence.kind, sentence.span.label, sentence.span.anchor) == ("sentence", "#1 export_restriction", "event-1")
    assert [p.kind for p in sentence.parts if not isinstance(p, str)] == ["country", "trigger", "element", "country"]
