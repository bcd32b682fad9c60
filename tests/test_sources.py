"""sources.toml parsing: good entries load, every wrong entry is one line naming it."""

from pathlib import Path

import pytest

from orewatch.sources import SourcesError, load_sources, sources_from_arguments

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_sources_bundled_file_points_at_fixtures():
    config = load_sources(REPO / "sources.toml")
    assert config.cron == "0 2 * * *"
    (source,) = config.sources
    assert source.kind == "folder" and Path(source.location) == REPO / "fixtures" / "articles"
    assert source.timezone == "Asia/Shanghai"


def test_sources_relative_paths_and_per_source_timezone(tmp_path):
    (tmp_path / "news").mkdir()
    path = write(tmp_path, """
[defaults]
timezone = "Europe/Berlin"
[schedule]
cron = "30 3 * * 1-5"
[[source]]
name = "local"
kind = "folder"
path = "news"
[[source]]
name = "wire"
kind = "feed"
url = "https://example.org/rss.xml"
timezone = "UTC"
""")
    config = load_sources(path)
    assert config.cron == "30 3 * * 1-5"
    local, wire = config.sources
    assert local.location == str((tmp_path / "news").resolve()) and local.timezone == "Europe/Berlin"
    assert wire.is_remote and wire.timezone == "UTC"


@pytest.mark.parametrize(
    "entry, expected",
    [
        ('name = "x"\nkind = "ftp"\npath = "."', "[[source]] #1 ('x'): kind must be one of"),
        ('name = "x"\nkind = "folder"\npath = "missing"', "folder 'missing' does not exist"),
        ('name = "x"\nkind = "feed"\nurl = "not a url"', "needs an http(s) url"),
        ('name = "x"\nkind = "folder"\npath = "."\ntimezone = "Mars/Olympus"', "unknown timezone 'Mars/Olympus'"),
        ('name = "x"\nkind = "folder"\npath = "."\ncolour = "red"', "unknown key(s) colour"),
    ],
)
def test_sources_wrong_entry_is_one_line_naming_it(tmp_path, entry, expected):
    path = write(tmp_path, f"[[source]]\n{entry}\n")
    with pytest.raises(SourcesError) as info:
        load_sources(path)
    message = str(info.value)
    assert expected in message and str(path) in message and "\n" not in message


def test_sources_invalid_toml_and_missing_file(tmp_path):
    with pytest.raises(SourcesError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[source]\n"))
    with pytest.raises(SourcesError, match="no such sources file"):
        load_sources(tmp_path / "absent.toml")


def test_sources_from_arguments_tells_feeds_pages_and_paths(tmp_path):
    feed, page, explicit, folder = sources_from_arguments(
        ["https://x.org/news/rss.xml", "https://x.org/a/story", "feed:https://x.org/f", str(tmp_path)]
    )
    assert (feed.kind, page.kind, explicit.kind, folder.kind) == ("feed", "url", "feed", "folder")
    assert explicit.location == "https://x.org/f"
