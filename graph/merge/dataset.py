"""The RDF dataset of a build: canonical actors in the default graph, one named graph per article.

Each article's graph holds what that article says — its metadata and every
mention with its character offsets (``article-IRI#char=START,END``, RFC 5147)
— so provenance stays with the claim.  The default graph holds one node per
real actor, linked to its mentions.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterator

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from ..export.rdf import EG, ID, SCHEMA, SEM, TIME, WD, term_key, write_canonical
from ..parse.article import Article
from ..parse.doc import Doc
from .identities import actor_iri, iri_of
from .ranks import event_ranks, source_ranks

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


Triple = tuple[URIRef, URIRef, object]


def article_triples(doc: Doc, canonical_of: dict[tuple[str, int], str]) -> list[Triple]:
    """The article's named graph: its metadata, its actor mentions and its event mentions."""
    a = doc.article
    iri = article_iri(a.id)
    g: list[Triple] = [(iri, RDF.type, SCHEMA.NewsArticle), (iri, DCTERMS.identifier, Literal(a.id))]
    if (pub := _published(a)) is not None:
        g += [(iri, SCHEMA.datePublished, pub), (iri, EG.publishedFrom, Literal(a.published_from))]
    if a.title:
        g.append((iri, DCTERMS.title, Literal(a.title, lang="de")))
    if a.source:
        g.append((iri, SCHEMA.url, Literal(a.source)))
    if a.author:
        g.append((iri, SCHEMA.author, Literal(a.author)))
    for m in doc.actors:
        node = mention_iri(a.id, m.start, m.end)
        g += [(node, RDF.type, EG.ActorMention), (node, EG.article, iri), (node, EG.evidence, Literal(m.text, lang="de")),
              (node, EG.evidenceStart, Literal(m.start, datatype=XSD.integer)),
              (node, EG.evidenceEnd, Literal(m.end, datatype=XSD.integer)),
              (node, PROV.wasDerivedFrom, iri), (node, EG.mentionOf, URIRef(iri_of(m)))]
        if m.role:
            # a role is a time-scoped fact: held as of the article's publication date
            g.append((node, EG.roleType, EG[m.role]))
            if m.affiliation or m.organisation:  # "US-Präsident": the country; "VLP-Vorsitzender": the union
                g.append((node, EG.roleOf, URIRef(m.affiliation or actor_iri(m.organisation))))
    g += _event_mentions(doc, iri, canonical_of)
    return g


def _event_mentions(doc: Doc, iri: URIRef, canonical_of: dict[tuple[str, int], str]) -> list[Triple]:
    """Every event mention of the article: what this article claims, with the sentence as evidence."""
    a = doc.article
    g: list[Triple] = []
    for i, m in enumerate(doc.events):
        node = mention_iri(a.id, m.start, m.end)
        sent = doc.sentences[m.sentence]
        g += [(node, RDF.type, EG.EventMention), (node, EG.eventType, EG[m.type]), (node, EG.article, iri),
              (node, PROV.wasDerivedFrom, iri), (node, EG.trigger, Literal(m.text, lang="de")),
              (node, EG.evidence, Literal(sent.text, lang="de")),
              (node, EG.evidenceStart, Literal(sent.start, datatype=XSD.integer)),
              (node, EG.evidenceEnd, Literal(sent.end, datatype=XSD.integer)),
              (node, EG.status, Literal("occurred" if m.status == "negated" else m.status)),
              (node, EG.isStatement, Literal(m.statement)), (node, EG.timeSource, Literal(m.time_source))]
        if m.status == "negated":
            g.append((node, EG.negated, Literal(True)))
        if m.generic:
            g.append((node, EG.generic, Literal(True)))
        if m.time is not None and m.time.earliest:
            g += [(node, EG.timeValue, Literal(m.time.value)), (node, EG.granularity, Literal(m.time.granularity)),
                  (node, SEM.hasEarliestBeginTimeStamp, Literal(m.time.earliest, datatype=XSD.date)),
                  (node, SEM.hasLatestEndTimeStamp, Literal(m.time.latest, datatype=XSD.date))]
        else:
            g.append((node, EG.timeUnknown, Literal(True)))
        for p in m.participants:
            g.append((node, EG.speaker if p.role == "speaker" else SEM.hasActor, URIRef(iri_of(doc.actors[p.actor]))))
        if m.participants and m.parties_source != "clause":
            g.append((node, EG.partiesSource, Literal(m.parties_source)))
        if m.place is not None:
            g += [(node, SEM.hasPlace, URIRef(iri_of(doc.actors[m.place]))), (node, EG.placeSource, Literal(m.place_source))]
        for s in m.according_to:
            g.append((node, SEM.accordingTo, URIRef(iri_of(doc.actors[s]))))
        canonical = canonical_of.get((a.id, i))
        if canonical:
            g.append((node, EG.mentionOf, URIRef(canonical)))
    for i, j in doc.event_order:
        g.append((mention_iri(a.id, doc.events[i].start, doc.events[i].end), TIME.before,
                  mention_iri(a.id, doc.events[j].start, doc.events[j].end)))
    return g


def _count(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def actor_triples(actor: dict, mentions: set[tuple[str, int, int]], events: int, rank: int | None) -> list[Triple]:
    """A canonical actor in the default graph, linked to every mention (article id, start, end), with
    the number of canonical events it takes part in and its rank by that number (see :mod:`.ranks`)."""
    node = URIRef(actor["id"])
    # also a sem:Actor, as every event is a sem:Event: "all actors" is one index lookup
    g: list[Triple] = [(node, RDF.type, _KIND_CLASS[actor["kind"]]), (node, RDF.type, SEM.Actor),
                       (node, RDFS.label, Literal(actor["name"], lang="de")),
                       (node, EG.eventCount, _count(events)), (node, EG.mentionCount, _count(len(mentions)))]
    if rank is not None:
        g.append((node, EG.eventRank, _count(rank)))
    g += [(node, SKOS.altLabel, Literal(alias, lang="de")) for alias in actor["aliases"]]
    if actor.get("wikidata"):
        g.append((node, OWL.sameAs, WD[actor["wikidata"]]))
    g += [(node, EG.hasMention, mention_iri(*m)) for m in sorted(mentions)]
    return g


def _day(d) -> Literal:
    return Literal(d.isoformat(), datatype=XSD.date)


def _spans(e) -> set[tuple[str, int, int]]:
    """The event's mentions as (article id, start, end): members can share one span."""
    return {(n.article, n.mention.start, n.mention.end) for n in e.members}


def event_triples(e, mentions: set[tuple[str, int, int]], position: int, rank: int) -> list[Triple]:
    """A canonical event in the default graph (with its claims), linked to its mentions (``_spans``) and
    ordered by ``time:before``; ``position`` is its place in the timeline, ``rank`` its rank by sources
    (:mod:`.ranks`)."""
    node = URIRef(e.iri)
    # every canonical event is also typed sem:Event: "all events" is then one index lookup, which the
    # saved queries use as the fallback of their event lookup (no RDFS reasoning needed either)
    g: list[Triple] = [(node, RDF.type, EG[e.type]), (node, RDF.type, SEM.Event), (node, RDFS.label, Literal(e.label, lang="de")),
                       (node, SCHEMA.eventStatus, _STATUS[e.status]), (node, EG.status, Literal(e.status)),
                       (node, EG.isStatement, Literal(e.statement)),
                       (node, EG.sourceCount, _count(len(e.sources))), (node, EG.mentionCount, _count(len(mentions))),
                       (node, EG.timelinePosition, _count(position)), (node, EG.sourceRank, _count(rank))]
    if e.value:
        g += [(node, EG.timeValue, Literal(e.value)), (node, SEM.hasEarliestBeginTimeStamp, _day(e.earliest)),
              (node, SEM.hasLatestEndTimeStamp, _day(e.latest))]
    else:
        g.append((node, EG.timeUnknown, Literal(True)))
    g += [(node, SEM.hasActor, URIRef(a)) for a in e.actors]
    if e.place:
        g.append((node, SEM.hasPlace, URIRef(e.place)))
    g += [(node, SEM.accordingTo, URIRef(a)) for a in e.according_to]
    g += [(node, PROV.wasDerivedFrom, article_iri(art)) for art in e.sources]
    g += [(node, EG.hasMention, mention_iri(*m)) for m in sorted(mentions)]
    # the day of the last report of each kind, so "planned, not yet reported as happened" needs no
    # search through the articles (a negated mention is no report that it happened)
    for prop, status in ((EG.lastPlannedReport, "planned"), (EG.lastOccurredReport, "occurred")):
        days = [n.published[:10] for n in e.members if n.published and n.mention.status == status]
        if days:
            g.append((node, prop, Literal(max(days), datatype=XSD.date)))
    g += [(node, TIME.before, URIRef(later)) for later in e.before]
    if e.claims:
        g.append((node, EG.disputed, Literal(True)))
    for k, c in enumerate(e.claims):
        claim = URIRef(f"{e.iri}/claim/{k}")
        g += [(node, EG.hasClaim, claim), (claim, RDF.type, EG.Claim), (claim, EG.claimProperty, Literal(c["property"])),
              (claim, EG.claimValue, Literal(c["value"]))]
        g += [(claim, PROV.wasDerivedFrom, article_iri(art)) for art in c["sources"]]
    return g


def write_dataset(docs: list[Doc], actors: list[dict], events: list, trig: str | os.PathLike,
                  ttl: str | os.PathLike | None = None) -> None:
    """The whole build as TriG (and its default graph as Turtle), written unit by unit.

    Never one graph in memory: at 100,000 articles that would be tens of
    millions of rdflib terms.  Each canonical actor or event, and each
    article's graph, becomes triples only when its turn in the canonical
    order comes; the store loads the TriG file afterwards.
    """
    mentions: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    for doc in docs:
        for m in doc.actors:
            mentions[iri_of(m)].add((doc.article.id, m.start, m.end))
    canonical_of = {(n.article, n.index): e.iri for e in events for n in e.members}
    # events come in timeline order
    position = {e.iri: k for k, e in enumerate(events, 1)}
    spans = {e.iri: _spans(e) for e in events}
    by_source = source_ranks((e.iri, len(e.sources), len(spans[e.iri]), position[e.iri]) for e in events)
    event_count = Counter(a for e in events for a in set(e.actors))
    by_events = event_ranks((a["id"], a["name"], event_count[a["id"]], len(mentions.get(a["id"], ()))) for a in actors)
    units = sorted([(term_key(URIRef(a["id"])), a) for a in actors] + [(term_key(URIRef(e.iri)), e) for e in events],
                   key=lambda u: u[0])

    def default() -> Iterator[list[Triple]]:
        for _, unit in units:
            if isinstance(unit, dict):
                yield actor_triples(unit, mentions.pop(unit["id"], set()), event_count[unit["id"]], by_events.get(unit["id"]))
            else:
                yield event_triples(unit, spans.pop(unit.iri), position[unit.iri], by_source[unit.iri])

    def named() -> Iterator[tuple[URIRef, list[Triple]]]:
        for doc in sorted(docs, key=lambda d: term_key(article_iri(d.article.id))):
            yield article_iri(doc.article.id), article_triples(doc, canonical_of)

    write_canonical(default(), named(), trig, ttl)
