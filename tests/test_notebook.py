"""The analyst's walkthrough (notebooks/walkthrough.ipynb): it runs, it shows what it promises,
and it is committed without outputs.

The notebook is executed once per test session with nbclient in a kernel of this
interpreter, from notebooks/ as its working folder — as Jupyter would run it.
Each test then reads the outputs of the cells carrying one tag.
"""

from __future__ import annotations

import copy
import importlib.util
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from graph.store.saved import saved_queries

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
WALKTHROUGH = NOTEBOOKS / "walkthrough.ipynb"
ARTICLE_ID = "005_rubio_lawrow_telefonat"


def _strip_module():
    spec = importlib.util.spec_from_file_location("notebooks_strip", NOTEBOOKS / "strip.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


strip_tool = _strip_module()


@pytest.fixture(scope="module")
def executed() -> nbformat.NotebookNode:
    nb = nbformat.read(WALKTHROUGH, as_version=4)
    with pytest.MonkeyPatch.context() as mp:
        # the kernel spec "python3" of this environment first, so the kernel runs this interpreter
        mp.setenv("JUPYTER_PATH", os.pathsep.join(
            [str(Path(sys.prefix) / "share" / "jupyter"), *filter(None, [os.environ.get("JUPYTER_PATH")])]))
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb


def _cell(nb: nbformat.NotebookNode, tag: str) -> nbformat.NotebookNode:
    cells = [c for c in nb.cells if tag in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag}, found {len(cells)}"
    return cells[0]


def _stdout(nb, tag: str) -> str:
    return "".join(o.text for o in _cell(nb, tag).outputs if o.output_type == "stream" and o.name == "stdout")


def _data(nb, tag: str, mime: str) -> list:
    return [o.data[mime] for o in _cell(nb, tag).outputs
            if o.output_type in ("display_data", "execute_result") and mime in o.data]


def _html_tables(nb, tag: str) -> list[str]:
    tables = [h for h in _data(nb, tag, "text/html") if "<table" in h]
    assert tables, f"cell {tag} shows no table"
    return tables


def _body_rows(table: str) -> int:
    body = table.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return body.count("<tr")


def _png_size(nb, tag: str) -> tuple[int, int]:
    import base64

    images = _data(nb, tag, "image/png")
    assert len(images) == 1, f"cell {tag} should show one PNG, shows {len(images)}"
    png = base64.b64decode(images[0])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def _built(nb) -> tuple[int, int]:
    m = re.search(r"^5 articles, (\d+) events, (\d+) actors, 0 skipped in [\d.]+ s$", _stdout(nb, "build"), re.M)
    assert m, _stdout(nb, "build")
    return int(m.group(1)), int(m.group(2))


def test_runs_every_cell_without_errors_or_warnings(executed):
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert code and all(c.execution_count is not None for c in code)
    for c in code:
        for o in c.outputs:
            assert o.output_type != "error", f"{c.id}: {o.ename}: {o.evalue}"
            assert not (o.output_type == "stream" and o.name == "stderr"), f"{c.id} wrote to stderr: {o.text}"


def test_builds_the_seeds_into_a_folder_outside_the_repository(executed):
    out = re.search(r"^build folder: (.+)$", _stdout(executed, "setup"), re.M).group(1)
    assert not Path(out).resolve().is_relative_to(ROOT)
    events, actors = _built(executed)
    assert events >= 10 and actors >= 10
    assert {"events.json", "timeline.png", "graph.gexf", "actors.gexf", "store"} <= set(
        _stdout(executed, "build").split("written: ", 1)[1].strip().split(", "))


def test_shows_the_timeline(executed):
    width, height = _png_size(executed, "timeline")
    assert width >= 1000 and height >= 400


def test_lists_every_event_with_sources_and_evidence(executed):
    events, _ = _built(executed)
    (table,) = _html_tables(executed, "events")
    assert _body_rows(table) == events
    for column in ("label", "status", "actors", "sources", "evidence", "articles"):
        assert f"<th>{column}</th>" in table
    assert "Gipfel zwischen Wladimir Putin und Donald Trump in Budapest" in table
    (evidence,) = _html_tables(executed, "evidence")
    assert _body_rows(evidence) >= 3
    assert "ungarischen Hauptstadt Budapest" in evidence  # a whole sentence, not cut short


def test_runs_every_saved_query_with_a_table_of_answers(executed):
    headings = "\n".join(_data(executed, "queries", "text/markdown"))
    tables = _html_tables(executed, "queries")
    queries = saved_queries()
    assert len(tables) == len(queries)
    for name, query in queries.items():
        m = re.search(rf"^#### {re.escape(query.title)}\n`{name}`.* — (\d+) rows$", headings, re.M)
        assert m, f"no heading for {name}"
        assert int(m.group(1)) > 0, f"{name} answers nothing on the seeds"
    (own,) = _html_tables(executed, "own-query")
    assert "eg:Summit" in own and _body_rows(own) >= 3
    assert "sem:Event" not in own  # every event is also a sem:Event; the query asks for the class below


def test_draws_the_actor_network(executed):
    width, height = _png_size(executed, "network")
    assert width >= 500 and height >= 400
    (table,) = _html_tables(executed, "degree")
    assert "Donald Trump" in table and "Wladimir Putin" in table


def test_follows_one_actor(executed):
    assert _stdout(executed, "actor-events").startswith("Wladimir Putin Q7747 ")
    (events,) = _html_tables(executed, "actor-events")
    assert _body_rows(events) >= 3 and "Budapest" in events
    assert "Invasion" not in events  # another actor's event, and out of the range
    _png_size(executed, "actor-timeline")
    (query,) = _html_tables(executed, "actor-query")
    assert _body_rows(query) >= _body_rows(events)


def test_points_at_the_gephi_files(executed):
    lines = _stdout(executed, "gephi").splitlines()
    assert [Path(line.split(":")[0]).name for line in lines] == ["graph.gexf", "actors.gexf", "putin-actors.gexf"]
    for line in lines:
        nodes, edges = map(int, re.search(r": (\d+) nodes, (\d+) edges$", line).groups())
        assert nodes >= 2 and edges >= 1, line


def test_adding_an_article_changes_the_graph(executed):
    out = _stdout(executed, "add")
    assert f"added: {ARTICLE_ID} | replaced: - | unchanged: -" in out
    m = re.search(r"articles 5 → 6 \| events (\d+) → (\d+) \| actors (\d+) → (\d+)", out)
    assert m, out
    events_before, events_after, actors_before, actors_after = map(int, m.groups())
    assert (events_before, actors_before) == _built(executed)
    assert events_after > events_before and actors_after >= actors_before
    (new,) = _html_tables(executed, "new-events")
    assert _body_rows(new) == events_after - events_before and ARTICLE_ID in new
    (changed,) = _html_tables(executed, "changed-events")
    assert re.search(r"Telefonat zwischen Marco Rubio und Sergej Lawrow</td>\s*<td>status</td>\s*"
                     r"<td>planned</td>\s*<td>occurred</td>", changed)
    (before,) = _html_tables(executed, "planned-before")
    (after,) = _html_tables(executed, "planned-after")
    assert "Telefonat zwischen Marco Rubio und Sergej Lawrow" in before
    assert "Telefonat zwischen Marco Rubio und Sergej Lawrow" not in after
    assert _data(executed, "timeline-after", "image/png") != _data(executed, "timeline", "image/png")
    assert f"added: [] | unchanged: ['{ARTICLE_ID}']" in _stdout(executed, "add-again")


def test_cleans_up_its_build_folder(executed):
    out = Path(re.search(r"^build folder: (.+)$", _stdout(executed, "setup"), re.M).group(1))
    assert not out.exists() and not out.parent.exists()


def test_the_invented_article_is_a_dated_follow_up():
    text = (NOTEBOOKS / "data" / f"{ARTICLE_ID}.txt").read_text(encoding="utf-8")
    assert 150 <= len(text.split()) <= 250
    for seed in (ROOT / "seeds").glob("*.txt"):  # written for the walkthrough, not copied
        sentences = {s.strip() for s in re.split(r"(?<=[.!?“])\s+", seed.read_text(encoding="utf-8")) if len(s) > 40}
        assert not any(s in text for s in sentences), seed.name


def test_committed_notebook_is_stripped():
    nb = nbformat.read(WALKTHROUGH, as_version=4)
    nbformat.validate(nb)
    assert strip_tool.problems(nb) == []
    assert strip_tool.text(nb) == WALKTHROUGH.read_text(encoding="utf-8")


def test_stripping_the_executed_notebook_gives_the_committed_one(executed):
    assert strip_tool.problems(executed)  # the check sees what a run leaves behind
    stripped = strip_tool.strip(copy.deepcopy(executed))
    assert strip_tool.problems(stripped) == []
    assert strip_tool.text(stripped) == WALKTHROUGH.read_text(encoding="utf-8")


def test_strip_command_checks_and_strips(executed, tmp_path):
    path = tmp_path / "walkthrough.ipynb"
    path.write_text(nbformat.writes(executed), encoding="utf-8")
    script = str(NOTEBOOKS / "strip.py")
    check = subprocess.run([sys.executable, script, "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 1 and "has outputs" in check.stdout and str(path) in check.stdout
    run = subprocess.run([sys.executable, script, str(path)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == f"stripped {path}\n"
    assert path.read_text(encoding="utf-8") == WALKTHROUGH.read_text(encoding="utf-8")
    again = subprocess.run([sys.executable, script, "--check", str(path)], capture_output=True, text=True)
    assert again.returncode == 0 and again.stdout == ""
