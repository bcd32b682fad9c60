"""Decides, with plain substring tests, which date patterns of dates.py can match a
sentence: each pattern runs only when the sentence holds the strings every match of it must
hold. Most sentences name no date, and twenty regex passes over each cost more than the rest
of the event rules; the answer is never wrong (a pattern that could match always runs)."""

from __future__ import annotations

_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_CAPS = tuple(stem.capitalize() for stem in _MONTH_STEMS)
_YEAR_DIGITS = ("19", "20")
# For each pattern (by kind), groups of strings of which its every match holds one from each
# group. Groups are tested in the lower-cased text, except for case-sensitive patterns
# (`CASED`), tested in the text itself ("Mar" of March is not the "mar" of "market").
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso_day": (("-",),),
    "zh_rel_mday": (("上", "本", "下"), ("月",)),
    "zh_day": (("月",),),
    "zh_month": (("月",),),
    "zh_year": (("年",),),
    "zh_part_year": (("年初", "年底", "年末"),),
    "zh_rel": (("年", "月", "昨", "今", "日前", "近", "前天", "前日"),),
    "zh_weekday": (("星期", "拜", "周", "週"),),
    "zh_week": (("星期", "拜", "周", "週"),),
    "zh_mday": (("日",),),
    "month_day": (_MONTH_CAPS,),
    "day_month": (_MONTH_CAPS,),
    "part_month": (("early", "mid", "late", "end", "beginning"), _MONTH_STEMS),
    "month_year": (_MONTH_CAPS, _YEAR_DIGITS + ("year",)),
    "quarter": (("q1", "q2", "q3", "q4", "quarter"),),
    "half": (("h1", "h2", "half", "months"),),
    "part_year": (("early", "mid", "late", "end", "beginning", "start"), _YEAR_DIGITS + ("year",)),
    "earlier_year": (("earlier", "later"), ("year",)),
    "span_ago": (("ago", "after", "since"), ("day", "week", "month", "year")),
    "rel_year": (("year",),),
    "rel_month": (("month",),),
    "rel_week": (("week",),),
    "rel_day": (("yesterday", "today"),),
    "weekday": (("day",),),
    "month": (_MONTH_CAPS,),
    "year": (_YEAR_DIGITS,),
}
CASED = frozenset({"month_day", "day_month", "month_year", "weekday", "month"})
# Letters that case-insensitive patterns fold to ASCII letters ("ſ" is "s"): with one of
# them in the text, the lower-case test above could be wrong, so every pattern runs.
FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0130", "\u0131")



class DateScreen:
    """The screen for one sentence."""

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        # Lower-casing that moves offsets, or a letter folded to ASCII: every pattern runs.
        self.active = len(self.lower) == len(text) and not any(c in text for c in FOLDS_TO_ASCII)

    def may_match(self, kind: str) -> bool:
        if not self.active:
            return True
        where = self.text if kind in CASED else self.lower
        for group in NEEDS[kind]:  # plain loops: generator expressions cost more than the tests
            for needle in group:
                if needle in where:
                    break
            else:
                return False
        return True
