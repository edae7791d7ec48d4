"""JSON-LD 1.1 (https://www.w3.org/TR/json-ld11/): the whole dataset, named graphs included.

rdflib's JSON-LD serialiser follows the store's hash order, so it is not
byte-stable; this writer sorts nodes, properties and values by their
N-Triples form, as the Turtle writer does.  The context holds only the
prefixes of :mod:`.rdf`, so every key and ``@type`` is a compact IRI that any
JSON-LD processor expands without fetching anything.  The default graph's
nodes come first in ``@graph``; each article is a node with its own ``@graph``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import RDF, XSD, Dataset, Literal, URIRef

from .files import dumps_json, write_text_atomic
from .rdf import PREFIXES, compact, default_graph, named_graphs, term_key


def _value(term) -> dict[str, Any]:
    if isinstance(term, URIRef):
        return {"@id": compact(term)}
    if not isinstance(term, Literal):
        raise ValueError("eventgraph graphs carry no blank nodes")
    out: dict[str, Any] = {"@value": str(term)}
    if term.language:
        out["@language"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["@type"] = compact(term.datatype)
    return out


def _nodes(triples: Iterable[tuple]) -> dict[str, dict[str, Any]]:
    by_subject: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(o)
    out: dict[str, dict[str, Any]] = {}
    for s in sorted(by_subject, key=term_key):
        node: dict[str, Any] = {"@id": compact(s)}
        props = by_subject[s]
        if RDF.type in props:
            node["@type"] = [compact(t) for t in sorted(props[RDF.type], key=term_key)]
        for p in sorted((p for p in props if p != RDF.type), key=term_key):
            node[compact(p)] = [_value(o) for o in sorted(props[p], key=term_key)]
        out[str(s)] = node
    return out


def jsonld(dataset: Dataset) -> dict[str, Any]:
    """The dataset as one JSON-LD document (expanded values, compact keys)."""
    top = _nodes(default_graph(dataset))
    for g in named_graphs(dataset):
        name = str(g.identifier)
        node = top.setdefault(name, {"@id": compact(g.identifier)})
        node["@graph"] = list(_nodes(g).values())
    return {"@context": {p: str(ns) for p, ns in PREFIXES.items()},
            "@graph": [top[k] for k in sorted(top, key=lambda k: term_key(URIRef(k)))]}


def write_jsonld(dataset: Dataset, path: str | os.PathLike) -> None:
    write_text_atomic(path, dumps_json(jsonld(dataset)))
