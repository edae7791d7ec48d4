"""Score a temporal tagger on the timex table (``tests/data/timex/timex_table.jsonl``).

A found expression matches an expected one when their spans overlap; it is
correct when value, earliest and latest all agree.  Expressions found in
rows that expect none are false positives on non-dates; found expressions
that overlap nothing expected are extra (spurious) tags.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Tagger = Callable[[str, str], list[dict]]


@dataclass(slots=True)
class TableScore:
    expected: int = 0
    found: int = 0  # expected expressions that some tag overlaps
    value_correct: int = 0  # value alone agrees
    correct: int = 0  # value, earliest and latest agree
    day_expected: int = 0  # expected values that are one calendar day (conventions agree there)
    day_correct: int = 0
    spurious: int = 0  # tags overlapping nothing expected, in positive rows
    negative_rows: int = 0
    false_positives: int = 0  # tags in rows that expect none
    errors: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.expected if self.expected else 0.0

    @property
    def day_accuracy(self) -> float:
        return self.day_correct / self.day_expected if self.day_expected else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.expected if self.expected else 0.0

    def as_dict(self) -> dict:
        return {"expected": self.expected, "found": self.found, "correct": self.correct,
                "accuracy": round(self.accuracy, 4), "value_accuracy": round(self.value_accuracy, 4),
                "day_expected": self.day_expected, "day_accuracy": round(self.day_accuracy, 4),
                "spurious": self.spurious, "negative_rows": self.negative_rows,
                "false_positives": self.false_positives}


def load_table(path: str | os.PathLike) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _span(row: dict, expr: dict, cursor: int) -> tuple[int, int]:
    start = row["text"].find(expr["text"], cursor)
    if start < 0:
        start = row["text"].find(expr["text"])
    return start, start + len(expr["text"])


def score_table(rows: Iterable[dict], tagger: Tagger) -> TableScore:
    """Run ``tagger(text, published)`` over every row and score it."""
    score = TableScore()
    for row in rows:
        found = tagger(row["text"], row["published"])
        if not row["expect"]:
            score.negative_rows += 1
            score.false_positives += len(found)
            for f in found:
                score.errors.append({"id": row["id"], "kind": "false_positive", "text": f["text"], "value": f["value"]})
            continue
        used: set[int] = set()
        cursor = 0
        for exp in row["expect"]:
            score.expected += 1
            is_day = bool(exp["value"]) and len(exp["value"]) == 10 and exp["value"][4] == "-"
            score.day_expected += is_day
            s, e = _span(row, exp, cursor)
            cursor = e
            hits = [i for i, f in enumerate(found) if f["start"] < e and s < f["end"] and i not in used]
            if not hits:
                score.errors.append({"id": row["id"], "kind": "missed", "text": exp["text"], "expected": exp["value"]})
                continue
            best = max(hits, key=lambda i: min(e, found[i]["end"]) - max(s, found[i]["start"]))
            used.add(best)
            got = found[best]
            score.found += 1
            if got["value"] == exp["value"]:
                score.value_correct += 1
                score.day_correct += is_day
            if (got["value"], got["earliest"], got["latest"]) == (exp["value"], exp["earliest"], exp["latest"]):
                score.correct += 1
            else:
                score.errors.append({"id": row["id"], "kind": "wrong", "text": exp["text"], "got_text": got["text"],
                                     "expected": [exp["value"], exp["earliest"], exp["latest"]],
                                     "got": [got["value"], got["earliest"], got["latest"]]})
        score.spurious += len(found) - len(used)
        for i, f in enumerate(found):
            if i not in used:
                score.errors.append({"id": row["id"], "kind": "spurious", "text": f["text"], "value": f["value"]})
    return score


def eventgraph_tagger(text: str, published: str) -> list[dict]:
    from ..parse.timex import tag_article_text

    return tag_article_text(text, published)
