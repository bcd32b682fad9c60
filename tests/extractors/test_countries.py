"""The country component on the traps of SPEC §2, with sentences of our own: exact offsets,
one-character Chinese compounds, territories, currencies, stock markets, regions, names."""

from __future__ import annotations

import json

import pytest

from orewatch.records import Article


def mentions(nlp, text: str) -> list[tuple[str, str, int, int]]:
    doc = nlp(text)
    return [(s.label_, s.text, s.start_char, s.end_char) for s in doc.spans["countries"]]


def codes(nlp, text: str) -> set[str]:
    return {m[0] for m in mentions(nlp, text)}


def test_countries_us_with_periods_keeps_exact_offsets(nlp):
    text = "Shipments to the U.S. fell. Then the U.S.-China truce held, U.S. officials said."
    found = mentions(nlp, text)
    assert [m[:2] for m in found] == [("USA", "U.S."), ("USA", "U.S."), ("CHN", "China"), ("USA", "U.S.")]
    for _, surface, start, end in found:
        assert text[start:end] == surface


def test_countries_every_repeat_is_listed(nlp):
    assert [m[0] for m in mentions(nlp, "China sells; China buys; 中国买。")] == ["CHN", "CHN", "CHN"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("中美贸易谈判", [("CHN", "中", 0, 1), ("USA", "美", 1, 2)]),
        ("美日签署协议", [("USA", "美", 0, 1), ("JPN", "日", 1, 2)]),
        ("美国对华出口", [("USA", "美国", 0, 2), ("CHN", "华", 3, 4)]),
        ("巴铁卖稀土", [("PAK", "巴铁", 0, 2)]),
        ("美軍採購", [("USA", "美", 0, 1)]),
        ("中日韩峰会", [("CHN", "中", 0, 1), ("JPN", "日", 1, 2), ("KOR", "韩", 2, 3)]),
    ],
)
def test_countries_compound_yields_one_span_per_character(nlp, text, expected):
    assert mentions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["其中美国占比最大", "对华为实施制裁", "中美洲国家", "价格以美元计", "其中方案可行", "对美好生活的向往"],
)
def test_countries_compound_inside_another_word_is_not_read(nlp, text):
    assert "CHN" not in codes(nlp, text)
    if "美国" not in text:
        assert "USA" not in codes(nlp, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hong Kong traders watched.", {"HKG"}),
        ("台灣的晶片", {"TWN"}),
        ("Greenland is not for sale.", {"GRL"}),
        ("Puerto Rico imports power.", {"PRI"}),
        ("澳門經濟", {"MAC"}),
    ],
)
def test_countries_territory_adds_no_other_country(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Congo extended its cobalt ban.", {"COD"}),
        ("The DRC and Zambia met.", {"COD", "ZMB"}),
        ("The Republic of the Congo exports timber.", {"COG"}),
        ("Congo-Brazzaville signed.", {"COG"}),
        ("The Democratic Republic of the Congo mines cobalt.", {"COD"}),
    ],
)
def test_countries_congo_is_drc_unless_brazzaville(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["It costs US$400 million.", "A fee of $US 20.", "It cost A$12.", "C$3 a share.",
     "HK$5 each.", "The scheme costs ₹7,280 crore.", "Quoted in US dollars.", "NZ$5 fee."],
)
def test_countries_currency_signs_are_not_mentions(nlp, text):
    assert codes(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    ["Tokyo and Seoul shares fell on Monday.", "Shares in Sydney rose.", "The miner is listed in Hong Kong.",
     "Tokyo-listed Shin-Etsu gained.", "Tokyo, Sydney and Seoul were also down.",
     "Copper rose on the London Metal Exchange."],
)
def test_countries_city_standing_for_its_market_is_not_a_mention(nlp, text):
    assert codes(nlp, text) == set()


def test_countries_capital_used_for_government_is_a_mention(nlp):
    assert codes(nlp, "Beijing retaliated and Washington said talks would resume.") == {"CHN", "USA"}


@pytest.mark.parametrize(
    "text",
    ["A refinery in Western Australia is planned.", "The mill in New Mexico restarted.",
     "Baotou is in Inner Mongolia.", "The mine is in New South Wales.", "Jiangxi, Texas and Balochistan.",
     "Ships crossed the Indian Ocean.", "Mountain Pass restarted.", "内蒙古的稀土", "西澳大利亚的镓厂"],
)
def test_countries_regions_and_seas_add_no_mention(nlp, text):
    assert codes(nlp, text) == set()


@pytest.mark.parametrize(
    "text", ["Western producers ramped up.", "Western countries complained.", "西方国家仍不满足。"]
)
def test_countries_western_names_nothing(nlp, text):
    assert codes(nlp, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Papua New Guinea mines gold.", {"PNG"}),
        ("Guinea-Bissau and Guinea met.", {"GNB", "GIN"}),
        ("South Africa and Africa.", {"ZAF"}),
        ("The Dominican Republic and Dominica.", {"DOM", "DMA"}),
        ("Niger, unlike Nigeria, holds uranium.", {"NER", "NGA"}),
        ("Turkey found rare earths.", {"TUR"}),
        ("They carved the Thanksgiving turkey.", set()),
        ("Michael Jordan retired.", set()),
        ("Jordan exports phosphate.", {"JOR"}),
        ("Chad Smith, a trader, said so.", set()),
        ("Niger and Chad hold uranium.", {"NER", "TCD"}),
    ],
)
def test_countries_lookalike_names(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The battery plant near Atlanta, Georgia, opened.", set()),
        ("Georgia's governor Kemp praised the state's new plant.", set()),
        ("Georgia signed a deal.", set()),  # no cue: the default is no mention
        ("Tbilisi said Georgia would export more manganese.", {"GEO"}),
        ("格鲁吉亚出口锰矿。", {"GEO"}),
    ],
)
def test_countries_georgia_is_the_country_only_with_its_cues(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("China Northern Rare Earth raised prices.", {"CHN"}),
        ("The US Geological Survey published data.", {"USA"}),
        ("Lynas Rare Earths sells to Japanese buyers.", {"JPN"}),
    ],
)
def test_countries_organisation_names_count(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("European magnet makers and the EU", {"EU"}),
        ("The G7 and G20 met; ASEAN and the SCO watched.", {"G7", "G20", "ASEAN", "SCO"}),
        ("BRICS, the Minerals Security Partnership and the Quad.", {"BRICS", "MSP", "QUAD"}),
        ("欧盟与东盟", {"EU", "ASEAN"}),
    ],
)
def test_countries_blocs_get_bloc_codes(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_countries_extract_articles_gives_mentions_with_field_and_offsets():
    from orewatch.extractors.extract import extract_articles

    article = Article(
        id="t1",
        title="中美稀土博弈升级",
        text="The U.S. and Australia signed a deal; China objected.",
        language="zh",
    )
    (result,) = extract_articles([article])
    title = [(m.code, m.field, m.start, m.end) for m in result.countries if m.field == "title"]
    assert title == [("CHN", "title", 0, 1), ("USA", "title", 1, 2)]
    for m in result.countries:
        source = article.title if m.field == "title" else article.text
        assert source[m.start : m.end] == m.text
    assert {m.code for m in result.countries if m.field == "text"} == {"USA", "AUS", "CHN"}


@pytest.mark.shared
def test_countries_and_elements_match_the_gold_seed_sets(shared_dir):
    from orewatch.extractors import BLOC_CODES, WORLD
    from orewatch.extractors.extract import extract_articles
    from orewatch.readers import ReadOptions, read_paths

    gold = json.loads((shared_dir / "gold" / "seeds-dev-examples.json").read_text(encoding="utf-8"))
    # The seeds as the product reads them; the first article of a title when a dump repeats it.
    by_title = {}
    for article in read_paths([shared_dir / "seeds"], ReadOptions()).articles:
        by_title.setdefault(article.title, article)
    unscored = BLOC_CODES | {WORLD}
    assert {a["title"] for a in gold["articles"]} <= set(by_title)
    for expected in gold["articles"]:
        (result,) = extract_articles([by_title[expected["title"]]])
        assert {m.code for m in result.countries} - unscored == set(expected["countries"])
        assert {m.code for m in result.elements} == set(expected["elements"])
        title_countries = {m.code for m in result.countries if m.field == "title"} - unscored
        assert title_countries == set(expected["title_countries"])
        assert {m.code for m in result.elements if m.field == "title"} == set(expected["title_elements"])
