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

# Where spaCy keeps the value of `doc._.facts` (Underscore's key in `doc.user_data`): facts.py
# reads it there directly, since every `doc._` makes an Underscore object.
FACTS_KEY = ("._.", "facts", None, None)
