"""Generates docs/cli-reference.md from the commands' own --help, so the reference cannot
drift from the code: `python -m orewatch.cli_reference` rewrites it, `--check` exits 1
when the committed file is out of date (a test runs the check)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from orewatch.cli import main as cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli-reference.md"


def render() -> str:
    runner = CliRunner()
    parts = ["# orewatch command reference", "",
             "Generated from `--help` by `python -m orewatch.cli_reference`; do not edit by hand.", ""]
    paths = [[]]
    for name in sorted(cli.commands):
        paths.append([name])
        command = cli.commands[name]
        if isinstance(command, click.Group):  # e.g. `orewatch review adduser`
            paths += [[name, sub] for sub in sorted(command.commands)]
    for path in paths:
        text = runner.invoke(cli, [*path, "--help"], prog_name="orewatch", terminal_width=100).output
        heading = "## `" + " ".join(["orewatch", *path]) + "`"
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
