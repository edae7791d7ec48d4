"""Event coreference across articles: which mentions report the same event.

Every event mention is a node of a graph whose edges are of three kinds:

- ``anaphora`` (must-link): ``das Gespräch`` refers back within its article;
- ``order`` (cannot-link): ``X nachdem Y`` — two events, not one;
- ``candidate``: two mentions that may corefer, weighted by what they share.

Candidates come only from blocks — same type family and a shared participant,
place or day, in the same month — so the cost grows with the size of the
blocks, not with the square of the corpus.  Clusters grow greedily along the
heaviest candidate edges, and two clusters join only when *every* pair of
their members is compatible (complete link): same type family, overlapping
days, places that can contain each other, no disjoint sets of persons, and
no order link between them.  Transitive chains (A~B, B~C, but A≁C) cannot
merge two different meetings through a vague mention in between.  The graph
is never held whole: must-links go straight into a union-find, cannot-links
into a set, and only the candidate edges that pass the checks are kept.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from ..knowledge import KnowledgeBase, load_kb
from ..ontology import Lexicon, lexicon
from ..parse.doc import Doc
from ..parse.events import EventMention, family
from .identities import actor_iri, iri_of

_SOFT_PLANNED_DAYS = 366  # a plan with no date happens after it was reported, within a year
_SOFT_CANCELLED_DAYS = 7  # "sagte den Streik ab": it was due at most a week before the report, or later
_COARSE_PLACES = frozenset({"Country", "Region", "River", "Mountain"})
_LEAD_SENTENCES = 2
# families whose kinds are different happenings, not words for one: a storm and the flood it
# brings are two events, a "Treffen" and a "Gipfel" may be one
_DISTINCT_KINDS = frozenset({"Communication", "NaturalDisaster"})
_BLOCK_CAP = 400
_WINDOW = 60
_EDGE_CHUNK = 2_000_000  # compatible pairs gathered before they are deduplicated into the kept arrays


@dataclass(slots=True)
class Node:
    """One event mention with what coreference compares, in identities shared across articles."""

    id: str  # "<article id>#<index>"
    doc: int
    index: int
    mention: EventMention
    article: str
    published: str  # sortable publication timestamp ("" when unknown)
    type: str
    family: str
    persons: frozenset[str]
    parties: frozenset[str]  # organisations, groups, countries
    place: str | None
    place_cls: str | None
    explicit: tuple[date, date] | None  # days the text gives
    soft: tuple[date, date] | None  # days assumed from the publication date
    standalone: bool
    voices: frozenset[str]  # a statement's speakers and the organisations their titles tie them to
    scene: str | None = None  # a place the mention has by default (the dateline's, the story's), not its own
    scene_cls: str | None = None

    @property
    def span(self) -> tuple[date, date] | None:
        return self.explicit or self.soft

    @property
    def lead(self) -> bool:
        """In the title or the first sentences: the news the article was written for."""
        return self.mention.sentence <= _LEAD_SENTENCES


def make_nodes(docs: list[Doc], lx: Lexicon | None = None) -> list[Node]:
    """Nodes for every mention that may stand on the timeline (not negated, generic or mere attribution)."""
    lx = lx or lexicon()
    nodes: list[Node] = []
    for di, doc in enumerate(docs):
        a = doc.article
        pub = date.fromisoformat(a.news_day) if a.news_day else None
        speaks_for = {iri_of(x): actor_iri(x.organisation) for x in doc.actors if x.organisation}
        for i, m in enumerate(doc.events):
            if m.status == "negated" or (m.generic and m.antecedent is None) or (m.statement and not m.standalone):
                continue
            if not m.standalone and m.antecedent is None:
                continue
            own = m.participants if m.parties_source == "clause" else []  # inherited parties are a default
            persons = frozenset(iri_of(doc.actors[p.actor]) for p in own
                                if doc.actors[p.actor].kind == "person")
            parties = frozenset(iri_of(doc.actors[p.actor]) for p in own
                                if doc.actors[p.actor].kind != "person")
            place = cls = scene = scene_cls = None
            if m.place is not None:
                pm = doc.actors[m.place]
                where, kind = iri_of(pm), pm.entity.cls if pm.entity else "Region" if pm.cue == "district" else "City"
                if m.place_source == "clause":
                    place, cls = where, kind
                else:  # the story's scene or dateline: a default
                    scene, scene_cls = where, kind
            bounds = m.time.bounds if m.time is not None else None
            explicit = bounds if m.time_source in ("clause", "sentence", "discourse") else None
            soft = None
            if explicit is None and m.antecedent is None:  # a referring mention takes its antecedent's time
                if m.time_source == "publication":
                    soft = bounds
                elif pub is not None and m.status in ("planned", "possible"):
                    soft = (pub, pub + timedelta(days=_SOFT_PLANNED_DAYS))
                elif pub is not None and m.status in ("cancelled", "postponed"):
                    # called off: it was still to come when the plan was dropped, a few days ago at most
                    soft = (pub - timedelta(days=_SOFT_CANCELLED_DAYS), pub + timedelta(days=_SOFT_PLANNED_DAYS))
            voices = persons | parties | {speaks_for[p] for p in persons if p in speaks_for}
            nodes.append(Node(f"{a.id}#{i}", di, i, m, a.id, a.published or "", m.type, family(m.type, lx),
                              persons, parties, place, cls, explicit, soft, m.standalone, voices, scene, scene_cls))
    return nodes


class Coreference:
    """Clusters of nodes that report one event (see the module docstring)."""

    def __init__(self, docs: list[Doc], kb: KnowledgeBase | None = None, lx: Lexicon | None = None):
        self.docs = docs
        self.kb = kb or load_kb()
        self.lx = lx or lexicon()
        self.nodes = make_nodes(docs, self.lx)
        self.by_id = {n.id: n for n in self.nodes}
        self._containers: dict[str, set[str]] = {}
        # who each article names: two articles naming no one in common tell different stories
        self.cast = [frozenset(iri_of(x) for x in d.actors if x.kind in ("person", "organisation")) for d in docs]

    # -- compatibility --------------------------------------------------------

    def types_ok(self, a: str, b: str) -> bool:
        if self.lx.subsumes(a, b) or self.lx.subsumes(b, a):
            return True
        fa, fb = family(a, self.lx), family(b, self.lx)
        return fa == fb and fa not in _DISTINCT_KINDS

    def _within(self, iri: str) -> set[str]:
        if iri not in self._containers:
            chain, cur = {iri}, self.kb.entities.get(iri)
            while cur is not None and cur.located_in and cur.located_in not in chain:
                chain.add(cur.located_in)
                cur = self.kb.entities.get(cur.located_in)
            self._containers[iri] = chain
        return self._containers[iri]

    def _may_contain(self, pa: str | None, ca: str | None, pb: str | None, cb: str | None) -> bool:
        """Two places (with their classes) one event can have: unknown, equal, coarse, or one in the other."""
        if pa is None or pb is None or pa == pb or ca in _COARSE_PLACES or cb in _COARSE_PLACES:
            return True
        return pa in self._within(pb) or pb in self._within(pa)

    def places_ok(self, a: Node, b: Node) -> bool:
        return self._may_contain(a.place, a.place_cls, b.place, b.place_cls)

    def _apart(self, a: Node, b: Node) -> bool:
        """Where the two events are, by their own place or by default, are two towns, neither in the other."""
        pa, ca = (a.place, a.place_cls) if a.place else (a.scene, a.scene_cls)
        pb, cb = (b.place, b.place_cls) if b.place else (b.scene, b.scene_cls)
        return not self._may_contain(pa, ca, pb, cb)

    def pair_ok(self, a: Node, b: Node, status: bool = True) -> bool:
        m1, m2 = a.mention, b.mention
        if m1.statement != m2.statement or not self.types_ok(a.type, b.type):
            return False
        sa, sb = a.span, b.span
        if sa and sb and (sa[0] > sb[1] or sb[0] > sa[1]):
            return False
        if status and not self.status_ok([a, b]):
            return False
        if not self.places_ok(a, b):
            return False
        if a.persons and b.persons:
            if not a.persons & b.persons:
                return False
            if len(a.persons) >= 2 and len(b.persons) >= 2 and not (a.persons <= b.persons or b.persons <= a.persons):
                return False
        if m1.statement and (a.persons | a.parties) != (b.persons | b.parties) and not (
                (a.persons or b.persons) and a.voices & b.voices and a.voices | b.voices in (a.voices, b.voices)):
            return False  # statements: one speaker (or the body a title ties them to), one day
        return True

    @staticmethod
    def status_ok(nodes: list[Node]) -> bool:
        """A plan and its happening corefer only when the text dates the happening within the plan's days."""
        said = [n for n in nodes if n.mention.antecedent is None or n.mention.status_cue]  # "das Treffen" says nothing
        planned = [n for n in said if n.mention.status in ("planned", "possible")]
        happened = [n for n in said if n.mention.status == "occurred"]
        if not planned or not happened:
            return True
        dated = [n.explicit for n in happened if n.explicit]
        return any(all(p.span is None or (p.span[0] <= d[1] and d[0] <= p.span[1]) for p in planned) for d in dated)

    def score(self, a: Node, b: Node) -> float:
        """How much two compatible mentions share; 0 when nothing but type and a vague time."""
        s = 3.0 * len(a.persons & b.persons) + 1.0 * len(a.parties & b.parties)
        if a.place and a.place == b.place:
            s += 2.0
        if s == 0 and a.doc != b.doc and (not self.cast[a.doc] & self.cast[b.doc] or self._apart(a, b)):
            # nothing but the days in common, and the articles share no one or the events are in two
            # towns (a meeting in Ludwigsburg, a visit in Frankfurt): two stories
            return 0.0
        if a.explicit and b.explicit:
            s += 2.0 if a.explicit == b.explicit else 0.5
        if s == 0:
            return 0.0
        if not (a.explicit or b.explicit) and not a.mention.statement:
            # two undated mentions: one shared name is not enough ("Treffen mit Putin" ≠ "Gipfeltreffen
            # in Alaska"); two names, the same town or building, or one name and the same word are
            shared = len(a.persons & b.persons)
            same_place = a.place and a.place == b.place and a.place_cls not in _COARSE_PLACES
            same_word = a.mention.lemma == b.mention.lemma
            if shared < 2 and not same_place and not (same_word and (shared or a.parties & b.parties)):
                return 0.0
        if a.type == b.type:
            s += 1.0
        if a.mention.lemma == b.mention.lemma:
            s += 0.5
        if a.mention.status == b.mention.status:
            s += 0.5
        return s

    # -- blocking -------------------------------------------------------------

    def _keys(self, n: Node) -> list[tuple]:
        fams = [n.family]
        if n.type == "Communication":  # a bare "Gespräch" may be any kind of communication
            fams = sorted({family(c, self.lx) for c, p in self.lx.parents.items() if p == "Communication"})
        span = n.span
        keys: list[tuple] = []
        anchors = sorted(n.persons | n.parties | ({n.place} if n.place else set())) or ["∅"]
        if span is None:
            buckets = ["none"]
        elif (span[1] - span[0]).days > 92:
            buckets = [f"Y{y}" for y in range(span[0].year, span[1].year + 1)]
        else:
            buckets = _months(span[0], span[1])
        for f in fams:
            for anchor in anchors:
                keys += [(f, anchor, b) for b in buckets]
            if span is not None and (span[1] - span[0]).days <= 14:
                keys += [(f, "day", (span[0] + timedelta(days=d)).isoformat()) for d in range((span[1] - span[0]).days + 1)]
            if span is not None and anchors != ["∅"] and (span[1] - span[0]).days <= 92:
                keys += [(f, anchor, f"Y{span[0].year}") for anchor in anchors]
            if span is not None and (span[1] - span[0]).days <= 92:
                # a mention without parties ("ihr Treffen Mitte August in Anchorage") meets its month
                keys += [(f, "any", b) for b in buckets]
        return keys

    def _blocks(self) -> dict[tuple, list[int]]:
        blocks: dict[tuple, list[int]] = defaultdict(list)
        for i, n in enumerate(self.nodes):
            for key in self._keys(n):
                blocks[key].append(i)
        return blocks

    def _block_pairs(self, key: tuple, members: list[int]) -> Iterator[tuple[int, int]]:
        """The pairs one block proposes (node positions, either order)."""
        if key[1] == "∅" and key[2] == "none":
            return  # neither anchors nor days: such mentions share nothing a score could count
        nodes = self.nodes
        big = len(members) > _BLOCK_CAP  # beyond the cap, each node meets its neighbours in time only
        if big:
            members = sorted(members, key=lambda i: (nodes[i].span or (date.min, date.min), nodes[i].id))
        if str(key[2]).startswith("Y"):
            # year blocks only pair the wide mentions with the rest: narrow ones meet by month or day
            for k, w in enumerate(members):
                span = nodes[w].span
                if span is None or (span[1] - span[0]).days > 92:
                    near = members[max(0, k - _WINDOW):k + _WINDOW] if big else members
                    yield from ((w, o) for o in near if o != w)
            return
        if key[1] == "any":
            if big:
                for k, i in enumerate(members):
                    if not (nodes[i].persons or nodes[i].parties):
                        yield from ((i, o) for o in members[max(0, k - _WINDOW):k + _WINDOW] if o != i)
            else:
                for i in members:
                    if not (nodes[i].persons or nodes[i].parties):
                        yield from ((i, o) for o in members if o != i)
            return
        window = _WINDOW if big else len(members)
        for k, i in enumerate(members):
            yield from ((i, o) for o in members[k + 1:k + window])

    def candidate_edges(self) -> Iterator[tuple[float, str, str]]:
        """(-score, id, id) for every pair a block proposes that may corefer, heaviest first, then by ids.

        Pairs are checked as the blocks propose them, not collected first: at 100,000 articles the
        proposed pairs run to the hundreds of millions and even the compatible ones to tens of millions,
        so those are kept in arrays (a pair as one integer of the two nodes' ranks in id order, which
        sorts as the ids do), deduplicated chunk by chunk — a pair proposed by several blocks is
        checked each time, with the same answer."""
        nodes = self.nodes
        size = len(nodes)
        by_rank = sorted(range(size), key=lambda i: nodes[i].id)
        rank = [0] * size
        for r, i in enumerate(by_rank):
            rank[i] = r
        keys, scores = array("q"), array("d")
        kept_keys, kept_scores = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)

        def fold() -> None:
            nonlocal keys, scores, kept_keys, kept_scores
            all_keys = np.concatenate([kept_keys, np.frombuffer(keys, dtype=np.int64)])
            all_scores = np.concatenate([kept_scores, np.frombuffer(scores, dtype=np.float64)])
            kept_keys, first = np.unique(all_keys, return_index=True)
            kept_scores = all_scores[first]
            keys, scores = array("q"), array("d")

        blocks = self._blocks()
        for key in sorted(blocks, key=str):
            for i, j in self._block_pairs(key, blocks.pop(key)):
                if rank[i] > rank[j]:
                    i, j = j, i
                a, b = nodes[i], nodes[j]
                if self.pair_ok(a, b):
                    s = self.score(a, b)
                    if s > 0:
                        keys.append(rank[i] * size + rank[j])
                        scores.append(s)
            if len(keys) >= _EDGE_CHUNK:
                fold()
        fold()
        for k in np.lexsort((kept_keys, -kept_scores)).tolist():
            pair = int(kept_keys[k])
            yield -float(kept_scores[k]), nodes[by_rank[pair // size]].id, nodes[by_rank[pair % size]].id

    # -- clustering -----------------------------------------------------------

    def clusters(self) -> list[list[Node]]:
        """Clusters of nodes, each sorted by article and position, in a stable order."""
        parent: dict[str, str] = {n.id: n.id for n in self.nodes}
        members: dict[str, list[Node]] = {n.id: [n] for n in self.nodes}
        cannot: set[tuple[str, str]] = set()

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: str, b: str) -> None:
            ra, rb = sorted((find(a), find(b)))
            if ra != rb:
                parent[rb] = ra
                members[ra].extend(members.pop(rb))

        # within-article links: anaphora joins, order separates
        for di, doc in enumerate(self.docs):
            aid = doc.article.id
            for i, m in enumerate(doc.events):
                if m.antecedent is not None:
                    a, b = f"{aid}#{i}", f"{aid}#{m.antecedent}"
                    if a in parent and b in parent:
                        union(a, b)
            for i, j in doc.event_order:
                a, b = f"{aid}#{i}", f"{aid}#{j}"
                cannot.add((a, b))
                cannot.add((b, a))
        edges = self.candidate_edges()
        # Complete link compares every member of one cluster with every member of the other; many
        # candidate edges join the same two clusters, so a refusal is remembered until either changes
        # (same memberships, same answer: the result is that of checking every time).
        refused: set[tuple[str, int, str, int]] = set()
        for _, a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                continue
            A, B = members[ra], members[rb]
            seen = (ra, len(A), rb, len(B))  # a root's members only grow, so (root, size) names one cluster
            if seen in refused:
                continue
            if any((x.id, y.id) in cannot for x in A for y in B) \
                    or not (all(self.pair_ok(x, y, status=False) for x in A for y in B) and self.status_ok(A + B)):
                refused.add(seen)
                continue
            union(a, b)
        out = [sorted(ms, key=lambda n: (n.article, n.mention.start)) for ms in members.values()]
        return sorted(out, key=lambda ms: (ms[0].article, ms[0].mention.start))


def _pair(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x < y else (y, x)


def _months(a: date, b: date) -> list[str]:
    out, y, m = [], a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def event_iri(first: Node) -> str:
    """Stable and content-derived: the event is named after its first report (article and trigger offsets)."""
    key = f"{first.article}#{first.mention.start},{first.mention.end}"
    return f"https://w3id.org/eventgraph/id/event/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"
