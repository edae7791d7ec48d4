"""The world's timeline and which article tells of what.

A *story* is one main event with up to three related events (a failed
negotiation round before a strike, the funeral after a death, the
swearing-in after an election).  Each event gets a true day (or span of
days), an outcome (occurred, or for planned events sometimes cancelled or
postponed) and a number of articles that lead with it (1–5, skewed towards
one or two).  Articles about planned events are published before the day
(previews), the news of a cancellation between the announcement and the
day, reports on the day or after it.  An article also mentions the other
events of its story that are known on its publication day, so that events
gather sources from articles that lead with something else; no event has
more than five sources.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta

from .actors import Cast, Registry
from .events import KINDS, Kind

START = date(2025, 1, 6)
LAST_EVENT = date(2026, 6, 30)
LAST_PUBLISHED = date(2026, 8, 31)
LEADS = (1, 2, 3, 4, 5)
LEAD_WEIGHTS = (45, 25, 15, 9, 6)
MAX_SOURCES = 5
DAYPARTS = (("MO", 10), ("MO", 11), ("MI", 12), ("AF", 14), ("AF", 15), ("EV", 18), ("NI", 0))


@dataclass(eq=False)
class Event:
    eid: str
    kind: Kind
    cast: Cast
    start: date
    end: date
    outcome: str  # occurred | cancelled | postponed (the truth; the gold status is what the last source says)
    announce: date  # from this day on the event may be mentioned
    resolve: date  # the day a cancellation or postponement becomes known (else the first day)
    story: int
    daypart: str = ""  # TIMEX3 part of day it happens in (MO, MI, AF, EV, NI), the same in every article
    hour: int = 0  # its clock hour, consistent with the part of day
    sources: list[int] = field(default_factory=list)  # article indices
    passing: int = 0  # how many of them mention it in passing (not as their lead)


@dataclass(eq=False)
class ArticlePlan:
    published: date
    clock: str | None
    lead: Event
    role: str  # preview | report | followup | cancel
    situation: str
    style: str  # news | ticker | analysis | preview | followup | cancel
    outlet: tuple
    author: str
    dateline: str
    seed: int
    index: int = -1
    minors: list[tuple[Event, str]] = field(default_factory=list)

    @property
    def published_text(self) -> str:
        return f"{self.published.isoformat()}T{self.clock}" if self.clock else self.published.isoformat()


class World:
    """All events and article plans for a corpus of ``n_articles`` articles."""

    def __init__(self, n_articles: int, seed: int, reg: Registry):
        self.rng = random.Random(seed)
        self.reg = reg
        self.events: list[Event] = []
        self.stories: list[list[Event]] = []
        plans: list[ArticlePlan] = []
        days = self._days(n_articles)
        while len(plans) < n_articles:
            if not days:
                days = self._days(n_articles - len(plans))
            plans.extend(self._story(days.pop(0)))
        plans = plans[:n_articles]
        plans.sort(key=lambda p: (p.published, p.clock or "", p.lead.eid, p.role))
        for i, p in enumerate(plans):
            p.index = i
            p.lead.sources.append(i)
        self._assign_minors(plans)
        self.plans = plans

    # sampling ---------------------------------------------------------------------------------------
    def _days(self, n: int) -> list[date]:
        span = (LAST_EVENT - START).days
        return sorted(START + timedelta(days=self.rng.randrange(span)) for _ in range(n // 2 + 10))

    def _kind(self) -> Kind:
        kinds = [k for k in KINDS.values() if k.weight > 0]
        return self.rng.choices(kinds, weights=[k.weight for k in kinds])[0]

    def _event(self, kind: Kind, day: date, parent: Cast | None, story: int, announce_by: date | None = None) -> Event | None:
        rng = self.rng
        if kind.weekdays:
            while day.weekday() not in kind.weekdays:
                day += timedelta(days=1)
        cast = kind.cast(self.reg, rng, day, parent)
        if cast is None:
            return None
        length = 1
        if kind.span[1] > 1 and rng.random() < 0.45:
            length = rng.randint(2, kind.span[1])
        start, end = day, day + timedelta(days=length - 1)
        kind.lasting(cast, length)
        outcome, announce, resolve = "occurred", start, start
        if kind.plannable:
            announce = announce_by if announce_by is not None else start - timedelta(days=rng.randint(3, 30))
            announce = min(announce, start - timedelta(days=1))
            x = rng.random()
            if start - announce >= timedelta(days=2) and x < kind.cancel_rate + kind.postpone_rate:
                outcome = "cancelled" if x < kind.cancel_rate else "postponed"
                resolve = announce + timedelta(days=rng.randint(1, (start - announce).days - 1))
        daypart, hour = rng.choice(DAYPARTS)
        ev = Event(f"ev{len(self.events):06d}-{kind.key.replace('_', '-')}", kind, cast, start, end, outcome, announce, resolve,
                   story, daypart, hour)
        self.events.append(ev)
        return ev

    def _story(self, day: date) -> list[ArticlePlan]:
        rng = self.rng
        story = len(self.stories)
        for _ in range(6):
            main = self._event(self._kind(), day, None, story)
            if main is not None:
                break
        else:
            return []
        events = [main]
        for key, lo, hi, prob in main.kind.satellites:
            if rng.random() >= prob:
                continue
            offset = rng.randint(lo, hi)
            sday = main.start + timedelta(days=offset)
            kind = KINDS[key]
            announce = None
            if kind.plannable:
                announce = main.announce if offset <= 0 else min(main.end, sday - timedelta(days=1))
                if offset < 0:
                    announce = sday - timedelta(days=rng.randint(1, 10))
            sat = self._event(kind, sday, main.cast, story, announce)
            if sat is not None:
                events.append(sat)
        self.stories.append(events)
        plans = []
        for i, ev in enumerate(events):
            k = rng.choices(LEADS, LEAD_WEIGHTS)[0] if i == 0 else rng.choices((0, 1, 2), (60, 30, 10))[0]
            plans.extend(self._leads(ev, k))
        return plans

    def _leads(self, ev: Event, k: int) -> list[ArticlePlan]:
        """The articles leading with ``ev``: previews, cancellation news, reports, follow-ups."""
        rng = self.rng
        out: list[ArticlePlan] = []
        plannable = ev.kind.plannable and ev.announce < ev.start
        if k == 0:
            return out
        if ev.outcome != "occurred":
            n_prev = rng.randint(0, k - 1)
            for _ in range(n_prev):
                out.append(self._plan(ev, "preview", self._between(ev.announce, ev.resolve - timedelta(days=1))))
            for _ in range(k - n_prev):
                out.append(self._plan(ev, "cancel", self._between(ev.resolve, max(ev.resolve, ev.start - timedelta(days=1)))))
            return [p for p in out if p is not None]
        planned_only = plannable and rng.random() < 0.08
        n_prev = k if planned_only else (rng.randint(1, k - 1) if plannable and k >= 2 and rng.random() < 0.4 else 0)
        for _ in range(n_prev):
            first = max(ev.announce, ev.start - timedelta(days=14))
            out.append(self._plan(ev, "preview", self._between(first, ev.start - timedelta(days=1))))
        for _ in range(k - n_prev):
            x = rng.random()
            delay = 0 if x < 0.15 else 1 if x < 0.55 else rng.randint(2, 3) if x < 0.75 else rng.randint(4, 10) if x < 0.9 else rng.randint(11, 45)
            if delay == 0 and ev.start != ev.end:
                delay = 1
            out.append(self._plan(ev, "report" if delay <= 3 else "followup", ev.end + timedelta(days=delay), delay))
        return [p for p in out if p is not None]

    def _between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def _plan(self, ev: Event, role: str, published: date, delay: int = -1) -> ArticlePlan | None:
        rng = self.rng
        if published > LAST_PUBLISHED or published < START - timedelta(days=40):
            return None
        kind = ev.kind
        if role == "preview":
            situation, style = "future", "preview"
        elif role == "cancel":
            situation, style = ("cancel" if ev.outcome == "cancelled" else "postpone"), "cancel"
        elif role == "report":
            today = delay == 0 and "today" in kind.T and rng.random() < 0.6
            situation = "today" if today else "past"
            x = rng.random()
            style = ("ticker" if x < 0.5 else "news") if delay == 0 else ("news" if x < 0.7 else "ticker" if x < 0.85 else "analysis")
        else:
            situation = "followup" if kind.T.get("followup") else "past"
            style = "followup" if rng.random() < 0.6 else "analysis"
        outlet = self._outlet(ev)
        place = ev.cast.place
        if place is not None and place.kind in ("city", "town", "capital"):
            dateline = place.name
        elif place is not None and place.kind == "building":
            dateline = place.adjective
        elif kind.domain == "politics":
            dateline = "Berlin"
        else:
            dateline = outlet[2]
        clock = f"{rng.randint(6, 22):02d}:{rng.choice((0, 5, 12, 18, 24, 30, 36, 41, 45, 52)):02d}" if rng.random() < 0.35 else None
        return ArticlePlan(published, clock, ev, role, situation, style, outlet, self.reg.author(rng, outlet[0]),
                           dateline, rng.getrandbits(48))

    def _outlet(self, ev: Event) -> tuple:
        rng, outlets = self.rng, self.reg.outlets
        domain = ev.kind.domain
        special = {"sport": "Sportecho", "business": "Wirtschaftsdienst Aktuell", "labour": "Wirtschaftsdienst Aktuell"}
        if domain in special and rng.random() < 0.35:
            name = special[domain]
            return next(o for o in outlets if o[0] == name)
        if domain == "labour" and ev.cast.actors.get("c") is not None and getattr(ev.cast.actors["c"], "sector", "") in ("air", "rail") \
                and rng.random() < 0.3:
            return next(o for o in outlets if o[0] == "Reiseticker")
        regional = [o for o in outlets if o[0] not in ("Sportecho", "Wirtschaftsdienst Aktuell", "Reiseticker")]
        return rng.choice(regional)

    # mentions of the other events of a story ---------------------------------------------------------
    @staticmethod
    def _nearest(p: ArticlePlan, by_actor: dict[str, list[Event]], starts: dict[str, list[date]], n: int = 6) -> list[Event]:
        """Up to ``n`` events of other stories sharing an actor with ``p``'s lead, nearest in time first
        (within 120 days before and 60 after its publication)."""
        found: dict[str, Event] = {}
        first, last = p.published - timedelta(days=120), p.published + timedelta(days=60)
        for key in actor_keys(p.lead):
            evs, days = by_actor[key], starts[key]
            mid = bisect_left(days, p.published)
            lo, hi = mid - 1, mid
            taken = 0
            while taken < n and (lo >= 0 or hi < len(evs)):
                before = evs[lo] if lo >= 0 and days[lo] >= first else None
                after = evs[hi] if hi < len(evs) and days[hi] < last else None
                if before is None and after is None:
                    break
                if after is None or (before is not None and (p.published - before.start) <= (after.start - p.published)):
                    e, lo = before, lo - 1
                else:
                    e, hi = after, hi + 1
                if e.story != p.lead.story and e.eid not in found:
                    found[e.eid] = e
                    taken += 1
        return sorted(found.values(), key=lambda e: (abs((e.start - p.published).days), e.eid))[:n]

    def _assign_minors(self, plans: list[ArticlePlan]) -> None:
        """Each article mentions, in passing, other events of its story and earlier or coming events
        of the same actors (the union's last strike, the chancellor's next visit)."""
        rng = self.rng
        by_actor: dict[str, list[Event]] = {}
        for ev in sorted(self.events, key=lambda e: (e.start, e.eid)):
            for key in actor_keys(ev):
                by_actor.setdefault(key, []).append(ev)
        starts = {key: [e.start for e in evs] for key, evs in by_actor.items()}
        for p in plans:
            limit = {"analysis": 5, "ticker": 1, "cancel": 2, "followup": 4}.get(p.style, 3)
            related = self._nearest(p, by_actor, starts)
            candidates = [(e, 0.75, True) for e in self.stories[p.lead.story] if e is not p.lead]
            candidates += [(e, 0.3, False) for e in related]
            others = 0
            for other, chance, same_story in candidates:
                if len(p.minors) >= limit or len(other.sources) >= MAX_SOURCES:
                    continue
                # keep the number of articles per event skewed to one or two: few passing mentions each,
                # at most one event of another story per article
                if other.passing >= (2 if same_story else 1) or (not same_story and (others or len(other.sources) >= 3)):
                    continue
                situation = minor_situation(other, p.published)
                if situation is None or rng.random() >= chance:
                    continue
                p.minors.append((other, situation))
                other.sources.append(p.index)
                other.passing += 1
                others += not same_story


def actor_keys(ev: Event) -> list[str]:
    """Ids of the people and organisations taking part in ``ev``."""
    keys: list[str] = []
    for actor in ev.cast.actors.values():
        for a in actor if isinstance(actor, list) else [actor]:
            key = getattr(a, "pid", None) or getattr(a, "oid", None)
            if key and key not in keys:
                keys.append(key)
    return keys


def minor_situation(ev: Event, day: date) -> str | None:
    """How an article published on ``day`` can mention ``ev`` in passing (``None``: not at all)."""
    if day < ev.announce:
        return None
    if ev.outcome == "occurred":
        if day < ev.start:
            return "minor_future"
        if day > ev.end:
            return "minor_past"
        return None
    if day >= ev.start:
        return None
    if day < ev.resolve:
        return "minor_future"
    return "cancel" if ev.outcome == "cancelled" else "postpone"
