"""The RDF dataset of a build: canonical actors in the default graph, one named graph per article.

Each article's graph holds what that article says — its metadata and every
mention with its character offsets (``article-IRI#char=START,END``, RFC 5147)
— so provenance stays with the claim.  The default graph holds one node per
real actor, linked to its mentions.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from ..export.rdf import EG, ID, SCHEMA, SEM, TIME, WD, default_graph
from ..parse.article import Article
from ..parse.doc import Doc
from .identities import iri_of

_STATUS = {"occurred": SCHEMA.EventScheduled, "planned": SCHEMA.EventScheduled, "possible": SCHEMA.EventScheduled,
           "cancelled": SCHEMA.EventCancelled, "postponed": SCHEMA.EventPostponed}
_KIND_CLASS = {"person": EG.Person, "organisation": EG.Organisation, "place": EG.Location, "group": EG.Group}


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_id}"]


def mention_iri(article_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{article_iri(article_id)}#char={start},{end}")


def _published(article: Article) -> Literal | None:
    if not article.published:
        return None
    if "T" in article.published:
        return Literal(article.published + ":00", datatype=XSD.dateTime)
    return Literal(article.published, datatype=XSD.date)


def mention_actors(docs: Iterable[Doc]) -> dict[URIRef, URIRef]:
    """Every actor mention's IRI → the IRI of the actor it denotes, computed once per build."""
    return {mention_iri(doc.article.id, m.start, m.end): URIRef(iri_of(m))
            for doc in docs for m in doc.actors}


def add_article(ds: Dataset, doc: Doc, actor_of: dict[URIRef, URIRef]) -> None:
    """The article's named graph: its metadata and its actor mentions."""
    a = doc.article
    iri = article_iri(a.id)
    g = ds.graph(iri)
    g.add((iri, RDF.type, SCHEMA.NewsArticle))
    g.add((iri, DCTERMS.identifier, Literal(a.id)))
    if (pub := _published(a)) is not None:
        g.add((iri, SCHEMA.datePublished, pub))
        g.add((iri, EG.publishedFrom, Literal(a.published_from)))
    if a.title:
        g.add((iri, DCTERMS.title, Literal(a.title, lang="de")))
    if a.source:
        g.add((iri, SCHEMA.url, Literal(a.source)))
    if a.author:
        g.add((iri, SCHEMA.author, Literal(a.author)))
    for m in doc.actors:
        node = mention_iri(a.id, m.start, m.end)
        g.add((node, RDF.type, EG.ActorMention))
        g.add((node, EG.article, iri))
        g.add((node, EG.evidence, Literal(m.text, lang="de")))
        g.add((node, EG.evidenceStart, Literal(m.start, datatype=XSD.integer)))
        g.add((node, EG.evidenceEnd, Literal(m.end, datatype=XSD.integer)))
        g.add((node, PROV.wasDerivedFrom, iri))
        g.add((node, EG.mentionOf, actor_of[node]))
        if m.role:
            # a role is a time-scoped fact: held as of the article's publication date
            g.add((node, EG.roleType, EG[m.role]))
            if m.affiliation:
                g.add((node, EG.roleOf, URIRef(m.affiliation)))


def add_actors(ds: Dataset, actors: list[dict], actor_of: dict[URIRef, URIRef]) -> None:
    """Canonical actor nodes in the default graph, linked to every mention."""
    g = default_graph(ds)
    mentions: dict[str, list[URIRef]] = {}
    for mention, actor in actor_of.items():
        mentions.setdefault(str(actor), []).append(mention)
    for actor in actors:
        node = URIRef(actor["id"])
        g.add((node, RDF.type, _KIND_CLASS[actor["kind"]]))
        g.add((node, RDFS.label, Literal(actor["name"], lang="de")))
        for alias in actor["aliases"]:
            g.add((node, SKOS.altLabel, Literal(alias, lang="de")))
        if actor.get("wikidata"):
            g.add((node, OWL.sameAs, WD[actor["wikidata"]]))
        for mention in mentions.get(actor["id"], []):
            g.add((node, EG.hasMention, mention))


def _day(d) -> Literal:
    return Literal(d.isoformat(), datatype=XSD.date)


def add_event_mentions(ds: Dataset, doc: Doc, canonical_of: dict[str, str]) -> None:
    """Every event mention of the article in its graph: what this article claims, with the sentence as evidence."""
    a = doc.article
    iri = article_iri(a.id)
    g = ds.graph(iri)
    for i, m in enumerate(doc.events):
        node = mention_iri(a.id, m.start, m.end)
        sent = doc.sentences[m.sentence]
        g.add((node, RDF.type, EG.EventMention))
        g.add((node, EG.eventType, EG[m.type]))
        g.add((node, EG.article, iri))
        g.add((node, PROV.wasDerivedFrom, iri))
        g.add((node, EG.trigger, Literal(m.text, lang="de")))
        g.add((node, EG.evidence, Literal(sent.text, lang="de")))
        g.add((node, EG.evidenceStart, Literal(sent.start, datatype=XSD.integer)))
        g.add((node, EG.evidenceEnd, Literal(sent.end, datatype=XSD.integer)))
        g.add((node, EG.status, Literal("occurred" if m.status == "negated" else m.status)))
        if m.status == "negated":
            g.add((node, EG.negated, Literal(True)))
        if m.generic:
            g.add((node, EG.generic, Literal(True)))
        g.add((node, EG.isStatement, Literal(m.statement)))
        g.add((node, EG.timeSource, Literal(m.time_source)))
        if m.time is not None and m.time.earliest:
            g.add((node, EG.timeValue, Literal(m.time.value)))
            g.add((node, EG.granularity, Literal(m.time.granularity)))
            g.add((node, SEM.hasEarliestBeginTimeStamp, Literal(m.time.earliest, datatype=XSD.date)))
            g.add((node, SEM.hasLatestEndTimeStamp, Literal(m.time.latest, datatype=XSD.date)))
        else:
            g.add((node, EG.timeUnknown, Literal(True)))
        for p in m.participants:
            actor = URIRef(iri_of(doc.actors[p.actor]))
            g.add((node, EG.speaker if p.role == "speaker" else SEM.hasActor, actor))
        if m.place is not None:
            g.add((node, SEM.hasPlace, URIRef(iri_of(doc.actors[m.place]))))
        for s in m.according_to:
            g.add((node, SEM.accordingTo, URIRef(iri_of(doc.actors[s]))))
        canonical = canonical_of.get(f"{a.id}#{i}")
        if canonical:
            g.add((node, EG.mentionOf, URIRef(canonical)))
    for i, j in doc.event_order:
        g.add((mention_iri(a.id, doc.events[i].start, doc.events[i].end), TIME.before,
               mention_iri(a.id, doc.events[j].start, doc.events[j].end)))


def add_events(ds: Dataset, events: list) -> None:
    """Canonical events in the default graph, linked to their mentions and ordered by ``time:before``."""
    g = default_graph(ds)
    for e in events:
        node = URIRef(e.iri)
        g.add((node, RDF.type, EG[e.type]))
        g.add((node, RDFS.label, Literal(e.label, lang="de")))
        g.add((node, SCHEMA.eventStatus, _STATUS[e.status]))
        g.add((node, EG.status, Literal(e.status)))
        g.add((node, EG.isStatement, Literal(e.statement)))
        g.add((node, EG.sourceCount, Literal(len(e.sources), datatype=XSD.integer)))
        if e.value:
            g.add((node, EG.timeValue, Literal(e.value)))
            g.add((node, SEM.hasEarliestBeginTimeStamp, _day(e.earliest)))
            g.add((node, SEM.hasLatestEndTimeStamp, _day(e.latest)))
        else:
            g.add((node, EG.timeUnknown, Literal(True)))
        for a in e.actors:
            g.add((node, SEM.hasActor, URIRef(a)))
        if e.place:
            g.add((node, SEM.hasPlace, URIRef(e.place)))
        for a in e.according_to:
            g.add((node, SEM.accordingTo, URIRef(a)))
        for art in e.sources:
            g.add((node, PROV.wasDerivedFrom, article_iri(art)))
        for n in e.members:
            g.add((node, EG.hasMention, mention_iri(n.article, n.mention.start, n.mention.end)))
        for later in e.before:
            g.add((node, TIME.before, URIRef(later)))
        if e.claims:
            g.add((node, EG.disputed, Literal(True)))
        for k, c in enumerate(e.claims):
            claim = URIRef(f"{e.iri}/claim/{k}")
            g.add((node, EG.hasClaim, claim))
            g.add((claim, RDF.type, EG.Claim))
            g.add((claim, EG.claimProperty, Literal(c["property"])))
            g.add((claim, EG.claimValue, Literal(c["value"])))
            for art in c["sources"]:
                g.add((claim, PROV.wasDerivedFrom, article_iri(art)))


def build_dataset(docs: list[Doc], actors: list[dict], events: list | None = None) -> Dataset:
    """The whole build as one dataset: canonical actors and events by default, each article in its graph."""
    ds = Dataset()
    actor_of = mention_actors(docs)
    canonical_of = {n.id: e.iri for e in events or [] for n in e.members}
    for doc in sorted(docs, key=lambda d: d.article.id):
        add_article(ds, doc, actor_of)
        add_event_mentions(ds, doc, canonical_of)
    add_actors(ds, actors, actor_of)
    add_events(ds, events or [])
    return ds
