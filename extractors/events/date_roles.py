"""Words before a date that say it dates something other than the act a sentence reports
(dates.py gives such a date its role): the reference point of a record, a plant's start of
operation; and a past act right before a date, which makes it past whatever future the
sentence opened with."""

from __future__ import annotations

import re

# "the first release since 2011", "its highest level since 2013": a record's reference point,
# the event's date only when the sentence gives no other (segment.py).
RECORD_SINCE = re.compile(r"\b(?:first|highest|lowest|strongest|weakest|biggest|largest|smallest|best|worst|most|least|"
                          r"fastest|slowest)\b[^.;,]{0,40}since\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$", re.I)
# "the framework they signed in Washington in October": an act told in the past right before
# the date is past, whatever "will" the sentence opened with.
PAST_ACT_BEFORE = re.compile(r"\b(?<!be\s)(?<!been\s)(?:signed|agreed|announced|approved|imposed|introduced|unveiled|adopted|"
                             r"passed|launched|issued|published|sealed|struck)\b[^.;,]{0,30}$", re.I)
# "due to start production in 2027", "set to come online by 2028": a plant's start of operation,
# its effective_date (phases.py), never the day of the decision (CONVENTIONS).
OPERATION_BEFORE = re.compile(
    r"\b(?:(?:start|starts|starting|begin|begins|beginning|commence|commences)\s+(?:commercial\s+)?(?:production|operations?|operating|output)"
    r"|(?:due|expected|scheduled|set)\s+to\s+(?:open|start|begin|be\s+commissioned)|come\s+on-?line)"
    r"\s+(?:in|by|from)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$", re.I)
