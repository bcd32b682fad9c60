"""Generates docs/cli-reference.md from the commands' own --help, so the reference cannot
drift from the code: `python -m orewatch.cli_reference` rewrites it, `--check` exits 1
when the committed file is out of date (a test runs the check)."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from orewatch.cli import main as cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli-reference.md"


def render() -> str:
    runner = CliRunner()
    parts = ["# orewatch command reference", "",
             "Generated from `--help` by `python -m orewatch.cli_reference`; do not edit by hand.", ""]
    for name in [None, *sorted(cli.commands)]:
        args = ([name] if name else []) + ["--help"]
        text = runner.invoke(cli, args, prog_name="orewatch", terminal_width=100).output
        heading = f"## `orewatch {name}`" if name else "## `orewatch`"
        parts += [heading, "", "```", text.rstrip(), "```", ""]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is out of date: run python -m orewatch.cli_reference", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
