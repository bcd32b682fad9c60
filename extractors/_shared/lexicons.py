"""The one loader of the hand-edited lexicons, `extractors/lexicons/*.yaml`: each file is read
and parsed once per process. The components turn the parsed data into their own tables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"
# libyaml's parser (in PyYAML's wheels) builds the same data as the pure-Python SafeLoader, six
# times faster: a third of a second less at every start of `orewatch extract`.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def lexicon_path(name: str) -> Path:
    """The file of lexicon `name` ("countries" -> extractors/lexicons/countries.yaml)."""
    return LEXICON_DIR / f"{name}.yaml"


@lru_cache(maxsize=None)
def load_lexicon(name: str | Path) -> dict:
    """The parsed YAML of lexicon `name` (or of the file at a path, for tests of a variant)."""
    path = name if isinstance(name, Path) else lexicon_path(name)
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)
