"""Streaming the articles and assembling the gold reading of them.

Articles are written one at a time in publication order and never held
together in memory; what the gold needs from each (its events' evidence and
date windows, the name forms it used) is collected on the way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from .actors import Org, Person, Registry
from .article import Written, write_article
from .world import World
from .writer import ArticleWriter, Memory, Mention

FORMAT = "eventgraph-gold/1"
NOTE = (
    "Synthetic corpus written by benchmarks/synthetic (python -m benchmarks.synthetic --articles {n} --seed {seed}): "
    "a world of {events} events over 2025-2026 told by {n} invented German news articles. Real politicians (with the "
    "roles they held on the day), countries, Länder, rivers and buildings come from the project's knowledge base, as "
    "do a few real organisations (EU, Deutsche Bahn, Lufthansa, DWD, THW, DRK, Caritas); most persons, companies, all "
    "unions, clubs and court cases are invented. Each event's 'accept' is the intersection of the day windows its "
    "sources' date phrases permit, each phrase resolved against its article's publication day and the tense of its "
    "sentence (a report cannot tell of a day after its publication, a preview not of one before it; rules in "
    "benchmarks/synthetic/dates.py, after tests/data/timex/CONVENTIONS.md); 'value' is the value of the phrase whose "
    "window equals 'accept', else that window as a day or an interval. A cancelled or postponed event keeps the day "
    "it was planned for. 'status' is what the latest source says (planned, occurred, cancelled, postponed); "
    "'source_status' is what each source says, in the order of 'sources'. 'core' marks events some article leads "
    "with; the rest are only mentioned in passing. 'actors' are the actors named in the evidence sentences; 'place' "
    "is given when an evidence sentence or a leading article's dateline names it. Reported speech (sagte, erklärte) "
    "and the background sentences (ist seit 2019 im Amt, wurde 1998 gegründet, Streiks sind in der Branche selten) "
    "are not annotated as events."
)
TIMELINE_NOTE = ("events whose 'accept' is a single day, one per day (a core event first, then the smallest id), "
                 "in the order of their days: the true order of events on different days")


class Corpus:
    """A synthetic corpus: ``articles()`` streams ``(id, text)`` once; ``gold()`` is the gold dict."""

    def __init__(self, n_articles: int, seed: int = 0):
        from graph.knowledge import load_kb  # the project's KB loader (rdflib)

        self.n_articles, self.seed = n_articles, seed
        self.reg = Registry(load_kb().entities)
        self.world = World(n_articles, seed, self.reg)
        self._started = self._done = False
        self._articles: dict[str, dict] = {}
        self._mentions: dict[str, list[tuple[str, int, Mention]]] = {}
        self._persons: dict[str, tuple[Person, list[str]]] = {}
        self._orgs: dict[str, tuple[Org, bool]] = {}
        self._authors: set[str] = set()
        self._datelines: list[tuple[str, str]] = []  # (article id, dateline)
        self.sentences = [0, 0]  # about events, other

    def articles(self) -> Iterator[tuple[str, str]]:
        """Every article as ``(id, text)``, in publication order (ids sort the same way)."""
        if self._started:
            raise RuntimeError("a Corpus streams its articles once; make a new one to write them again")
        self._started = True
        memory = Memory()
        for plan in self.world.plans:
            written = write_article(ArticleWriter(self.reg, plan, memory))
            self._collect(written)
            yield written.aid, written.text
        self._done = True

    def gold(self) -> dict:
        """The gold reading (``tests/data/eval/FORMAT.md``); writes the articles in memory first if needed."""
        if not self._done:
            for _ in self.articles():
                pass
        return self._gold()

    # collecting ---------------------------------------------------------------------------------------
    def _collect(self, a: Written) -> None:
        plan = a.plan
        source = a.text.split("\n", 3)[2].split(": ", 1)[1]
        self._articles[a.aid] = {"published": plan.published_text, "published_from": "header", "title": a.title,
                                 "source": source, "author": plan.author}
        self._authors.add(plan.author)
        self.sentences[0] += a.event_sentences
        self.sentences[1] += a.other_sentences
        self._datelines.append((a.aid, plan.dateline))
        for m in a.mentions:
            self._mentions.setdefault(m.event.eid, []).append((a.aid, plan.index, m))
        for p, form in a.person_forms:
            entry = self._persons.setdefault(p.pid, (p, []))
            if form not in entry[1]:
                entry[1].append(form)
        for o, form in a.org_forms:
            short_used = form in (o.short.nom, o.short.acc, o.short.dat, o.short.gen)
            old = self._orgs.get(o.oid)
            self._orgs[o.oid] = (o, short_used or (old[1] if old else False))

    # gold ---------------------------------------------------------------------------------------------
    def _gold(self) -> dict:
        dateline = dict(self._datelines)
        events = []
        for ev in self.world.events:
            ms = self._mentions.get(ev.eid)
            if not ms:
                continue
            events.append(_gold_event(ev, ms, dateline))
        timeline = _timeline(events)
        persons = []
        for p, forms in self._persons.values():
            entry = {"name": p.full, "mentions": forms}
            if p.wikidata:
                entry["wikidata"] = p.wikidata
            if p.alt_full and (p.alt_full in forms or (p.alt_short != p.short and p.alt_short in forms)):
                entry["note"] = f"also spelled {p.alt_full} (English-style transliteration) in some articles"
            persons.append(entry)
        orgs = [o.name for o, _ in self._orgs.values()]
        aliases = {o.name: list(o.aliases) for o, short in self._orgs.values() if short and o.aliases}
        places = sorted({e["place"] for e in events if e["place"]} | set(dateline.values()))
        n_events = len(events)
        return {
            "corpus": f"synthetic-{self.n_articles}-seed{self.seed}",
            "format": FORMAT,
            "note": NOTE.format(n=self.n_articles, seed=self.seed, events=n_events),
            "articles": self._articles,
            "events": events,
            "timeline": timeline,
            "timeline_note": TIMELINE_NOTE,
            "persons": persons,
            "persons_ignored": sorted(self._authors),
            "persons_ignored_note": "article authors (the 'author:' header lines)",
            "organisations": orgs,
            "organisation_aliases": aliases,
            "places": places,
        }


def _gold_event(ev, ms: list[tuple[str, int, Mention]], dateline: dict[str, str]) -> dict:
    dated = [m.phrase for _, _, m in ms if m.phrase is not None]
    lo = max(p.lo for p in dated)
    hi = min(p.hi for p in dated)
    assert lo <= ev.start and ev.end <= hi, (ev.eid, lo, hi, ev.start, ev.end)
    exact = [p for p in dated if (p.lo, p.hi) == (lo, hi)]
    if exact:
        value = max(exact, key=lambda p: ("T" in p.value, len(p.value))).value
    else:
        value = lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"
    latest = max(ms, key=lambda t: t[1])[2]
    actors: list[str] = []
    for _, _, m in ms:
        for a in m.actors:
            name = a.full if isinstance(a, Person) else a.name
            if name not in actors:
                actors.append(name)
    place = ev.cast.place
    place_name = None
    if place is not None and any(m.place or (m.lead and dateline[aid] == place.name) for aid, _, m in ms):
        place_name = place.name
    return {
        "id": ev.eid, "label": ev.cast.label, "types": list(ev.kind.types), "actors": actors, "place": place_name,
        "value": value, "accept": [lo.isoformat(), hi.isoformat()], "status": latest.status,
        "sources": [aid for aid, _, _ in ms], "source_status": [m.status for _, _, m in ms],
        "core": any(m.lead for _, _, m in ms),
        "evidence": [m.evidence for _, _, m in ms],
    }


def _timeline(events: list[dict]) -> list[str]:
    by_day: dict[str, dict] = {}
    for e in events:
        lo, hi = e["accept"]
        if lo != hi:
            continue
        best = by_day.get(lo)
        if best is None or (e["core"], best["id"]) > (best["core"], e["id"]):
            by_day[lo] = e
    return [by_day[d]["id"] for d in sorted(by_day)]


def generate(n_articles: int, seed: int = 0) -> Corpus:
    """A corpus of ``n_articles`` articles; iterate ``.articles()`` for ``(id, text)``, then call ``.gold()``."""
    return Corpus(n_articles, seed)


def write_corpus(n_articles: int, out: str | os.PathLike, seed: int = 0, overwrite: bool = False) -> dict:
    """Write ``out/articles/<id>.txt`` and ``out/gold.json``; returns a small summary."""
    out = Path(out)
    folder = out / "articles"
    if folder.exists() and any(folder.iterdir()):
        if not overwrite:
            raise FileExistsError(f"{folder} is not empty (use --overwrite to replace its .txt files)")
        for f in folder.glob("*.txt"):
            f.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    corpus = generate(n_articles, seed)
    words = 0
    for aid, text in corpus.articles():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    gold = corpus.gold()
    with open(out / "gold.json", "w", encoding="utf-8") as f:  # streamed: the 100k gold is about 90 MB of JSON
        json.dump(gold, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    about, other = corpus.sentences
    return {"articles": len(gold["articles"]), "events": len(gold["events"]), "persons": len(gold["persons"]),
            "words": words, "non_event_share": other / max(1, about + other), "first_day": min(a["published"] for a in gold["articles"].values())[:10] if gold["articles"] else None,
            "last_day": max(a["published"] for a in gold["articles"].values())[:10] if gold["articles"] else None}


__all__ = ["Corpus", "generate", "write_corpus"]
