"""Score an ``events.json`` against a gold file, as the "Scoring" section of
``tests/data/eval/FORMAT.md`` says (rules 1-7; rule 7 lives in ``persons.py``).

Conventions where the rules leave a gap, chosen so that an empty or perfect
run scores 1.0 and nothing divides by zero:

* precision and recall are 1.0 when gold and system are both empty, 0.0 when
  exactly one of them is empty; core recall is 1.0 when no gold event is core;
* date and status accuracy are 1.0 with no matched pairs only when both sides
  are empty (nothing to get wrong), else 0.0 (nothing got right);
* source recall is 1.0 when the gold lists no (event, article) pair;
* timeline order is 1.0 when fewer than two timeline events were matched.

Dates are compared as ISO calendar days (the first ten characters), which
order correctly as strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from ..knowledge import norm
from .persons import PersonScore, score_persons

_PARTS = re.compile(r"[,()]")


@dataclass(slots=True)
class EventScore:
    gold_events: int = 0
    system_events: int = 0
    core_events: int = 0
    core_matched: int = 0
    dates_correct: int = 0
    status_correct: int = 0
    source_pairs: int = 0  # gold (event, article) pairs
    sources_found: int = 0
    timeline_pairs: int = 0  # pairs of matched gold timeline events
    timeline_agree: int = 0
    persons: PersonScore = field(default_factory=PersonScore)
    matched: list[tuple[str, str]] = field(default_factory=list)  # (gold id, system event id)
    missed: list[str] = field(default_factory=list)  # gold ids
    unmatched: list[str] = field(default_factory=list)  # system event ids
    duplicate_events: list[tuple[str, str]] = field(default_factory=list)  # (gold id, extra system event id)
    wrong_dates: list[dict] = field(default_factory=list)
    wrong_status: list[dict] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # system event id -> label, for the report

    @property
    def _both_empty(self) -> bool:
        return not self.gold_events and not self.system_events

    @property
    def precision(self) -> float:
        if not self.system_events:
            return 1.0 if self._both_empty else 0.0
        return len(self.matched) / self.system_events

    @property
    def recall(self) -> float:
        if not self.gold_events:
            return 1.0 if self._both_empty else 0.0
        return len(self.matched) / self.gold_events

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def core_recall(self) -> float:
        return self.core_matched / self.core_events if self.core_events else 1.0

    def _among_matched(self, correct: int) -> float:
        if not self.matched:
            return 1.0 if self._both_empty else 0.0
        return correct / len(self.matched)

    @property
    def date_accuracy(self) -> float:
        return self._among_matched(self.dates_correct)

    @property
    def status_accuracy(self) -> float:
        return self._among_matched(self.status_correct)

    @property
    def source_recall(self) -> float:
        return self.sources_found / self.source_pairs if self.source_pairs else 1.0

    @property
    def duplicates(self) -> int:
        return len(self.duplicate_events)

    @property
    def timeline_order(self) -> float:
        return self.timeline_agree / self.timeline_pairs if self.timeline_pairs else 1.0

    def as_dict(self) -> dict:
        metrics = ("precision", "recall", "f1", "core_recall", "date_accuracy", "status_accuracy",
                   "source_recall", "timeline_order")
        return {"gold_events": self.gold_events, "system_events": self.system_events,
                **{m: round(getattr(self, m), 4) for m in metrics},
                "duplicates": self.duplicates, "persons": self.persons.as_dict(),
                "matched": [list(p) for p in self.matched], "missed": self.missed, "unmatched": self.unmatched,
                "duplicate_events": [list(p) for p in self.duplicate_events],
                "wrong_dates": self.wrong_dates, "wrong_status": self.wrong_status}


# --- rule 1: which system events may match a gold event -------------------------------------------

def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _parts(name: str) -> set[str]:
    return {norm(p) for p in _PARTS.split(name) if p.strip()}


def _shared_actors(gold_ev: dict, sys_ev: dict, wikidata: dict[str, str]) -> int:
    """Gold actors (names) that some system actor names, or carries the Wikidata id of."""
    names = {norm(a["name"]) for a in sys_ev.get("actors", []) if a.get("name")}
    ids = {a["wikidata"] for a in sys_ev.get("actors", []) if a.get("wikidata")}
    return sum(1 for g in gold_ev.get("actors", [])
               if norm(g) in names or wikidata.get(norm(g)) in ids)


def _place_matches(gold_place: str, sys_place: dict | None, aliases: dict[str, list[str]]) -> bool:
    """Any comma- or parenthesis-separated part of the gold place equals a part of
    the system place's name or of one of its aliases (``Anchorage, Alaska`` ~ ``Alaska``)."""
    if not sys_place or not sys_place.get("name"):
        return False
    sys_parts: set[str] = set()
    for name in [sys_place["name"], *aliases.get(sys_place.get("id") or "", [])]:
        sys_parts |= _parts(name)
    return bool(_parts(gold_place) & sys_parts)


def _dates_overlap(gold_ev: dict, sys_ev: dict) -> bool:
    """A missing system bound is open; a system event with no bound at all overlaps nothing."""
    accept = gold_ev.get("accept")
    if not accept:
        return True
    time = sys_ev.get("time") or {}
    lo, hi = _day(time.get("earliest")), _day(time.get("latest"))
    if lo is None and hi is None:
        return False
    return (lo is None or lo <= accept[1]) and (hi is None or hi >= accept[0])


def _candidate(gold_ev: dict, sys_ev: dict, wikidata: dict[str, str], aliases: dict[str, list[str]]) -> bool:
    types = set(gold_ev.get("types", []))
    if sys_ev.get("type") not in types and not types & set(sys_ev.get("broader", [])):
        return False
    if gold_ev.get("actors"):
        return _shared_actors(gold_ev, sys_ev, wikidata) > 0
    if gold_ev.get("place"):
        return _place_matches(gold_ev["place"], sys_ev.get("place"), aliases)
    return _dates_overlap(gold_ev, sys_ev)


# --- rules 3 and 4: judging a matched pair --------------------------------------------------------

def _date_correct(gold_ev: dict, sys_ev: dict) -> bool:
    """Correct when ``[earliest, latest]`` is a non-empty interval inside ``accept``.
    A system date without both bounds counts as null: right only when the gold value is null."""
    time = sys_ev.get("time") or {}
    lo, hi = _day(time.get("earliest")), _day(time.get("latest"))
    if lo is None or hi is None:
        return gold_ev.get("value") is None
    accept = gold_ev.get("accept")
    return bool(accept) and lo <= hi and accept[0] <= lo and hi <= accept[1]


def _agreement(gold_ev: dict, sys_ev: dict) -> int:
    """How many of date, status and type agree; type agrees when the system's own
    class (not only a broader one) is among the gold types."""
    return (_date_correct(gold_ev, sys_ev) + (sys_ev.get("status") == gold_ev.get("status"))
            + (sys_ev.get("type") in gold_ev.get("types", [])))


# --- scoring --------------------------------------------------------------------------------------

def score(gold: dict, system: dict) -> EventScore:
    """Score ``system`` (an ``events.json`` object) against ``gold`` (a gold file's object)."""
    gold_events: list[dict] = gold.get("events", [])
    sys_events: list[dict] = system.get("events", [])
    wikidata = {norm(p["name"]): p["wikidata"] for p in gold.get("persons", []) if p.get("wikidata")}
    aliases = {a["id"]: a.get("aliases", []) for a in system.get("actors", []) if a.get("id")}
    sys_ids = [ev.get("id") or ev.get("label") or f"#{i}" for i, ev in enumerate(sys_events)]

    s = EventScore(gold_events=len(gold_events), system_events=len(sys_events),
                   persons=score_persons(system.get("actors", []), gold),
                   labels={sid: ev.get("label", "") for sid, ev in zip(sys_ids, sys_events)})

    # Rule 1: every candidate pair, best first; greedy one-to-one pairing.  The final
    # keys (gold order, system order) make the result independent of dict/set order.
    candidates: dict[int, list[int]] = {}
    ranked = []
    for gi, g in enumerate(gold_events):
        for si, e in enumerate(sys_events):
            if _candidate(g, e, wikidata, aliases):
                candidates.setdefault(gi, []).append(si)
                overlap = len(set(g.get("sources", [])) & set(e.get("sources", [])))
                ranked.append((-overlap, -_agreement(g, e), -_shared_actors(g, e, wikidata), gi, si))
    ranked.sort()
    pair: dict[int, int] = {}  # gold index -> system index
    taken: set[int] = set()
    for *_, gi, si in ranked:
        if gi not in pair and si not in taken:
            pair[gi] = si
            taken.add(si)

    for gi, g in enumerate(gold_events):
        sources = g.get("sources", [])
        s.source_pairs += len(sources)
        s.core_events += bool(g.get("core"))
        if gi not in pair:
            s.missed.append(g["id"])
            continue
        e, sid = sys_events[pair[gi]], sys_ids[pair[gi]]
        s.matched.append((g["id"], sid))
        s.core_matched += bool(g.get("core"))
        s.sources_found += len(set(sources) & set(e.get("sources", [])))
        if _date_correct(g, e):
            s.dates_correct += 1
        else:
            time = e.get("time") or {}
            s.wrong_dates.append({"gold": g["id"], "system": sid, "value": g.get("value"), "accept": g.get("accept"),
                                  "got": [time.get("value"), time.get("earliest"), time.get("latest")]})
        if e.get("status") == g.get("status"):
            s.status_correct += 1
        else:
            s.wrong_status.append({"gold": g["id"], "system": sid, "expected": g.get("status"), "got": e.get("status")})

    # Rule 5, duplicates: an unpaired system event that could have matched a paired gold event.
    for si, sid in enumerate(sys_ids):
        if si in taken:
            continue
        s.unmatched.append(sid)
        owner = next((gi for gi in sorted(pair) if si in candidates.get(gi, [])), None)
        if owner is not None:
            s.duplicate_events.append((gold_events[owner]["id"], sid))

    # Rule 6: pairs of matched timeline events, ordered as in the gold timeline.
    position = {gold_events[gi]["id"]: si for gi, si in pair.items()}
    order = [position[t] for t in gold.get("timeline", []) if t in position]
    for a, b in combinations(order, 2):
        s.timeline_pairs += 1
        s.timeline_agree += a < b
    return s


def format_report(s: EventScore) -> str:
    """Metrics first, then the lists a developer reads to see what went wrong."""
    p = s.persons
    lines = [
        f"events: {len(s.matched)} matched of {s.gold_events} gold, {s.system_events} system",
        f"  precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  core recall {s.core_recall:.3f}",
        f"  date accuracy {s.date_accuracy:.3f}  status accuracy {s.status_accuracy:.3f}",
        f"  source recall {s.source_recall:.3f}  duplicates {s.duplicates}  timeline order {s.timeline_order:.3f}",
        f"persons: precision {p.precision:.3f}  recall {p.recall:.3f}  ({p.hits} hits)",
    ]

    def label(sid: str) -> str:
        return f"{s.labels.get(sid) or sid}"

    sections = [
        ("missed gold events", s.missed),
        ("unmatched system events", [label(x) for x in s.unmatched]),
        ("duplicates", [f"{g}: {label(x)}" for g, x in s.duplicate_events]),
        ("wrong dates", [f"{w['gold']}: got {w['got']}, accept {w['accept']} (value {w['value']})"
                         for w in s.wrong_dates]),
        ("wrong status", [f"{w['gold']}: got {w['got']}, expected {w['expected']}" for w in s.wrong_status]),
        ("false-positive persons", p.false_positives),
        ("missed persons", p.missed),
    ]
    for title, items in sections:
        if items:
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  - {item}" for item in items)
    return "\n".join(lines)
