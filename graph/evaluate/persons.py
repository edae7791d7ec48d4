"""Persons precision and recall, as rule 7 of ``tests/data/eval/FORMAT.md`` says.

A system person is correct when its name or one of its aliases equals a gold
name or mention (case- and accent-insensitively) of exactly one gold person.
Two system persons for one gold person: one hit, one false positive.  One
system person whose names span two gold persons (a wrong merge): a false
positive.  Names in ``persons_ignored`` count neither way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..knowledge import norm


@dataclass(slots=True)
class PersonScore:
    system: int = 0
    gold: int = 0
    hits: int = 0
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        counted = self.hits + len(self.false_positives)
        return self.hits / counted if counted else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "hits": self.hits,
                "false_positives": self.false_positives, "missed": self.missed}


def score_persons(actors: list[dict], gold: dict) -> PersonScore:
    """``actors``: the ``actors`` list of an ``events.json``; ``gold``: a gold file's object."""
    forms: dict[str, set[int]] = {}
    for idx, person in enumerate(gold.get("persons", [])):
        for name in [person["name"], *person.get("mentions", [])]:
            forms.setdefault(norm(name), set()).add(idx)
    ignored = {norm(n) for n in gold.get("persons_ignored", [])}
    score = PersonScore(gold=len(gold.get("persons", [])))
    found: set[int] = set()
    for actor in actors:
        if actor.get("kind") != "person":
            continue
        names = {norm(actor["name"]), *(norm(a) for a in actor.get("aliases", []))}
        if names & ignored and not any(forms.get(n) for n in names):
            continue
        score.system += 1
        matched: set[int] = set()
        for n in names:
            owners = forms.get(n, set())
            if len(owners) == 1:
                matched |= owners
        if len(matched) == 1 and (idx := next(iter(matched))) not in found:
            found.add(idx)
            score.hits += 1
        else:
            score.false_positives.append(actor["name"])
    score.missed = [p["name"] for i, p in enumerate(gold.get("persons", [])) if i not in found]
    return score
