"""Readers turn files, URLs and feeds into `Article` records (SPEC §1).

Public API (stable; flows/, the CLI and evaluation code call only these):
- `read_paths(paths, options) -> ReadResult`: files and folders of any local format.
- `read_url(url, options) -> ReadResult`, `read_feed(url, options) -> ReadResult`.
- `ReadOptions`, `ReadResult`, `Problem`.
"""
