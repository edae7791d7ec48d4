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
