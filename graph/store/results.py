"""Run one SPARQL query on a store and write its answer in the format asked for.

SELECT gives a table, CSV, TSV or SPARQL 1.1 Results JSON (written here,
so the server can stop at its row limit); ASK gives ``true``/``false`` or the JSON
boolean; CONSTRUCT and DESCRIBE give Turtle.  Syntax errors keep the parser's
message with its line and column, and :func:`caret` shows where.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pyoxigraph as ox

from ..export.rdf import PREFIXES
from .saved import with_values

RESULT_FORMATS = ("table", "csv", "tsv", "json")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class QueryError(Exception):
    """A query the engine refused, with the engine's message (and position, for syntax errors)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line, self.column = line, column


@dataclass(slots=True)
class Answer:
    kind: str  # select | ask | graph
    variables: list[str]
    rows: list[list[object]]  # pyoxigraph terms or None (select)
    boolean: bool | None = None
    triples: list | None = None


def run_query(store, query: str, bindings: dict | None = None, limit: int | None = None) -> Answer:
    """Execute ``query`` (the project's prefixes need no PREFIX lines) on an embedded
    ``pyoxigraph.Store`` or a :class:`~graph.store.remote.RemoteStore`; ``bindings`` are
    parameter values; at most ``limit`` rows are read.  Error positions refer to ``query`` as given."""
    from .remote import RemoteQueryError, RemoteStore

    full = with_prefixes(query)
    added = full.count("\n") - query.count("\n")
    try:
        if isinstance(store, RemoteStore):
            result = store.query(with_values(full, bindings or {}))
        else:
            result = store.query(full, substitutions=bindings or None)
    except (SyntaxError, RemoteQueryError) as exc:
        m = re.search(r"(\d+):(\d+)", str(exc))
        if not m:
            raise QueryError(f"syntax error: {exc}") from None
        line, column = int(m.group(1)) - added, int(m.group(2))
        message = str(exc).replace(m.group(0), f"line {line}, column {column}", 1)
        raise QueryError(f"syntax error: {message}", line, column) from None
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise QueryError(f"{type(exc).__name__}: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", [], [], boolean=bool(result))
    if isinstance(result, (ox.QueryTriples, list)):
        triples = []
        for n, t in enumerate(result):
            if limit is not None and n >= limit:
                break
            triples.append(t)
        return Answer("graph", [], [], triples=triples)
    variables = [v.value for v in result.variables]
    rows = []
    for n, solution in enumerate(result):
        if limit is not None and n >= limit:
            break
        rows.append([solution[k] for k in range(len(variables))])
    return Answer("select", variables, rows)


def caret(query: str, line: int | None, column: int | None) -> str:
    """The query line the error is on, with a caret under the column (1-based)."""
    lines = query.splitlines()
    if not line or line > len(lines):
        return ""
    return f"{lines[line - 1]}\n{' ' * max((column or 1) - 1, 0)}^"


def short(term: object) -> str:
    """A term as a person reads it in a table: literal values bare, IRIs with known prefixes."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for prefix, ns in PREFIXES.items():
            if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
                return f"{prefix}:{iri[len(str(ns)):]}"
        return iri
    return str(term)


def _json_term(t) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != XSD_STRING:
        out["datatype"] = t.datatype.value
    return out


def _csv_cell(t) -> str:
    text = "" if t is None else (f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value)
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if re.search(r'[",\r\n]', text) else text


def serialise(answer: Answer, fmt: str) -> bytes:
    """The answer in a W3C result format (SPARQL 1.1 Results JSON, CSV, TSV); graphs always as Turtle."""
    if answer.kind == "graph":
        return ox.serialize(answer.triples, format=ox.RdfFormat.TURTLE,
                            prefixes={p: str(ns) for p, ns in PREFIXES.items()}) or b""
    if fmt == "json":
        if answer.kind == "ask":
            return json.dumps({"head": {}, "boolean": answer.boolean}).encode()
        bindings = [{v: _json_term(t) for v, t in zip(answer.variables, row) if t is not None} for row in answer.rows]
        return json.dumps({"head": {"vars": answer.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if answer.kind == "ask":
        return b"true\n" if answer.boolean else b"false\n"
    if fmt == "csv":
        lines = [",".join(answer.variables)] + [",".join(_csv_cell(t) for t in row) for row in answer.rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in answer.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in answer.rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unknown result format {fmt!r}")


def with_prefixes(query: str) -> str:
    """The project's prefixes (eg:, sem:, rdfs: …) declared for queries that use them without PREFIX lines."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", query)}
    missing = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p.lower() not in declared]
    return "\n".join(missing) + "\n" + query if missing else query
