"""A generated event graph of about a million quads, shaped like ours, for the store benchmark.

It is the real build of our own corpora (the seeds, the topic articles and
the two stories) copied until it reaches the size asked for: each copy gets
its own article, mention and event IRIs and its dates moved on by a week per
copy, so date-range queries stay selective; the actors from the knowledge
base are shared between copies, as they are in a real archive where the
same people appear in thousands of events.  The sort keys the build derives
from the whole graph (timeline position, ranks, an actor's counts) are
derived again for the copied graph, with the build's own rules.
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
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
EG = "https://w3id.org/eventgraph/ns#"
SEM_ACTOR = ox.NamedNode("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
#: derived from the whole graph, so written anew for the copies
DERIVED = {ox.NamedNode(EG + p) for p in ("timelinePosition", "sourceRank", "eventRank", "eventCount", "mentionCount")}


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


class _Keys:
    """What the derived sort keys are computed from, gathered while the copies are written."""

    def __init__(self, base: list[ox.Quad]):
        default = [q for q in base if isinstance(q.graph_name, ox.DefaultGraph)]
        position = {q.subject: int(q.object.value) for q in default if q.predicate.value == EG + "timelinePosition"}
        self.per_copy = len(position)
        self.base_position = position
        self.events: dict[ox.NamedNode, list[int]] = {}  # iri -> [sources, mentions, position]
        self.actors: dict[ox.NamedNode, list] = {}  # iri -> [name, events, mentions]

    def see(self, q: ox.Quad, original: ox.Quad, k: int) -> None:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            return
        p = q.predicate.value
        if original.subject in self.base_position:
            e = self.events.setdefault(q.subject, [0, 0, self.base_position[original.subject] + k * self.per_copy])
            if p == EG + "sourceCount":
                e[0] = int(q.object.value)
            elif p == EG + "hasMention":
                e[1] += 1
            elif q.predicate == SEM_ACTOR:
                self.actors.setdefault(q.object, ["", 0, 0])[1] += 1
        elif p == EG + "hasMention":
            self.actors.setdefault(q.subject, ["", 0, 0])[2] += 1
        elif q.predicate == RDFS_LABEL:
            self.actors.setdefault(q.subject, ["", 0, 0])[0] = q.object.value

    def quads(self) -> list[ox.Quad]:
        from graph.merge.ranks import event_ranks, source_ranks

        def n(value: int) -> ox.Literal:
            return ox.Literal(str(value), datatype=XSD_INTEGER)

        def quad(s, p, value):
            return ox.Quad(s, ox.NamedNode(EG + p), n(value), ox.DefaultGraph())

        by_source = source_ranks((iri, *e) for iri, e in self.events.items())
        by_events = event_ranks((iri, *a) for iri, a in self.actors.items() if a[0])
        out = []
        for iri, (sources, mentions, position) in self.events.items():
            out += [quad(iri, "mentionCount", mentions), quad(iri, "timelinePosition", position),
                    quad(iri, "sourceRank", by_source[iri])]
        for iri, (name, events, mentions) in self.actors.items():
            if name:
                out += [quad(iri, "eventCount", events), quad(iri, "mentionCount", mentions)]
                if iri in by_events:
                    out.append(quad(iri, "eventRank", by_events[iri]))
        return out


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
            keys = _Keys(base)
            for k in range(copies):
                quads = []
                for q in base:
                    if q.predicate in DERIVED:
                        continue
                    if q in shared:
                        if not seen_shared:
                            quads.append(q)
                            keys.see(q, q, k)
                        continue
                    g = q.graph_name if isinstance(q.graph_name, ox.DefaultGraph) else _copy_term(q.graph_name, k, 7 * k)
                    quads.append(ox.Quad(_copy_term(q.subject, k, 0), q.predicate, _copy_term(q.object, k, 7 * k), g))
                    keys.see(quads[-1], q, k)
                seen_shared = True
                ox.serialize(quads, fh, format=ox.RdfFormat.N_QUADS)
            ox.serialize(keys.quads(), fh, format=ox.RdfFormat.N_QUADS)
        tmp.replace(path)
    with open(path, "rb") as fh:
        count = sum(1 for _ in fh)
    return path, count


if __name__ == "__main__":
    p, n = generate(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/eventgraph-bench"))
    print(p, n)
