"""The shared PhraseMatcher: each owner gets exactly the matches its own PhraseMatcher would
give, in the same order, from one matching pass per Doc kept in the Doc's facts; labels of
any kind come back from the label map as they were given."""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher

from orewatch.extractors._shared.facts import doc_facts
from orewatch.extractors._shared.phrases import shared_matcher

TEXT = "The US and the EU banned gallium; us officials said US gallium exports to China fell."
TERMS = {
    ("a", "ORTH"): ["US", "EU", "China"],
    ("a", "LOWER"): ["gallium", "us officials"],
    ("b", "LOWER"): ["gallium exports", "us", "banned"],
    ("b", "ORTH"): ["US"],
}


def test_phrase_matching_each_owner_gets_its_own_matcher_result():
    nlp = spacy.blank("en")
    shared = shared_matcher(nlp)
    owners = {name: shared.new_owner(name) for name in ("a", "b")}
    alone = {}
    for (name, attr), terms in TERMS.items():
        own = alone[(name, attr)] = PhraseMatcher(nlp.vocab, attr=attr)
        for term in terms:
            own.add(term, [nlp.make_doc(term)])
            shared.add(owners[name], attr, term, [nlp.make_doc(term)])
    doc = nlp(TEXT)
    for (name, attr), own in alone.items():
        expected = [(nlp.vocab.strings[k], s, e) for k, s, e in own(doc)]
        got = [(shared.label(k), s, e) for k, s, e in shared(doc, owners[name], attr)]
        assert got == expected and got, (name, attr)


def test_phrase_matching_matches_each_doc_once():
    nlp = spacy.blank("en")
    shared = shared_matcher(nlp)
    owner = shared.new_owner("once")
    shared.add(owner, "LOWER", "gallium", [nlp.make_doc("gallium")])
    doc = nlp(TEXT)
    first = shared(doc, owner, "LOWER")
    assert len(first) == 2 and doc_facts(doc).phrase_matches is not None
    # Patterns are registered before Docs are processed: a Doc already matched keeps its
    # matches, a new Doc sees the new pattern.
    shared.add(owner, "LOWER", "china", [nlp.make_doc("china")])
    assert shared(doc, owner, "LOWER") is first
    assert [shared.label(k) for k, _, _ in shared(nlp(TEXT), owner, "LOWER")] == ["gallium", "gallium", "china"]
    assert shared_matcher(nlp) is shared


def test_phrase_matching_label_map_gives_back_any_label():
    nlp = spacy.blank("en")
    shared = shared_matcher(nlp)
    owner = shared.new_owner("labels")
    labels = {("restriction", 3): "export ban", 7: "tariff", "plain": "quota"}
    for label, term in labels.items():
        shared.add(owner, "LOWER", label, [nlp.make_doc(term)])
    doc = nlp("An export ban, a tariff and a quota.")
    assert [shared.label(k) for k, _, _ in shared(doc, owner, "LOWER")] == [("restriction", 3), 7, "plain"]
