"""The extractors stay readable (issue 9): no module over 300 lines, no function over 60 lines.
Split a module by job, a function into the steps it already reads as, before passing them."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60
MODULES = sorted((REPO / "extractors").rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_code_shape_module_and_functions_are_short(path):
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES
    long = {
        node.name: node.end_lineno - node.lineno + 1
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    }
    assert long == {}
