"""The cheap language guess."""

from __future__ import annotations

from orewatch.readers.language import detect_language


def test_language_chinese_over_the_threshold():
    assert detect_language("稀土出口管制", "商务部宣布对七种中重稀土实施出口管制。") == "zh"


def test_language_chinese_title_english_body_is_english():
    body = "China holds approximately 44 million tons of rare earth reserves, about 40% of the total."
    assert detect_language("稀土供应链多元化", body) == "en"


def test_language_others():
    assert detect_language("Cobalt", "Congo extended its cobalt export ban.") == "en"
    assert detect_language("レアアース", "日本はレアアースの備蓄を増やす方針だ。") == "ja"
    assert detect_language("희토류", "한국은 희토류 비축을 늘린다.") == "ko"
    assert detect_language("", "") == "en"
