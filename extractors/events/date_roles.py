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
# "the suspension, in force since 1 July 2021, will be lifted", "a freeze that has been in place since
# 2018": the start of an older measure the sentence recalls, not the day of the act it reports (round 10).
STANDING_SINCE = re.compile(r"\b(?:in\s+force|in\s+place|in\s+effect|applied|been\s+enforced|existed|stood|idle|shut|closed|dormant)\b[^.;,]{0,20}?"
                            r"\bsince\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$", re.I)
# "The Government announces that ...", "The Ministry informs investors that ...": a release telling
# its act in the present speaks on its publication day (round 10).
PRESENT_RELEASE = re.compile(r"\b(?:announces|informs|notifies|declares|confirms|decrees|hereby\s+\w+s)\b", re.I)
# "the framework they signed in Washington in October": an act told in the past right before
# the date is past, whatever "will" the sentence opened with.
PAST_ACT_BEFORE = re.compile(r"\b(?<!be\s)(?<!been\s)(?:signed|agreed|announced|approved|imposed|introduced|unveiled|adopted|"
                             r"passed|launched|issued|published|sealed|struck)\b[^.;,]{0,30}$", re.I)
# A date inside a clause that tells an EARLIER act on the measure's noun: "the offtake signed in
# 2022", "a freeze imposed in 2019", "the quota it had introduced in March", "the ban, which was
# imposed last December": that act's day, not the day of the act the sentence reports, which the
# report's day ("..., the company said on Tuesday") or another plain date gives (round 11b).
# The participle follows a noun of the measure class (or a pluperfect, or a relative pronoun and
# a passive), never a subject ("the ministry announced on Tuesday" stays the act's day).
_MEASURE_NOUNS = (r"bans?|freezes?|moratori(?:um|a)|quotas?|tariffs?|dut(?:y|ies)|levy|levies|controls?|restrictions?"
                  r"|regimes?|rules?|laws?|agreements?|deals?|offtakes?|contracts?|pacts?|memorand(?:um|a)|mous?|accords?"
                  r"|partnerships?|licen[cs]es?|permits?|plans?|schemes?|measures?|polic(?:y|ies)|decrees?|frameworks?"
                  r"|treat(?:y|ies)|tax(?:es)?|subsid(?:y|ies)|grants?|loans?|investments?|stakes?|suspensions?"
                  r"|programm?es?|directives?|orders?|caps?|limits?|regulations?|sanctions?|exemptions?|curbs?|embargo(?:es)?")
_EARLIER_PARTICIPLE = (r"(?:signed|imposed|introduced|adopted|issued|launched|announced|approved|struck|sealed|agreed"
                       r"|enacted|granted|awarded|concluded|unveiled|passed|set|put\s+in\s+place|brought\s+in)")
EARLIER_ACT_BEFORE = re.compile(
    rf"(?:\b(?:{_MEASURE_NOUNS})|\b(?:had|which\s+(?:was|were|had\s+been)|that\s+(?:was|were|had\s+been)))"
    rf",?\s+(?:(?:it|they|we|he|she)\s+(?:had\s+)?)?{_EARLIER_PARTICIPLE}\s+(?:(?:in|on|during)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?)?$",
    re.I,
)
# "due to start production in 2027", "set to come online by 2028": a plant's start of operation,
# its effective_date (phases.py), never the day of the decision (CONVENTIONS).
OPERATION_BEFORE = re.compile(
    r"\b(?:(?:start|starts|starting|begin|begins|beginning|commence|commences)\s+(?:commercial\s+)?(?:production|operations?|operating|output)"
    r"|(?:due|expected|scheduled|set)\s+to\s+(?:open|start|begin|be\s+commissioned)|come\s+on-?line)"
    r"\s+(?:in|by|from)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$", re.I)
# The new end of an extension: "extended the freeze by 90 days, to mid-October", "extended the
# permits to December 31" (a deadline, not the day of the act; round 10).
EXTENSION_END = re.compile(r"\b(?:extend|extends|extended|extending|prolong|prolongs|prolonged|renewed)\b[^.;]{0,130}?"
                           r"\bto\s+(?:the\s+)?(?:end\s+of\s+|mid-?)?$", re.I)
# An act told as made now, before a start ahead of the publication: "has announced a ban ...
# starting in March", "the decision to put exports under licence from January 1" (round 11): the
# start is the effective_date, and the act is of the day said, else of the publication
# (segment.py). The present perfect or a decision tell the act as the article's news; a bare past
# "announced" may be of any earlier day, and a plan ("plans to ban exports from 2027") is dated by
# its start, as SPEC's "stands in" says (the gold sets differ on plans: left).
ACT_TOLD_AS_MADE = re.compile(
    r"\b(?:(?:has|have)\s+(?:\w+\s+)?(?:announced|approved|decided|adopted|unveiled|agreed)|"
    r"decision|decisions|published)\b",
    re.I)
