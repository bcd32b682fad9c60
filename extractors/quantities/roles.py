"""The role of each country mention in a quantity's sentence, read from the words around it:
whose figure a quantity is depends on it (country.py). "imports from China": China is a
counterpart; "a plant in Malaysia": a place; "Chinese miner CMOC": the owner of a company."""

from __future__ import annotations

import re
from enum import StrEnum

from orewatch.extractors.countries import BLOC_CODES as BLOCS
from orewatch.extractors.quantities.funded import FUNDED
from orewatch.records import Mention


class Role(StrEnum):
    """What a country mention is to the figures of its sentence."""

    SUBJECT = "subject"  # the one the sentence is about: "China produced ..."
    COUNTERPART = "counterpart"  # the other side of a flow or measure: "imports from China"
    SOURCE = "source"  # where money comes from: "a loan from Japan"
    DELIVERED = "delivered"  # a market reached: "shipped to China"
    OUTSIDE = "outside"  # "outside China", "between X and Y": no one's figure
    LOCATIVE = "locative"  # a place: "a plant in Malaysia", "prices in China"
    AGENT = "agent"  # "by China"
    OWNER = "owner"  # a company's nationality: "Chinese miner CMOC", "US-owned"
    BLOC = "bloc"  # a bloc: its figure is no country's
    REPORTER = "reporter"  # whose statistics report it: "Chinese customs data showed" (linking.py)


# Roles that a list's later members take from its first ("from Laos and Malaysia").
HEAD_ROLES = frozenset({Role.COUNTERPART, Role.SOURCE, Role.OUTSIDE, Role.DELIVERED})


class MentionRole:
    """A country mention and its role in the sentence (mutable: a list passes its head's role
    on); start, end and code are the mention's."""

    __slots__ = ("mention", "start", "end", "code", "role", "place", "site")

    def __init__(self, mention: Mention, role: Role, place: bool = False, site: bool = False):
        self.mention, self.role, self.place = mention, role, place  # place: a region or city
        self.site = site  # it names where a plant or mine is: "its Malaysian plant"
        self.start, self.end, self.code = mention.start, mention.end, mention.code


# Roles read from the words before a mention (sentence lowercased).
# Counterparts of a flow or targets of a measure: "imports from China", "a tariff on most
# Pakistani goods", "according to the US Geological Survey".
_COUNTERPART = re.compile(
    r"(?:(?<![a-z])(?:from|to|on|against|into|toward|towards)\s+"
    r"(?:(?:the|all|most|some|many|its|their|certain|several|other|a|an|imported|foreign)\s+){0,2}"
    r"|(?:从|從|向|自|往)[\u4e00-\u9fff]{0,5}|(?:对|對)[^，。；：、,;:]{0,12}?|原产于|原產於|原产|原產"
    # What is owned, not its owner: "美国提出拥有乌克兰50%的矿产" (own 50% of Ukraine's minerals).
    r"|拥有|擁有|持有"
    # What a figure's owner is compared with: "Argentina overtook Chile last year, mining 75,000 t".
    r"|(?<![a-z])(?:overt(?:ook|ake|akes|aken|aking)|surpass(?:ed|es|ing)?|outpac(?:ed|es|ing)|outstripp?(?:ed|ing|s)?|ahead\s+of)\s+(?:the\s+)?)$"
)
# "markets fixated on China's announcement": the possessor of an act or of a government is
# the one who acts, whatever the preposition before it.
_ACTS_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[a-z-]+\s+)?(?:announcement|decision|move|plan|plans|proposal|order|government|ministry|administration|"
    r"president|cabinet|parliament)\b"
)
# The country whose agency reports a figure owns it only when nothing else does: "Shipments
# across the border rose to 4,200 tonnes, Chinese customs data showed" in an article headed
# "Myanmar rare earth exports to China jump" are Myanmar's.
_REPORTER_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:(?:general\s+administration\s+of\s+)?customs|(?:official|government|trade)\s+(?:data|figures|statistics))(?![a-z])"
)
# Who the money comes from: "a loan from Japan", "a loan agreement with Export Finance Australia".
_SOURCE = re.compile(r"(?<![a-z])(?:from|by|(?:loan|credit|financing|finance)\s+(?:agreements?|facility|facilities|deal)\s+with)\s+(?:the\s+)?$")
_DELIVERED = re.compile(r"(?<![a-z])(?:delivered|shipped|sold)\s+(?:to|into|in)\s+(?:the\s+)?$")
_OUTSIDE = re.compile(r"(?<![a-z])(?:outside|beyond|excluding|except|ex-)\s*(?:of\s+)?(?:the\s+)?$|中国以外|海外$")
_LOCATIVE = re.compile(r"(?<![a-z])(?:in|inside|within)\s+(?:the\s+)?(?:[a-z]+\s+)?$|在$")
# A delivery basis names a price's market: "cif Rotterdam", "FOB Australia", "in-warehouse
# Rotterdam"; a basis of several countries ("cif China-Japan-Korea") is a region, no one's.
BASIS = re.compile(r"(?<![a-z])(?:cif|cfr|c&f|fob|fot|ddp|dap|exw|ex-works|ex-warehouse|in-warehouse|warehouse)\s+(?:the\s+)?$")
_REGIONAL_BASIS = re.compile(r"-[a-z]")
_BETWEEN = re.compile(r"(?<![a-z])(?:between|among)\s+[^,;:\d]{0,40}$")
_AGENT = re.compile(r"(?<![a-z])by\s+(?:the\s+)?$")
# Roles read from the words after a mention: a company's nationality ("Chinese miner CMOC",
# "Danish-owned company", "China's largest titanium dioxide producer"); not a country that a
# copula describes ("Guinea is the second-largest producer": the subject).
_OWNER_AFTER = re.compile(
    r"(?:-|\s)(?:owned|based|backed|funded|listed|run|controlled|headquartered)\b"
    r"|(?:'s|’s)?(?:\s+(?!(?:is|was|are|were|has|have|had|remains|remained|became|becomes|will|would)\s)[a-z-]+){0,3}?\s+(?:company|companies|firm|firms|miner|miners|group|groups|producer|producers|"
    r"trading house|investors?|investment funds?|funds?|banks?|refiners?|makers?|manufacturers?|"
    r"conglomerate|operator|steelmaker|chemicals group)\b"
)
# A country naming where an asset is: "its Malaysian plant", "from its Congolese mines",
# "Peru's copper mines" (a place, whatever preposition the company's own asset follows).
_SITE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}?(?:plants?|mines?|smelters?|refiner(?:y|ies)|operations|projects?|deposits?|facilit(?:y|ies)|sites?)(?![a-z])"
)
_OWN_ASSET = re.compile(r"(?<![a-z])(?:its|their)\s+$")
JOINER = re.compile(r"\s*(?:,|and|&|or|-|–|、|和|与|與|及)\s*(?:the\s+)?(?:and\s+)?(?:the\s+)?")


def mention_roles(ctx) -> list[MentionRole]:
    """Every country mention of the sentence (a `context.Sentence`) with its role, read once
    per sentence: from the words before and after each, then passed along lists."""
    cached = ctx.cache.get("roles")
    if cached is not None:
        return cached
    mentions = [MentionRole(m, _role(ctx, m), m.start in ctx.places) for m in ctx.countries]
    for m in mentions:
        m.site = _names_a_site(ctx, m)
        if m.site:
            m.role = Role.LOCATIVE
    _pass_list_roles(ctx, mentions)
    mark_destinations(ctx, mentions)
    ctx.cache["roles"] = mentions
    return mentions


def _names_a_site(ctx, m: MentionRole) -> bool:
    """Whether the mention names where a plant or mine is ("its Malaysian plant"); not a
    counterpart's assets ("ore from Australian mines"), nor a bloc."""
    if m.code in BLOCS or m.role not in (Role.SUBJECT, Role.OWNER, Role.COUNTERPART, Role.LOCATIVE):
        return False
    low, base = ctx.low, ctx.start
    if not _SITE_AFTER.match(low, m.end - base):
        return False
    return m.role != Role.COUNTERPART or bool(_OWN_ASSET.search(low, max(0, m.start - base - 10), m.start - base))


def company_roles(ctx) -> list[MentionRole]:
    """The sentence's mentions of companies of a stated country (companies.py), with their roles."""
    cached = ctx.cache.get("company_roles")
    if cached is None:
        cached = ctx.cache["company_roles"] = [MentionRole(m, _role(ctx, m)) for m in ctx.companies]
    return cached


_MARKET_AFTER = re.compile(r"\s+(?:spot\s+|physical\s+|tin\s+|metal\s+)?(?:market|exchange)(?![a-z])")


def _role(ctx, mention: Mention) -> Role:
    """The role of one mention, from the 40 characters before it and the 50 after it."""
    low, base = ctx.low, ctx.start
    before = low[max(0, mention.start - base - 40) : mention.start - base]
    after = low[mention.end - base : mention.end - base + 50]
    if after[:1] in FUNDED:  # 中资, 美資企业: a company's nationality, like "US-owned" (funded.py)
        role = Role.OWNER
    elif mention.code in BLOCS:
        # "delivered to European ports" is a destination; "prices in Europe" a bloc's market.
        role = Role.COUNTERPART if (_COUNTERPART.search(before) and not _SOURCE.search(before)) or _DELIVERED.search(before) else Role.BLOC
    elif _ACTS_AFTER.match(after):
        role = Role.SUBJECT
    elif _REPORTER_AFTER.match(after) and not _COUNTERPART.search(before):
        role = Role.REPORTER
    elif _MARKET_AFTER.match(after) and mention.start in getattr(ctx, "places", ()):
        role = Role.LOCATIVE  # "on the Kuala Lumpur market": a city's market is a place, not a target
    elif BASIS.search(before):
        role = Role.OUTSIDE if _REGIONAL_BASIS.match(after) else Role.LOCATIVE
    elif _BETWEEN.search(before):
        role = Role.OUTSIDE  # "an agreement between Trump and Australian leaders": joint, no one's
    elif _OUTSIDE.search(before):
        role = Role.OUTSIDE
    elif _DELIVERED.search(before):
        role = Role.DELIVERED
    elif _SOURCE.search(before) and not _AGENT.search(before):
        role = Role.SOURCE
    elif _AGENT.search(before):
        role = Role.AGENT
    elif _COUNTERPART.search(before):
        role = Role.COUNTERPART
    elif _LOCATIVE.search(before):
        role = Role.LOCATIVE
    elif _OWNER_AFTER.match(after):
        role = Role.OWNER
    else:
        role = Role.SUBJECT
    return role


def _pass_list_roles(ctx, mentions: list[MentionRole]) -> None:
    """A list takes the role of its head: "from Laos and Malaysia", "U.S. and British funds"."""
    for prev, cur in zip(mentions, mentions[1:]):
        joined = JOINER.fullmatch(ctx.slice(prev.end, cur.start))
        # A bloc in the list takes it too: "exports to Japan, the EU and the US".
        if joined and prev.role in HEAD_ROLES and (cur.role in (Role.SUBJECT, Role.OWNER) or (cur.role == Role.BLOC and prev.role != Role.OUTSIDE)):
            cur.role = prev.role
    for prev, cur in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if JOINER.fullmatch(ctx.slice(prev.end, cur.start)) and cur.role == Role.OWNER and prev.role == Role.SUBJECT:
            prev.role = Role.OWNER


# "The country is home to 30,000 tonnes", "the nation's output": the country the text is about,
# which linking.py reads from the sentences before (TOPIC stands for it until then).
TOPIC = "topic"
_ANAPHOR = re.compile(r"(?<![a-z])the\s+(?:[a-z-]+\s+){0,2}?(?:country|nation)(?![a-z])")


def anaphor_roles(ctx) -> list[MentionRole]:
    """The sentence's mentions of "the country" or "the nation", with their roles: the subject
    named before it in the sentence ("Japan imported ..., with the country relying on ..."),
    else TOPIC."""
    cached = ctx.cache.get("anaphors")
    if cached is None:
        found = []
        for hit in _ANAPHOR.finditer(ctx.low):
            start = ctx.start + hit.start()
            subjects = [m.code for m in mention_roles(ctx) if m.end <= start and m.role == Role.SUBJECT and m.code not in BLOCS]
            code = subjects[-1] if subjects else TOPIC
            found.append(Mention(code=code, text=hit.group(0), field="text", start=start, end=ctx.start + hit.end()))
        cached = ctx.cache["anaphors"] = [MentionRole(m, _role(ctx, m)) for m in found]
    return cached


class _Headline:
    """A title read as one sentence, for the role rules above."""

    def __init__(self, text: str):
        self.text, self.low, self.start = text, text.lower(), 0

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]


# A national authority named after a figure as the one who states it: "..., Indonesia's
# energy ministry said" (as "..., the regulator ARECOMS said" names a national body).
_AUTHORITY_SAID = re.compile(
    r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}?(?:government|ministry|administration|cabinet|regulator|agency|bureau|department)\s+"
    r"(?:said|says|announced|stated|reported)(?![a-z])"
)


def states_it(ctx, m: MentionRole) -> bool:
    """Whether the mention is of a national authority that states the figure ("Indonesia's energy ministry said")."""
    return bool(_AUTHORITY_SAID.match(ctx.low, m.end - ctx.start))


def headline_owners(text: str, mentions: list[Mention]) -> tuple[str, ...]:
    """The codes of a title's country mentions that can own a figure: not the other side of a
    flow ("Myanmar rare earth exports to China jump" -> MMR only), nor a source or agent."""
    line = _Headline(text)
    roles = [MentionRole(m, _role(line, m)) for m in mentions]
    _pass_list_roles(line, roles)
    return tuple(m.code for m in roles if m.role not in (Role.COUNTERPART, Role.SOURCE, Role.DELIVERED, Role.AGENT, Role.OUTSIDE))


from orewatch.extractors.quantities.destinations import mark_destinations  # noqa: E402 (destinations.py imports Role from here)
