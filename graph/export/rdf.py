"""RDF output: the graph as an rdflib Dataset, and byte-stable Turtle, TriG and N-Quads.

Specifications: RDF 1.1 Turtle (https://www.w3.org/TR/turtle/), TriG
(https://www.w3.org/TR/trig/), N-Quads (https://www.w3.org/TR/n-quads/).

rdflib's own serialisers order subjects by hash and differ between runs, so
builds would not be byte-identical.  The graph mints no blank nodes, which
makes a canonical order simple: subjects, predicates and objects sorted by
their N-Triples form.  rdflib formats each term.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, NamespaceManager

from ..knowledge import EG, KB
from .files import write_text_atomic

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
WD = Namespace("http://www.wikidata.org/entity/")
ID = Namespace("https://w3id.org/eventgraph/id/")

PREFIXES: dict[str, Namespace] = {
    "eg": EG, "kb": KB, "id": ID, "sem": SEM, "schema": SCHEMA, "time": TIME, "prov": PROV, "dct": DCTERMS,
    "rdf": Namespace(str(RDF)), "rdfs": Namespace(str(RDFS)), "skos": Namespace(str(SKOS)),
    "owl": Namespace(str(OWL)), "xsd": Namespace(str(XSD)), "wd": WD,
}


def namespace_manager() -> NamespaceManager:
    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns, override=True, replace=True)
    return nm


def term_key(term) -> str:
    """The sort key of every writer: the term's N-Triples form."""
    if isinstance(term, BNode):
        raise ValueError("eventgraph graphs carry no blank nodes; mint an IRI instead")
    return term.n3()


def prefixed(iri: str) -> str | None:
    """``prefix:local`` where the local part is a plain name; None for IRIs such as ``…#char=1,5``."""
    for prefix, ns in PREFIXES.items():
        local = iri[len(str(ns)):] if iri.startswith(str(ns)) else None
        if local and local.replace("_", "a").replace("-", "a").isalnum() and not local[0].isdigit():
            return f"{prefix}:{local}"
    return None


def compact(iri) -> str:
    """A compact IRI for JSON-LD where one exists, else the full IRI."""
    return prefixed(str(iri)) or str(iri)


def _term(term, nm: NamespaceManager) -> str:
    if isinstance(term, URIRef):
        return prefixed(str(term)) or term.n3()
    if isinstance(term, Literal) and term.datatype is not None:
        return term.n3(nm)
    return term.n3()


def _prefix_block(used: str) -> list[str]:
    return [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items() if f"{p}:" in used] + [""]


def _triples_block(triples: Iterable[tuple], nm: NamespaceManager, indent: str = "") -> list[str]:
    by_subject: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(o)
    lines: list[str] = []
    for s in sorted(by_subject, key=term_key):
        preds = by_subject[s]
        ordered = sorted(preds, key=lambda p: (p != RDF.type, term_key(p)))
        parts = []
        for p in ordered:
            terms = [_term(o, nm) for o in sorted(preds[p], key=term_key)]
            objs = (" ,\n" + indent + "        ").join(terms) if len(terms) > 3 else " , ".join(terms)
            parts.append(f"{'a' if p == RDF.type else _term(p, nm)} {objs}")
        lines.append(f"{indent}{_term(s, nm)} " + f" ;\n{indent}    ".join(parts) + " .")
    return lines


def default_graph(ds: Dataset) -> Graph:
    """The default graph (``default_graph`` since rdflib 7.1, ``default_context`` before)."""
    return ds.default_graph if hasattr(type(ds), "default_graph") else ds.default_context


def named_graphs(ds: Dataset) -> list[Graph]:
    """Non-empty named graphs, sorted by name."""
    graphs = ds.graphs() if hasattr(ds, "graphs") else ds.contexts()
    default = default_graph(ds).identifier
    return sorted((g for g in graphs if g.identifier != default and len(g)), key=lambda g: term_key(g.identifier))


def turtle(graph: Graph) -> str:
    """Canonical Turtle for a graph without blank nodes."""
    nm = namespace_manager()
    body = _triples_block(graph, nm)
    text = "\n".join(body)
    return "\n".join(_prefix_block(text)) + "\n" + text + "\n"


def trig(dataset: Dataset) -> str:
    """Canonical TriG: the default graph first, then named graphs by name."""
    nm = namespace_manager()
    chunks: list[str] = []
    default = list(default_graph(dataset))
    if default:
        chunks.append("\n".join(_triples_block(default, nm)))
    for ctx in named_graphs(dataset):
        body = "\n".join(_triples_block(ctx, nm, indent="    "))
        chunks.append(f"{_term(ctx.identifier, nm)} {{\n{body}\n}}")
    text = "\n\n".join(chunks)
    return "\n".join(_prefix_block(text)) + "\n" + text + "\n"


def nquads(dataset: Dataset) -> str:
    lines = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = "" if g is None or g == default_graph(dataset).identifier else f" {term_key(g)}"
        lines.add(f"{term_key(s)} {term_key(p)} {term_key(o)}{graph} .")
    return "".join(line + "\n" for line in sorted(lines))


def write_turtle(graph: Graph, path: str | os.PathLike) -> None:
    write_text_atomic(path, turtle(graph))


def write_trig(dataset: Dataset, path: str | os.PathLike) -> None:
    write_text_atomic(path, trig(dataset))


def write_nquads(dataset: Dataset, path: str | os.PathLike) -> None:
    write_text_atomic(path, nquads(dataset))


__all__ = ["default_graph", "named_graphs", "turtle", "trig", "nquads", "write_turtle", "write_trig", "write_nquads", "PREFIXES",
           "EG", "KB", "SEM", "SCHEMA", "TIME", "ID", "WD"]
