"""Strip the notebooks' outputs before committing, or check that they are stripped.

    python notebooks/strip.py              # strip every notebook in notebooks/ in place
    python notebooks/strip.py --check      # exit 1 naming each notebook that is not stripped
    python notebooks/strip.py A.ipynb ...  # only these notebooks

Stripped means: no outputs and no execution counts in code cells, no run
metadata in cells (timings, collapsed/scrolled state), and of the notebook's
metadata only the kernel spec and the language's name.  Git then sees only
changes to the notebook's text, never a re-run.  ``tests/test_notebook.py``
checks the committed notebooks with :func:`problems`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
RUN_METADATA = ("execution", "ExecuteTime", "collapsed", "scrolled")


def problems(nb: nbformat.NotebookNode) -> list[str]:
    """What in ``nb`` a run left behind; empty when the notebook is stripped."""
    found = []
    for n, cell in enumerate(nb.cells, 1):
        where = f"cell {n} ({cell.get('id', 'no id')})"
        if cell.cell_type == "code":
            if cell.get("outputs"):
                found.append(f"{where} has outputs")
            if cell.get("execution_count") is not None:
                found.append(f"{where} has an execution count")
        left = sorted(set(cell.metadata) & set(RUN_METADATA))
        if left:
            found.append(f"{where} has run metadata {', '.join(left)}")
    extra = sorted(set(nb.metadata) - {"kernelspec", "language_info"})
    if extra:
        found.append(f"notebook metadata {', '.join(extra)}")
    extra = sorted(set(nb.metadata.get("language_info", {})) - {"name"})
    if extra:
        found.append(f"language_info {', '.join(extra)}")
    return found


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``nb`` without outputs, execution counts and run metadata (changed in place and returned)."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        for key in RUN_METADATA:
            cell.metadata.pop(key, None)
    for key in set(nb.metadata) - {"kernelspec", "language_info"}:
        del nb.metadata[key]
    if "language_info" in nb.metadata:
        nb.metadata.language_info = {"name": nb.metadata.language_info.get("name", "python")}
    return nb


def text(nb: nbformat.NotebookNode) -> str:
    """The notebook as Jupyter writes it (nbformat's JSON, one trailing newline)."""
    s = nbformat.writes(nb)
    return s if s.endswith("\n") else s + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Strip outputs from notebooks, or check that they are stripped.")
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks (default: every *.ipynb in notebooks/)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a notebook is not stripped")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(HERE.glob("*.ipynb"))
    dirty = 0
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        if args.check:
            found = problems(nb)
            if found:
                dirty += 1
                print(f"{path}: not stripped: {'; '.join(found)}")
            continue
        before = path.read_text(encoding="utf-8")
        after = text(strip(nb))
        if after != before:
            path.write_text(after, encoding="utf-8")
            print(f"stripped {path}")
    if args.check and dirty:
        print("run `python notebooks/strip.py` to strip them", file=sys.stderr)
    return 1 if dirty else 0


if __name__ == "__main__":
    sys.exit(main())
