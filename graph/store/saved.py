"""Saved queries: ``graph/queries/*.rq``, each with a header naming its title and parameters.

Header lines (before the query)::

    # title: Timeline of an actor
    # description: What it answers and how to read the rows.
    # param: actor = Wladimir Putin — the actor's name

Parameters are SPARQL variables of the same name.  They are bound as values
(SPARQL 1.1 ``VALUES`` placed first in the query's ``WHERE``, or the engine's
own substitution), never pasted into the text, so a value cannot change the
query.  Values that look like a day (``2025-10-16``) become ``xsd:date``,
whole numbers ``xsd:integer``, ``http(s)://`` values IRIs, everything else
plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

import pyoxigraph as ox

_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*=\s*(.*?)\s*(?:—|--)\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    example: str
    doc: str


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str = field(repr=False)


def parse_saved(name: str, text: str) -> SavedQuery:
    title = description = ""
    params: list[Param] = []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = m.groups()
        if key == "title":
            title = value
        elif key == "description":
            description = value
        else:
            pm = _PARAM.match(value)
            if pm:
                params.append(Param(*pm.groups()))
    return SavedQuery(name, title, description, tuple(params), text)


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped with the package, by name."""
    folder = resources.files("graph") / "queries"
    return {f.name[:-3]: parse_saved(f.name[:-3], f.read_text(encoding="utf-8"))
            for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".rq")}


def term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: a day as ``xsd:date``, a whole number as ``xsd:integer``,
    a web address as an IRI, else a string (queries compare names with ``STR()``, so a name of
    digits still matches)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
            return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        except ValueError:
            pass
    if re.fullmatch(r"-?\d{1,18}", value):
        return ox.Literal(str(int(value)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if re.match(r"https?://\S+$", value):
        return ox.NamedNode(value)
    return ox.Literal(value)


def substitutions(query: SavedQuery | None, values: dict[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Parameter values as variable bindings; names the query does not declare are refused."""
    if query is not None:
        known = {p.name for p in query.params}
        unknown = sorted(set(values) - known)
        if unknown:
            raise KeyError(f"{query.name} has no parameter {', '.join(unknown)}"
                           + (f"; it takes {', '.join(sorted(known))}" if known else "; it takes none"))
    return {ox.Variable(k): term(v) for k, v in values.items()}


_SKIP = re.compile(r"""#[^\n]*|"{3}.*?"{3}|'{3}.*?'{3}|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>""", re.S)
_WHERE = re.compile(r"\bWHERE\s*\{|\{", re.I)


def with_values(query: str, bindings: dict[ox.Variable, ox.NamedNode | ox.Literal]) -> str:
    """``query`` with ``VALUES`` binding each parameter as the first element of its top-level ``WHERE``.

    For engines without pyoxigraph's substitutions (any SPARQL server).  The
    values are RDF terms written by pyoxigraph (quotes and backslashes
    escaped), so a value can never become query syntax; the text goes on the
    line of the ``{``, so error positions stay where the user wrote them.
    """
    if not bindings:
        return query
    names = sorted(bindings, key=lambda v: v.value)
    values = f" VALUES ({' '.join(str(v) for v in names)}) {{ ({' '.join(str(bindings[v]) for v in names)}) }} "
    pos, depth, template = 0, 0, False  # template: a CONSTRUCT's first brace block, not its pattern
    while pos < len(query):
        skip = _SKIP.match(query, pos)
        if skip:
            pos = skip.end()
            continue
        if depth == 0:
            where = _WHERE.match(query, pos)
            if where and where.group(0) == "{" and not template and re.search(r"\bCONSTRUCT\b", query[:pos], re.I):
                template = True
            elif where:
                return query[:where.end()] + values + query[where.end():]
        depth += {"{": 1, "}": -1}.get(query[pos], 0)
        pos += 1
    raise ValueError("the query has no WHERE clause to bind parameters in")
