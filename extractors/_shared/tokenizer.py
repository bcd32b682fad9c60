"""The pipeline's tokenizer: spaCy's English rules, plus one token per CJK character and a split
after "U.S." glued to a hyphen; it starts each Doc's facts with its text (see facts.py)."""

from __future__ import annotations

import re
from re import _parser as sre_parse

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from orewatch.extractors._shared.cjk import CJK_TOKEN_CHAR
from orewatch.extractors._shared.facts import FACTS_KEY, DocFacts

# An abbreviation ending in a period glued to a hyphen or slash ("U.S.-China", "U.K.-based") is
# split there, so that "U.S." stays one token the country matcher can see.
ABBREVIATION_JOINER = r"(?<=[A-Z]\.)[-\u2013/](?=[A-Za-z])"
# Words whose tokenization the tokenizer keeps (spaCy's default, 10,000, is filled by the first
# few hundred articles; later words went through the affix expressions every time). An entry
# costs tens of bytes, and none is added inside a memory zone (pipeline.batch_memory).
TOKENIZER_CACHE = 100_000


class EndSearch:
    """`compile_suffix_regex(suffixes).search`, trying only the last few characters of a string.

    Every suffix expression ends with `$`, so a match starts at most its widest alternative's
    width (plus a final newline) before the end; `re` would otherwise try all ~90 alternatives at
    every character (a whole line of CJK text is one string here: 0.35 s over 2,222 articles).
    A lookbehind still sees the characters before the window. The one unbounded alternative,
    "\\.\\.+", matches every tail of a match of its own: a hit at the window's first
    character may start earlier, so the whole string is searched then. Same matches as the plain
    search (tests/extractors/test_tokenizer_suffix.py)."""

    def __init__(self, suffixes: list[str]):
        self.regex = compile_suffix_regex(suffixes)
        self.__self__ = self.regex  # what spaCy reads to serialize a `search` method
        widths = [sre_parse.parse(piece).getwidth()[1] for piece in suffixes]
        bounded = [w for w, piece in zip(widths, suffixes) if piece != r"\.\.+"]
        self.window = max(bounded) + 2 if max(bounded) < sre_parse.MAXREPEAT else None

    def __call__(self, text: str) -> re.Match | None:
        start = len(text) - self.window if self.window else 0
        if start <= 0:
            return self.regex.search(text)
        match = self.regex.search(text, start)
        return self.regex.search(text) if match is not None and match.start() == start else match


def make_tokenizer_split_cjk(nlp: Language) -> None:
    """Make every CJK character a token of its own in `nlp`'s tokenizer (and split "U.S.-").

    The tokenizer is made anew with its three expressions at once: setting them one by one on
    the existing tokenizer reloads its thousands of special cases after each (0.2 s of start-up)."""
    defaults, old = nlp.Defaults, nlp.tokenizer
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=old.rules,
        prefix_search=compile_prefix_regex(list(defaults.prefixes) + [CJK_TOKEN_CHAR]).search,
        suffix_search=EndSearch(list(defaults.suffixes) + [CJK_TOKEN_CHAR]),
        infix_finditer=compile_infix_regex(list(defaults.infixes) + [CJK_TOKEN_CHAR, ABBREVIATION_JOINER]).finditer,
        token_match=old.token_match,
        url_match=old.url_match,
        faster_heuristics=old.faster_heuristics,
        max_cache_size=TOKENIZER_CACHE,
    )


class TextKeepingTokenizer:
    """Wraps a tokenizer so that each Doc's facts start with the text it was made from and its
    token offsets (the tokenizer is lossless: `doc.text` is always that text, but spaCy
    rebuilds it on every read)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[FACTS_KEY] = DocFacts(doc, text)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        """The Docs of `texts`, without facts: the components tokenize their patterns this way,
        and a pattern needs none (a Doc that does gets them on first need, `doc_facts`)."""
        return self.tokenizer.pipe(texts, batch_size=batch_size)

    def __getattr__(self, name):
        # Everything else (prefix_search, rules, to_disk...) is the wrapped tokenizer's.
        return getattr(self.tokenizer, name)
