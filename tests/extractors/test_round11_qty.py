"""Round 11 (issue 10, quantity attribution in English and Chinese): passages of our own for each
phenomenon, with several wordings and shapes, and near-misses that must keep their value."""

from __future__ import annotations

import pytest
from test_quantities import rows as read
from test_quantities import run


def _find(text: str, value: float) -> tuple:
    return next(r for r in read(text) if r[0] == value)


# -- an offtake named by its deal noun alone, or by a letter of intent (offtakes.py) ---------------
# "a five-year offtake with X for N tonnes": a company's purchase or sale, `other`, no one's, even
# when the buyer's nationality or a mine's host is named around it.

@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("Kestrel Minerals signed a seven-year offtake with a Japanese trading house for 45,000 tonnes a year of lithium concentrate.",
         45000.0, (45000.0, "t", "other", None, "Li")),
        ("A deal was struck on Monday: a three-year off-take with a Belgian refiner for up to 6,000 tonnes of cobalt hydroxide from the Kolwezi mine in Congo.",
         6000.0, (6000.0, "t", "other", None, "Co")),
        ("Under a letter of intent signed in May with a French carmaker for about 12,000 tonnes of nickel sulphate a year, deliveries start once the plant is built.",
         12000.0, (12000.0, "t", "other", None, "Ni")),
        ("The miner also entered into a memorandum of understanding with an Indian steelmaker for 250,000 tonnes of manganese ore, the company said.",
         250000.0, (250000.0, "t", "other", None, "Mn")),
        # the offtake beats a plant's capacity word said earlier in the sentence
        ("The developer plans to lift capacity to 90,000 tonnes a year and has signed a ten-year offtake with a Korean anode maker for up to 20,000 tonnes of graphite a year.",
         20000.0, (20000.0, "t", "other", None, "graphite")),
    ],
)
def test_round11_offtake_noun_alone_is_no_ones(text, value, expected):
    assert _find(text, value) == expected


@pytest.mark.parametrize(
    "text,value,expected",
    [
        # near-misses: a mine's output and a plant's capacity stay what they are
        ("Indonesia's nickel mines produced 1.9 million tonnes of nickel last year, and the offtake market stayed tight.",
         1900000.0, (1900000.0, "t", "production", "IDN", "Ni")),
        ("The Chilean plant, whose output is sold under offtake contracts, has a capacity of 40,000 tonnes of lithium carbonate a year.",
         40000.0, (40000.0, "t", "capacity", "CHL", "Li")),
    ],
)
def test_round11_offtake_near_misses_keep_their_value(text, value, expected):
    assert _find(text, value) == expected


@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("该公司与一家韩国电池企业签署长期协议，约定自2027年起每年向其供应氢氧化锂不少于2万吨。",
         20000.0, (20000.0, "t", "other", None, "Li")),
        ("根据承购协议，这家日本商社将在投产后三年内每年采购约5000吨稀土氧化物。",
         5000.0, (5000.0, "t", "other", None, "REE")),
        ("澳洲一家矿商已與德國化工集團簽署包銷協議，計劃每年供貨約1.5萬噸鋰輝石精礦。",
         15000.0, (15000.0, "t", "other", None, "Li")),
        ("公司承诺向一家美国车企供应镍钴锰三元前驱体合计不低于8万吨。",
         80000.0, (80000.0, "t", "other", None, None)),
    ],
)
def test_round11_chinese_offtake_is_no_ones(text, value, expected):
    assert _find(text, value) == expected


@pytest.mark.parametrize(
    "text,value,expected",
    [
        # supply in the sense of a country's output, and a state reserve's purchase
        ("到2027年，国内锂资源供应量将达到约22万吨碳酸锂当量。",
         220000.0, (220000.0, "t", "production", "CHN", "Li")),
        ("国家粮食和物资储备局计划收储稀土氧化物约1万吨。",
         10000.0, (10000.0, "t", "other", "CHN", "REE")),
    ],
)
def test_round11_chinese_supply_near_misses_keep_their_value(text, value, expected):
    assert _find(text, value) == expected


def test_round11_offtake_volume_takes_no_contract_year():
    """The years of a supply contract (its signing, its span) are no year of the volume."""
    for text in (
        "A Moroccan group agreed to supply 5,000 tonnes a year of cobalt sulphate to a carmaker for seven years from 2028.",
        "The miner signed a supply agreement in 2022 with a Texas carmaker for 34,000 tonnes of nickel over six years.",
        "公司已与一家德国车企签订供货协议，约定2026年至2030年向其供应三元前驱体合计不低于12万吨。",
    ):
        q = next(q for q in run(text) if q.unit == "t")
        assert (q.metric, q.year) == ("other", None), text


# -- a price quoted on an exchange names no country's market (markets.py) ---------------------------
# fixtures/gold/README.md, "Countries, actors and partners": an exchange price (LME, COMEX) stays
# null, whatever producer country its sentence names; a yuan price stays China's.

@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("On the London Metal Exchange, copper climbed 2% to $9,900 a tonne as smelters in Peru cut output.",
         9900.0, (9900.0, "USD/t", "price", None, "Cu")),
        ("Tin for three-month delivery on the LME fell 3.4% after Indonesian exports resumed, closing at $31,200 per tonne.",
         31200.0, (31200.0, "USD/t", "price", None, "Sn")),
        ("Analysts expect London copper prices to reach $12,000 per tonne by June.",
         12000.0, (12000.0, "USD/t", "price", None, "Cu")),
        ("纽约商品交易所铜期货周五收于每吨9,800美元，智利和秘鲁矿山复产。",
         9800.0, (9800.0, "USD/t", "price", None, "Cu")),
        ("倫敦鎳價上月曾升至每噸21,500美元，印尼出口增加後回落約6%。",
         21500.0, (21500.0, "USD/t", "price", None, "Ni")),
    ],
)
def test_round11_exchange_price_is_no_countrys(text, value, expected):
    assert _find(text, value) == expected


@pytest.mark.parametrize(
    "text,value,expected",
    [
        # a yuan price on a Chinese exchange is China's; a port basis names its market
        ("上海期货交易所铜主力合约收报每吨73,500元，较伦敦金属交易所价格溢价。",
         73500.0, (73500.0, "CNY/t", "price", "CHN", "Cu")),
        ("Spodumene was assessed at $1,050 a tonne FOB Australia; nickel held at $16,000 a tonne in Rotterdam.",
         16000.0, (16000.0, "USD/t", "price", "NLD", "Ni")),
    ],
)
def test_round11_exchange_near_misses_keep_their_market(text, value, expected):
    assert _find(text, value) == expected


def test_round11_exchange_named_for_another_price_leaves_this_one():
    """The exchange told after "while" is the other price's, not the one quoted before it."""
    text = ("Cobalt hydroxide delivered to Chinese ports rose 3% this week to $15,200 per tonne, "
            "while cobalt metal on the LME was flat at $24,000 a tonne.")
    got = {r[0]: r[3] for r in read(text)}
    assert (got[15200.0], got[24000.0]) == ("CHN", None)


# -- a Chinese output noun compounded with a processing stage is processing output (refined.py) -----

@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("2025年我国稀土冶炼分离产品产量约15万吨，约占全球的八成。", 150000.0, (150000.0, "t", "processing", "CHN", "REE")),
        ("2025年我国稀土冶炼分离产品产量约15万吨，约占全球的八成。", 80.0, (80.0, "%", "processing", "CHN", "REE")),
        ("1-9月，國內電解銅產量為980萬噸，同比增長6.5%。", 9800000.0, (9800000.0, "t", "processing", "CHN", "Cu")),
        ("据协会统计，去年中国精炼钴产量约为4.2万吨。", 42000.0, (42000.0, "t", "processing", "CHN", "Co")),
        ("去年全國稀土分離產量約14萬噸，較前年增加一成。", 140000.0, (140000.0, "t", "processing", "CHN", "REE")),
    ],
)
def test_round11_chinese_processed_output_is_processing(text, value, expected):
    assert _find(text, value) == expected


@pytest.mark.parametrize(
    "text,value,expected",
    [
        # mine output, and a smelting quota, stay production
        ("去年我国铜精矿产量约170万吨，冶炼企业开工率下降。", 1700000.0, (1700000.0, "t", "production", "CHN", "Cu")),
        ("工信部下达2025年稀土冶炼分离总量控制指标12万吨。", 120000.0, (120000.0, "t", "production", "CHN", "REE")),
    ],
)
def test_round11_chinese_mine_output_stays_production(text, value, expected):
    assert _find(text, value) == expected


# -- a year-to-date span of months is the publication year (periods.py) ----------------------------
# fixtures/gold/README.md, Quantities, `year`: "A span of the current year gives the publication
# year: January-May ..."; a span that starts in January is year to date.

def _year(text: str, value: float, published: str = "2026-11-20") -> int | None:
    return next(q.year for q in run(text, published=published) if round(q.value, 2) == value)


@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("China's exports of gallium fell 18% in January-October to 42 tonnes, customs data show.", 42.0, 2026),
        ("Shipments of cobalt hydroxide from Congo totalled 310,000 tonnes from January to September.", 310000.0, 2026),
        ("Imports, which reached 12,400 tonnes in Jan-Aug, came mostly from Myanmar.", 12400.0, 2026),
        ("据海关统计，1-10月我国稀土出口约5.1万吨，同比增长8%。", 51000.0, 2026),
        ("一至九月，國內鎢精礦產量約為6.2萬噸。", 62000.0, 2026),
        ("前三季度，全国钴中间品进口量约38万吨。", 380000.0, 2026),
        # a span ending after the publication month is last year's
        ("1-11月我国锂辉石进口量约450万吨。", 4500000.0, 2025),
    ],
)
def test_round11_year_to_date_span_is_publication_year(text, value, expected):
    published = "2026-10-05" if "1-11月" in text else "2026-11-20"
    assert _year(text, value, published) == expected


@pytest.mark.parametrize(
    "text,value,expected",
    [
        # a month alone, a span of another year, a move between two months: no current-year span
        ("Exports rose to 3,100 tonnes in October from September.", 3100.0, None),
        ("China's imports reached 8,200 tonnes in January-May 2024.", 8200.0, 2024),
        ("2024年1-5月我国钨品出口约9000吨。", 9000.0, 2024),
        ("明年上半年，印尼铝土矿出口配额合计约1200万吨。", 12000000.0, 2027),
        ("Prices rose 6% from March to May, to $410 a tonne.", 410.0, None),
    ],
)
def test_round11_year_to_date_near_misses(text, value, expected):
    assert _year(text, value) == expected


# -- a percentage of a company, mine or licence that someone takes, buys or holds is a stake ---------
# (stakes.py): metric `investment`, whatever processing or output word the sentence names.

@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("A Chinese smelting group took 49% of the tin processing plant in 2024.", 49.0, (49.0, "%", "investment", "CHN", "Sn")),
        ("Under the agreement, a Korean cathode maker will buy 20% of the nickel refinery.", 20.0, (20.0, "%", "investment", "KOR", "Ni")),
        ("The bill gives the state an option to acquire up to 26% of any new copper mining licence.", 26.0, (26.0, "%", "investment", None, "Cu")),
        ("The ministry will hold a free carried interest of 12% in the lithium operating company.", 12.0, (12.0, "%", "investment", None, "Li")),
        ("2024年5月，一家中资基金将其在该锂矿的持股比例由约18%降至9%。", 9.0, (9.0, "%", "investment", "CHN", "Li")),
        ("中国一家镍企参股40%的印尼镍冶炼项目已于今年投产。", 40.0, (40.0, "%", "investment", "CHN", "Ni")),
    ],
)
def test_round11_share_taken_of_an_asset_is_a_stake(text, value, expected):
    assert _find(text, value) == expected


@pytest.mark.parametrize(
    "text,value,expected",
    [
        # a share of output, of the world's reserves, of a market: no stake
        ("China holds 37% of the world's rare earth reserves.", 37.0, (37.0, "%", "reserves", "CHN", "REE")),
        ("中国拥有全球约37%的稀土储量。", 37.0, (37.0, "%", "reserves", "CHN", "REE")),
        ("Japanese smelters bought 30% of Chile's copper concentrate exports last year.", 30.0, (30.0, "%", "exports", "CHL", "Cu")),
        ("Interest rates rose to 5% as nickel prices fell.", None, None),
    ],
)
def test_round11_share_of_output_is_no_stake(text, value, expected):
    if value is None:
        assert all(r[2] != "investment" for r in read(text))
    else:
        assert _find(text, value) == expected


def test_round11_share_of_goods_bought_is_no_stake():
    text = "Japanese cell makers buy around 70% of their cobalt sulphate from China, the ministry said."
    assert all(r[2] != "investment" for r in read(text))


# -- a year that names a quota is the year of the quota's figures (periods.quota_year) --------------

@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("Beijing released its first batch of 2019 tungsten mining quotas at 60,000 tonnes late in 2018.", 60000.0, 2019),
        ("The order takes the 2024 total graphite export quota to 31,000 tonnes, and the flake quota to 12,000 tonnes.", 12000.0, 2024),
        ("The ministry issued antimony smelting quotas for 2023 in March, bringing the total to 52,000 tonnes.", 52000.0, 2023),
        # near-miss: a base after "from" keeps its own year
        ("Jakarta set the 2025 bauxite export quota at 9 million tonnes, down from 11 million tonnes in 2024.", 11000000.0, 2024),
    ],
)
def test_round11_year_that_names_a_quota(text, value, expected):
    assert _year(text, value) == expected


def test_round11_quota_year_leaves_a_change_its_own_period():
    text = "The order takes the 2024 graphite export quota to 31,000 tonnes, up 8%, versus a rise of 12% in 2023."
    assert _year(text, 12.0) == 2023


def test_round11_quota_year_leaves_a_compared_figure_its_own_period():
    text = ("The order takes the 2024 graphite export quota to 31,000 tonnes, and the flake quota to 9,000 tonnes, "
            "versus year-on-year rises of 14% and 11% in 2023.")
    assert (_year(text, 9000.0), _year(text, 14.0), _year(text, 11.0)) == (2024, 2023, 2023)
