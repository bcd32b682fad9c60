"""The Doc extensions orewatch uses, registered in this one place (on import of facts.py,
which every component imports): the article's context, set by extract.py before the
components run (`published`, `field`, `language`, the title's country and element codes
`headline`, `headline_elements`; `headline_reading`, what it tells the body's quantities),
the components' results (`quantities`,
`events`), and the Doc's facts (`facts`, see facts.py)."""

from __future__ import annotations

from spacy.tokens import Doc

CONTEXT = ("published", "field", "language", "headline", "headline_elements", "headline_reading")
RESULTS = ("quantities", "events")

for _name in (*CONTEXT, *RESULTS, "facts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Underscore's key in `doc.user_data` of each extension here, and its value read and written
# there directly (every one defaults to None, with no getter or setter): each `doc._` makes an
# Underscore object, about twenty dict lookups' worth of work (round 10b speed).
KEYS = {_name: ("._.", _name, None, None) for _name in (*CONTEXT, *RESULTS, "facts")}


def get_ext(doc: Doc, name: str):
    """`doc._.<name>`."""
    return doc.user_data.get(KEYS[name])


def set_ext(doc: Doc, name: str, value) -> None:
    """`doc._.<name> = value`."""
    doc.user_data[KEYS[name]] = value


# Where spaCy keeps the value of `doc._.facts`: facts.py and the tokenizer read and write it there.
FACTS_KEY = KEYS["facts"]
