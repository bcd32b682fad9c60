"""The SPEC §2 vocabularies an editor picks from: event types and subtypes, date precisions,
element and group codes, country (ISO 3166-1 alpha-3) and bloc codes, each with its name.

Codes only, as data: the review page builds its pickers from here and refuses any other
value; tests hold these lists against the tables of SPEC.md."""

from __future__ import annotations

from functools import cache

EVENT_TYPES: dict[str, str] = {
    "export_restriction": "export controls, licence requirements, bans, export quotas",
    "import_restriction": "import bans or limits, measures against another country's products",
    "tariff": "tariffs and duties",
    "production_quota": "state quotas on mining, smelting or separation",
    "investment": "funding, equity stake, loan or purchase for mining or processing",
    "agreement": "a bilateral or multilateral deal, framework, memorandum or partnership",
    "capacity_expansion": "a new mine, plant or line, or a stated expansion of output",
    "stockpile": "building or releasing a stockpile",
    "other_policy": "any other regulation on the supply chain",
}
# Only export restrictions have subtypes (SPEC §2).
SUBTYPES: dict[str, tuple[str, ...]] = {"export_restriction": ("control", "licence", "ban", "quota")}
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "quarter", "year", "published")

ELEMENTS: dict[str, str] = {
    "REE": "rare earths", "LREE": "light rare earths", "HREE": "heavy rare earths",
    "Sc": "scandium", "Y": "yttrium", "La": "lanthanum", "Ce": "cerium", "Pr": "praseodymium",
    "Nd": "neodymium", "Pm": "promethium", "Sm": "samarium", "Eu": "europium", "Gd": "gadolinium",
    "Tb": "terbium", "Dy": "dysprosium", "Ho": "holmium", "Er": "erbium", "Tm": "thulium",
    "Yb": "ytterbium", "Lu": "lutetium", "Li": "lithium", "Co": "cobalt", "Ni": "nickel",
    "Mn": "manganese", "graphite": "graphite", "Ga": "gallium", "Ge": "germanium", "In": "indium",
    "W": "tungsten", "Sb": "antimony", "Mo": "molybdenum", "V": "vanadium", "Ti": "titanium",
    "Cu": "copper", "Au": "gold", "Ag": "silver", "Pt": "platinum", "Pd": "palladium",
    "U": "uranium", "Sn": "tin", "Nb": "niobium", "Ta": "tantalum",
}

BLOCS: dict[str, str] = {
    "EU": "European Union", "G7": "Group of Seven", "G20": "Group of Twenty",
    "ASEAN": "Association of Southeast Asian Nations", "SCO": "Shanghai Cooperation Organisation",
    "BRICS": "BRICS", "MSP": "Minerals Security Partnership", "QUAD": "Quadrilateral Security Dialogue",
}


@cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-3 code -> short English name (pycountry), sorted by name."""
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    return dict(sorted(names.items(), key=lambda item: item[1]))


@cache
def parties() -> dict[str, str]:
    """Every code an event's actor or partner may take: countries, then blocs."""
    return {**countries(), **BLOCS}


def party_name(code: str | None) -> str:
    """The name of a country or bloc code ('' for None; the code itself when unknown)."""
    return "" if code is None else parties().get(code, code)
