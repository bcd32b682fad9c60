"""The quantity component on sentences of our own, one per phenomenon (SPEC §2 Quantities):
numbers, scales, ranges, currencies, units, changes, non-quantities, and attribution."""

from __future__ import annotations

import pytest

from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors.pipeline import get_pipeline
from orewatch.records import Mention

PUBLISHED = "2025-11-18T07:32:00+08:00"


def run(text: str, published: str | None = PUBLISHED, countries=None, elements=None, language="en"):
    """The real pipeline; with `countries`/`elements` ({surface: code}) those spans are set
    by hand instead of by the other components, so attribution is tested on its own."""
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.field = "text"
    doc._.language = language
    for name, proc in nlp.pipeline:
        if name == "orewatch_countries" and countries is not None:
            doc_facts(doc).countries = _mentions(text, countries)
        elif name == "orewatch_elements" and elements is not None:
            doc_facts(doc).elements = _mentions(text, elements)
        else:
            doc = proc(doc)
    return doc._.quantities


def rows(text: str) -> list[tuple]:
    """(value rounded to 2 places, unit, metric, country, element) of each quantity `run` finds."""
    return [(round(q.value, 2), q.unit, q.metric, q.country, q.element) for q in run(text)]


def _mentions(text: str, surfaces: dict[str, str]) -> list[Mention]:
    found = []
    for surface, code in surfaces.items():
        start = 0
        while (at := text.find(surface, start)) >= 0:
            found.append(Mention(code, surface, "text", at, at + len(surface)))
            start = at + len(surface)
    return sorted(found, key=lambda m: (m.start, m.end))


def values(text: str, **kw):
    return [(q.value, q.value_max, q.unit) for q in run(text, **kw)]


# -- numbers and scales ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("The miner holds 44 million tonnes of ore.", (44e6, None, "t")),
        ("Sales of cobalt reached $8.5bn last year.", (8.5e9, None, "USD")),
        ("Lynas booked A$ 1.8 mn in fees.", (1.8e6, None, "AUD")),
        ("The smelter shipped 1,500 tonnes.", (1500.0, None, "t")),
        ("The lab holds 12k$ worth of scandium.", (12000.0, None, "USD")),
        ("赣州稀土产量为3.5万吨。", (35000.0, None, "t")),
        ("公司投资三千五百万元建设新厂。", (3.5e7, None, "CNY")),
        ("镓出口量为１２０吨。", (120.0, None, "t")),
        ("矿山年产两千吨精矿。", (2000.0, None, "t")),
        ("项目总投资约4个多亿元。", (4e8, None, "CNY")),
    ],
)
def test_quantities_numbers_and_scales(text, expected):
    assert values(text) == [expected]


def test_quantities_tokenized_newswire_spacing():
    found = values("output of nickel rose 7 . 4 % to c $ 12.5 million , officials said .")
    assert found == [(7.4, None, "%"), (12.5e6, None, "CAD")]
    assert values("the refinery loan of u . s . $ 10 billion was approved .") == [(10e9, None, "USD")]


# -- ranges ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Recovery rates run at 62%-68% at the plant.", (62.0, 68.0, "%")),
        ("Recovery rates run at 62-68% at the plant.", (62.0, 68.0, "%")),
        ("Reserves are between 4 and 6 million tonnes.", (4e6, 6e6, "t")),
        ("Royalties went from 5 to 9 percent under the new code.", (5.0, 9.0, "%")),
        ("氧化镝报价为每公斤1500至1600元。", (1500.0, 1600.0, "CNY/kg")),
    ],
)
def test_quantities_ranges(text, expected):
    assert values(text) == [expected]


def test_quantities_rose_from_to_gives_two_values_not_a_range():
    found = values("Tungsten prices rose from $300 per mtu to $450 per mtu in a year.")
    assert found == [(300.0, None, "USD/mtu"), (450.0, None, "USD/mtu")]


# -- currencies and units -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,unit,value",
    [
        ("Sumitomo paid ¥ 3 billion for the stake.", "JPY", 3e9),
        ("稀土企业获得￥500万补贴。", "CNY", 5e6),
        ("The Pretoria plant cost R 2 billion rand.", "ZAR", 2e9),
        ("The explorer raised £12m in London.", "GBP", 12e6),
        ("The miner paid 42 EGP per share in dividends.", "EGP", 42.0),
        ("The Kuantan plant paid MYR 42 million in wages.", "MYR", 42e6),
        ("The offer valued the stake at HK$ 7.2 billion.", "HKD", 7.2e9),
        ("IREL will receive ₹1,200 crore.", "INR", 1.2e10),
        ("Lithium carbonate fetched 75,000 yuan per tonne.", "CNY/t", 75000.0),
        ("Cobalt hydroxide sold for $12 per lb.", "USD/kg", 12 / 0.45359237),
        ("APT was quoted at $350/mtu.", "USD/mtu", 350.0),
        ("碳酸锂价格为7.5万元/吨。", "CNY/t", 75000.0),
        ("氧化镝价格为每公斤230美元。", "USD/kg", 230.0),
        ("The warehouse holds 800 kg of germanium.", "t", 0.8),
        ("Capacity is 40 kt of LCE.", "t", 40000.0),
        ("海关查获锗锭500公斤。", "t", 0.5),
        ("The levy is 34pc on ore.", "%", 34.0),
        ("出口占比为百分之三十四。", "%", 34.0),
        ("出口同比上升3个百分点。", "%", 3.0),
        ("中国的加工产能占全球的九成。", "%", 90.0),
    ],
)
def test_quantities_units(text, unit, value):
    found = run(text)
    assert [(q.unit, q.value) for q in found] == [(unit, pytest.approx(value))], [(q.value, q.unit, q.text) for q in found]


def test_quantities_price_denominator_after_a_bracketed_conversion():
    found = values("Dysprosium oxide closed at CNY 1,700 ($238.50) per kilogram.")
    assert found == [(1700.0, None, "CNY/kg"), (238.5, None, "USD/kg")]


# -- qualifiers and changes ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("The plant costs roughly $2 billion.", "approx"),
        ("Output exceeded 12,000 tonnes.", "exact"),
        ("Output was above 12,000 tonnes.", "more_than"),
        ("The shipment weighed under 40 tonnes.", "less_than"),
        ("Buyers need no less than 300 tonnes.", "at_least"),
        ("Quotas allow as much as 5,000 tonnes.", "up_to"),
        ("钨精矿产量2万吨左右。", "approx"),
        ("锑出口不足100吨。", "less_than"),
    ],
)
def test_quantities_qualifiers(text, qualifier):
    assert run(text)[0].qualifier == qualifier


@pytest.mark.parametrize(
    "text,value",
    [
        ("Cobalt imports grew 22% in the quarter.", 22.0),
        ("Graphite exports decreased by 9.3% in May.", -9.3),
        ("Lithium prices fell 5 per cent.", -5.0),
        ("Tin output was down 3% on the month.", -3.0),
        ("Nickel ore output was up 12% from a year ago.", 12.0),
        ("Antimony shipments, -4% y/y, disappointed buyers.", -4.0),
        ("稀土出口量同比下降了12%。", -12.0),
    ],
)
def test_quantities_changes_are_signed(text, value):
    q = run(text)[0]
    assert q.change is True
    assert q.value == pytest.approx(value)


def test_quantities_level_after_to_is_not_a_change():
    found = run("Tungsten exports rose 8% to 3,400 tonnes.")
    assert [(q.value, q.change) for q in found] == [(8.0, True), (3400.0, False)]


# -- not quantities -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The F-35 and the A380 use rare earth magnets.",
        "Beijing tightened controls in 2025 [3][14].",
        "The rules list 12 clauses and seven categories.",
        "The project will take 10 to 20 years to build.",
        "Licences are granted within 180 days.",
        "Talks resume at 2 pm on Monday.",
        "The Nikkei fell 2% as magnet makers slid.",
        "The yuan eased 0.3% against the dollar.",
        "The 10-year Treasury yield rose to 4.4%.",
        "He came third in the 5G auction on 12/05/2024.",
        "稀土是第一大类战略资源，近五年来备受关注。",
        "恒生指数收市跌1.2%。",
        "See https://example.org/report?share=30%25 for details.",
    ],
)
def test_quantities_not_quantities(text):
    assert run(text) == []


def test_quantities_text_with_no_number_is_skipped_cheaply():
    assert run("Rare earth magnets remain scarce in Europe.") == []


# -- attribution -----------------------------------------------------------------------------

def test_quantities_attribution_reserves_and_inherited_share():
    text = "Brazil holds about 21 million tons of rare earth reserves, accounting for about 18% of the world's total."
    found = run(text, countries={"Brazil": "BRA"}, elements={"rare earth": "REE"})
    assert [(q.metric, q.country, q.element) for q in found] == [("reserves", "BRA", "REE")] * 2


def test_quantities_attribution_parenthesis_and_possessive():
    text = "Deposits are large in Chile (9 million tonnes) and Argentina (3 million tonnes), while Bolivia's 2 million tonnes are untapped."
    found = run(text, countries={"Chile": "CHL", "Argentina": "ARG", "Bolivia": "BOL"}, elements={})
    assert [(q.country, q.metric) for q in found] == [("CHL", "reserves"), ("ARG", "reserves"), ("BOL", "reserves")]


def test_quantities_attribution_world_marker_and_year_phrase():
    text = "In 2023, global cobalt production reached 230,000 tonnes, with Congo contributing 170,000 tonnes, or nearly 74% of the total."
    found = run(text, countries={"Congo": "COD"}, elements={"cobalt": "Co"})
    assert [(q.value, q.country, q.metric, q.year, q.element) for q in found] == [
        (230000.0, "WLD", "production", 2023, "Co"),
        (170000.0, "COD", "production", 2023, "Co"),
        (74.0, "COD", "production", 2023, "Co"),
    ]


def test_quantities_attribution_imports_share_and_counterpart():
    text = "Japan relies on imports from China for nearly 60% of its gallium needs."
    q = run(text, countries={"Japan": "JPN", "China": "CHN"}, elements={"gallium": "Ga"})[0]
    assert (q.metric, q.country, q.element) == ("imports", "JPN", "Ga")


def test_quantities_attribution_tariff_belongs_to_who_imposes_it():
    text = "Ottawa said Canada will put a 25% tariff on all Chinese graphite."
    q = run(text, countries={"Canada": "CAN", "Chinese": "CHN"}, elements={"graphite": "graphite"})[0]
    assert (q.metric, q.country) == ("tariff", "CAN")


def test_quantities_attribution_price_change_this_year():
    text = "The price of scandium oxide, a rare earth, has soared nearly 300% this year."
    q = run(text, elements={"scandium": "Sc", "rare earth": "REE"}, countries={})[0]
    assert (q.metric, q.change, q.year, q.element, q.qualifier) == ("price_change", True, 2025, "Sc", "approx")


def test_quantities_attribution_several_elements_give_none():
    text = "NdPr oxide traded at $62 per kilogram."
    q = run(text, elements={"NdPr": "Nd"} | {"Pr oxide": "Pr"}, countries={})[0]
    assert q.element is None and q.metric == "price"


def test_quantities_attribution_joint_deal_has_no_country():
    text = "Japan and India will invest $2 billion in a rare earth refinery."
    q = run(text, countries={"Japan": "JPN", "India": "IND"}, elements={})[0]
    assert (q.metric, q.country) == ("investment", None)


def test_quantities_attribution_export_quota_is_exports():
    text = "Beijing set the export quota for tungsten at 15,400 tonnes."
    q = run(text, countries={"Beijing": "CHN"}, elements={"tungsten": "W"})[0]
    assert (q.metric, q.country, q.element) == ("exports", "CHN", "W")


def test_quantities_record_fields_offsets_and_sentence():
    text = "Intro sentence. Vietnam mined about 300 tonnes of rare earths."
    q = run(text, countries={"Vietnam": "VNM"}, elements={"rare earths": "REE"})[0]
    assert text[q.start : q.end] == q.text == "about 300 tonnes"
    assert q.sentence == "Vietnam mined about 300 tonnes of rare earths."
    assert (q.field, q.value_max, q.country) == ("text", None, "VNM")


def test_quantities_element_falls_back_to_previous_sentence():
    text = "Myanmar ships heavy rare earths to China. The mines sent 31,000 tonnes last year."
    found = run(text, countries={"Myanmar": "MMR", "China": "CHN"}, elements={"heavy rare earths": "HREE"})
    assert (found[0].element, found[0].year) == ("HREE", 2024)


def test_quantities_later_price_in_sentence_takes_the_price_unit():
    found = run("Gallium reached $650 per kilogram, and traders expect it to fall below $500.")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [(650.0, "USD/kg", "exact"), (500.0, "USD/kg", "less_than")]
