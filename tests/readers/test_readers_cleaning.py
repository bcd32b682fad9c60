"""Cleaning rules: citation markers, glued section headers, " - " bullets (our own sentences)."""

from __future__ import annotations

import re

import pytest

from orewatch.readers.cleaning import (
    is_section_header,
    remove_citation_markers,
    split_bullets_and_headers,
    tidy_whitespace,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Nickel output rose 8% [2][15]. Smelters cut runs.", "Nickel output rose 8%. Smelters cut runs."),
        ("Cobalt fell to $24,000 a ton [1, 4] last week.", "Cobalt fell to $24,000 a ton last week."),
        ("Lithium stocks grew [3] [7] in May.", "Lithium stocks grew in May."),
        ("A range of sources [2-5] agree.", "A range of sources agree."),
        ("The cut-off body ends here [9][11", "The cut-off body ends here"),
    ],
)
def test_cleaning_removes_numeric_citation_markers(raw, clean):
    assert remove_citation_markers(raw) == clean


@pytest.mark.parametrize(
    "kept",
    [
        "The quota for [2025] was unchanged.",  # a bracketed year is not a marker
        "Output was steady [Reuters].",
        "He said the mine [sic] would reopen.",
        "Prices [in yuan] rose.",
    ],
)
def test_cleaning_keeps_other_brackets(kept):
    assert remove_citation_markers(kept) == kept


def test_cleaning_never_leaves_a_number_from_a_marker():
    text = remove_citation_markers("Reserves are 44 million tons [3][14], about 40% [16].")
    assert re.findall(r"\d+", text) == ["44", "40"]


@pytest.mark.parametrize(
    "header",
    [
        "Key Findings",
        "Group 3",
        "Group 3: Policy Responses",
        "Group 2: Outlook for the Magnet Market",
        "Battery Metals: Supply Risks",
        "Impact on U.S. Automakers",
        "Indonesia's Export Policy",
    ],
)
def test_cleaning_recognizes_title_case_section_headers(header):
    assert is_section_header(header)


@pytest.mark.parametrize(
    "not_header",
    [
        "Cobalt prices fell",  # a sentence: lower-case content words
        "the ministry said",
        "Group 3: prices fell sharply",
        "One Two Three Four Five Six Seven",  # more than six words before any colon
        "Zambia raised royalties on copper and",
    ],
)
def test_cleaning_rejects_sentences_as_headers(not_header):
    assert not is_section_header(not_header)


def test_cleaning_splits_glued_headers_and_bullets():
    body = (
        "Key Findings - Cobalt prices fell 20% in the first half [1] - Congo extended its export "
        "ban by three months [2][5]. Group 3: Policy Responses - Zambia raised copper royalties [4] "
        "Market Outlook - Analysts expect a deficit by 2027 [6]."
    )
    assert split_bullets_and_headers(body) == (
        "Key Findings\n"
        "Cobalt prices fell 20% in the first half\n"
        "Congo extended its export ban by three months.\n"
        "\n"
        "Group 3: Policy Responses\n"
        "Zambia raised copper royalties\n"
        "\n"
        "Market Outlook\n"
        "Analysts expect a deficit by 2027."
    )


def test_cleaning_keeps_an_initialism_inside_a_header():
    body = "Ford paused a plant [5]. Group 4: Impact on U.S. Automakers - GM said supply was secure [6]"
    lines = split_bullets_and_headers(body).split("\n")
    assert lines == ["Ford paused a plant.", "", "Group 4: Impact on U.S. Automakers", "GM said supply was secure"]


def test_cleaning_keeps_dashes_inside_sentences():
    body = "Core Points - The talks - which began in May - ended without a deal [3] - Exports to the U.S. - mainly magnets - fell 9% [4]"
    assert split_bullets_and_headers(body).split("\n") == [
        "Core Points",
        "The talks - which began in May - ended without a deal",
        "Exports to the U.S. - mainly magnets - fell 9%",
    ]


def test_cleaning_only_removes_markers_and_separators():
    body = (
        "Core Insights - Japan holds about 100 days of rare earth stocks [1][2] - Prices of "
        "terbium rose 7% [3]. Group 1: Stockpiles - Korea plans a 100-day reserve [4]"
    )
    cleaned = split_bullets_and_headers(body)
    stripped_source = re.sub(r"\s*\[\d+\]", "", body).replace(" - ", "")
    assert "".join(cleaned.split()) == "".join(stripped_source.split())


def test_cleaning_tidies_whitespace():
    assert tidy_whitespace("  Title line \r\n\r\n\r\n\r\nBody   \n") == "Title line\n\nBody"
