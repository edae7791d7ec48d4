"""The SPARQL store at about a million quads: load time, each saved query's latency, peak memory.

Peers, on the same generated graph (``store_data.py``) in the same run:

- **Oxigraph embedded** (pyoxigraph, on disk): the default store;
- **rdflib in memory** (``Dataset``): the peer to beat;
- **Virtuoso** (Debian's ``virtuoso-opensource``, a server on loopback):
  loaded by our own batched writer (``RemoteStore.sync``, the path
  ``--store sparql+http://`` takes), queried over HTTP.

Each peer runs in a child process of its own, so its peak memory (the
largest resident set) is its own; for Virtuoso it is the server process's.
Queries run with their example parameters bound; the embedded and Virtuoso
figures are the median of five runs after one warm-up, rdflib's one run
(minutes per query would otherwise become hours).
"""

from __future__ import annotations

import json
import multiprocessing
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.store_data import generate  # noqa: E402

PEERS = ("oxigraph", "rdflib", "virtuoso")
RUNS = 5
RDFLIB_LIMIT = 120.0  # seconds one rdflib query may take before it is stopped and reported as "> limit"


def _peak_mb(pid: int | str = "self") -> float:
    """The process's peak resident set (VmHWM); unlike ru_maxrss it starts afresh at exec."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _time_queries(run, runs: int) -> dict[str, dict]:
    from graph.store.saved import saved_queries, substitutions

    out = {}
    for name, query in saved_queries().items():
        bindings = substitutions(query, {p.name: p.example for p in query.params})
        if runs > 1:
            run(query.text, bindings)
        times, rows = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = run(query.text, bindings)
            times.append(time.perf_counter() - t)
        out[name] = {"ms": statistics.median(times) * 1000, "rows": rows}
    return out


def peer_oxigraph(data: Path, work: Path) -> dict:
    import pyoxigraph as ox

    from graph.store.results import run_query

    t = time.perf_counter()
    store = ox.Store(str(work / "oxigraph"))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()  # as the build's store writer does (graph/store/embedded.py)
    load = time.perf_counter() - t
    queries = _time_queries(lambda text, b: len(run_query(store, text, b).rows), RUNS)
    return {"load_s": load, "queries": queries, "peak_mb": _peak_mb()}


def peer_rdflib(data: Path, work: Path) -> dict:
    import warnings

    import pyoxigraph as ox
    import rdflib

    from graph.store.results import with_prefixes

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=False)
    ds.parse(str(data), format="nquads")
    load = time.perf_counter() - t

    def term(value):
        if isinstance(value, ox.NamedNode):
            return rdflib.URIRef(value.value)
        if value.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return rdflib.Literal(value.value)
        return rdflib.Literal(value.value, datatype=rdflib.URIRef(value.datatype.value))

    def one(text, bindings, answers):
        t0 = time.perf_counter()
        rows = len(list(ds.query(with_prefixes(text), initBindings={k.value: term(v) for k, v in bindings.items()})))
        answers.put((time.perf_counter() - t0, rows))

    from graph.store.saved import saved_queries, substitutions

    ctx = multiprocessing.get_context("fork")  # the loaded dataset is shared with each query's process
    queries = {}
    for name, query in saved_queries().items():
        bindings = substitutions(query, {p.name: p.example for p in query.params})
        answers = ctx.Queue()
        proc = ctx.Process(target=one, args=(query.text, bindings, answers))
        proc.start()
        try:
            seconds, rows = answers.get(timeout=RDFLIB_LIMIT)
            queries[name] = {"ms": seconds * 1000, "rows": rows}
        except queue.Empty:
            queries[name] = {"ms": None, "rows": None, "limit_s": RDFLIB_LIMIT}
        proc.kill()
        proc.join()
    return {"load_s": load, "queries": queries, "peak_mb": _peak_mb()}


def peer_virtuoso(data: Path, work: Path) -> dict:
    from graph.store.remote import RemoteStore
    from graph.store.results import run_query
    from tests.sparql_servers import virtuoso_server

    with virtuoso_server(work) as server:
        remote = RemoteStore("sparql+" + server.query_url, timeout=600)
        t = time.perf_counter()
        remote.sync(data)
        load = time.perf_counter() - t
        remote = RemoteStore("sparql+" + server.query_url, timeout=600)
        queries = _time_queries(lambda text, b: len(run_query(remote, text, b).rows), RUNS)
        pids = subprocess.run(["pgrep", "-f", f"virtuoso-t.*{server.log_path.parent}"],
                              capture_output=True, text=True).stdout.split()
        peak = max((_peak_mb(pid) for pid in pids), default=float("nan"))
    return {"load_s": load, "queries": queries, "peak_mb": peak}


def run(target: int = 1_000_000, workdir: Path | None = None, peers=PEERS) -> dict:
    work = workdir or Path(tempfile.mkdtemp(prefix="eventgraph-store-bench-"))
    try:
        data, quads = generate(work, target)
        results = {}
        for peer in peers:
            peer_dir = Path(tempfile.mkdtemp(prefix=f"{peer}-", dir=work))
            proc = subprocess.run([sys.executable, "-m", "benchmarks.store_bench", "--peer", peer, str(data),
                                   str(peer_dir)], cwd=ROOT, capture_output=True, text=True, timeout=4 * 3600)
            if proc.returncode != 0:
                results[peer] = {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
            else:
                results[peer] = json.loads(proc.stdout)
        return {"quads": quads, "peers": results}
    finally:
        if workdir is None:  # our own temp folder: about 0.6 GB of data and stores
            shutil.rmtree(work, ignore_errors=True)


def markdown(result: dict) -> str:
    peers = [p for p in PEERS if p in result["peers"]]
    names = {"oxigraph": "Oxigraph embedded", "rdflib": "rdflib in memory", "virtuoso": "Virtuoso server"}
    ok = {p: result["peers"][p] for p in peers if "error" not in result["peers"][p]}
    lines = [f"Graph: {result['quads']:,} quads (`benchmarks/store_data.py`: our corpora's build copied with new IRIs and dates).", ""]
    lines.append("| | " + " | ".join(names[p] for p in peers) + " |")
    lines.append("|---" * (len(peers) + 1) + "|")

    def ratio(value: float, base: float) -> str:
        r = value / base
        return f" ({r:,.0f}×)" if r >= 10 else f" ({r:.1f}×)" if r >= 1 else f" ({r:.2f}×)"

    def cell(p, value, unit):
        if p not in ok:
            return "failed: " + result["peers"][p]["error"][:80]
        text = f"{value(ok[p]):,.1f} {unit}"
        if p != "oxigraph" and "oxigraph" in ok:
            text += ratio(value(ok[p]), value(ok["oxigraph"]))
        return text

    lines.append("| load | " + " | ".join(cell(p, lambda r: r["load_s"], "s") for p in peers) + " |")
    lines.append("| peak memory | " + " | ".join(cell(p, lambda r: r["peak_mb"], "MB") for p in peers) + " |")
    base = ok.get("oxigraph") or next(iter(ok.values()))
    for name in base["queries"]:
        row = []
        for p in peers:
            q = ok[p]["queries"][name] if p in ok else None
            if q is None:
                row.append("—")
            elif q["ms"] is None:
                row.append(f"> {q['limit_s']:.0f} s (stopped)")
            else:
                text = f"{q['ms']:,.1f} ms"
                if p != "oxigraph" and "oxigraph" in ok:
                    text += ratio(q["ms"], ok["oxigraph"]["queries"][name]["ms"])
                if q["rows"] != base["queries"][name]["rows"]:
                    text += f" — {q['rows']:,} rows!"
                row.append(text)
        lines.append(f"| `{name}` ({base['queries'][name]['rows']:,} rows) | " + " | ".join(row) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--peer":
        peer, data, work = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
        print(json.dumps({"oxigraph": peer_oxigraph, "rdflib": peer_rdflib, "virtuoso": peer_virtuoso}[peer](data, work)))
    else:
        target = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
        print(markdown(run(target)))
