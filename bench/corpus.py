"""Generates a deterministic JSON Lines corpus of synthetic wire-style articles (about 420
words each, like the real ones) for the benchmarks: same seed, same bytes."""

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
        template = rng.choice(SENTENCES)
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
