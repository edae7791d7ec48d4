"""SHACL: real builds conform to ``ontology/shapes.ttl``, and each important shape can fail.

The corpora are built with the real CLI, once per module.  What is validated is
one graph: the union of every graph in ``graph.trig`` plus
``ontology/eventgraph.ttl``.  The union, not each graph on its own, because the
contract is about links between graphs: a canonical event in the default graph
points at its mentions in the articles' graphs (``eg:hasMention``), each mention
points back (``eg:mentionOf``) and at its article.  Validated graph by graph,
every such link would dangle.  The ontology is part of the data graph because
event types and role types must be classes and instances defined there (the
ontology is the parser's lexicon).

The negative tests break one thing in a real built graph (the unwetter story,
the smallest corpus with every kind of node) and check that pyshacl reports it
on the right focus node, path and constraint, and on no other node.  One
validation takes ~0.3 s for that graph (~2,600 triples with the ontology), ~1 s
for the seeds (~6,300), ~1.5 s for the topics (~6,600).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SH

from .conftest import DATA, ROOT, SEEDS, run_cli

SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "eventgraph.ttl"
CORPORA = {"seeds": SEEDS, "topics": DATA / "topics" / "articles", "streik": DATA / "stories" / "streik" / "articles",
           "unwetter": DATA / "stories" / "unwetter" / "articles"}

EG = Namespace("https://w3id.org/eventgraph/ns#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")  # not rdflib's XSD: pytest's collection trips its warnings
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")


# ---------------------------------------------------------------------------
# fixtures and helpers

@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> Callable[[str], Path]:
    """Build a corpus with the real ``eventgraph build`` on first use; its output folder."""
    done: dict[str, Path] = {}

    def build(name: str) -> Path:
        if name not in done:
            out = tmp_path_factory.mktemp(f"shacl-{name}")
            res = run_cli("build", str(CORPORA[name]), "--out", str(out), "-q")
            assert res.returncode == 0, res.stderr
            assert (out / "graph.trig").is_file()
            done[name] = out
        return done[name]

    return build


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def data_graph(out: Path, ontology: Graph) -> Graph:
    """The union of every graph in graph.trig, plus the ontology."""
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    assert len(g) > 1000
    g += ontology
    return g


# The breaks use the smallest real corpus that has every kind of node they need (claims, time:before, roles,
# Wikidata links): one validation of it takes ~0.3 s, of the seeds graph ~1 s.
BREAK_CORPUS = "unwetter"


@pytest.fixture(scope="module")
def seeds_graph(builds, ontology) -> Graph:
    return data_graph(builds("seeds"), ontology)


@pytest.fixture(scope="module")
def sample_graph(builds, ontology) -> Graph:
    return data_graph(builds(BREAK_CORPUS), ontology)


class Result(NamedTuple):
    focus: object
    path: object  # a predicate, ("^", predicate) for an inverse path, or None for a node-level result
    component: str  # local name of sh:sourceConstraintComponent, e.g. "MinCountConstraintComponent"
    message: str


def validate(g: Graph, shapes: Graph) -> tuple[bool, list[Result], str, float]:
    t = time.perf_counter()
    conforms, report, text = pyshacl.validate(g, shacl_graph=shapes, inference="none", advanced=False,
                                              allow_warnings=False, allow_infos=False)
    seconds = time.perf_counter() - t
    results = []
    # top-level results only: pyshacl also lists the nested results of sh:node, sh:or … (linked by sh:detail)
    for r in report.objects(report.value(predicate=RDF.type, object=SH.ValidationReport), SH.result):
        path = report.value(r, SH.resultPath)
        if isinstance(path, BNode) and report.value(path, SH.inversePath) is not None:
            path = ("^", report.value(path, SH.inversePath))
        component = str(report.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        message = " | ".join(sorted(str(m) for m in report.objects(r, SH.resultMessage)))
        results.append(Result(report.value(r, SH.focusNode), path, component, message))
    return conforms, results, text, seconds


def copy(g: Graph) -> Graph:
    out = Graph()
    out += g
    return out


# ---------------------------------------------------------------------------
# the shapes themselves

def test_shapes_are_open_core_shacl_and_all_targets_hit_real_nodes(shapes, seeds_graph):
    """Well-formed, open, Core-only shapes; every target exists in the seeds graph, so conformance isn't vacuous."""
    # meta_shacl validates the shapes graph against the SHACL-for-SHACL shapes and raises if it is malformed
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True, inference="none")
    assert conforms, text
    assert not list(shapes.subjects(SH.closed, Literal(True)))
    assert not list(shapes.subject_objects(SH.sparql))
    assert not list(shapes.subjects(RDF.type, SH.SPARQLTarget))
    targets = 0
    for shape, cls in shapes.subject_objects(SH.targetClass):
        if cls == EG.Group:
            continue  # no corpus has a group actor yet; break_group_without_label gives one
        assert next(seeds_graph.subjects(RDF.type, cls), None) is not None, (shape, cls)
        targets += 1
    for shape, p in shapes.subject_objects(SH.targetSubjectsOf):
        assert next(seeds_graph.subjects(p, None), None) is not None, (shape, p)
        targets += 1
    for shape, p in shapes.subject_objects(SH.targetObjectsOf):
        assert next(seeds_graph.objects(None, p), None) is not None, (shape, p)
        targets += 1
    assert targets >= 15
    # canonical events are targeted by eg:sourceCount: no actor and no mention has one
    actors = {s for c in (EG.Person, EG.Organisation, EG.Location, EG.Group) for s in seeds_graph.subjects(RDF.type, c)}
    events = set(seeds_graph.subjects(EG.sourceCount, None))
    mentions = set(seeds_graph.subjects(RDF.type, EG.EventMention))
    assert events and actors and mentions
    assert not events & actors and not events & mentions


# ---------------------------------------------------------------------------
# real builds conform

@pytest.mark.parametrize("corpus", list(CORPORA))
def test_real_build_conforms(corpus, builds, shapes, ontology):
    g = data_graph(builds(corpus), ontology)
    conforms, results, text, seconds = validate(g, shapes)
    print(f"{corpus}: {len(g)} triples validated in {seconds:.2f}s")
    assert conforms, f"{corpus}: {len(results)} SHACL violations\n{text}"


# ---------------------------------------------------------------------------
# every important shape can fail: one break in a real built graph each

def _first(nodes) -> URIRef:
    nodes = sorted(nodes)
    assert nodes, f"the {BREAK_CORPUS} graph lacks a node this test needs"
    return nodes[0]


def canonical_event(g: Graph) -> URIRef:
    """A canonical event with a known time."""
    return _first(e for e in g.subjects(EG.sourceCount, None) if (e, SEM.hasEarliestBeginTimeStamp, None) in g)


def event_mention(g: Graph, source: str = "publication") -> URIRef:
    return _first(m for m in g.subjects(RDF.type, EG.EventMention) if (m, EG.timeSource, Literal(source)) in g)


def actor_mention(g: Graph, role: bool = False) -> URIRef:
    return _first(m for m in g.subjects(RDF.type, EG.ActorMention) if role == ((m, EG.roleType, None) in g))


def person(g: Graph) -> URIRef:
    return _first(g.subjects(RDF.type, EG.Person))


def linked_actor(g: Graph) -> URIRef:
    """An actor with a Wikidata link."""
    return _first(g.subjects(OWL.sameAs, None))


def article(g: Graph) -> URIRef:
    return _first(g.subjects(RDF.type, SCHEMA.NewsArticle))


def claim(g: Graph) -> URIRef:
    return _first(g.subjects(RDF.type, EG.Claim))


def _set(g: Graph, s, p, o) -> None:
    g.remove((s, p, None))
    g.add((s, p, o))


def _day_after(g: Graph, node, p) -> Literal:
    return Literal((g.value(node, p).toPython() + timedelta(days=1)).isoformat(), datatype=XSD_DATE)


# Each break mutates the graph and returns (expected results as (focus, path, component), the only focus
# nodes allowed to be reported).  ``None`` as the allowed set means: just the expected focus nodes.

def break_event_label_removed(g):
    e = canonical_event(g)
    g.remove((e, RDFS.label, None))
    return [(e, RDFS.label, "QualifiedMinCountConstraintComponent")], None


def break_event_two_labels(g):
    e = canonical_event(g)
    g.add((e, RDFS.label, Literal("Noch ein Name", lang="de")))
    return [(e, RDFS.label, "QualifiedMaxCountConstraintComponent"), (e, RDFS.label, "UniqueLangConstraintComponent")], None


def break_actor_label_removed(g):
    a = person(g)
    g.remove((a, RDFS.label, None))
    return [(a, RDFS.label, "QualifiedMinCountConstraintComponent")], None


def break_actor_label_in_english_only(g):
    a = linked_actor(g)
    _set(g, a, RDFS.label, Literal("Someone", lang="en"))
    return [(a, RDFS.label, "QualifiedMinCountConstraintComponent")], None


def break_mention_status_maybe(g):
    m = event_mention(g)
    _set(g, m, EG.status, Literal("maybe"))
    return [(m, EG.status, "InConstraintComponent")], None


def break_event_status_maybe(g):
    e = canonical_event(g)
    _set(g, e, EG.status, Literal("maybe"))
    return [(e, EG.status, "InConstraintComponent"), (e, None, "OrConstraintComponent")], None


def break_event_status_contradicts_schema_status(g):
    e = _first(e for e in g.subjects(SCHEMA.eventStatus, SCHEMA.EventScheduled) if (e, EG.sourceCount, None) in g)
    _set(g, e, EG.status, Literal("cancelled"))
    return [(e, None, "OrConstraintComponent")], None


def break_event_schema_status_unknown(g):
    e = canonical_event(g)
    _set(g, e, SCHEMA.eventStatus, SCHEMA.EventRescheduled)
    return [(e, SCHEMA.eventStatus, "InConstraintComponent"), (e, None, "OrConstraintComponent")], None


def break_event_earliest_after_latest(g):
    e = canonical_event(g)
    _set(g, e, SEM.hasEarliestBeginTimeStamp, _day_after(g, e, SEM.hasLatestEndTimeStamp))
    return [(e, SEM.hasEarliestBeginTimeStamp, "LessThanOrEqualsConstraintComponent")], None


def break_mention_earliest_after_latest(g):
    m = event_mention(g)
    _set(g, m, SEM.hasEarliestBeginTimeStamp, _day_after(g, m, SEM.hasLatestEndTimeStamp))
    return [(m, SEM.hasEarliestBeginTimeStamp, "LessThanOrEqualsConstraintComponent")], None


def break_mention_timestamp_not_a_date(g):
    m = event_mention(g)
    _set(g, m, SEM.hasLatestEndTimeStamp, Literal(str(g.value(m, SEM.hasLatestEndTimeStamp))))
    return [(m, SEM.hasLatestEndTimeStamp, "DatatypeConstraintComponent")], None


def break_mention_no_time_at_all(g):
    m = event_mention(g)
    for p in (SEM.hasEarliestBeginTimeStamp, SEM.hasLatestEndTimeStamp, EG.timeValue, EG.granularity, EG.timeUnknown):
        g.remove((m, p, None))
    return [(m, None, "XoneConstraintComponent")], None


def break_mention_time_and_time_unknown(g):
    m = event_mention(g)
    g.add((m, EG.timeUnknown, Literal(True)))
    return [(m, None, "XoneConstraintComponent")], None


def break_event_no_time_at_all(g):
    e = canonical_event(g)
    for p in (SEM.hasEarliestBeginTimeStamp, SEM.hasLatestEndTimeStamp, EG.timeValue, EG.timeUnknown):
        g.remove((e, p, None))
    return [(e, None, "XoneConstraintComponent")], None


def break_mention_time_source_none_but_timed(g):
    m = event_mention(g)
    _set(g, m, EG.timeSource, Literal("none"))
    return [(m, None, "OrConstraintComponent")], None


def break_mention_time_source_unknown(g):
    m = event_mention(g, source="none")
    _set(g, m, EG.timeSource, Literal("guessed"))
    return [(m, EG.timeSource, "InConstraintComponent")], None


def break_actor_mention_two_mention_of(g):
    m = actor_mention(g)
    other = _first(a for a in g.subjects(RDF.type, EG.Location) if (m, EG.mentionOf, a) not in g)
    g.add((m, EG.mentionOf, other))
    g.add((other, EG.hasMention, m))  # both sides agree, so only the count is wrong
    return [(m, EG.mentionOf, "MaxCountConstraintComponent")], None


def break_actor_mention_no_mention_of(g):
    m = actor_mention(g)
    actor = g.value(m, EG.mentionOf)
    g.remove((m, EG.mentionOf, None))
    g.remove((actor, EG.hasMention, m))
    return [(m, EG.mentionOf, "MinCountConstraintComponent")], None


def break_mention_of_without_has_mention(g):
    m = actor_mention(g)
    g.remove((g.value(m, EG.mentionOf), EG.hasMention, m))
    return [(m, ("^", EG.hasMention), "EqualsConstraintComponent")], None


def break_actor_mention_points_at_event(g):
    m = actor_mention(g)
    actor, event = g.value(m, EG.mentionOf), canonical_event(g)
    g.remove((actor, EG.hasMention, m))
    _set(g, m, EG.mentionOf, event)
    g.add((event, EG.hasMention, m))
    return [(m, EG.mentionOf, "NodeConstraintComponent"), (event, EG.hasMention, "ClassConstraintComponent")], {m, event}


def break_evidence_offsets_reversed(g):
    m = actor_mention(g)
    _set(g, m, EG.evidenceStart, g.value(m, EG.evidenceEnd))
    return [(m, EG.evidenceStart, "LessThanConstraintComponent")], None


def break_evidence_offset_untyped(g):
    m = event_mention(g)
    _set(g, m, EG.evidenceEnd, Literal(str(g.value(m, EG.evidenceEnd))))
    return [(m, EG.evidenceEnd, "DatatypeConstraintComponent")], None


def break_mention_iri_without_offsets(g):
    m = actor_mention(g)
    bad = URIRef(str(m).split("#")[0] + "#mention-1")
    for p, o in list(g.predicate_objects(m)):
        g.remove((m, p, o))
        g.add((bad, p, o))
    for s, p in list(g.subject_predicates(m)):
        g.remove((s, p, m))
        g.add((s, p, bad))
    return [(bad, None, "PatternConstraintComponent")], None


def break_mention_without_article(g):
    m = event_mention(g)
    g.remove((m, EG.article, None))
    return [(m, EG.article, "MinCountConstraintComponent"), (m, PROV.wasDerivedFrom, "EqualsConstraintComponent")], None


def break_parties_source_unknown(g):
    m = event_mention(g)
    g.add((m, EG.partiesSource, Literal("guessed")))
    return [(m, EG.partiesSource, "InConstraintComponent")], None


def break_event_type_not_in_ontology(g):
    m = event_mention(g)
    _set(g, m, EG.eventType, EG.Gossip)
    return [(m, EG.eventType, "NodeConstraintComponent")], None


def break_event_class_not_in_ontology(g):
    e = canonical_event(g)
    g.remove((e, RDF.type, None))
    g.add((e, RDF.type, EG.Gossip))
    g.add((e, RDF.type, SEM.Event))
    return [(e, RDF.type, "QualifiedMinCountConstraintComponent")], None


def break_actor_not_a_sem_actor(g):
    a = person(g)
    g.remove((a, RDF.type, SEM.Actor))
    return [(a, RDF.type, "HasValueConstraintComponent")], None


def break_event_not_a_sem_event(g):
    e = canonical_event(g)
    g.remove((e, RDF.type, SEM.Event))
    return [(e, RDF.type, "HasValueConstraintComponent")], None


def break_role_type_not_in_ontology(g):
    m = actor_mention(g, role=True)
    _set(g, m, EG.roleType, EG.Emperor)
    return [(m, EG.roleType, "ClassConstraintComponent")], None


def break_article_date_untyped(g):
    a = article(g)
    _set(g, a, SCHEMA.datePublished, Literal(str(g.value(a, SCHEMA.datePublished))))
    return [(a, SCHEMA.datePublished, "OrConstraintComponent")], None


def break_article_two_dates(g):
    a = article(g)
    g.add((a, SCHEMA.datePublished, Literal("1999-01-01", datatype=XSD_DATE)))
    return [(a, SCHEMA.datePublished, "MaxCountConstraintComponent")], None


def break_article_without_identifier(g):
    a = article(g)
    g.remove((a, DCTERMS.identifier, None))
    return [(a, DCTERMS.identifier, "MinCountConstraintComponent")], None


def break_same_as_not_wikidata(g):
    a = linked_actor(g)
    _set(g, a, OWL.sameAs, URIRef("https://de.wikipedia.org/wiki/Donald_Trump"))
    return [(a, OWL.sameAs, "PatternConstraintComponent")], None


def break_two_actors_one_wikidata_entity(g):
    a = linked_actor(g)
    b = _first(b for b in g.subjects(RDF.type, EG.Person) if b != a)
    entity = g.value(a, OWL.sameAs)
    _set(g, b, OWL.sameAs, entity)
    return [(entity, ("^", OWL.sameAs), "MaxCountConstraintComponent")], None


def break_group_without_label(g):
    a = person(g)
    _set(g, a, RDF.type, EG.Group)
    g.remove((a, RDFS.label, None))
    return [(a, RDFS.label, "QualifiedMinCountConstraintComponent")], None


def break_actor_two_classes(g):
    a = person(g)
    g.add((a, RDF.type, EG.Organisation))
    return [(a, None, "XoneConstraintComponent")], None


def break_claim_without_source(g):
    c = claim(g)
    g.remove((c, PROV.wasDerivedFrom, None))
    return [(c, PROV.wasDerivedFrom, "MinCountConstraintComponent")], None


def break_claim_property_unknown(g):
    c = claim(g)
    _set(g, c, EG.claimProperty, Literal("mood"))
    return [(c, EG.claimProperty, "InConstraintComponent")], None


def break_event_source_count_zero(g):
    e = canonical_event(g)
    _set(g, e, EG.sourceCount, Literal(0, datatype=XSD_INTEGER))
    return [(e, EG.sourceCount, "MinInclusiveConstraintComponent")], None


def break_event_without_mentions(g):
    e = canonical_event(g)
    for m in list(g.objects(e, EG.hasMention)):
        g.remove((e, EG.hasMention, m))
        g.remove((m, EG.mentionOf, e))
    return [(e, EG.hasMention, "MinCountConstraintComponent")], None


def break_event_without_source(g):
    e = canonical_event(g)
    g.remove((e, PROV.wasDerivedFrom, None))
    return [(e, PROV.wasDerivedFrom, "MinCountConstraintComponent")], None


def break_event_dangling_mention(g):
    e = canonical_event(g)
    g.add((e, EG.hasMention, URIRef(str(article(g)) + "#char=0,1")))
    return [(e, EG.hasMention, "ClassConstraintComponent")], None


def break_event_before_literal(g):
    e = canonical_event(g)
    g.add((e, TIME.before, Literal("morgen")))
    return [(e, TIME.before, "NodeKindConstraintComponent")], None


def break_event_before_a_mention(g):
    e = canonical_event(g)
    g.add((e, TIME.before, event_mention(g)))
    return [(e, TIME.before, "NodeConstraintComponent")], None


def break_mention_before_an_actor(g):
    m = event_mention(g)
    g.add((m, TIME.before, person(g)))
    return [(m, TIME.before, "ClassConstraintComponent")], None


def break_disputed_without_claims(g):
    e = _first(e for e in g.subjects(EG.sourceCount, None) if (e, EG.hasClaim, None) not in g)
    g.add((e, EG.disputed, Literal(True)))
    return [(e, None, "OrConstraintComponent")], None


BREAKS = [f for name, f in sorted(globals().items()) if name.startswith("break_")]


@pytest.mark.parametrize("breaker", BREAKS, ids=[f.__name__.removeprefix("break_") for f in BREAKS])
def test_shape_reports_the_broken_node(breaker, sample_graph, shapes):
    g = copy(sample_graph)
    expected, allowed = breaker(g)
    conforms, results, text, seconds = validate(g, shapes)
    assert not conforms
    found = {(r.focus, r.path, r.component) for r in results}
    for want in expected:
        assert want in found, f"expected {want}, got:\n{text}"
    allowed = allowed if allowed is not None else {focus for focus, _, _ in expected}
    stray = [r for r in results if r.focus not in allowed]
    assert not stray, f"violations on nodes that were not broken: {stray}"
    assert all(r.message for r in results), text  # every result explains itself
