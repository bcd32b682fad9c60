"""The data dictionary is generated from COMMENT ON statements and cannot drift."""

from __future__ import annotations

from orewatch.storage import dictionary


def test_dictionary_every_relation_and_column_is_commented():
    assert dictionary.uncommented() == []


def test_dictionary_committed_doc_matches_the_schema():
    committed = dictionary.DICTIONARY_PATH.read_text(encoding="utf-8")
    assert committed == dictionary.render_dictionary(), (
        "docs/data-dictionary.md is out of date: run python -m orewatch.storage.dictionary"
    )


def test_dictionary_check_fails_on_a_stale_file(tmp_path):
    stale = tmp_path / "data-dictionary.md"
    stale.write_text("# old dictionary\n", encoding="utf-8")
    assert dictionary.main(["--check", "--output", str(stale)]) == 1
    assert dictionary.main(["--output", str(stale)]) == 0
    assert dictionary.main(["--check", "--output", str(stale)]) == 0


def test_dictionary_documents_the_spec_relations():
    text = dictionary.render_dictionary()
    for relation in ("articles", "country_mentions", "element_mentions", "quantities", "events", "reviews", "runs"):
        assert f"### `{relation}` (" in text
    assert "| `review_status` | `VARCHAR` |" in text
