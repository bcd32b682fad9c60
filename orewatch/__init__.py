"""orewatch: news about critical minerals and rare earths, turned into a queryable record."""

__version__ = "0.1.0"
