"""What the components share, private to the extractors: the tokenizer, the per-Doc facts
(text, token offsets, sentences, phrase matches, mentions), the one CJK test, the one
lexicon loader, and the lexicon term matcher of countries and elements."""
