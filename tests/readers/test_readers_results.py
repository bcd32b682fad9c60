"""Result types: one-line problems, results that extend."""

from __future__ import annotations

from orewatch.readers import Problem, ReadOptions, ReadResult
from orewatch.records import Article


def test_results_problem_is_one_line():
    problem = Problem("feeds/x.rss", "connection failed:\n  [Errno 111]   refused")
    assert str(problem) == "feeds/x.rss: connection failed: [Errno 111] refused"


def test_results_extend_keeps_order():
    a = Article(id="ar_1", title="A", text="a")
    b = Article(id="ar_2", title="B", text="b")
    first = ReadResult(articles=[a], problems=[Problem("x", "bad")])
    first.extend(ReadResult(articles=[b], problems=[Problem("y", "worse")]))
    assert [x.id for x in first.articles] == ["ar_1", "ar_2"]
    assert [p.origin for p in first.problems] == ["x", "y"]


def test_results_default_options():
    options = ReadOptions()
    assert options.timezone == "Asia/Shanghai"
    assert (options.timeout, options.retries, options.max_response_bytes) == (10.0, 3, 5_000_000)
    assert options.user_agent.startswith("orewatch/0.1")
