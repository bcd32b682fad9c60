"""Figures read against another figure of the article, after linking (linking.py): a
company's allocation of a quota or cap named before is that quota's (its metric and country:
"Gabon will cap ore exports at 9.5 Mt ... Comilog was allocated 6.8 Mt"); a supplier's share
of an importer's imports is the importer's ("The US imported 8,400 t, and China supplied 76% of
them"); an import price (an average import value, a landed price) is the importer's market;
a figure a comparison introduces ("..., up from 44% in 2025") is of the same measure as the
figure before it in its sentence, however far; a sentence opened by "Their value" measures the
trade flow of the sentence before; and a country's producers, miners or refiners
named as a plural noun are its industry ("Tajik producers raised output to 9,000 t")."""

from __future__ import annotations

import re

from orewatch.extractors.quantities.country import PHYSICAL_METRICS, own_place

# A company's share of a quota: "was allocated", "allotted"; "received", "got" only next to one.
_ALLOCATED = re.compile(r"(?<![a-z])(?:allocat\w*|allott?\w*)(?![a-z])")
_RECEIVED = re.compile(r"(?<![a-z])(?:received|receives|got|gets|was\s+given|were\s+given)(?![a-z])")
# A sentence that sets a quota or cap.
_QUOTA = re.compile(r"(?<![a-z])(?:quotas?|caps?|capped|ceilings?|allowances?)(?![a-z])")
# How many sentences back the quota of an allocation, or an importer, is looked for.
QUOTA_REACH = 10
IMPORTER_REACH = 3
# "China supplied 76% of them", "Australia accounted for 12% of the country's imports".
_SUPPLIED_BEFORE = re.compile(
    r"(?<![a-z])(?:supplied|supplies|provided|provides|accounted\s+for|accounts\s+for|made\s+up|makes\s+up)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|less\s+than|just)\s+)?$"
)
_OF_IMPORTS = re.compile(
    r"\s+of\s+(?:them|those|these|(?:the\s+country's|the\s+country’s|its|their|the)\s+(?:[\w-]+\s+){0,3}?imports)(?![a-z])"
)
# A price that is a mean value of imports: "the average import value", "the landed price".
_IMPORT_PRICE = re.compile(
    r"(?<![a-z])(?:import\s+(?:value|price|cost)s?|landed\s+(?:value|price|cost)s?|unit\s+value\s+of\s+(?:the\s+)?imports)(?![a-z])"
)
# Right before a figure that is the base of a comparison.
_COMPARED = re.compile(r"(?<![a-z])(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+"
                       r"(?:(?:about|around|roughly|nearly|some|more\s+than|less\s+than)\s+)?$")
_BREAK = re.compile(r"[;.!?]")
# A sentence that opens on the value of the goods just named.
_VALUE_OF_BEFORE = re.compile(r"\s*(?:their|its|the)\s+(?:total\s+|combined\s+)?value\b")
_INDUSTRY_NOUNS = r"producers|miners|smelters|refiners|exporters|importers|mines"
_INDUSTRY_WORD = re.compile(_INDUSTRY_NOUNS)  # the gate: one of them anywhere in the sentence
_INDUSTRY = re.compile(rf"\s+(?:{_INDUSTRY_NOUNS})(?![a-z])")
# Metric words that would give a listed tonnage a measure of its own.
_TONNAGE_WORDS = frozenset({"exports", "imports", "shipping", "production", "processing", "capacity", "consumption", "demand", "reserves"})


def settle_parts(drafts: list, scan) -> None:
    """Settle, in place, the figures that are part of another (module docstring)."""
    low = scan.low
    settled: set[int] = set()  # ids of the allocations settled so far
    for i, cur in enumerate(drafts):
        if cur.unit == "t" and cur.metric in ("production", "exports", "other"):
            _allocation(drafts, i, scan, settled)
        elif cur.unit == "%":
            _supplier_share(drafts, i, low)
        if cur.country is None and cur.metric in PHYSICAL_METRICS and _INDUSTRY_WORD.search(cur.ctx.low):
            _national_industry(cur)
        if cur.metric == "price" and cur.country is None and _IMPORT_PRICE.search(cur.ctx.low):
            cur.country = _importer(drafts, i)
        if not cur.found.change and _COMPARED.search(low, max(0, cur.start - 40), cur.start):
            _base(drafts, i, low)
        if cur.unit != "t" and _VALUE_OF_BEFORE.match(cur.ctx.low):
            _value_of_flow(drafts, i)


def _allocation(drafts: list, i: int, scan, settled: set[int]) -> None:
    cur = drafts[i]
    ctx = cur.ctx
    c_start, c_end = ctx.clause_bounds(cur.start, cur.end)
    clause = ctx.low[c_start - ctx.start: c_end - ctx.start]
    prev = drafts[i - 1] if i else None
    if prev is not None and id(prev) in settled and prev.index == cur.index and not any(
            c_start <= t[0] < c_end and not ctx.text[t[0] - ctx.start].isupper() for t in ctx.triggers if t[2] in _TONNAGE_WORDS):
        # The list goes on: "X was allocated 6.8 Mt, Y 1.9 Mt and Z 800,000 t" (a metric word
        # inside a name, "Nouvelle Gabon Mining", says nothing).
        cur.metric, cur.country = prev.metric, prev.country
        settled.add(id(cur))
        return
    if not _ALLOCATED.search(clause):
        if not _RECEIVED.search(clause):
            return
        before = scan.context(cur.index - 1).low if cur.index else ""
        if not (_ALLOCATED.search(ctx.low) or _ALLOCATED.search(before) or _QUOTA.search(before)):
            return
    fallback = None
    for prev in reversed(drafts[:i]):
        if cur.index - prev.index > QUOTA_REACH:
            break
        if prev.unit != "t" or prev.country is None or prev.metric not in ("production", "exports"):
            continue
        p_start, p_end = prev.ctx.clause_bounds(prev.start, prev.end)
        p_clause = prev.ctx.low[p_start - prev.ctx.start: p_end - prev.ctx.start]
        if _ALLOCATED.search(p_clause) or _RECEIVED.search(p_clause):
            continue  # another company's allocation
        if _QUOTA.search(prev.ctx.low):
            fallback = prev
            break
        if fallback is None and prev.metric == cur.metric:
            fallback = prev  # the national figure the quota was given as ("will allow exports of 96,600 t")
    if fallback is not None:
        cur.metric, cur.country = fallback.metric, fallback.country
        settled.add(id(cur))


def _supplier_share(drafts: list, i: int, low: str) -> None:
    cur = drafts[i]
    if not (_SUPPLIED_BEFORE.search(low, max(0, cur.start - 40), cur.start) and _OF_IMPORTS.match(low, cur.end)):
        return
    importer = _importer(drafts, i)
    if importer is not None:
        cur.metric, cur.country = "imports", importer


def _importer(drafts: list, i: int) -> str | None:
    """The country of the nearest imports figure before figure `i` (its sentence or the few before)."""
    cur = drafts[i]
    return next((p.country for p in reversed(drafts[:i]) if cur.index - p.index <= IMPORTER_REACH
                 and p.metric == "imports" and p.country is not None), None)


def _value_of_flow(drafts: list, i: int) -> None:
    """"Korea imported 98,400 t of lithium hydroxide. Their value fell 31% to 1.46 trillion won":
    a sentence opened by the value of "them" measures the trade flow of the sentence before."""
    cur = drafts[i]
    flow = next((p for p in reversed(drafts[:i]) if p.index == cur.index - 1 and p.metric in ("imports", "exports")), None)
    if flow is not None and not cur.ctx.countries:
        cur.metric, cur.country = flow.metric, flow.country
        cur.element = cur.element or flow.element
        cur.year = cur.year if cur.year is not None else flow.year


def _national_industry(cur) -> None:
    """"Tajik producers raised output to 9,000 tonnes": a country's producers, miners or refiners
    (a plural, generic noun after its adjective) are its industry, whose figure it is."""
    ctx = cur.ctx
    c_start, _ = ctx.clause_bounds(cur.start, cur.end)
    for m in ctx.countries:
        if c_start <= m.start and m.end <= cur.start and _INDUSTRY.match(ctx.low, m.end - ctx.start):
            cur.country = m.code
            return


def _base(drafts: list, i: int, low: str) -> None:
    cur = drafts[i]
    prev = next((p for p in reversed(drafts[:i]) if p.index == cur.index and p.unit == cur.unit), None)
    if prev is None or _BREAK.search(low, prev.end, cur.start):
        return
    cur.metric = prev.metric
    cur.country = (cur.metric in PHYSICAL_METRICS and own_place(cur.ctx, cur.end)) or prev.country
    cur.element = cur.element or prev.element
