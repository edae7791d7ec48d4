"""One identity per real actor across articles.

Actors the knowledge base knows already share its IRI.  Actors found by cues
are keyed by their name folded for transliteration, so that the spellings
outlets use for the same foreign name meet (``Olexandr Kowalenko`` /
``Oleksandr Kovalenko``, ``Tkatschenko`` / ``Tkachenko``) while different
people who only share a surname never do: the whole name must agree.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from ..knowledge import norm
from ..parse.actors import ActorMention
from ..parse.doc import Doc

BASE = "https://w3id.org/eventgraph/id/"

# German and English transliterations of Cyrillic and other names, folded to one form.
_FOLD = [("tsch", "ch"), ("sch", "sh"), ("x", "ks"), ("w", "v"), ("ij", "y"), ("yj", "y"), ("iy", "y"),
         ("j", "y"), ("ou", "u"), ("ph", "f"), ("dsh", "j"), ("zh", "sh")]


def translit_key(name: str) -> str:
    """A spelling-tolerant key for a person's full name."""
    key = norm(name)
    for a, b in _FOLD:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters: Kirill / Kiril


def identity_key(m: ActorMention) -> str:
    if not m.key.startswith("new:"):
        return m.key
    if m.kind == "person":
        return f"new:person:{translit_key(m.name)}"
    if m.kind == "organisation":
        return m.key  # by its name, or by its acronym ("VLP") where the article defines one
    return f"new:{m.kind}:{norm(m.name)}"


def actor_iri(key: str) -> str:
    """Stable, content-derived IRI: KB actors keep theirs, others get one from their key."""
    if key.startswith("http"):
        return key
    if key.startswith("geonames:"):
        return f"https://sws.geonames.org/{key.split(':', 1)[1]}/"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    kind = key.split(":")[1] if key.count(":") >= 2 else "actor"
    return f"{BASE}{kind}/{digest}"


def iri_of(m: ActorMention) -> str:
    """The IRI of the actor a mention denotes, the same in every article."""
    return actor_iri(identity_key(m))


def _geonames(m: ActorMention) -> str | None:
    if m.key.startswith("geonames:"):
        return m.key.split(":", 1)[1]
    return m.entity.geonames if m.entity is not None else None


def merge_actors(docs: Iterable[Doc]) -> list[dict]:
    """The ``actors`` of ``events.json``: one record per identity, sorted by kind and name."""
    merged: dict[str, dict] = {}
    for doc in docs:
        for m in doc.actors:
            key = identity_key(m)
            rec = merged.get(key)
            if rec is None:
                rec = merged[key] = {"key": key, "name": m.name, "kind": m.kind, "aliases": set(),
                                     "wikidata": m.entity.wikidata if m.entity else None,
                                     "geonames": _geonames(m),
                                     "mentions": 0, "articles": set()}
            elif m.entity is None and len(m.name) > len(rec["name"]) and key.startswith("new:"):
                rec["name"] = m.name  # the fullest spelling seen names the actor
            if m.cue != "back-reference":  # "das Unternehmen", "der Unternehmer" refer to it, not name it
                rec["aliases"].add(m.text)
            rec["mentions"] += 1
            rec["articles"].add(doc.article.id)
    out = []
    for key, rec in merged.items():
        aliases = sorted(a for a in rec["aliases"] if a != rec["name"])
        out.append({"id": actor_iri(key), "name": rec["name"], "kind": rec["kind"], "aliases": aliases,
                    "wikidata": rec["wikidata"], "geonames": rec["geonames"], "mentions": rec["mentions"], "articles": sorted(rec["articles"])})
    return sorted(out, key=lambda r: (r["kind"], norm(r["name"]), r["id"]))
