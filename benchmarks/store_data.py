"""A generated event graph of about a million quads, shaped like ours, for the store benchmark.

It is the real build of our own corpora (the seeds, the topic articles and
the two stories) copied until it reaches the size asked for: each copy gets
its own article, mention and event IRIs and its dates moved on by a week per
copy, so date-range queries stay selective; the actors from the knowledge
base are shared between copies, as they are in a real archive where the
same people appear in thousands of events.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPORA = [ROOT / "seeds", ROOT / "tests" / "data" / "topics" / "articles",
           ROOT / "tests" / "data" / "stories" / "streik" / "articles",
           ROOT / "tests" / "data" / "stories" / "unwetter" / "articles"]
OWN = "https://w3id.org/eventgraph/id/"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"


def base_quads(workdir: Path) -> list[ox.Quad]:
    """Our corpora built once (the real pipeline), as quads."""
    from graph.build import build

    out = workdir / "base-build"
    if not (out / "graph.trig").is_file():
        build([str(p) for p in CORPORA], out)
    return list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))


def _copy_term(term, k: int, days: int):
    if isinstance(term, ox.NamedNode):
        v = term.value
        if v.startswith(OWN):
            head, sep, frag = v.partition("#")
            return ox.NamedNode(f"{head}-c{k}{sep}{frag}")
        return term
    if isinstance(term, ox.Literal) and days:
        dt = term.datatype.value
        if dt == XSD_DATE:
            return ox.Literal((date.fromisoformat(term.value) + timedelta(days=days)).isoformat(), datatype=term.datatype)
        if dt == XSD_DATETIME:
            moved = datetime.fromisoformat(term.value) + timedelta(days=days)
            return ox.Literal(moved.isoformat(), datatype=term.datatype)
    return term


def generate(workdir: Path, target: int = 1_000_000) -> tuple[Path, int]:
    """Write ``workdir/graph-<target>.nq`` (N-Quads) with at least ``target`` quads; returns (path, quads)."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"graph-{target}.nq"
    base = base_quads(workdir)
    # knowledge-base actors (outside our id space) are written once and shared by every copy
    shared = {q for q in base if isinstance(q.graph_name, ox.DefaultGraph) and not q.subject.value.startswith(OWN)}
    copies = -(-(target - len(shared)) // (len(base) - len(shared)))
    if not path.is_file():
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            seen_shared = False
            for k in range(copies):
                quads = []
                for q in base:
                    if q in shared:
                        if seen_shared:
                            continue
                        quads.append(q)
                        continue
                    g = q.graph_name if isinstance(q.graph_name, ox.DefaultGraph) else _copy_term(q.graph_name, k, 7 * k)
                    quads.append(ox.Quad(_copy_term(q.subject, k, 0), q.predicate, _copy_term(q.object, k, 7 * k), g))
                seen_shared = True
                ox.serialize(quads, fh, format=ox.RdfFormat.N_QUADS)
        tmp.replace(path)
    with open(path, "rb") as fh:
        count = sum(1 for _ in fh)
    return path, count


if __name__ == "__main__":
    p, n = generate(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/eventgraph-bench"))
    print(p, n)
