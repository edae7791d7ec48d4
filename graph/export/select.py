"""Narrow an ``events.json`` document to one actor and a date range, for entity-centred timelines."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..knowledge import norm


def find_actor(document: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The actor whose IRI, name, alias or Wikidata id is ``name`` (case- and accent-insensitive)."""
    key = norm(name)
    for a in document.get("actors", []):
        if name in (a["id"], a.get("wikidata")) or key == norm(a["name"]) or key in {norm(x) for x in a.get("aliases", [])}:
            return a
    return None


def select_events(document: dict[str, Any], actor_id: str | None = None, start: date | None = None,
                  end: date | None = None) -> dict[str, Any]:
    """A copy of ``document`` with the events of the actor ``actor_id`` (see :func:`find_actor`)
    that overlap ``start``..``end``.

    Undated events are dropped once a range is asked for: nobody can say they fall in it.
    """
    ids = {actor_id} if actor_id else None

    def keep(e: dict[str, Any]) -> bool:
        if ids is not None and not ids & {a["id"] for a in e["actors"]} and not (
                e.get("place") and e["place"]["id"] in ids):
            return False
        if start or end:
            t = e["time"]
            if not t["earliest"]:
                return False
            if start and date.fromisoformat(t["latest"][:10]) < start:
                return False
            if end and date.fromisoformat(t["earliest"][:10]) > end:
                return False
        return True

    events = [e for e in document["events"] if keep(e)]
    sources = {s for e in events for s in e["sources"]}
    return {**document, "events": events,
            "articles": [a for a in document.get("articles", []) if a["id"] in sources] if actor_id or start or end
            else document.get("articles", [])}
