"""Whose money an anaphoric actor spends: "The government is finalising a 7,300 crore rupee
incentive scheme", "The industry ministry said it would offer 500 billion won in loans". When
an investment's or a plant's actor comes only from "the government", "the ministry" or the
article's previous actor, a national currency of its sentence's sum names the country (as a
yuan price is China's market); dollars and euros name no one."""

from __future__ import annotations

import re

_CURRENCY = (
    ("KOR", r"\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:korean\s+)?won\b"),
    ("IND", r"\brupees?\b|\bcrore\b|₹|\brs\.?\s*\d"),
    ("CHN", r"\byuan\b|\brenminbi\b|\brmb\b"),
    ("JPN", r"\byen\b"),
    ("AUS", r"\ba\$|\baustralian\s+dollars?\b"),
    ("CAN", r"\bc\$|\bcanadian\s+dollars?\b"),
    ("IDN", r"\brupiah\b"),
    ("ZAF", r"\d\s*(?:million|billion)?\s*rand\b"),
)
_PATTERNS = [(code, re.compile(p)) for code, p in _CURRENCY]
# The cheap gate: a sentence with none of these names no national currency (each pattern above
# needs one; "rs" only as a word's start, as its pattern has it, not inside "years" or "others").
_GATE = re.compile(r"won|rupee|crore|₹|\brs|yuan|renminbi|rmb|yen|a\$|australian|c\$|canadian|rupiah|rand")


def currency_country(sentence: str) -> str | None:
    """The one country whose currency the sentence's sums are in, if exactly one."""
    low = sentence.lower()
    if not _GATE.search(low):
        return None
    found = {code for code, p in _PATTERNS if p.search(low)}
    return found.pop() if len(found) == 1 else None
