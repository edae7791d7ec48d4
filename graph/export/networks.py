"""The two networks a build draws for Gephi, as networkx graphs built from ``events.json``.

- **Event network** (``graph.gexf``): actors, places and events as nodes;
  participation (actor → event, with the role), location (event → place) and
  order (event → event, ``before``) as edges.
- **Actor network** (``actors.gexf``): the actors who take part in events,
  linked when they share one, weighted by how many they share.

Both carry the time of every element as ``start``/``end`` (calendar days), so
Gephi's timeline slider replays the story: an event exists over its interval,
an actor from its first event on, an edge from the first event that makes it.
The networks are built from the ``events.json`` document — the contract every
export reads — so ``eventgraph export`` works on any existing build.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

import networkx as nx

# Node colours by kind (Tableau 10), shared by both networks so a person looks the same in each.
KIND_COLOURS: dict[str, tuple[int, int, int]] = {
    "person": (31, 119, 180),
    "organisation": (255, 127, 14),
    "group": (148, 103, 189),
    "place": (44, 160, 44),
    "event": (214, 39, 40),
}


def _size(sources: int) -> float:
    """Node size grows with the number of reporting articles, slowly, so one big story does not hide the rest."""
    return round(10 * (1 + max(sources, 1) ** 0.5), 2)


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def event_network(document: dict[str, Any]) -> nx.MultiDiGraph:
    """Actors, places and events with participation, location and order edges."""
    actors = {a["id"]: a for a in document.get("actors", [])}
    g = nx.MultiDiGraph(name="eventgraph events", newest=_newest(document))
    first_seen: dict[str, str] = {}
    for e in document["events"]:
        start, end = _day(e["time"]["earliest"]), _day(e["time"]["latest"])
        g.add_node(e["id"], label=e["label"], kind="event", type=e["type"], status=e["status"],
                   statement=bool(e.get("statement")), time=e["time"]["value"] or "",
                   sources=len(e["sources"]), start=start, end=end,
                   colour=KIND_COLOURS["event"], size=_size(len(e["sources"])))
        for ref in e["actors"]:
            g.add_edge(ref["id"], e["id"], kind="participation", role=ref.get("role", "participant"),
                       start=start, end=end)
            _first(first_seen, ref["id"], start)
        if e["place"]:
            g.add_edge(e["id"], e["place"]["id"], kind="location", start=start, end=end)
            _first(first_seen, e["place"]["id"], start)
    by_id = {e["id"]: e for e in document["events"]}
    for e in document["events"]:
        for later in e.get("before", []):
            if later in by_id:
                g.add_edge(e["id"], later, kind="before",
                           start=_day(by_id[later]["time"]["earliest"]), end=None)
    for node in list(g.nodes):
        if g.nodes[node].get("kind") != "event":
            _actor_node(g, node, actors.get(node), first_seen.get(node))
    return g


def actor_network(document: dict[str, Any]) -> nx.Graph:
    """Actors linked by the events they share; ``weight`` counts them, ``start`` is the first one's day."""
    actors = {a["id"]: a for a in document.get("actors", [])}
    g = nx.Graph(name="eventgraph actors", newest=_newest(document))
    shared: dict[tuple[str, str], list[dict]] = defaultdict(list)
    first_seen: dict[str, str] = {}
    for e in document["events"]:
        ids = sorted({ref["id"] for ref in e["actors"]})
        start = _day(e["time"]["earliest"])
        for a in ids:
            g.add_node(a)
            _first(first_seen, a, start)
        for a, b in combinations(ids, 2):
            shared[(a, b)].append(e)
    for node in list(g.nodes):
        _actor_node(g, node, actors.get(node), first_seen.get(node))
    for (a, b), events in shared.items():
        days = sorted(d for d in (_day(e["time"]["earliest"]) for e in events) if d)
        g.add_edge(a, b, kind="shared-event", weight=float(len(events)), start=days[0] if days else None, end=None,
                   events=" | ".join(sorted(e["label"] for e in events)))
    return g


def _actor_node(g: nx.Graph, node: str, rec: dict | None, start: str | None) -> None:
    rec = rec or {"name": node, "kind": "place", "wikidata": None}
    kind = rec.get("kind", "organisation")
    sources = len(rec.get("articles", [])) or 1
    g.add_node(node, label=rec.get("name", node), kind=kind, type=kind, wikidata=rec.get("wikidata") or "",
               geonames=rec.get("geonames") or "", sources=sources, start=start, end=None,
               colour=KIND_COLOURS.get(kind, KIND_COLOURS["organisation"]), size=_size(sources))


def _first(seen: dict[str, str], node: str, day: str | None) -> None:
    if day and (node not in seen or day < seen[node]):
        seen[node] = day


def _newest(document: dict[str, Any]) -> str | None:
    days = [a["published"][:10] for a in document.get("articles", []) if a.get("published")]
    return max(days) if days else None
