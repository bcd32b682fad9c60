"""The quantity component's faster passes give what the plain whole-text passes give: per
sentence reading of triggers, cues, years, world markers and clause breaks (quantity_doc),
term tables tried by first character (quantity_lexicon), number words as a trie."""

from __future__ import annotations

import re

from orewatch.extractors._shared.cjk import has_cjk
from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors.pipeline import get_pipeline
from orewatch.extractors.quantities import context as qd
from orewatch.extractors.quantities.amounts import _EN_FAST
from orewatch.extractors.quantities.lexicon import get_lexicon
from orewatch.extractors.quantities.numbers import EN_NUMBER_PATTERN
from orewatch.extractors.quantities.tables import lowered

# Things to find right at sentence starts and ends: a trigger closing one sentence and a cue
# opening the next, "world" opening a sentence, a year ending one, "last year" and a dash.
TEXT = (
    "Global production rose 5% to 300,000 tonnes in 2024. World output of gallium - a by-product - "
    "fell.Exports climbed last year; the yuan exchange rate held at 7.1. The Shanghai Composite Index "
    "gained 0.3% in 2023\nimports of cobalt hit 20,000 tons last year, 40% of the world's total.\n"
    "全球产量今年增长10%。去年出口下降5%，价格上涨。"
)


def _doc(text: str):
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-01"
    for name, proc in nlp.pipeline:
        if name == "orewatch_quantities":
            break
        doc = proc(doc)
    return doc


def _whole_text(scan, lo: int, hi: int) -> dict:
    """The reference: each pass over the whole text, kept for the sentence [lo, hi)."""
    lex, low, text = get_lexicon(), scan.low, scan.text

    def inside(items):
        return tuple(i for i in items if lo <= i[0] < hi and i[1] <= hi)

    breaks = []
    for m in qd._CLAUSE_BREAK.finditer(text):
        s, e = m.span()
        breaks.append((s - 1, e + 1) if text[s] in "-–—" else (s, e))
    years = [(m.start(), int(m.group())) for m in qd._YEAR.finditer(low)]
    for m in qd._YEAR_WORD.finditer(low):
        before = qd._RELATIVE_BEFORE.search(low, max(0, m.start() - 9), m.start())
        if before:
            years.append((before.start(), scan.published_year + qd._RELATIVE_OFFSET[before.group(1)]))
    years += [(m.start(), scan.published_year + qd._RELATIVE_OFFSET[m.group()]) for m in qd._RELATIVE_CN.finditer(low)]
    world = [w for w in scan.world(0, len(low)) if lo <= w[0] < hi]
    return {
        "breaks": inside(breaks),
        "triggers": inside(lex.metric_phrases.find(low, scan.cjk)),
        "cues": inside(lex.not_quantity_phrases.find(low, scan.cjk)),
        "years": tuple(sorted(y for y in years if lo <= y[0] < hi)),
        "world": tuple(world),
    }


def test_quantity_doc_sentence_passes_match_whole_text_passes():
    doc = _doc(TEXT)
    scan = qd.DocScan(doc, doc_facts(doc), has_cjk(TEXT))
    assert len(scan.bounds) >= 6
    seen = set()
    for index, (lo, hi) in enumerate(scan.bounds):
        ctx = scan.context(index)
        expected = _whole_text(scan, lo, hi)
        for name, items in expected.items():
            assert getattr(ctx, name) == items, (name, TEXT[lo:hi])
            if items:
                seen.add(name)
    assert seen == {"breaks", "triggers", "cues", "years", "world"}  # every pass found something


def test_quantity_doc_phrase_scan_stops_at_sentence_end():
    # A phrase that starts in the sentence but runs past its end belongs to no sentence,
    # even when the scan stops reading shortly after the end.
    lex = get_lexicon()
    low = lowered("Exports of ore. Production capacity grew.")
    hi = low.index("capacity") + 3  # a "sentence" ending inside the word
    found = lex.metric_phrases.find(low, False, 0, hi)
    assert all(start < hi for start, _, _ in found)
    assert any(end > hi for _, end, _ in found)  # the cut phrase is reported with its real end


def test_quantity_lexicon_term_table_match_is_regex_match():
    table = get_lexicon().suffix_units
    text = "5 tonnes, 3 Mt, 12 per cent, 4 pct, ¥30 元 10 kg; 7 Tons 8 t. 9 TONNES 百分之五 公斤 $ US$ €"
    for pos in range(len(text) + 1):
        a, b = table.regex.match(text, pos), table.match(text, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text[pos:]


def test_quantity_numbers_word_trie_matches_word_alternation():
    slow = re.compile(EN_NUMBER_PATTERN.replace(r"\b", "", 1))
    text = "seventeenth one hundred and five, forty-two, one point three, someone two hundred; sixty six often tenth"
    assert [m.span() for m in _EN_FAST.finditer(text)] == [m.span() for m in slow.finditer(text)]
    assert len(list(_EN_FAST.finditer(text))) >= 5
