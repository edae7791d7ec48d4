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
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, NamespaceManager

from ..knowledge import EG, KB
from .files import atomic_file, write_text_atomic

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
    """The sort key of every writer: the term's N-Triples form (``term.n3()``, written faster)."""
    if isinstance(term, URIRef):
        return _angled(str(term))
    if isinstance(term, Literal) and (q := _quoted(str(term))) is not None:
        if term.language:
            return f"{q}@{term.language}"
        return f"{q}^^<{term.datatype}>" if term.datatype is not None else q
    if isinstance(term, BNode):
        raise ValueError("eventgraph graphs carry no blank nodes; mint an IRI instead")
    return term.n3()


# A build writes millions of terms; rdflib's n3() validates and formats each in Python and
# was most of the write time (measured: 11 s of RDF per 1,000 articles).  The writers below
# give rdflib's bytes (tested term by term) with the common cases done directly.
_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`\n\r\t]')
_MINTED = str(ID)  # our own IRIs always have a "/" after the namespace: never prefixed


def _angled(iri: str) -> str:
    if _NOT_IN_IRI.search(iri):
        raise ValueError(f"{iri!r} is not a valid IRI (an article id or name with spaces or quotes?)")
    return f"<{iri}>"


def _quoted(lexical: str) -> str | None:
    """A short string literal as rdflib writes it; None for multi-line ones (left to rdflib)."""
    if "\n" in lexical:
        return None
    return '"' + lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r") + '"'


@lru_cache(maxsize=1 << 16)
def _vocabulary_iri(iri: str) -> str:
    return prefixed(iri) or _angled(iri)


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
        iri = str(term)
        return _angled(iri) if iri.startswith(_MINTED) else _vocabulary_iri(iri)
    if isinstance(term, Literal) and (q := _quoted(str(term))) is not None:
        if term.language:
            return f"{q}@{term.language}"
        return f"{q}^^{_vocabulary_iri(str(term.datatype))}" if term.datatype is not None else q
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


class _Body:
    """One output file written as its parts come: the prefix header, known only at the end,
    goes first when the body is copied into place (an atomic rename, like every export)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)  # the body file goes beside it
        self.body = self.path.with_name(f".{self.path.name}.body")
        self.fh = open(self.body, "w", encoding="utf-8")
        self.used: set[str] = set()

    def write(self, chunk: str) -> None:
        self.used |= {p for p in PREFIXES if p not in self.used and f"{p}:" in chunk}
        self.fh.write(chunk)

    def finish(self) -> None:
        self.fh.write("\n")
        self.fh.close()
        header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items() if p in self.used) + "\n"
        try:
            with atomic_file(self.path) as out, open(self.body, "rb") as body:
                out.write(header.encode("utf-8"))
                shutil.copyfileobj(body, out, 1 << 20)
        finally:
            self.body.unlink(missing_ok=True)

    def abandon(self) -> None:
        self.fh.close()
        self.body.unlink(missing_ok=True)


def write_canonical(default: Iterable[list[tuple]], named: Iterable[tuple[URIRef, list[tuple]]],
                    trig_path: str | os.PathLike, ttl_path: str | os.PathLike | None = None) -> None:
    """Canonical TriG (and the default graph as Turtle), streamed: the same bytes as :func:`trig`
    and :func:`turtle` for the same triples, without holding the graph.

    ``default`` gives the default graph in units (the triples of one or a few
    subjects that no other unit shares), ``named`` one ``(name, triples)`` per
    graph; both already in canonical order, which is checked.
    """
    nm = namespace_manager()
    files = [_Body(trig_path)] + ([_Body(ttl_path)] if ttl_path is not None else [])
    try:
        last = ""
        for k, unit in enumerate(default):
            text = "\n".join(_triples_block(unit, nm))
            first = min(term_key(t[0]) for t in unit)
            if first < last:
                raise ValueError(f"default-graph units out of order at {first}")
            last = first
            for f in files:
                f.write(("\n" if k else "") + text)
        trig_file = files[0]
        wrote = bool(last)
        last = ""
        for name, triples in named:
            if not triples:
                continue
            key = term_key(name)
            if key <= last:
                raise ValueError(f"named graphs out of order at {key}")
            last = key
            body = "\n".join(_triples_block(triples, nm, indent="    "))
            trig_file.write(("\n\n" if wrote else "") + f"{_term(name, nm)} {{\n{body}\n}}")
            wrote = True
        for f in files:
            f.finish()
    except BaseException:
        for f in files:
            f.abandon()
        raise


def write_turtle(graph: Graph, path: str | os.PathLike) -> None:
    write_text_atomic(path, turtle(graph))


def write_trig(dataset: Dataset, path: str | os.PathLike) -> None:
    write_text_atomic(path, trig(dataset))


def write_nquads(dataset: Dataset, path: str | os.PathLike) -> None:
    write_text_atomic(path, nquads(dataset))


__all__ = ["default_graph", "named_graphs", "turtle", "trig", "nquads", "write_turtle", "write_trig", "write_nquads", "write_canonical", "PREFIXES",
           "EG", "KB", "SEM", "SCHEMA", "TIME", "ID", "WD"]
