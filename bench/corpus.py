"""Generates a deterministic JSON Lines corpus of synthetic wire-style articles for the
benchmarks: same seed, same bytes. Calibrated on real wire news about critical minerals
(../shared/corpus/webpages-en: ~33 numbers per 1,000 words, ~23 words per sentence) and
on the performance notes' 421-word article, so timings reflect real text, not a number
soup."""

from __future__ import annotations

import json
import random
from pathlib import Path

COUNTRIES = ["China", "the United States", "Australia", "Japan", "India", "Vietnam", "Brazil",
             "Canada", "Malaysia", "Kazakhstan", "Indonesia", "Chile", "South Korea", "Germany"]
DEMONYMS = ["Chinese", "American", "Australian", "Japanese", "Indian", "Canadian", "Korean"]
ELEMENTS = ["rare earths", "gallium", "germanium", "antimony", "lithium", "cobalt", "nickel",
            "graphite", "tungsten", "dysprosium", "terbium", "neodymium", "yttrium", "heavy rare earths"]
COMPANIES = ["Northwind Metals", "Pacific Ore Group", "Redstone Minerals", "Bluewater Refining",
             "Summit Magnetics", "Harbor Resources"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Background sentences without figures, as most of a real article is.
BACKGROUND = [
    "Industry executives said the decision reflected growing concern in {country} about the security of supply chains for {element}, which are used in magnets, batteries and defence equipment.",
    "The move comes as governments and manufacturers look for ways to reduce their reliance on a small number of suppliers that dominate the mining and processing of critical minerals.",
    "{company} said in a statement that it would continue to work closely with regulators and customers while it assessed the impact of the new rules on its operations.",
    "Analysts at several banks said the market had already priced in some of the measures, but warned that further restrictions could tighten supply of {element} in the months ahead.",
    "Officials in {country} have repeatedly said they want to build a domestic industry that can refine {element} at home rather than shipping raw ore overseas for processing.",
    "Environmental groups have criticised the expansion of mining in the region, saying that local communities have not been properly consulted about the project and its water use.",
    "The {demonym} government has been courting investors from allied countries to help develop new mines and refineries, offering faster permits and access to state financing.",
    "Traders said buyers were cautious and many were waiting for clearer guidance on how the licensing system would work before signing new contracts for {element}.",
    "Experts cautioned that building a new processing plant can take many years because of the technical complexity of separating individual elements and the strict environmental approvals required.",
    "The company is also studying the recycling of {element} from scrapped electric motors and electronics, a process that is still expensive but could become important later in the decade.",
]

SENTENCES = [
    "{country} produced about {n} million tonnes of {element} in {year}, up {p}% from a year earlier.",
    "{demonym} officials said export licences for {element} would be required from {month} {day}.",
    "{company} plans to invest ${n}.{d} billion in a new {element} processing plant in {country}.",
    "Prices of {element} rose {p}% this quarter to ${n}{d} per kilogram, traders said.",
    "{country} accounts for roughly {p}% of global {element} output, according to industry data.",
    "The ministry set a mining quota of {n}{d},000 tonnes for {element} in {year}.",
    "{country} and {country2} signed a memorandum on {element} supply chains on {month} {day}.",
    "Analysts expect demand for {element} to grow by {p} per cent a year until {year2}.",
    "Imports of {element} into {country} fell {p}% in {month} to {n}{d},500 tonnes.",
    "{country} imposed a {p}% tariff on {element} products from {country2} last week.",
    "Shares of {company} closed {d}.{p} percent higher after the announcement.",
    "The government will build a strategic stockpile of {element} over the next {n} years.",
    "Officials in {country} said the new rules would tighten environmental checks on {element} mines.",
    "The plant will have an annual capacity of {n}{d},000 tonnes once it is completed in {year2}.",
    "Market participants said the outlook for {element} remained uncertain amid trade tensions.",
    "Reserves in {country} are estimated at {n}.{d} million tonnes, the survey showed.",
    "Several companies are studying recycling of {element} from scrapped magnets and batteries.",
    "{demonym} buyers have been securing long-term contracts to lock in supply of {element}.",
]


def make_article(rng: random.Random, index: int) -> dict:
    words, sentences = 0, []
    while words < 420:
        template = rng.choice(SENTENCES if rng.random() < 0.55 else BACKGROUND)
        sentence = template.format(
            country=rng.choice(COUNTRIES), country2=rng.choice(COUNTRIES), demonym=rng.choice(DEMONYMS),
            element=rng.choice(ELEMENTS), company=rng.choice(COMPANIES), month=rng.choice(MONTHS),
            day=rng.randint(1, 28), year=rng.randint(2019, 2025), year2=rng.randint(2026, 2035),
            n=rng.randint(1, 99), d=rng.randint(0, 9), p=rng.randint(1, 60),
        )
        sentences.append(sentence)
        words += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    element = rng.choice(ELEMENTS)
    month = rng.randint(1, 12)
    return {
        "title": f"{rng.choice(COUNTRIES)} moves on {element} supply ({index})",
        "text": "\n\n".join(paragraphs),
        "url": f"http://bench.example.org/news/{index}",
        "source": "Bench Wire",
        "published": f"2025-{month:02d}-{rng.randint(1, 28):02d}T08:00:00+00:00",
    }


def write_corpus(path: Path, count: int = 10_000, seed: int = 20261125) -> Path:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps(make_article(rng, index), ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/corpus.jsonl")
    write_corpus(target, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
    print(target)
