"""Imports named as the goods a tariff falls on measure nothing of its rate: "anti-dumping duties
of between 12% and 30% on imports of graphite electrodes", "the tariff on tungsten products
imported from China rose from zero to 25%". attribution.py drops such an imports word from the
metric words of a percentage whose sentence names a tariff."""

from __future__ import annotations

import re

# Right after the rate: "12% on imports of", "18% on imported magnets".
_ON_AFTER = re.compile(r"\s*(?:and\s+[\d.]+\s*%\s*)?(?:on|against)\s+(?:all\s+|the\s+)?$")
# The tariff word's own "on" phrase, up to the imports word: "tariff on tungsten products imported".
_ON_PHRASE = re.compile(r"\s+(?:on|against)\s+(?:[\w'’-]+\s+){0,8}?$")


def taxed_goods(ctx, trigger: tuple[int, int, str], triggers, figure_end: int) -> bool:
    """Whether the imports `trigger` names the goods a tariff trigger of `triggers` falls on."""
    t_start, _, metric = trigger
    if metric != "imports":
        return False
    low, base = ctx.low, ctx.start
    if t_start >= figure_end and _ON_AFTER.fullmatch(low, figure_end - base, t_start - base):
        return True
    return any(m == "tariff" and e <= t_start and _ON_PHRASE.fullmatch(low, e - base, t_start - base) for _, e, m in triggers)
