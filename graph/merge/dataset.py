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

from ..export.rdf import EG, ID, SCHEMA, WD, default_graph
from ..parse.article import Article
from ..parse.doc import Doc
from .identities import actor_iri, identity_key

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
    return {mention_iri(doc.article.id, m.start, m.end): URIRef(actor_iri(identity_key(m)))
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


def build_dataset(docs: list[Doc], actors: list[dict]) -> Dataset:
    ds = Dataset()
    actor_of = mention_actors(docs)
    for doc in sorted(docs, key=lambda d: d.article.id):
        add_article(ds, doc, actor_of)
    add_actors(ds, actors, actor_of)
    return ds
