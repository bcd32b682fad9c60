"""Round 11 speed: the phase rules' alternation tests one look-behind for all its Latin terms
(phase_rules._alternation) and must find what one look-behind per term found."""

from __future__ import annotations

import re

import pytest

from orewatch.extractors._shared.cjk import script_variants, starts_cjk
from orewatch.extractors.events.phase_rules import _alternation

TERMS = ["in force", "enters into force", "under consideration", "under review", "proposed", "生效", "正式实施", "拟"]


def _per_term(terms: list[str]) -> str:
    """The alternation as it was: every Latin term behind its own look-behind, longest first."""
    parts = []
    for term in sorted({v for t in terms for v in script_variants(t)}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in term.split())
        parts.append(body if starts_cjk(term) else rf"(?<![\w']){body}(?![\w-])")
    return "(?:" + "|".join(parts) + ")"


@pytest.mark.parametrize("text", [
    "The rules entered into force; the quota enters into  force in May and is under review.",
    "Proposed curbs, re-proposed later, were 'proposed' under consideration-free talks.",
    "该措施拟于明年生效，正式實施后 in force 的规定 under review。",
    "unproposed inforce under-review",
])
def test_round11_one_lookbehind_finds_what_one_per_term_found(text):
    for flags in (re.I, 0):
        fast, slow = re.compile(_alternation(TERMS), flags), re.compile(_per_term(TERMS), flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
