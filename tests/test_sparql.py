"""SPARQL: the embedded store a build writes, `eventgraph query`, and `eventgraph serve` with its page.

Everything runs for real: the store is the Oxigraph folder the CLI wrote, the
server is the CLI's own process on a loopback port, the page is driven in
headless Chromium with the network shut.
"""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS, run_cli

PUTIN = "Wladimir Putin"


@pytest.fixture(scope="module")
def build(seeds_build) -> Path:
    return seeds_build


def _putin_events(document: dict) -> set[str]:
    return {e["label"] for e in document["events"] if any(a["name"] == PUTIN for a in e["actors"])}


# -- the store and `eventgraph query` ----------------------------------------------------------------

def test_build_writes_an_oxigraph_store(build):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(build / "store"))
    n = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0]
    assert int(n.value) > 1000
    assert len(list(store.named_graphs())) == 5  # one per article


def test_build_store_option_writes_elsewhere(tmp_path):
    store = tmp_path / "elsewhere" / "store"
    r = run_cli("build", str(SEEDS), "--out", str(tmp_path / "out"), "--store", str(store), "-q")
    assert r.returncode == 0, r.stderr
    assert store.is_dir() and not (tmp_path / "out" / "store").exists()
    r = run_cli("query", "--store", str(store), "ASK { ?e eg:sourceCount ?n }")
    assert r.stdout.strip() == "true"


@pytest.mark.parametrize("source", ["store", "graph.trig"])
def test_saved_query_with_a_parameter(build, document, source):
    r = run_cli("query", "--store", str(build / source), "--saved", "timeline-of-actor", "--param", f"actor={PUTIN}",
                "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["results"]["bindings"]
    assert {row["label"]["value"] for row in rows} == _putin_events(document)
    days = [row["earliest"]["value"] for row in rows if "earliest" in row]
    assert days == sorted(days)


def test_parameters_are_bound_not_pasted(build):
    """A value that would break out of a string literal is just a name nobody has."""
    hostile = 'x" } UNION { ?event ?p ?o } #'
    r = run_cli("query", "--store", str(build / "store"), "--saved", "timeline-of-actor", "--param", f"actor={hostile}",
                "-f", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["results"]["bindings"] == []


def test_formats(build, document):
    q = "SELECT ?label ?n WHERE { ?e eg:sourceCount ?n ; rdfs:label ?label } ORDER BY DESC(?n) ?label"
    rows = list(csv.DictReader(io.StringIO(run_cli("query", "-s", str(build / "store"), q, "-f", "csv").stdout)))
    expected = sorted(((len(e["sources"]), e["label"]) for e in document["events"]), key=lambda x: (-x[0], x[1]))
    assert [(int(r["n"]), r["label"]) for r in rows] == expected
    tsv = run_cli("query", "-s", str(build / "store"), q, "-f", "tsv").stdout.splitlines()
    assert tsv[0] == "?label\t?n" and tsv[1].endswith('^^<http://www.w3.org/2001/XMLSchema#integer>')
    table = run_cli("query", "-s", str(build / "store"), q)
    assert table.returncode == 0 and f"{len(expected)} rows" in table.stderr
    ttl = run_cli("query", "-s", str(build / "store"),
                  "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e eg:sourceCount 5 ; rdfs:label ?l }").stdout
    from rdflib import Graph

    g = Graph().parse(data=ttl, format="turtle")
    assert len(g) == sum(1 for e in document["events"] if len(e["sources"]) == 5)


def test_list_shows_every_saved_query_with_its_parameters():
    r = run_cli("query", "--list")
    assert r.returncode == 0
    for name in ("timeline-of-actor", "who-met-whom", "events-in-range", "planned-not-happened", "events-by-sources",
                 "disputed-claims", "known-on-date", "evidence-for-event", "actors-by-events"):
        assert name in r.stdout
    assert '--param actor="Wladimir Putin"' in r.stdout


@pytest.mark.parametrize("args,message", [
    (["SELECT * WHERE {\n  ?s ?p }"], "line 2, column"),
    (["--saved", "no-such-query"], "no saved query"),
    (["--saved", "timeline-of-actor", "--param", "who=Putin"], "has no parameter who"),
    (["--saved", "timeline-of-actor", "--param", "actor"], "write NAME=VALUE"),
    (["--store", "/no/such/store", "ASK {}"], "no such store"),
    (["ASK {}", "--format", "xml"], "--format must be one of"),
])
def test_query_errors_are_messages_not_tracebacks(build, args, message):
    full = list(args)
    if "--store" not in full:
        full += ["--store", str(build / "store")]
    r = run_cli("query", *full)
    assert r.returncode == 2
    assert message in " ".join(r.stderr.split()), r.stderr
    assert "Traceback" not in r.stderr


def test_syntax_error_points_at_the_column(build):
    r = run_cli("query", "--store", str(build / "store"), "SELECT * WHERE {\n  ?s ?p }")
    lines = r.stderr.splitlines()
    caret_line = next(i for i, line in enumerate(lines) if line.strip() == "^")
    assert lines[caret_line - 1] == "  ?s ?p }"
    column = int(re.search(r"line 2, column (\d+)", " ".join(r.stderr.split())).group(1))
    assert lines[caret_line].index("^") == column - 1  # where the parser stopped: after the closing brace
    assert column == len("  ?s ?p }") + 1


# -- `eventgraph serve` ------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(store: Path, *extra: str):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(store), "--port", str(port), *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/queries", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"server did not start: {proc.stderr.read() if proc.poll() is not None else ''}")
                time.sleep(0.2)
        yield base
    finally:
        import psutil

        workers = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
        proc.terminate()
        proc.wait(timeout=10)
        _, alive = psutil.wait_procs(workers, timeout=5)
        for p in alive:
            p.kill()
        assert not alive, f"the stopped server left {len(alive)} worker processes behind"


@pytest.fixture(scope="module")
def server(build):
    with running_server(build / "store", "--timeout", "2", "--max-rows", "50") as base:
        yield base


def _get(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_endpoint_get_and_post_give_the_same_rows(server, document):
    q = "SELECT ?label WHERE { ?e eg:sourceCount ?n ; rdfs:label ?label } ORDER BY ?label"
    status, headers, body = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": q}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    via_get = [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert via_get == sorted(e["label"] for e in document["events"])
    status, _, body = _get(f"{server}/sparql", {"Content-Type": "application/sparql-query"}, q.encode())
    assert status == 200 and [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]] == via_get
    status, headers, body = _get(f"{server}/sparql", {"Accept": "text/csv",
                                                      "Content-Type": "application/x-www-form-urlencoded"},
                                 urllib.parse.urlencode({"query": q}).encode())
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.decode().splitlines()[0] == "label"


def test_endpoint_binds_saved_query_parameters(server, document):
    from graph.store.saved import saved_queries

    q = saved_queries()["timeline-of-actor"]
    form = urllib.parse.urlencode({"query": q.text, "saved": q.name, "bind.actor": PUTIN}).encode()
    status, _, body = _get(f"{server}/sparql", {"Content-Type": "application/x-www-form-urlencoded"}, form)
    assert status == 200
    assert {b["label"]["value"] for b in json.loads(body)["results"]["bindings"]} == _putin_events(document)


def test_endpoint_refuses_updates(server):
    status, _, body = _get(f"{server}/sparql", {"Content-Type": "application/sparql-update"}, b"CLEAR ALL")
    assert status == 403 and b"read-only" in body
    status, _, _ = _get(f"{server}/sparql", {"Content-Type": "application/x-www-form-urlencoded"},
                        b"update=CLEAR%20ALL")
    assert status == 403
    status, _, body = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}))
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 100


def test_endpoint_limits_rows_and_time(server):
    status, headers, body = _get(f"{server}/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"}))
    assert status == 200 and headers["X-Eventgraph-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    started = time.monotonic()
    slow = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?r } GRAPH ?c { ?u ?w ?x } }"
    status, _, body = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and b"stopped" in body
    assert time.monotonic() - started < 15
    status, _, _ = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))
    assert status == 200  # the killed worker was replaced


def test_endpoint_reports_syntax_errors(server):
    status, _, body = _get(f"{server}/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p }"}))
    assert status == 400 and b"line 1, column" in body


def test_serve_refuses_a_public_host_without_the_flag(build):
    r = run_cli("serve", "--store", str(build / "store"), "--host", "0.0.0.0")
    assert r.returncode == 2 and "--public" in r.stderr


def test_query_page_runs_a_saved_query_in_chromium(server, document):
    from .browser import offline_page

    expected = _putin_events(document)
    with offline_page() as (page, blocked):
        page.goto(server + "/")
        page.wait_for_function("document.querySelectorAll('#saved option').length > 5")
        page.select_option("#saved", "timeline-of-actor")
        assert page.input_value("#params input[data-param=actor]") == PUTIN
        page.click("#run")
        page.wait_for_selector("#results table tbody tr")
        header = page.locator("#results th").all_inner_texts()
        col = header.index("label")
        labels = {row.locator("td").nth(col).inner_text() for row in page.locator("#results tbody tr").all()}
        assert labels == expected
        assert page.locator("#timeline circle").count() == len(expected)
        assert "Zeilen" in page.inner_text("#status")
        page.fill("#query", "SELECT * WHERE { ?s ?p }")
        page.click("#run")
        page.wait_for_selector("#status.error")
        assert "line 1, column" in page.inner_text("#status")
    assert blocked == [], f"the page asked the network for {blocked}"
