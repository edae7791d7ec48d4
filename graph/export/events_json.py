"""``events.json``: the timeline export that ``eventgraph evaluate`` scores.

Specification: ``tests/data/eval/FORMAT.md`` (format ``eventgraph-events/1``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from ..parse.article import Article
from .files import dumps_json, write_text_atomic

FORMAT_ID = "eventgraph-events/1"


def article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "published": article.published,
        "published_from": article.published_from,
        "title": article.title,
        "source": article.source,
        "author": article.author,
    }


def event_record(e, actors_by_iri: dict[str, dict[str, Any]], docs_by_id: dict) -> dict[str, Any]:
    """One canonical event as FORMAT.md says, plus ``statement``, ``claims``, ``before``, ``according_to``."""

    def ref(iri: str | None) -> dict[str, Any] | None:
        if iri is None:
            return None
        rec = actors_by_iri.get(iri, {})
        return {"id": iri, "name": rec.get("name", iri), "wikidata": rec.get("wikidata")}

    evidence = {}
    for n in e.members:
        doc = docs_by_id[n.article]
        sent = doc.sentences[n.mention.sentence]
        evidence[(n.article, sent.start)] = {"article": n.article, "start": sent.start, "end": sent.end,
                                             "text": sent.text, "trigger": n.mention.text}
    return {
        "id": e.iri,
        "label": e.label,
        "type": e.type,
        "broader": e.broader,
        "status": e.status,
        "statement": e.statement,
        "time": {"value": e.value, "earliest": e.earliest.isoformat() if e.earliest else None,
                 "latest": e.latest.isoformat() if e.latest else None},
        "actors": [{**ref(a), "role": e.roles.get(a, "participant")} for a in e.actors],
        "place": ref(e.place),
        "sources": e.sources,
        "evidence": [evidence[k] for k in sorted(evidence)],
        "according_to": [ref(a) for a in e.according_to],
        "claims": e.claims,
        "before": e.before,
    }


def events_document(articles: Iterable[Article], actors: list[dict[str, Any]] | None = None,
                    events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The ``events.json`` object: articles sorted by id, events in timeline order as given."""
    return {
        "format": FORMAT_ID,
        "articles": [article_record(a) for a in sorted(articles, key=lambda a: a.id)],
        "actors": actors or [],
        "events": events or [],
    }


def write_events_json(document: dict[str, Any], path: str | os.PathLike) -> None:
    write_text_atomic(path, dumps_json(document))
