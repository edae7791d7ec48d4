"""The knowledge base: world knowledge about actors and places, as RDF.

Bundled files live in ``ontology/kb/``; users add their own with ``--kb FILE.ttl``
in the same vocabulary.  The base knows names, spellings, ids and roles with
time spans — never facts about events.  This module turns the RDF into an
index the parser can ask quickly: which entity a surface form may denote,
and who held a role on a given day (``der Kremlchef`` in 2025).
"""

from __future__ import annotations

import os
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Namespace, URIRef

EG = Namespace("https://w3id.org/eventgraph/ns#")
KB = Namespace("https://w3id.org/eventgraph/kb/")
WD = "http://www.wikidata.org/entity/"

#: ``ontology/`` beside the package (a source checkout or an editable install).
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
KB_DIR = ONTOLOGY_DIR / "kb"

_KIND = {
    EG.Person: "person", EG.Organisation: "organisation", EG.Group: "group",
    EG.Country: "place", EG.City: "place", EG.Region: "place", EG.Building: "place",
    EG.River: "place", EG.Mountain: "place", EG.Location: "place",
}


@lru_cache(maxsize=200_000)
def norm(name: str) -> str:
    """Case-, accent- and dash-insensitive key: ``Orbán`` and ``Orban`` meet."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("-", " ").replace("’", "'").split())


@dataclass(frozen=True, slots=True)
class Role:
    type: str  # local name of the role type, e.g. "ForeignMinister"
    of: str | None  # IRI of the country or organisation
    start: date | None
    end: date | None

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Entity:
    iri: str
    kind: str  # person | organisation | place | group
    cls: str  # local class name: Person, Country, City, …
    label: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    geonames: str | None = None
    roles: list[Role] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)
    gender: str | None = None
    located_in: str | None = None
    org_type: str | None = None
    iso: str | None = None  # a country's ISO 3166-1 alpha-2 code

    def __eq__(self, other: object) -> bool:
        # one entity per IRI: the full record and the identity that travels with a parse are equal
        return isinstance(other, Entity) and other.iri == self.iri

    def __hash__(self) -> int:
        return hash(self.iri)

    def __reduce__(self):
        # Parsed documents cross process boundaries and go into the parse cache; each
        # mention would carry a full copy of its KB record.  After parsing only the
        # identity matters, so an entity travels as that and is shared on arrival.
        return _identity, (self.iri, self.kind, self.cls, self.label, self.wikidata, self.geonames)


@lru_cache(maxsize=None)
def _identity(iri: str, kind: str, cls: str, label: str, wikidata: str | None, geonames: str | None) -> Entity:
    """The identity part of a KB entity, one object per IRI in this process."""
    return Entity(iri, kind, cls, label, wikidata=wikidata, geonames=geonames)


@dataclass(frozen=True, slots=True)
class Title:
    label: str
    role: str
    of: str | None


class KnowledgeBase:
    """Entities indexed by every name, alias, adjective and title they answer to."""

    def __init__(self, entities: dict[str, Entity], titles: list[Title]):
        self.entities = entities
        self.titles = titles
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.forms: dict[tuple[str, str], set[str]] = defaultdict(set)  # (key, iri) → names as written
        self.by_adjective: dict[str, str] = {}
        self.by_prefix: dict[str, str] = {}
        self.by_title: dict[str, Title] = {}
        for iri in sorted(entities):
            ent = entities[iri]
            for name in [ent.label, *ent.aliases]:
                key = norm(name)
                if iri not in self.by_name[key]:
                    self.by_name[key].append(iri)
                self.forms[(key, iri)].add(name)
            for adj in ent.adjectives:
                self.by_adjective.setdefault(norm(adj), iri)
            for pre in ent.prefixes:
                self.by_prefix.setdefault(pre, iri)
        for t in titles:
            self.by_title.setdefault(norm(t.label), t)

    def __len__(self) -> int:
        return len(self.entities)

    def candidates(self, name: str) -> list[Entity]:
        """Every entity a surface form may denote (several when it is ambiguous).

        An all-capitals name of four letters or more (``WELT``) matches only text
        in capitals, so that the common noun ``Welt`` is not the newspaper.
        """
        key = norm(name)
        return [self.entities[i] for i in self.by_name.get(key, [])
                if name.isupper() or any(not (f.isupper() and len(f) >= 4) for f in self.forms[(key, i)])]

    def holder(self, role: str, of: str | None, on: date | None) -> Entity | None:
        """The one person who held ``role`` of ``of`` on day ``on``; ``None`` when none or several did."""
        found = [e for e in self.entities.values() if e.kind == "person"
                 and any(r.type == role and (of is None or r.of == of) and r.holds_on(on) for r in e.roles)]
        return found[0] if len(found) == 1 else None

    def place_of_adjective(self, adjective: str) -> Entity | None:
        """``russischen`` → Russland: strip the adjective ending, look the stem up."""
        word = norm(adjective)
        for ending in ("", "e", "en", "er", "es", "em"):
            if ending and not word.endswith(ending):
                continue
            stem = word[: len(word) - len(ending)] if ending else word
            if stem in self.by_adjective:
                return self.entities[self.by_adjective[stem]]
        return None


def _local(iri: URIRef | str) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _date(lit) -> date | None:
    if lit is None:
        return None
    try:
        return date.fromisoformat(str(lit)[:10])
    except ValueError:
        return None


def build_kb(graph: Graph) -> KnowledgeBase:
    """Index a graph that uses the eventgraph KB vocabulary."""
    entities: dict[str, Entity] = {}
    titles: list[Title] = []
    for subj, cls in graph.subject_objects(RDF.type):
        if cls == EG.Title:
            label = graph.value(subj, RDFS.label)
            role = graph.value(subj, EG.roleType)
            if label is None or role is None:
                continue
            of = graph.value(subj, EG.roleOf)
            for name in [label, *graph.objects(subj, SKOS.altLabel)]:
                titles.append(Title(str(name), _local(role), str(of) if of else None))
            continue
        kind = _KIND.get(cls)
        if kind is None or not isinstance(subj, URIRef):
            continue
        label = graph.value(subj, RDFS.label)
        if label is None:
            continue
        ent = Entity(iri=str(subj), kind=kind, cls=_local(cls), label=str(label))
        ent.aliases = sorted({str(a) for a in graph.objects(subj, SKOS.altLabel)} - {ent.label})
        for same in graph.objects(subj, OWL.sameAs):
            s = str(same)
            if s.startswith(WD):
                ent.wikidata = s[len(WD):]
            elif "geonames" in s:
                ent.geonames = s.rstrip("/").rsplit("/", 1)[-1]
        g = graph.value(subj, EG.geonames)
        if g is not None:
            ent.geonames = str(g)
        ent.adjectives = sorted(str(a) for a in graph.objects(subj, EG.adjective))
        ent.prefixes = sorted(str(p) for p in graph.objects(subj, EG.prefix))
        gender = graph.value(subj, EG.gender)
        ent.gender = str(gender) if gender is not None else None
        loc = graph.value(subj, EG.locatedIn) or graph.value(subj, EG.partOf)
        ent.located_in = str(loc) if loc is not None else None
        iso = graph.value(subj, EG.isoCode)
        ent.iso = str(iso) if iso is not None else None
        org_type = graph.value(subj, EG.orgType)
        ent.org_type = _local(org_type) if org_type is not None else None
        for node in graph.objects(subj, EG.holdsRole):
            role = graph.value(node, EG.roleType)
            if role is None:
                continue
            of = graph.value(node, EG.roleOf)
            ent.roles.append(Role(_local(role), str(of) if of else None,
                                  _date(graph.value(node, EG.roleStart)), _date(graph.value(node, EG.roleEnd))))
        ent.roles.sort(key=lambda r: (r.type, r.of or "", r.start or date.min))
        if str(subj) in entities:  # a user file may extend a bundled entity
            old = entities[str(subj)]
            old.aliases = sorted(set(old.aliases) | set(ent.aliases))
            old.roles.extend(r for r in ent.roles if r not in old.roles)
        else:
            entities[str(subj)] = ent
    return KnowledgeBase(entities, sorted(set(titles), key=lambda t: (t.label, t.role, t.of or "")))


def kb_files(extra: Iterable[str | os.PathLike] = ()) -> list[Path]:
    return sorted(KB_DIR.glob("*.ttl")) + [Path(p) for p in extra]


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> KnowledgeBase:
    graph = Graph()
    for p in paths:
        graph.parse(p, format="turtle")
    return build_kb(graph)


def load_kb(extra: Iterable[str | os.PathLike] = ()) -> KnowledgeBase:
    """The bundled knowledge base plus the user's files (cached per set of files)."""
    return _load(tuple(str(p) for p in kb_files(extra)))


__all__ = ["KnowledgeBase", "Entity", "Role", "Title", "load_kb", "build_kb", "norm", "EG", "KB"]
