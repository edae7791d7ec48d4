"""Scale: full builds of 1k, 10k and 100k synthetic articles, parse throughput, Dask speedup, peers.

What is measured, on the synthetic corpus (``benchmarks/synthetic``, with
its gold) unless said otherwise:

- **Growth**: ``eventgraph build`` as a user runs it (a subprocess, the
  machine's cores as ``--workers``), wall time per stage from its manifest,
  and the peak memory of the whole process tree (main process and workers,
  resident sets summed, sampled every 50 ms).
- **Quality** at 10k: ``eventgraph evaluate`` against the generator's gold.
- **Parse throughput** per core: one process, after start-up, on the
  synthetic articles and on the seeds repeated.
- **Dask**: the parse stage of the same articles on one process and on a
  Dask ``LocalCluster`` of two single-threaded workers (the cluster and each
  worker's knowledge base warmed up first), and on ``--workers 2``.
- **Peers** from the other issues, same run, same inputs: HeidelTime for the
  dates of synthetic articles; rdflib in memory against Oxigraph for loading
  the 10k build's graph and one count-per-month query, each in its own process.

``python -m benchmarks.scale_bench [--sizes 1000,10000] [--no-peers]``; the
corpora are generated once into ``$EVENTGRAPH_BENCH_DIR`` (default: a folder
under the system's temp dir) and reused.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (1_000, 10_000, 100_000)
SEED = 0  # the generator's default
QUALITY_SIZE = 10_000
THROUGHPUT_ARTICLES = 1_000
DASK_ARTICLES = 2_000
HEIDELTIME_ARTICLES = 20
MONTH_QUERY = """PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?month (COUNT(?e) AS ?n) WHERE {
  ?e sem:hasEarliestBeginTimeStamp ?d .
  BIND(SUBSTR(STR(?d), 1, 7) AS ?month)
} GROUP BY ?month ORDER BY ?month"""


def bench_dir() -> Path:
    d = Path(os.environ.get("EVENTGRAPH_BENCH_DIR", Path(tempfile.gettempdir()) / "eventgraph-bench"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def corpus(n: int, seed: int = SEED) -> Path:
    """The synthetic corpus of ``n`` articles (generated once; ``DIR/articles``, ``DIR/gold.json``)."""
    folder = bench_dir() / f"synthetic-{n}-{seed}"
    if not (folder / "gold.json").is_file():
        subprocess.run([sys.executable, "-m", "benchmarks.synthetic", "--articles", str(n), "--seed", str(seed),
                        "--out", str(folder)], cwd=ROOT, check=True)
    return folder


def _tree_rss(proc) -> int:
    import psutil

    total = 0
    try:
        for p in [proc, *proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def timed_build(articles: Path, out: Path, workers: int) -> dict:
    """One ``eventgraph build`` in a subprocess: wall time, stage times, peak memory of its process tree."""
    import psutil

    cmd = [sys.executable, "-m", "graph", "build", str(articles), "--out", str(out), "--quiet", "--workers", str(workers)]
    t = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc))
        time.sleep(0.05)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"build failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {"seconds": wall, "stages": manifest["stage_seconds"], "peak_mb": peak / 2**20,
            "articles": manifest["counts"]["articles"], "events": manifest["counts"]["events"],
            "actors": manifest["counts"]["actors"], "workers": workers}


def quality(out: Path, gold: Path) -> dict:
    from graph.evaluate.events import score

    system = json.loads((out / "events.json").read_text(encoding="utf-8"))
    t = time.perf_counter()
    full = score(json.loads(gold.read_text(encoding="utf-8")), system).as_dict()
    seconds = time.perf_counter() - t
    out_ = {k: v for k, v in full.items() if not isinstance(v, (list, dict))}
    out_.update({"person_precision": full["persons"]["precision"], "person_recall": full["persons"]["recall"],
                 "score_seconds": seconds})
    return out_


def _articles(folder: Path, n: int) -> list:
    from graph.parse.article import Article
    from graph.parse.articles import read_articles

    files = sorted((folder / "articles").iterdir())[:n]
    return [a for a in read_articles(files) if isinstance(a, Article)]


def parse_throughput(articles: list) -> dict:
    """Serial parse of ``articles`` after start-up: articles/s on one core."""
    from graph.parse.parallel import parse_all

    list(parse_all(articles[:5]))  # knowledge base, ontology, gazetteer
    t = time.perf_counter()
    docs = list(parse_all(articles))
    seconds = time.perf_counter() - t
    return {"articles": len(docs), "seconds": seconds, "articles_per_s": len(docs) / seconds}


def dask_speedup(articles: list) -> dict:
    """The parse stage on 1 process, on a 2-worker Dask LocalCluster and on a 2-process pool."""
    from distributed import LocalCluster

    from graph.parse.parallel import parse_all

    serial = parse_throughput(articles)["seconds"]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        list(parse_all(articles[:64], scheduler=cluster.scheduler_address, chunk=32))  # warm both workers
        t = time.perf_counter()
        list(parse_all(articles, scheduler=cluster.scheduler_address))
        on_dask = time.perf_counter() - t
    t = time.perf_counter()
    list(parse_all(articles, workers=2))  # includes the pool's start-up (spawned workers load the KB)
    pooled = time.perf_counter() - t
    return {"articles": len(articles), "serial_s": serial, "dask_s": on_dask, "pool_s": pooled,
            "dask_speedup": serial / on_dask, "pool_speedup": serial / pooled, "cores": os.cpu_count()}


def dates_peer(articles: list) -> dict:
    """Temporal expressions of synthetic articles: eventgraph vs HeidelTime, ms per article."""
    from benchmarks.timex_bench import heideltime_tagger
    from graph.parse.timex import find_timexes

    items = [(a.content(), a.published_day) for a in articles]
    t = time.perf_counter()
    found = sum(len(find_timexes(text, day)) for text, day in items)
    ours = (time.perf_counter() - t) * 1000 / len(items)
    out = {"articles": len(items), "eventgraph_ms": ours, "eventgraph_expressions": found}
    tagger = heideltime_tagger()
    if tagger is not None:
        tagger(*items[0])
        t = time.perf_counter()
        out["heideltime_expressions"] = sum(len(tagger(text, day)) for text, day in items)
        out["heideltime_ms"] = (time.perf_counter() - t) * 1000 / len(items)
    return out


def _median_ms(run, runs: int = 3) -> tuple[float, int]:
    """Median milliseconds of ``runs`` calls, and the last call's answer (the row count)."""
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, rows


def _store_peer(name: str, trig: str, answer) -> None:
    from benchmarks.store_bench import _peak_mb

    t = time.perf_counter()
    if name == "oxigraph":
        import pyoxigraph as ox

        with tempfile.TemporaryDirectory() as d:
            store = ox.Store(d)
            store.bulk_load(path=trig, format=ox.RdfFormat.TRIG)
            load = time.perf_counter() - t
            quads = len(store)
            query_ms, rows = _median_ms(lambda: len(list(store.query(MONTH_QUERY))))
            del store
    else:
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(trig, format="trig")
        load = time.perf_counter() - t
        quads = len(ds)
        query_ms, rows = _median_ms(lambda: len(list(ds.query(MONTH_QUERY))))
    answer.put({"load_s": load, "query_ms": query_ms, "rows": rows, "quads": quads,
                "peak_mb": _peak_mb()})


def store_peers(trig: Path) -> dict:
    """Load the build's TriG and run a count-per-month query: Oxigraph vs rdflib in memory, own processes."""
    ctx = multiprocessing.get_context("spawn")
    out = {}
    for name in ("oxigraph", "rdflib"):
        answer = ctx.Queue()
        proc = ctx.Process(target=_store_peer, args=(name, str(trig), answer))
        proc.start()
        out[name] = answer.get()
        proc.join()
    return out


def run(sizes=SIZES, peers: bool = True) -> dict:
    from graph.parse.parallel import default_workers

    workers = default_workers()
    result: dict = {"sizes": {}, "workers": workers}
    for n in sizes:
        folder = corpus(n)
        out = bench_dir() / f"build-{n}"
        result["sizes"][n] = timed_build(folder / "articles", out, workers)
        print(f"built {n}: {result['sizes'][n]}", file=sys.stderr)
        if n == QUALITY_SIZE:
            result["quality"] = quality(out, folder / "gold.json")
    sample = _articles(corpus(max(sizes)), DASK_ARTICLES)
    result["throughput"] = parse_throughput(sample[:THROUGHPUT_ARTICLES])
    from benchmarks import parse_bench

    result["throughput_seeds"] = parse_bench.run()
    result["dask"] = dask_speedup(sample)
    if peers:
        result["dates"] = dates_peer(sample[:HEIDELTIME_ARTICLES])
        if QUALITY_SIZE in sizes:
            result["store"] = store_peers(bench_dir() / f"build-{QUALITY_SIZE}" / "graph.trig")
    return result


def markdown(r: dict) -> str:
    sizes = sorted(r["sizes"], key=int)
    lines = [f"Synthetic corpus (`benchmarks/synthetic`, seed {SEED}); `eventgraph build --workers {r['workers']}` "
             "in a subprocess; peak memory of the whole process tree (main process and parse workers).", "",
             "| articles | events | actors | build | parse | merge | write | articles/s | peak memory | time vs previous size |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    prev = None
    for n in sizes:
        b = r["sizes"][n]
        growth = f"{b['seconds'] / prev['seconds']:.1f}× for {int(n) // int(prev['articles'])}× the articles" if prev else "—"
        st = b["stages"]
        lines.append(f"| {int(n):,} | {b['events']:,} | {b['actors']:,} | {b['seconds']:.0f} s | {st.get('parse', 0):.0f} s "
                     f"| {st.get('merge', 0):.1f} s | {st.get('write', 0):.0f} s | {b['articles'] / b['seconds']:.0f} "
                     f"| {b['peak_mb']:,.0f} MB | {growth} |")
        prev = b
    t, ts = r["throughput"], r["throughput_seeds"]
    lines += ["", f"**Parse throughput, one process:** {t['articles_per_s']:.0f} articles/s per core on "
              f"{t['articles']:,} synthetic articles; {ts['articles_per_s']:.0f} articles/s per core on the seeds and "
              f"topic articles repeated ({ts['articles']} articles). Goal: 50."]
    d = r["dask"]
    lines += ["", f"**Parallel parse of {d['articles']:,} articles** on {d['cores']} cores: one process {d['serial_s']:.1f} s; "
              f"Dask LocalCluster, 2 workers × 1 thread {d['dask_s']:.1f} s (**{d['dask_speedup']:.2f}×**); "
              f"`--workers 2` process pool {d['pool_s']:.1f} s ({d['pool_speedup']:.2f}×, including its start-up)."]
    if "quality" in r:
        q = r["quality"]
        keys = [k for k in ("precision", "recall", "f1", "core_recall", "date_accuracy", "status_accuracy",
                            "source_recall", "duplicates", "timeline_order", "person_precision", "person_recall") if k in q]
        lines += ["", f"**Quality at {QUALITY_SIZE:,} articles** (`eventgraph evaluate` against the generator's gold):", "",
                  "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys),
                  "| " + " | ".join(f"{q[k]:.3f}" if isinstance(q[k], float) else str(q[k]) for k in keys) + " |"]
    if "dates" in r:
        dp = r["dates"]
        line = (f"**Dates, {dp['articles']} synthetic articles:** eventgraph {dp['eventgraph_ms']:.1f} ms per article "
                f"({dp['eventgraph_expressions']} expressions)")
        if "heideltime_ms" in dp:
            line += (f"; HeidelTime {dp['heideltime_ms']:.0f} ms per article ({dp['heideltime_expressions']} expressions), "
                     f"{dp['heideltime_ms'] / dp['eventgraph_ms']:.0f}× slower")
        lines += ["", line + "."]
    if "store" in r:
        ox_, rl = r["store"]["oxigraph"], r["store"]["rdflib"]
        lines += ["", f"**Store, the {QUALITY_SIZE:,}-article build's graph.trig** ({ox_['quads']:,} quads), each in its "
                  "own process:", "", "| | load | count-per-month query | peak memory |", "|---|---|---|---|",
                  f"| Oxigraph (on disk) | {ox_['load_s']:.1f} s | {ox_['query_ms']:.0f} ms | {ox_['peak_mb']:,.0f} MB |",
                  f"| rdflib in memory | {rl['load_s']:.1f} s ({rl['load_s'] / ox_['load_s']:.1f}×) | {rl['query_ms']:.0f} ms "
                  f"({rl['query_ms'] / max(ox_['query_ms'], 0.001):.0f}×) | {rl['peak_mb']:,.0f} MB ({rl['peak_mb'] / ox_['peak_mb']:.1f}×) |"]
    return "\n".join(lines)


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = SIZES
    if "--sizes" in args:
        chosen = tuple(int(x) for x in args[args.index("--sizes") + 1].split(","))
    result = run(chosen, peers="--no-peers" not in args)
    (bench_dir() / "scale.json").write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    print(markdown(result))
