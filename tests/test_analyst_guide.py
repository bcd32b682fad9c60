"""Every SQL query of docs/analyst-guide.md runs against the fixture database and answers
with rows, so the guide cannot drift from the schema."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO, rows_of

GUIDE = REPO / "docs" / "analyst-guide.md"
QUESTION = re.compile(r"^### (\d+)\. (.+?)\n+```sql\n(.*?)```", re.S | re.M)


def _queries() -> list[tuple[str, str]]:
    return [(f"{n}. {title}", sql) for n, title, sql in QUESTION.findall(GUIDE.read_text(encoding="utf-8"))]


def test_analyst_guide_asks_at_least_15_questions():
    queries = _queries()
    assert len(queries) >= 15
    assert len(queries) == GUIDE.read_text(encoding="utf-8").count("```sql")  # none unparsed


@pytest.mark.parametrize("question,sql", _queries(), ids=[q.split(".")[0] for q, _ in _queries()])
def test_analyst_guide_query_answers(fixture_db, question, sql):
    assert rows_of(fixture_db, sql), question
