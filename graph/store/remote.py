"""A SPARQL 1.1 server as the store: ``sparql+http://HOST:PORT/PATH``.

For a graph larger than one machine's patience — or one a team shares — the
build writes into any server that speaks SPARQL 1.1 Query and Update over
HTTP (the SPARQL 1.1 Protocol), and ``eventgraph query`` reads from it.
``PATH`` is the query endpoint; updates go to the same address, or to
``…/update`` when the query endpoint ends in ``/query`` (Oxigraph's and
Fuseki's layout).

Where the canonical graph goes.  The embedded store keeps the canonical
events and actors in the default graph and each article in its own named
graph; every saved query relies on that.  Servers with a real default graph
(Oxigraph, Fuseki) get the same layout.  Virtuoso has none — its default
graph is the union of all its graphs, its own system graphs included, and
``INSERT DATA`` without a graph is refused — so when the server refuses
``CLEAR DEFAULT`` the canonical graph is written to the named graph
:data:`CANONICAL`, and queries name it as their default graph with the
protocol's ``default-graph-uri`` (Virtuoso keeps every named graph visible to
``GRAPH ?g`` then; Oxigraph would hide them, which is why it is not used
there).  Readers find out which layout a server holds by asking whether
:data:`CANONICAL` has triples.

Writes go in batches: ``INSERT DATA`` operations of at most
:data:`OPERATION_TRIPLES` triples (Virtuoso refuses one of about 5,000 with
"memory exhausted"), several per request.  A build replaces every graph of
ours on the server; ``eventgraph add`` sends only the graphs whose content
changed (it keeps a digest per graph).  A server has no transaction across
requests: a write that fails half-way is reported, the local exports stay as
they were, and the next write is a full one.
"""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from os import PathLike

import pyoxigraph as ox

from .embedded import StoreError

SCHEMES = ("sparql+http://", "sparql+https://")
OWN_GRAPHS = "https://w3id.org/eventgraph/id/"
CANONICAL = OWN_GRAPHS + "graph/canonical"
OPERATION_TRIPLES = 2000
REQUEST_OPERATIONS = 10
DEFAULT_TIMEOUT = 120.0
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_RESULTS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
            "application/sparql-results+xml": ox.QueryResultsFormat.XML}
_GRAPHS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
           "text/plain": ox.RdfFormat.N_TRIPLES}


def is_remote(location: str | PathLike | None) -> bool:
    """Whether ``location`` names a SPARQL endpoint rather than a folder or file."""
    return location is not None and str(location).startswith(SCHEMES)


class StoreUnavailable(StoreError):
    """A remote store that cannot be reached or refuses a request, with the server's words."""


class RemoteQueryError(Exception):
    """The server refused a query (HTTP 400): its message, for the user."""


class RemoteStore:
    """One SPARQL 1.1 endpoint, read and written over HTTP with a timeout on every call."""

    def __init__(self, location: str, timeout: float = DEFAULT_TIMEOUT):
        if not is_remote(location):
            raise StoreUnavailable(f"{location}: a remote store is written sparql+http://HOST:PORT/PATH")
        url = str(location)[len("sparql+"):]
        parts = urllib.parse.urlsplit(url)
        if not parts.hostname:
            raise StoreUnavailable(f"{location}: no host in the address")
        self.location = str(location)
        self.query_url = url
        path = parts.path.rstrip("/")
        self.update_url = urllib.parse.urlunsplit(parts._replace(path=path[:-len("/query")] + "/update")) \
            if path.endswith("/query") else url
        self.timeout = timeout
        self._canonical_named: bool | None = None

    # -- HTTP -----------------------------------------------------------------

    def _post(self, url: str, form: list[tuple[str, str]], accept: str | None = None) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(form).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            message = _message(exc.read())
            if exc.code == 400:
                raise RemoteQueryError(message) from None
            raise StoreUnavailable(f"{self.location} answered {exc.code} {exc.reason}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreUnavailable(f"{self.location} cannot be reached: {reason}") from None

    # -- reading ------------------------------------------------------------------

    @property
    def canonical_named(self) -> bool:
        """Whether this server holds the canonical graph in :data:`CANONICAL` (Virtuoso) or by default."""
        if self._canonical_named is None:
            _, data = self._post(self.query_url, [("query", f"ASK {{ GRAPH <{CANONICAL}> {{ ?s ?p ?o }} }}")],
                                 accept="application/sparql-results+json")
            self._canonical_named = bool(json.loads(data).get("boolean"))
        return self._canonical_named

    def query(self, text: str) -> ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]:
        """The server's answer as pyoxigraph results, so results are shown as for the embedded store."""
        form = [("query", text)]
        if self.canonical_named:
            form.append(("default-graph-uri", CANONICAL))
        kind, data = self._post(self.query_url, form,
                                accept="application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8")
        media = kind.split(";")[0].strip().lower()
        if media in _RESULTS:
            result = ox.parse_query_results(data, _RESULTS[media])
            return result if isinstance(result, ox.QueryBoolean) else _Solutions(result)
        if media in _GRAPHS:
            return [q.triple for q in ox.parse(data, format=_GRAPHS[media])]
        raise StoreUnavailable(f"{self.location} answered in {kind or 'an unnamed format'}, not SPARQL results or RDF")

    def own_graphs(self) -> set[str]:
        """The named graphs of ours the server holds (from any earlier build)."""
        query = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                 f"FILTER(STRSTARTS(STR(?g), \"{OWN_GRAPHS}\")) }}")
        _, data = self._post(self.query_url, [("query", query)], accept="application/sparql-results+json")
        return {b["g"]["value"] for b in json.loads(data)["results"]["bindings"]}

    # -- writing ---------------------------------------------------------------------

    def sync(self, dataset: str | PathLike, previous: dict[str, str] | None = None) -> dict[str, str]:
        """Make the server hold the dataset file (TriG or N-Quads); returns a digest per graph for the next sync.

        With ``previous`` (the digests of the last sync) only graphs that
        changed or disappeared are touched; without it every graph of ours is.
        """
        graphs: dict[str, list[str]] = defaultdict(list)
        for quad in ox.parse(path=str(dataset)):  # the format from the file name
            key = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            graphs[key].append(f"{quad.subject} {quad.predicate} {quad.object} .")
        for lines in graphs.values():
            lines.sort()
        digests = {k: hashlib.sha256("\n".join(v).encode("utf-8")).hexdigest() for k, v in graphs.items()}
        self._canonical_named = self._choose_layout()
        if previous:
            stale = set(previous) - set(graphs)
            # the layout probe (CLEAR SILENT DEFAULT) has emptied a plain default graph: rewrite it
            changed = sorted(k for k in graphs if previous.get(k) != digests[k] or k == "")
        else:
            stale = self.own_graphs() - set(graphs) - {CANONICAL}
            changed = sorted(graphs)
        clears = [f"DROP SILENT GRAPH <{g}>" for g in sorted(stale)]
        clears += [self._clear(k) for k in changed]
        for start in range(0, len(clears), 50):
            self._write(clears[start:start + 50])
        operations: list[str] = []
        for key in changed:
            lines = graphs[key]
            for start in range(0, len(lines), OPERATION_TRIPLES):
                operations.append(self._insert(key, lines[start:start + OPERATION_TRIPLES]))
                if len(operations) == REQUEST_OPERATIONS:
                    self._write(operations)
                    operations = []
        if operations:
            self._write(operations)
        return dict(sorted(digests.items()))

    def _choose_layout(self) -> bool:
        """True when the canonical graph must be a named graph (the server has no plain default graph)."""
        try:
            self._post(self.update_url, [("update", "CLEAR SILENT DEFAULT")])
            return False
        except RemoteQueryError:
            return True

    def _clear(self, key: str) -> str:
        if key:
            return f"DROP SILENT GRAPH <{key}>"
        return f"DROP SILENT GRAPH <{CANONICAL}>" if self._canonical_named else "CLEAR SILENT DEFAULT"

    def _insert(self, key: str, lines: list[str]) -> str:
        graph = key or (CANONICAL if self._canonical_named else "")
        body = "\n".join(lines)
        return f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}" if graph else f"INSERT DATA {{\n{body}\n}}"

    def _write(self, operations: list[str]) -> None:
        try:
            self._post(self.update_url, [("update", " ;\n".join(operations))])
        except RemoteQueryError as exc:
            raise StoreUnavailable(f"{self.location} refused an update: {exc}") from None


class _Solutions:
    """Solutions parsed from the server, with booleans as the embedded store gives them.

    Virtuoso writes a stored ``true`` as ``"1"^^xsd:boolean``; the lexical
    forms 1/0 are valid booleans but would show and compare differently.
    """

    def __init__(self, solutions: ox.QuerySolutions):
        self.variables = solutions.variables
        self._solutions = solutions

    def __iter__(self):
        for solution in self._solutions:
            yield [_canonical(solution[k]) for k in range(len(self.variables))]


def _canonical(term):
    if isinstance(term, ox.Literal) and term.datatype.value == XSD_BOOLEAN and term.value in ("1", "0"):
        return ox.Literal("true" if term.value == "1" else "false", datatype=term.datatype)
    return term


def _message(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    return " ".join(text.split())[:1000] or "(no message)"
