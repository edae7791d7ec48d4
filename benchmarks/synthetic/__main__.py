"""``python -m benchmarks.synthetic --articles N --out DIR [--seed S]``: write a synthetic corpus and its gold."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.synthetic.corpus import write_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic",
                                     description="Write DIR/articles/<id>.txt and DIR/gold.json: a synthetic German news corpus "
                                                 "with its gold reading (tests/data/eval/FORMAT.md).")
    parser.add_argument("--articles", type=int, required=True, metavar="N", help="number of articles")
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0); same N and seed, same bytes")
    parser.add_argument("--overwrite", action="store_true", help="replace the .txt files of an existing DIR/articles")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    t0 = time.perf_counter()
    try:
        summary = write_corpus(args.articles, args.out, seed=args.seed, overwrite=args.overwrite)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - t0
    print(f"{summary['articles']} articles ({summary['words']:,} words, {summary['first_day']} to {summary['last_day']}, "
          f"{summary['non_event_share']:.0%} of sentences not about an event), {summary['events']} gold events, "
          f"{summary['persons']} persons → {args.out} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
