"""RDF exports: they parse back to the same graph, rebuilds are byte-identical, mentions point into the text."""

from __future__ import annotations

import re

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from .conftest import SEEDS, run_cli


def test_trig_and_turtle_round_trip_and_offsets(tmp_path):
    out = tmp_path / "out"
    res = run_cli("build", str(SEEDS), "--out", str(out))
    assert res.returncode == 0, res.stderr
    from graph.export.rdf import default_graph, named_graphs

    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    named = named_graphs(ds)
    assert len(named) == 5  # one graph per article
    canonical = Graph().parse(out / "graph.ttl", format="turtle")
    assert isomorphic(canonical, default_graph(ds))
    text = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    checked = 0
    eg = "https://w3id.org/eventgraph/ns#"
    events = 0
    for ctx in named:
        for s, _, o in ctx.triples((None, URIRef(eg + "evidence"), None)):
            m = re.search(r"/article/([^#]+)#char=(\d+),(\d+)$", str(s))
            assert m, s
            body = text[m.group(1)]
            start, end = ctx.value(s, URIRef(eg + "evidenceStart")), ctx.value(s, URIRef(eg + "evidenceEnd"))
            assert body[int(start):int(end)] == str(o)  # the evidence is where its offsets say
            trigger = ctx.value(s, URIRef(eg + "trigger"))
            # the mention's IRI names the span of the name or the trigger word itself
            assert body[int(m.group(2)):int(m.group(3))] == str(trigger if trigger is not None else o)
            events += trigger is not None
            checked += 1
    assert checked > 100 and events > 50
    trump = URIRef("https://w3id.org/eventgraph/kb/donald-trump")
    assert (trump, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q22686")) in canonical


def test_rebuilds_are_byte_identical(tmp_path):
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run([sys.executable, "-m", "graph", "build", str(SEEDS), "--out", str(out), "-q"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert res.returncode == 0, res.stderr
        outputs.append(out)
    names = sorted(p.name for p in outputs[0].iterdir() if p.is_file() and p.name != "manifest.json")
    assert {"events.json", "graph.trig", "graph.ttl"} <= set(names)
    for name in names:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name
    # the store's files are the database's own; what it holds is the same
    import pyoxigraph as ox

    dumps = [sorted(ox.Store.read_only(str(out / "store")).dump(format=ox.RdfFormat.N_QUADS).splitlines())
             for out in outputs]
    assert dumps[0] == dumps[1] and len(dumps[0]) > 1000


def test_the_streamed_writer_writes_what_the_in_memory_one_does(tmp_path, seeds_build):
    """Builds stream their RDF unit by unit; the bytes must be those of the canonical writer over one graph."""
    import pytest

    from graph.export.rdf import default_graph, named_graphs, term_key, trig, turtle, write_canonical

    ds = Dataset()
    ds.parse(seeds_build / "graph.trig", format="trig")
    default = default_graph(ds)
    subjects = sorted(set(default.subjects()), key=term_key)
    units = [list(default.triples((s, None, None))) for s in subjects]
    named = [(g.identifier, list(g)) for g in named_graphs(ds)]
    write_canonical(iter(units), iter(named), tmp_path / "g.trig", tmp_path / "g.ttl")
    assert (tmp_path / "g.trig").read_text(encoding="utf-8") == trig(ds)
    assert (tmp_path / "g.ttl").read_text(encoding="utf-8") == turtle(default)
    assert (tmp_path / "g.trig").read_bytes() == (seeds_build / "graph.trig").read_bytes()
    with pytest.raises(ValueError, match="out of order"):
        write_canonical(iter(units[::-1]), iter([]), tmp_path / "bad.trig")
    assert not (tmp_path / "bad.trig").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_terms_are_written_as_rdflib_writes_them(seeds_build):
    """The fast term writers must give rdflib's own N-Triples and Turtle forms for every term of a build."""
    import pytest
    from rdflib import XSD, Literal

    from graph.export.rdf import _term, namespace_manager, prefixed, term_key

    ds = Dataset()
    ds.parse(seeds_build / "graph.trig", format="trig")
    nm = namespace_manager()
    terms = {t for q in ds.quads((None, None, None, None)) for t in q[:3]}
    terms |= {Literal('a "quoted" back\\slash\rreturn', lang="de"), Literal("zwei\nZeilen"), Literal(-3, datatype=XSD.integer)}
    for t in terms:
        assert term_key(t) == t.n3()
        rdflib_form = prefixed(str(t)) if isinstance(t, URIRef) else None
        rdflib_form = rdflib_form or (t.n3(nm) if isinstance(t, Literal) and t.datatype is not None else t.n3())
        assert _term(t, nm) == rdflib_form
    with pytest.raises(ValueError, match="not a valid IRI"):
        term_key(URIRef("https://w3id.org/eventgraph/id/article/with space"))
