"""Canonical events: one per coreference cluster, with a time all sources allow, and a timeline.

- **Type**: the most frequent of the most specific classes reported (a bare
  ``Gespräch`` gives way to ``Telefonat``).
- **Time**: the intersection of the days the texts give (``im August`` ∩
  ``Mitte August``); without any, the days assumed from the publication date
  of a past event; a plan with no date stays ``null``.
- **Status**: the latest report's (``abgesagt`` after ``geplant``); the
  earlier claims stay in their articles' graphs with their dates.
- **Claims**: where sources disagree on the date, status or place, every
  claim is kept with its sources.
- **Chronology**: order links between mentions become ``before`` links
  between events; they narrow the intervals (what happens after X cannot start
  before X) and fix the timeline order where intervals overlap.

Which clusters are timeline events: a cluster needs one mention that stands
on its own, and a time the text gives or more than one source.  Everything
else stays as mentions in the article graphs.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import networkx as nx

from ..ontology import Lexicon, lexicon
from ..parse.doc import Doc
from .coreference import Coreference, Node, event_iri
from .identities import iri_of

_STATUS_PRIORITY = ["cancelled", "postponed", "occurred", "planned", "possible"]


@dataclass(slots=True)
class CanonicalEvent:
    iri: str
    type: str
    broader: list[str]
    label: str
    status: str
    value: str | None
    earliest: date | None
    latest: date | None
    actors: list[str]  # actor IRIs, most mentioned first
    place: str | None
    sources: list[str]
    members: list[Node]
    statement: bool
    according_to: list[str] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    before: list[str] = field(default_factory=list)  # IRIs of events this one precedes
    roles: dict[str, str] = field(default_factory=dict)  # actor IRI → host | guest | speaker | participant

    @property
    def bounds(self) -> tuple[date, date] | None:
        return (self.earliest, self.latest) if self.earliest and self.latest else None


class EventMerger:
    """From parsed documents to canonical events in timeline order."""

    def __init__(self, docs: list[Doc], actor_names: dict[str, str], lx: Lexicon | None = None, kb=None):
        self.docs = docs
        self.lx = lx or lexicon()
        self.coref = Coreference(docs, kb=kb, lx=self.lx)
        self.names = actor_names

    def events(self, statements: bool = True) -> list[CanonicalEvent]:
        all_clusters = self.coref.clusters()
        kept = [self._on_timeline(c) for c in all_clusters]
        # an event the text orders against a timeline event ("erst nachdem …") is placed in time by it
        kept_ids = {n.id for c, k in zip(all_clusters, kept) if k for n in c}
        partners: set[str] = set()
        for d in self.docs:
            for pair in d.event_order:
                ids = {f"{d.article.id}#{x}" for x in pair}
                if ids & kept_ids:
                    partners |= ids
                # "sagte Steinmeier nach einem Gespräch mit seinem Gast": a statement the text orders
                # against another event is dated by it, kept or not — not against a topic ("warnte vor
                # einer Lieferung", unless the warned-of event happened and is kept)
                if not any(d.events[x].generic for x in pair):
                    partners |= {f"{d.article.id}#{x}" for x in pair if d.events[x].statement}
        clusters = [c for c, k in zip(all_clusters, kept)
                    if k or (any(n.standalone for n in c) and {n.id for n in c} & partners)]
        events = [self._canonical(c) for c in clusters]
        if not statements:
            events = [e for e in events if not e.statement]
        return self._chronology(events)

    @staticmethod
    def _on_timeline(cluster: list[Node]) -> bool:
        """A timeline event stands on its own somewhere and is dated by the text, reported by more than
        one article, names two people ("ein Telefonat zwischen Rubio und Lawrow"), or is a statement made
        at an occasion ("kündigte noch im Gerichtssaal an")."""
        if not any(n.standalone for n in cluster):
            return False
        return any(n.explicit for n in cluster) or len({n.article for n in cluster}) > 1 \
            or any(n.mention.occasion for n in cluster) \
            or any(len(n.persons) >= 2 for n in cluster) \
            or any(n.lead and n.mention.pos == "verb" and n.mention.status == "occurred" and n.soft
                   and (n.persons or n.parties) for n in cluster)

    # -- one event ------------------------------------------------------------

    def _canonical(self, cluster: list[Node]) -> CanonicalEvent:
        lx = self.lx
        types = Counter(n.type for n in cluster)
        specific = [t for t in types if not any(o != t and lx.subsumes(t, o) for o in types)]
        etype = sorted(specific, key=lambda t: (-types[t], -lx.depth(t), t))[0]
        status = self._status(cluster)
        earliest, latest, value = self._time(cluster, status)
        actor_count: Counter[str] = Counter()
        role_count: dict[str, Counter[str]] = defaultdict(Counter)
        place_count: Counter[str] = Counter()
        place_cls: dict[str, str | None] = {}
        default_places: Counter[str] = Counter()
        according: set[str] = set()
        # parties inherited from the story count only when no member names its own
        own_parties = any(n.mention.participants and n.mention.parties_source == "clause" for n in cluster)
        for n in cluster:
            doc = self.docs[n.doc]
            for p in (n.mention.participants if not own_parties or n.mention.parties_source == "clause" else []):
                actor = iri_of(doc.actors[p.actor])
                actor_count[actor] += 1
                role_count[actor][p.role] += 1
            if n.place:
                place_count[n.place] += 1
                place_cls[n.place] = n.place_cls
            elif n.mention.place is not None:  # the scene's or dateline's place: only when no source names one
                default_places[iri_of(doc.actors[n.mention.place])] += 1
            according |= {iri_of(doc.actors[i]) for i in n.mention.according_to}
        actors = [a for a, _ in sorted(actor_count.items(), key=lambda kv: (-kv[1], self.names.get(kv[0], kv[0])))]
        place = None
        if place_count:
            fine = [p for p in place_count if place_cls[p] not in ("Country", "Region")] or list(place_count)
            place = sorted(fine, key=lambda p: (-place_count[p], p))[0]
        elif default_places and not actors:  # a default for an event with no party, as for its mentions
            place = sorted(default_places, key=lambda p: (-default_places[p], p))[0]
        first = min(cluster, key=lambda n: (n.published or "9999", n.article, n.mention.start))
        return CanonicalEvent(
            iri=event_iri(first), type=etype, broader=lx.ancestors(etype), label=self._label(etype, actors, place),
            status=status, value=value, earliest=earliest, latest=latest, actors=actors, place=place,
            sources=sorted({n.article for n in cluster}), members=cluster,
            statement=cluster[0].mention.statement, according_to=sorted(according - set(actors)),
            claims=self._claims(cluster), roles={a: _role(role_count[a]) for a in actors},
        )

    @staticmethod
    def _status(cluster: list[Node]) -> str:
        """The latest report decides; within it, the majority, ties to the most final status."""
        said = [n for n in cluster if n.mention.antecedent is None or n.mention.status_cue] or cluster
        latest = max(n.published for n in said)
        votes = Counter(n.mention.status for n in said if n.published == latest)
        return sorted(votes, key=lambda s: (-votes[s], _STATUS_PRIORITY.index(s)))[0]

    @staticmethod
    def _time(cluster: list[Node], status: str) -> tuple[date | None, date | None, str | None]:
        explicit = [n for n in cluster if n.explicit]
        pool = explicit or ([n for n in cluster if n.soft and n.mention.time_source == "publication"]
                            if status in ("occurred", "cancelled", "postponed") else [])
        if not pool:
            return None, None, None
        lo = max(n.span[0] for n in pool)
        hi = min(n.span[1] for n in pool)
        if lo > hi:  # sources disagree: keep the most precise claim, the others stay as claims
            best = min(pool, key=lambda n: ((n.span[1] - n.span[0]).days, n.article))
            lo, hi = best.span
        # the value of a source that gives exactly these days, or the hours of one that gives at most two
        # days around them: "in der Nacht zu Mittwoch" and "am Mittwoch" meet in the night's early hours
        same = [n for n in pool if n.mention.time and n.mention.time.value and (
            n.span == (lo, hi) or (n.span[0] <= lo and hi <= n.span[1] and (n.span[1] - n.span[0]).days <= 1
                                   and _day_part(n.mention.time.value) is not None))]
        if same:
            value = sorted((n.mention.time.value for n in same), key=lambda v: (-len(v), v))[0]
        else:
            value = _days_value(lo, hi)
        return lo, hi, value

    def _claims(self, cluster: list[Node]) -> list[dict]:
        """Disagreements between articles on date, status or place, each claim with its sources."""
        out: list[dict] = []
        by_article: dict[str, list[Node]] = defaultdict(list)
        for n in cluster:
            by_article[n.article].append(n)
        statuses: dict[str, set[str]] = defaultdict(set)
        for art, ns in by_article.items():
            statuses[Counter(n.mention.status for n in ns).most_common(1)[0][0]].add(art)
        if len(statuses) > 1:
            out += [{"property": "status", "value": s, "sources": sorted(a)} for s, a in sorted(statuses.items())]
        spans: dict[tuple, set[str]] = defaultdict(set)
        for n in cluster:
            if n.explicit:
                spans[n.explicit].add(n.article)
        keys = sorted(spans)
        disjoint = any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(keys) for b in keys[i + 1:])
        if disjoint:
            out += [{"property": "time", "value": f"{a.isoformat()}/{b.isoformat()}", "sources": sorted(spans[(a, b)])}
                    for a, b in keys]
        places: dict[str, set[str]] = defaultdict(set)
        for n in cluster:
            if n.place:
                places[n.place].add(n.article)
        if len(places) > 1 and not all(self.coref.places_ok(x, y) for x in cluster for y in cluster if x.place and y.place):
            out += [{"property": "place", "value": p, "sources": sorted(a)} for p, a in sorted(places.items())]
        return out

    def _label(self, etype: str, actors: list[str], place: str | None) -> str:
        """A readable German label: "Telefonat zwischen Donald Trump und Wladimir Putin"."""
        name = self.lx.names.get(etype, etype)
        people = list(dict.fromkeys(self.names.get(a, a) for a in actors))[:3]  # two towns' "Polizei": one word
        if len(people) >= 2:
            who = f" zwischen {', '.join(people[:-1])} und {people[-1]}"
            if etype in self.lx.names and self.lx.subsumes("Statement", etype):
                who = f" von {', '.join(people[:-1])} und {people[-1]}"
        elif people:
            who = f" von {people[0]}"
        else:
            who = ""
        where = f" in {self.names.get(place, place)}" if place else ""
        return f"{name}{who}{where}"

    # -- chronology -----------------------------------------------------------

    def _chronology(self, events: list[CanonicalEvent]) -> list[CanonicalEvent]:
        """``before`` links from the texts, intervals narrowed by them, and one timeline order."""
        of_node = {n.id: e for e in events for n in e.members}
        g = nx.DiGraph()
        g.add_nodes_from(e.iri for e in events)
        for doc in self.docs:
            aid = doc.article.id
            for i, j in doc.event_order:
                a, b = of_node.get(f"{aid}#{i}"), of_node.get(f"{aid}#{j}")
                if a is None or b is None or a is b:
                    continue
                if a.bounds and b.bounds and a.earliest > b.latest:
                    continue  # the intervals say otherwise: the text's order was misread
                g.add_edge(a.iri, b.iri)
        while True:  # contradictory links: drop one edge of each cycle, the latest added by name
            try:
                cycle = nx.find_cycle(g)
            except nx.NetworkXNoCycle:
                break
            g.remove_edge(*max(cycle))
        _narrow(events, g)
        for e in events:
            e.before = sorted(g.successors(e.iri))
        return _timeline_order(events, g)


def _narrow(events: list[CanonicalEvent], g: nx.DiGraph) -> None:
    """What comes after A starts no earlier than A; what comes before B ends no later than B."""
    by_iri = {e.iri: e for e in events}
    order = list(nx.topological_sort(g))
    for iri in order:
        a = by_iri[iri]
        for b in (by_iri[s] for s in sorted(g.successors(iri))):
            if a.bounds and b.bounds and b.earliest < a.earliest <= b.latest:
                b.earliest = a.earliest
                b.value = _days_value(b.earliest, b.latest)
    for iri in reversed(order):
        b = by_iri[iri]
        for a in (by_iri[p] for p in sorted(g.predecessors(iri))):
            if a.bounds and b.bounds and a.earliest <= b.latest < a.latest:
                a.latest = b.latest
                a.value = _days_value(a.earliest, a.latest)


def _role(votes: Counter[str]) -> str:
    """The specific role (host, guest, speaker) most sources give: plain participation says no more than
    that the actor was there ("die Begegnung mit Putin" beside "hatte den Kremlchef empfangen")."""
    return sorted(votes, key=lambda r: (r == "participant", -votes[r], r))[0]


def _days_value(lo: date, hi: date) -> str:
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"


#: where in its day a part of the day lies (the night is the one that follows the day, around midnight)
_DAY_PART_AT = {"MO": 0.3, "MI": 0.5, "AF": 0.65, "EV": 0.85, "NI": 1.0}


def _day_part(value: str | None) -> float | None:
    """The moment a time value's part of the day or clock time stands for, as a fraction of its day."""
    if not value or "T" not in value or "/" in value:
        return None
    part = value.split("T", 1)[1]
    if part in _DAY_PART_AT:
        return _DAY_PART_AT[part]
    hh, _, mm = part.partition(":")
    return (int(hh) + int(mm or 0) / 60) / 24 if hh.isdigit() and (not mm or mm.isdigit()) else None


def _sort_key(e: CanonicalEvent) -> tuple:
    """Midpoint of the interval, then its start; undated events at the date they were first reported.
    A part of the day places an event within its day: the flood in the night is before the evacuation
    that morning, though both are dated to the same day."""
    if e.bounds:
        at = _day_part(e.value)
        if at is not None:
            mid = date.fromisoformat(e.value[:10]).toordinal() + at
        else:
            mid = e.earliest.toordinal() + (e.latest.toordinal() + 1 - e.earliest.toordinal()) / 2
        return (mid, e.earliest.toordinal(), e.latest.toordinal(), e.label, e.iri)
    first = min((n.published[:10] for n in e.members if n.published), default="9999-12-31")
    day = date.fromisoformat(first).toordinal() if first != "9999-12-31" else date.max.toordinal()
    return (day + 0.5, day, day, e.label, e.iri)


def _timeline_order(events: list[CanonicalEvent], g: nx.DiGraph) -> list[CanonicalEvent]:
    """Kahn's algorithm over the ``before`` links, choosing by interval among what is free to go next."""
    by_iri = {e.iri: e for e in events}
    indeg = {e.iri: g.in_degree(e.iri) for e in events}
    heap = [(_sort_key(e), e.iri) for e in events if indeg[e.iri] == 0]
    heapq.heapify(heap)
    out: list[CanonicalEvent] = []
    while heap:
        _, iri = heapq.heappop(heap)
        out.append(by_iri[iri])
        for succ in g.successors(iri):
            indeg[succ] -= 1
            if indeg[succ] == 0:
                heapq.heappush(heap, (_sort_key(by_iri[succ]), succ))
    return out
