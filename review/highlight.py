"""Turns an article's stored offsets into nested, labelled marks for the page (our own
displaCy-like rendering): an event's sentence inside its paragraph, or a whole article.

Pure functions over plain dicts (the rows orewatch.storage.review_reads returns); the
templates escape every piece of text they print, so nothing here builds HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Legend order, which is also the priority when two marks overlap without nesting.
KINDS = ("sentence", "trigger", "actor", "partner", "quantity", "element", "country")
LEGEND = {
    "trigger": "trigger words",
    "actor": "actor (who acts)",
    "partner": "partners",
    "country": "other countries",
    "element": "elements",
    "quantity": "quantities",
}
_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}
_SENTENCE_END = re.compile(r"[.!?。！？]\s*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    label: str = ""
    anchor: str = ""  # an element id to link to (events on the article page)


@dataclass
class Mark:
    """A highlighted stretch: `parts` are plain strings and nested marks, in text order."""

    span: Span | None
    parts: list = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.span.kind if self.span else ""


def context_window(text: str, start: int, end: int, limit: int = 700) -> tuple[int, int]:
    """The paragraph around text[start:end]; cut at sentence ends near the span when the
    paragraph is longer than `limit` characters (dumps keep a whole article on one line)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    if para_end - para_start <= limit:
        return para_start, para_end
    room = max(limit - (end - start), 0) // 2
    left, right = max(para_start, start - room), min(para_end, end + room)
    if left > para_start:
        cut = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
        left = cut[0] if cut else left
    if right < para_end:
        cut = [m.end() for m in _SENTENCE_END.finditer(text, end, right)]
        right = cut[-1] if cut else right
    return left, right


def _find_trigger(text: str, start: int, end: int, trigger: str | None) -> Span | None:
    if not trigger:
        return None
    at = text.lower().find(trigger.lower(), start, end)
    return Span(at, at + len(trigger), "trigger", "trigger") if at >= 0 else None


def event_spans(event: dict, article: dict) -> list[Span]:
    """The marks of one event's context: its sentence and trigger, mentions of its actor and
    partners, other countries, elements and quantities of the same field."""
    field_name = event["field"]
    text = article[field_name]
    spans = [Span(event["start_char"], event["end_char"], "sentence")]
    trigger = _find_trigger(text, event["start_char"], event["end_char"], event.get("trigger"))
    if trigger:
        spans.append(trigger)
    partners = set(event.get("partners") or ())
    for m in article["mentions"]:
        if m["field"] != field_name:
            continue
        kind = m["kind"]
        if kind == "country":
            kind = "actor" if m["code"] == event.get("actor") else "partner" if m["code"] in partners else "country"
        spans.append(Span(m["start_char"], m["end_char"], kind, m["code"]))
    spans += [quantity_span(q) for q in article["quantities"] if q["field"] == field_name]
    return spans


def _number(value: float) -> str:
    """Grouped digits, never an exponent: 200,000,000 and 0.45, as an editor reads them."""
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def quantity_span(q: dict) -> Span:
    value = _number(q["value"]) + (f"–{_number(q['value_max'])}" if q.get("value_max") is not None else "")
    return Span(q["start_char"], q["end_char"], "quantity", f"{value} {q['unit']} {q['metric']}")


def _nests(a: Span, b: Span) -> bool:
    """Disjoint, or one inside the other: both can be drawn."""
    return a.end <= b.start or b.end <= a.start or (a.start <= b.start and b.end <= a.end) or (
        b.start <= a.start and a.end <= b.end)


def _drawable(spans: list[Span], start: int, end: int) -> list[Span]:
    """The spans inside [start, end) that nest, higher-priority kinds first on a conflict."""
    chosen: list[Span] = []
    inside = [s for s in spans if start <= s.start < s.end <= end]
    for span in sorted(inside, key=lambda s: (_PRIORITY.get(s.kind, 99), s.start, -s.end)):
        if span not in chosen and all(_nests(span, other) for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: (s.start, -s.end, _PRIORITY.get(s.kind, 99)))


def mark_up(text: str, start: int, end: int, spans: list[Span]) -> Mark:
    """text[start:end] as a tree of marks (the root has no span)."""
    root = Mark(None)
    stack: list[tuple[Mark, int]] = [(root, end)]
    position = start

    def close_until(limit: int) -> None:
        nonlocal position
        while len(stack) > 1 and stack[-1][1] <= limit:
            mark, mark_end = stack.pop()
            if position < mark_end:
                mark.parts.append(text[position:mark_end])
            position = max(position, mark_end)

    for span in _drawable(spans, start, end):
        close_until(span.start)
        if position < span.start:
            stack[-1][0].parts.append(text[position : span.start])
            position = span.start
        mark = Mark(span)
        stack[-1][0].parts.append(mark)
        stack.append((mark, span.end))
    close_until(end)
    if position < end:
        root.parts.append(text[position:end])
    return root


def event_context(event: dict, article: dict, limit: int = 700) -> dict:
    """What an item shows: the marked-up window and whether text was cut on either side."""
    text = article[event["field"]]
    start, end = context_window(text, event["start_char"], event["end_char"], limit)
    para_start = text.rfind("\n", 0, event["start_char"]) + 1
    para_end = text.find("\n", event["end_char"])
    return {
        "mark": mark_up(text, start, end, event_spans(event, article)),
        "cut_before": start > para_start,
        "cut_after": end < (len(text) if para_end < 0 else para_end),
    }


def article_paragraphs(article: dict, events: list[dict]) -> dict[str, list[Mark]]:
    """The whole title and text, paragraph by paragraph, with every extraction marked:
    event sentences (numbered like the event list), triggers, countries, elements, quantities."""
    result = {}
    for field_name in ("title", "text"):
        text = article[field_name] or ""
        spans = [Span(m["start_char"], m["end_char"], m["kind"], m["code"])
                 for m in article["mentions"] if m["field"] == field_name]
        spans += [quantity_span(q) for q in article["quantities"] if q["field"] == field_name]
        for number, event in enumerate(events, 1):
            if event["field"] != field_name:
                continue
            spans.append(Span(event["start_char"], event["end_char"], "sentence", f"#{number} {event['type']}",
                              anchor=f"event-{number}"))
            trigger = _find_trigger(text, event["start_char"], event["end_char"], event.get("trigger"))
            if trigger:
                spans.append(trigger)
        marks, offset = [], 0
        for line in text.split("\n"):
            if line.strip():
                marks.append(mark_up(text, offset, offset + len(line), spans))
            offset += len(line) + 1
        result[field_name] = marks
    return result
