"""Generated article texts whose words are spread over documents as in real news about critical
minerals, so that a search benchmark meets realistic posting lists.

The document frequency of every word (English) and every pair of Chinese characters (Chinese)
is measured on the real articles in ../shared/corpus (counts only: no text is copied). A
generated article contains each word with that word's real document frequency (a Bernoulli
draw per word: "export" lands in ~40 % of English articles, "gallium" in ~6 %, 稀土 in ~84 % of
Chinese ones), in random order, plus a Zipf-distributed tail of rarer words (real news has a
long tail of names the 300 articles of the corpus cannot show). English words that occur in a
single corpus article, and Chinese pairs in fewer than 10 % of the Chinese articles, join the
tail instead of being drawn one by one, which keeps the texts about 150 English words or 200
Chinese characters long: a news lead rather than a whole article. Without ../shared, only
the synthetic tail is used (and the benchmark says so).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+")
TAIL_WORDS, TAIL_PER_ARTICLE, ZH_TAIL_PER_ARTICLE = 200_000, 12, 24
ZH_HEAD_DF = 0.10  # Chinese pairs at least this frequent are drawn one by one
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


@dataclass(frozen=True)
class Vocabulary:
    """Words with their document frequency (0..1), and the tail drawn by rank (Zipf)."""

    head: list[str]
    head_df: np.ndarray
    tail: list[str]
    tail_p: np.ndarray

    def draw(self, rng: np.random.Generator, articles: int, tail_per_article: int) -> list[list[str]]:
        """The words of `articles` texts: each head word with its document frequency, plus
        `tail_per_article` tail words; each text's words in random order."""
        words = np.array(self.head + self.tail, dtype=object)
        texts: list[list[str]] = []
        for start in range(0, articles, 1000):  # 1000 x head-size draws at a time
            size = min(1000, articles - start)
            rows, cols = np.nonzero(rng.random((size, len(self.head))) < self.head_df)
            tail = len(self.head) + rng.choice(len(self.tail), size=size * tail_per_article, p=self.tail_p)
            rows = np.concatenate([rows, np.repeat(np.arange(size), tail_per_article)])
            cols = np.concatenate([cols, tail])
            order = np.lexsort((rng.random(len(rows)), rows))  # by article, shuffled within
            bounds = np.searchsorted(rows[order], np.arange(1, size))
            texts += [list(chunk) for chunk in np.split(words[cols[order]], bounds)]
        return texts


def _zipf(words: list[str], exponent: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, len(words) + 1) ** exponent
    return weights / weights.sum()


def _synthetic_words(count: int, rng: np.random.Generator) -> list[str]:
    """Pronounceable made-up words (names, places, companies of the long tail)."""
    picks = rng.integers(0, len(_SYLLABLES), size=(count, 3))
    return [f"{''.join(_SYLLABLES[i] for i in p)}{n % 97}" for n, p in enumerate(picks.tolist())]


def _corpus_texts(corpus: Path) -> tuple[list[str], list[str]]:
    english, chinese = [], []
    for path in sorted(corpus.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                text = f"{record.get('title') or ''} {record.get('text') or ''}"
                (chinese if len(_HAN_RUN.findall(text)) > 20 else english).append(text)
    return english, chinese


def _pairs(text: str) -> set[str]:
    return {run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}


def measured_vocabularies(corpus: Path = CORPUS, seed: int = 8) -> tuple[Vocabulary, Vocabulary, dict]:
    """(English vocabulary, Chinese vocabulary, what was measured)."""
    rng = np.random.default_rng(seed)
    synthetic = _synthetic_words(TAIL_WORDS, rng)
    english, chinese = _corpus_texts(corpus) if corpus.is_dir() else ([], [])
    en_df = Counter(w for text in english for w in set(_WORD.findall(text.lower())))
    zh_df = Counter(p for text in chinese for p in _pairs(text))
    en_head = sorted((w for w, n in en_df.items() if n >= 2), key=lambda w: (-en_df[w], w))
    en_tail = sorted((w for w, n in en_df.items() if n < 2)) + synthetic
    zh_ranked = sorted(zh_df, key=lambda p: (-zh_df[p], p))
    zh_head = [p for p in zh_ranked if zh_df[p] >= ZH_HEAD_DF * len(chinese)]
    zh_tail = [p for p in zh_ranked if zh_df[p] < ZH_HEAD_DF * len(chinese)] or ["稀土", "出口"]
    rng.shuffle(en_tail)  # corpus hapaxes spread through the synthetic ranks
    english_vocabulary = Vocabulary(en_head, np.array([en_df[w] / len(english) for w in en_head]),
                                    en_tail, _zipf(en_tail))
    chinese_vocabulary = Vocabulary(zh_head, np.array([zh_df[p] / len(chinese) for p in zh_head]),
                                    zh_tail, _zipf(zh_tail))
    measured = {"corpus": str(corpus) if english else None, "english_articles": len(english),
                "chinese_articles": len(chinese), "english_head_words": len(en_head),
                "chinese_head_pairs": len(zh_head),
                "corpus_document_frequency": {
                    **{w: round(sum(1 for t in english if re.search(rf"\b{w}", t.lower())) / max(len(english), 1), 3)
                       for w in ("export", "licenc", "gallium")},
                    **{p: round(sum(1 for t in chinese if p in t) / max(len(chinese), 1), 3) for p in ("稀土", "出口")}}}
    return english_vocabulary, chinese_vocabulary, measured


def english_text(words: list[str]) -> str:
    """Words as sentences of 12 to 20 words."""
    sentences, start = [], 0
    while start < len(words):
        size = 12 + (len(words) + start) % 9
        chunk = words[start:start + size]
        sentences.append(chunk[0].capitalize() + " " + " ".join(chunk[1:]) + ".")
        start += size
    return " ".join(sentences)


def chinese_text(pairs: list[str]) -> str:
    """Character pairs as clauses of six pairs, sentences of three clauses."""
    clauses = ["".join(pairs[i:i + 6]) for i in range(0, len(pairs), 6)]
    return "".join(c + ("。" if n % 3 == 2 or n == len(clauses) - 1 else "，") for n, c in enumerate(clauses))
