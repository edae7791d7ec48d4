"""Parse results that share their strings when they are unpickled.

A parsed document crosses a process boundary (from a parse worker) and is
kept in the parse cache; each copy of ``"person"``, ``"occurred"``,
``"Friedrich Merz"`` or a KB IRI would otherwise be a string of its own in
the main process — at 10,000 articles most of the documents' memory.  Short
strings are interned on arrival, so every document points at one copy.
"""

from __future__ import annotations

import sys
from dataclasses import fields

SHORT = 80  # names, keys, IRIs, labels; longer strings (sentences) are rarely repeated


def rebuild(cls: type, values: tuple) -> object:
    return cls(*[sys.intern(v) if type(v) is str and len(v) <= SHORT else v for v in values])


_NAMES: dict[type, tuple[str, ...]] = {}


def reduce_shared(self) -> tuple:
    """``__reduce__`` for a parse dataclass: its fields, rebuilt with interned strings."""
    cls = type(self)
    names = _NAMES.get(cls)
    if names is None:  # dataclasses.fields() per object cost more than the pickling itself
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return rebuild, (cls, tuple(getattr(self, n) for n in names))
