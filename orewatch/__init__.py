"""orewatch: news about critical minerals and rare earths, turned into a queryable record."""

__version__ = "0.1.0"

# The time zone of naive publication times when a source names none: the seed sources publish
# in Beijing time (UTC+08:00). The one place it is set; sources.toml may name another per source.
DEFAULT_TIMEZONE = "Asia/Shanghai"
