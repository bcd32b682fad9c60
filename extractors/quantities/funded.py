"""A country-funded compound (中资, 美资企业, 越資, 中企) names a company's country; in a
sentence that names a state before it ("印尼能源部…将一家美资铜矿企业的出口许可延长…，允许其出口约
127万吨"), the figures are that state's, as its events are (events/investors.py): the compound
yields. Alone, or before the other country ("一家越资企业…；日本一家商社…"), it stays."""

from __future__ import annotations

FUNDED = frozenset("资資企")


def _funded(text: str, m) -> bool:
    return m.end < len(text) and text[m.end] in FUNDED


def yielding_funded(text: str, mentions: tuple) -> tuple:
    """The sentence's country mentions without the funded compounds that follow another
    country's mention."""
    first_plain = next((m.start for m in mentions if not _funded(text, m)), None)
    if first_plain is None:
        return mentions
    return tuple(m for m in mentions if not (_funded(text, m) and m.start > first_plain))
