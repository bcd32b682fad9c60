"""Checks that `orewatch extract --format jsonl` prints the same bytes as before a change that
must not change behaviour (a refactoring, a speed-up).

Every input is extracted on its own, as `orewatch extract INPUT --format jsonl` (run through
the CLI's own command in one process, so the pipeline is built once), and the SHA-256 of its
exit code, stdout and stderr is compared. The inputs: every file of `fixtures/`, the folder
`fixtures/articles` as a whole, every file of `../shared/seeds` and `../shared/corpus`
(when `../shared` is there), and the generated bench corpus (bench/corpus.py, 2,000
articles). Only hashes are kept: neither the shared texts nor what is extracted from them.

    .venv/bin/python bench/extract_identity.py record [REV]     # hashes of this tree (or of REV) -> bench/extract_identity.json
    .venv/bin/python bench/extract_identity.py check            # this tree against the recorded hashes
    .venv/bin/python bench/extract_identity.py compare REV      # this tree against git revision REV

The messages on stderr name an input by its resolved path: the repository's and ../shared's
places are replaced by <repo> and <shared> before hashing, so the hashes hold in any checkout.

`compare` runs REV's code from a temporary copy (`git archive`), with this checkout's virtual
environment. Exit status: 0 identical, 1 some input differs (listed), 2 misuse.
After a change meant to change the output (new rules), run `record` again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RECORD = ROOT / "bench" / "extract_identity.json"
BENCH_CORPUS_ARTICLES = 2000
# The import name of each top-level folder (pyproject.toml's package-dir).
PACKAGE_DIRS = {"orewatch": "orewatch", "flows": "flows", "extractors": "extractors",
                "storage": "storage", "readers": "readers"}


def inputs() -> dict[str, Path]:
    """Input label (a path relative to the repository) -> path."""
    found: dict[str, Path] = {}
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if path.is_file():
            found[str(path.relative_to(ROOT))] = path
    found["fixtures/articles/"] = ROOT / "fixtures" / "articles"
    for folder in (SHARED / "seeds", SHARED / "corpus"):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file():
                found[os.path.relpath(path, ROOT)] = path
    sys.path.insert(0, str(ROOT))
    from bench.corpus import write_corpus

    corpus = ROOT / "bench" / "out" / f"corpus-{BENCH_CORPUS_ARTICLES}.jsonl"
    corpus.parent.mkdir(parents=True, exist_ok=True)
    found[f"bench corpus ({BENCH_CORPUS_ARTICLES} generated articles)"] = write_corpus(corpus, BENCH_CORPUS_ARTICLES)
    return found


def hashes(paths: dict[str, Path]) -> dict[str, str]:
    """The hash of each input's `orewatch extract` run, with the code importable here."""
    from click.testing import CliRunner

    from orewatch.cli import main

    runner = CliRunner()
    out = {}
    os.chdir(ROOT)
    for label, path in paths.items():
        result = runner.invoke(main, ["extract", os.path.relpath(path, ROOT), "--format", "jsonl"])
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        digest = hashlib.sha256(f"exit {result.exit_code}\n".encode())
        digest.update(result.stdout_bytes)
        # The readers name an input by its resolved path: the checkout's own place is left out.
        stderr = result.stderr_bytes.replace(str(ROOT).encode(), b"<repo>").replace(str(SHARED.resolve()).encode(), b"<shared>")
        digest.update(b"\n--stderr--\n" + stderr)
        out[label] = digest.hexdigest()
    return out


def hashes_of_revision(rev: str, paths: dict[str, Path]) -> dict[str, str]:
    """The hashes with the code of git revision `rev`, run from a temporary checkout whose
    folders are laid out as the installed package (orewatch/, orewatch/extractors/ ...)."""
    with tempfile.TemporaryDirectory(prefix="orewatch-identity-") as tmp:
        checkout, package_root = Path(tmp) / "checkout", Path(tmp) / "site"
        checkout.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(checkout)], input=archive, check=True)
        package = package_root / "orewatch"
        package.mkdir(parents=True)
        for entry in (checkout / "orewatch").iterdir():
            (package / entry.name).symlink_to(entry)
        for name, folder in PACKAGE_DIRS.items():
            if name != "orewatch":
                (package / name).symlink_to(checkout / folder)
        listing = json.dumps({label: str(path) for label, path in paths.items()})
        code = (
            "import json, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]);"
            "from bench.extract_identity import hashes; from pathlib import Path;"
            "paths = {k: Path(v) for k, v in json.loads(sys.stdin.read()).items()};"
            "print(json.dumps(hashes(paths)))"
        )
        # The temporary package comes first on sys.path, before the editable install.
        done = subprocess.run(
            [sys.executable, "-c", code, str(ROOT), str(package_root)],
            input=listing, capture_output=True, text=True, check=True, cwd=tmp,
        )
        return json.loads(done.stdout)


def differences(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    return [
        f"{label}: {'missing' if label not in actual else 'new' if label not in expected else 'differs'}"
        for label in sorted(expected.keys() | actual.keys())
        if expected.get(label) != actual.get(label)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    record = sub.add_parser("record", help="write the hashes of this tree (or of REV) to bench/extract_identity.json")
    record.add_argument("rev", nargs="?")
    sub.add_parser("check", help="compare this tree with bench/extract_identity.json")
    compare = sub.add_parser("compare", help="compare this tree with a git revision")
    compare.add_argument("rev")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("extract_identity: ../shared is absent: only fixtures/ and the bench corpus are compared", file=sys.stderr)
    paths = inputs()
    if args.command == "record":
        recorded = hashes_of_revision(args.rev, paths) if args.rev else hashes(paths)
        RECORD.write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n")
        print(f"recorded {len(recorded)} inputs in {RECORD.relative_to(ROOT)}" + (f" (revision {args.rev})" if args.rev else ""))
        return 0
    current = hashes(paths)
    if args.command == "check":
        expected = json.loads(RECORD.read_text())
        if not SHARED.is_dir():
            expected = {k: v for k, v in expected.items() if not k.startswith("../shared")}
    else:
        expected = hashes_of_revision(args.rev, paths)
    found = differences(expected, current)
    for line in found:
        print(line)
    print(f"{len(current) - len(found)} of {len(current)} inputs identical" + (f", {len(found)} differ" if found else ""))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
