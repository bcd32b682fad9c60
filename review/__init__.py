"""The editors' review page: a small ASGI app (Starlette, Jinja2 templates, one script of
our own) over orewatch.storage, served by `orewatch review`."""
