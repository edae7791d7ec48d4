"""Throughput of the parse stage, per component, on real-size articles.

Input: the seeds and the 14 topic articles, repeated to 300 articles. The
knowledge base and gazetteer are loaded before timing (a one-off cost per
process, reported separately). One process: the numbers are per core.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.parse import PIPELINE, parse_article  # noqa: E402
from graph.parse.articles import read_articles  # noqa: E402
from graph.parse.doc import Doc  # noqa: E402
from graph.parse.text import tokenize  # noqa: E402

N_ARTICLES = 300


def run() -> dict:
    t0 = time.perf_counter()
    base = [a for a in read_articles([str(ROOT / "seeds"), str(ROOT / "tests" / "data" / "topics" / "articles")])]
    parse_article(base[0])  # loads KB, ontology and gazetteer
    startup = time.perf_counter() - t0
    articles = [base[i % len(base)] for i in range(N_ARTICLES)]
    tokens = sum(len(tokenize(a.content())) for a in articles)
    per_component = {c.name: 0.0 for c in PIPELINE}
    t_all = time.perf_counter()
    for a in articles:
        doc = Doc(a)
        for comp in PIPELINE:
            t = time.perf_counter()
            doc = comp.run(doc)
            per_component[comp.name] += time.perf_counter() - t
    total = time.perf_counter() - t_all
    return {"articles": N_ARTICLES, "tokens": tokens, "seconds": total, "startup_seconds": startup,
            "articles_per_s": N_ARTICLES / total, "tokens_per_s": tokens / total,
            "components": {k: {"seconds": v, "tokens_per_s": tokens / v if v else 0.0} for k, v in per_component.items()}}


def markdown(r: dict) -> str:
    lines = [f"{r['articles']} articles ({r['tokens']:,} tokens; the seeds and the topic articles repeated), "
             f"one process, after a one-off start-up of {r['startup_seconds']:.2f} s (knowledge base, ontology, gazetteer).",
             "",
             f"**Whole parse stage: {r['articles_per_s']:.0f} articles/s per core** ({r['tokens_per_s']:,.0f} tokens/s).",
             "",
             "| component | seconds | tokens/s |", "|---|---|---|"]
    for name, c in r["components"].items():
        lines.append(f"| {name} | {c['seconds']:.3f} | {c['tokens_per_s']:,.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(run()))
