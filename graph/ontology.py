"""The ontology as the parser's lexicon: event triggers, role titles, class hierarchy.

Everything German the parser recognises as an event or a role comes from the
labels in ``ontology/eventgraph.ttl``; this module reads them once into
lookup tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from .knowledge import EG, ONTOLOGY_DIR

SEM_EVENT = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lookup tables derived from the ontology."""

    role_titles: dict[str, str]  # German title (as written) → role type local name
    triggers: dict[str, str]  # German trigger label (as written) → event class local name
    parents: dict[str, str]  # event class → its parent class (below sem:Event)
    names: dict[str, str]  # event class → its German name (skos:prefLabel), for readable labels

    def depth(self, cls: str) -> int:
        return len(self.ancestors(cls))

    def subsumes(self, a: str, b: str) -> bool:
        """``a`` is ``b`` or one of its ancestors."""
        return a == b or a in self.ancestors(b)

    def ancestors(self, cls: str) -> list[str]:
        """Ancestor classes below sem:Event, nearest first."""
        out = []
        while cls in self.parents:
            cls = self.parents[cls]
            out.append(cls)
        return out


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    g = Graph().parse(ONTOLOGY_DIR / "eventgraph.ttl", format="turtle")
    roles: dict[str, str] = {}
    for role in sorted(g.subjects(RDF.type, EG.RoleType)):
        for label in g.objects(role, SKOS.altLabel):
            roles.setdefault(str(label), _local(role))
    parents: dict[str, str] = {}
    event_classes: set[URIRef] = set()
    frontier = [SEM_EVENT]
    while frontier:
        parent = frontier.pop()
        for child in sorted(g.subjects(RDFS.subClassOf, parent)):
            if child not in event_classes:
                event_classes.add(child)
                if parent != SEM_EVENT:
                    parents[_local(child)] = _local(parent)
                frontier.append(child)
    triggers: dict[str, str] = {}
    names: dict[str, str] = {}
    for cls in sorted(event_classes):
        for label in g.objects(cls, SKOS.altLabel):
            triggers.setdefault(str(label), _local(cls))
        for label in g.objects(cls, SKOS.prefLabel):
            if getattr(label, "language", None) == "de":
                names[_local(cls)] = str(label)
    return Lexicon(role_titles=roles, triggers=triggers, parents=parents, names=names)
