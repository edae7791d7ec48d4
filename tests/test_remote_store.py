"""A SPARQL server as the store: real Oxigraph and Virtuoso servers on loopback, written by
`eventgraph build`/`add`, read by `eventgraph query`; every saved query answers as on the embedded store."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from graph.store.embedded import open_store
from graph.store.remote import CANONICAL, RemoteStore
from graph.store.results import run_query
from graph.store.saved import saved_queries, substitutions

from .conftest import SEEDS, run_cli
from .sparql_servers import oxigraph_binary, oxigraph_server, virtuoso_available, virtuoso_server

SERVERS = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}


@pytest.fixture(scope="module", params=sorted(SERVERS))
def server(request, tmp_path_factory):
    # make test installs both (pip oxigraph, Debian virtuoso-opensource); missing means a broken setup
    assert oxigraph_binary() is not None, "the oxigraph server is missing: run `make test`"
    assert virtuoso_available() is not None, "Virtuoso is missing: run `make test`"
    with SERVERS[request.param](tmp_path_factory.mktemp(request.param)) as running:
        yield running


def _location(server) -> str:
    return "sparql+" + server.query_url


def _cell(term) -> str:
    """A cell to compare; GROUP_CONCAT lists are sorted, as SPARQL leaves their order to the engine."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and ", " in term.value:
        return str(ox.Literal(", ".join(sorted(term.value.split(", "))), datatype=term.datatype)
                   if not term.language else ox.Literal(", ".join(sorted(term.value.split(", "))), language=term.language))
    return str(term)


def _rows(store, query, values) -> list[list[str]]:
    answer = run_query(store, query.text, substitutions(query, values))
    return [[_cell(t) for t in row] for row in answer.rows]


def _quads(store: RemoteStore) -> set[str]:
    """Everything of ours on the server, with the canonical graph written as the default graph."""
    answer = run_query(store, f"""SELECT ?g ?s ?p ?o WHERE {{
        {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "https://w3id.org/eventgraph/id/")) }}
        UNION {{ ?s ?p ?o }} }}""")
    return {" ".join(str(t) if t is not None else "DEFAULT" for t in row).replace(f"<{CANONICAL}>", "DEFAULT")
            for row in answer.rows}


def _embedded_quads(folder) -> set[str]:
    store = ox.Store.read_only(str(folder))
    return {" ".join([str(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else "DEFAULT",
                      str(q.subject), str(q.predicate), str(q.object)]) for q in store}


@pytest.fixture(scope="module")
def remote_build(server, tmp_path_factory):
    out = tmp_path_factory.mktemp("remote-build") / "out"
    r = run_cli("build", str(SEEDS), "--out", str(out), "--store", _location(server), "-q")
    assert r.returncode == 0, r.stderr
    return server, out


def test_build_writes_the_dataset_to_the_server(remote_build, seeds_build):
    server, out = remote_build
    assert not (out / "store").exists()  # the server is the store
    assert _quads(RemoteStore(_location(server))) == _embedded_quads(seeds_build / "store")


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_answers_as_on_the_embedded_store(remote_build, seeds_build, name):
    server, _ = remote_build
    query = saved_queries()[name]
    remote, embedded = RemoteStore(_location(server)), open_store(seeds_build / "store")
    examples = {p.name: p.example for p in query.params}
    for values in ([examples, {}] if examples else [{}]):
        expected = _rows(embedded, query, values)
        assert expected, f"{name} {values}: no rows on the seeds, the comparison would prove nothing"
        assert _rows(remote, query, values) == expected, (name, values)


def test_query_command_reads_the_server(remote_build, seeds_build):
    server, _ = remote_build
    args = ["query", "--saved", "timeline-of-actor", "--param", "actor=Wladimir Putin", "--format", "json"]
    remote = run_cli(*args, "--store", _location(server))
    local = run_cli(*args, "--store", str(seeds_build / "store"))
    assert remote.returncode == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    assert len(json.loads(local.stdout)["results"]["bindings"]) > 3


def test_a_bad_query_gives_the_servers_message(remote_build):
    server, _ = remote_build
    r = run_cli("query", "--store", _location(server), "SELECT ?x WHERE { ?x ?y }")
    assert r.returncode == 2
    assert "syntax error" in r.stderr and "Traceback" not in r.stderr


def test_add_sends_only_what_changed_and_equals_a_full_build(server, tmp_path, seeds_build):
    location = _location(server)
    out = tmp_path / "out"
    seeds = sorted(SEEDS.iterdir())
    assert run_cli("build", *map(str, seeds[:2]), "--out", str(out), "--store", location, "-q").returncode == 0
    first = json.loads((out / "parsed" / "build.json").read_text())["remote_graphs"]
    r = run_cli("add", *map(str, seeds[2:]), "--out", str(out), "-q")
    assert r.returncode == 0, r.stderr
    after = json.loads((out / "parsed" / "build.json").read_text())["remote_graphs"]
    assert set(first) < set(after) and len(after) == len(seeds) + 1  # five articles and the canonical graph
    assert _quads(RemoteStore(location)) == _embedded_quads(seeds_build / "store")


def test_an_unreachable_server_leaves_the_exports_as_they_were(tmp_path):
    from .sparql_servers import free_port

    out = tmp_path / "out"
    assert run_cli("build", str(sorted(SEEDS.iterdir())[0]), "--out", str(out), "-q").returncode == 0
    before = (out / "events.json").read_bytes()
    r = run_cli("build", str(SEEDS), "--out", str(out), "--store", f"sparql+http://127.0.0.1:{free_port()}/sparql")
    assert r.returncode == 2
    assert "cannot be reached" in r.stderr and "previous exports are unchanged" in r.stderr
    assert (out / "events.json").read_bytes() == before
