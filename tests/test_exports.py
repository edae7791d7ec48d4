"""Exports: the files a build leaves, their formats checked by real parsers and validators.

GEXF is validated with ``xmllint`` against the official 1.3 schema (copied
into ``tests/data/schemas/gexf-1.3``); RDF formats are parsed back with
rdflib; images are rendered with matplotlib and checked for what a reader
relies on — every label there, no label over another or over a marker,
planned and occurred drawn differently.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from graph.export.gexf import gexf_bytes
from graph.export.networks import actor_network, event_network
from graph.export.time_axis import TimeAxis
from graph.export.timeline_image import image_bytes, render_timeline

from .conftest import DATA, run_cli

BUILD_SET = ["events.json", "graph.ttl", "graph.trig", "graph.gexf", "actors.gexf", "timeline.png", "timeline.svg",
             "timeline.pdf", "timeline.html", "events.csv", "manifest.json"]
SCHEMA = DATA / "schemas" / "gexf-1.3" / "gexf.xsd"
SVG = "{http://www.w3.org/2000/svg}"


def _xmllint(path: Path) -> subprocess.CompletedProcess:
    assert shutil.which("xmllint"), "xmllint is installed by `make test` (Debian libxml2-utils)"
    return subprocess.run(["xmllint", "--noout", "--schema", str(SCHEMA), str(path)], capture_output=True, text=True)


# -- the build's file set and determinism ----------------------------------------------------------

def test_build_leaves_every_export(seeds_build):
    assert sorted(p.name for p in seeds_build.iterdir() if not p.name.startswith(".")) == sorted(BUILD_SET + ["parsed", "store"])
    assert (seeds_build / "store").is_dir()
    manifest = json.loads((seeds_build / "manifest.json").read_text())
    assert set(manifest["outputs"]) == set(BUILD_SET) - {"manifest.json"}


# -- RDF serialisations -------------------------------------------------------------------------------

def _quads(ds: Dataset) -> set:
    default = ds.default_graph.identifier if hasattr(ds, "default_graph") else ds.default_context.identifier
    return {(s, p, o, None if g == default else g) for s, p, o, g in ds.quads((None, None, None, None))}


@pytest.mark.parametrize("fmt,parser", [("nq", "nquads"), ("jsonld", "json-ld"), ("trig", "trig")])
def test_rdf_exports_parse_back_to_the_same_dataset(seeds_build, tmp_path, fmt, parser):
    original = Dataset()
    original.parse(seeds_build / "graph.trig", format="trig")
    out = tmp_path / f"graph.{fmt}"
    r = run_cli("export", "--format", fmt, "--build", str(seeds_build), "--out", str(out))
    assert r.returncode == 0, r.stderr
    again = Dataset()
    again.parse(out, format=parser)
    assert _quads(again) == _quads(original)
    assert len(_quads(original)) > 1000


def test_turtle_is_the_default_graph_of_the_trig(seeds_build):
    ds = Dataset()
    ds.parse(seeds_build / "graph.trig", format="trig")
    default = ds.default_graph if hasattr(ds, "default_graph") else ds.default_context
    ttl = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    assert set(ttl) == set(default) and len(ttl) > 100


def test_jsonld_needs_no_remote_context(seeds_build, tmp_path):
    out = tmp_path / "g.jsonld"
    assert run_cli("export", "-f", "jsonld", "-b", str(seeds_build), "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    assert isinstance(doc["@context"], dict) and all(v.startswith("http") for v in doc["@context"].values())
    assert any("@graph" in node for node in doc["@graph"])  # article graphs are named graphs


# -- GEXF ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["graph.gexf", "actors.gexf"])
def test_gexf_validates_against_the_official_schema(seeds_build, name):
    r = _xmllint(seeds_build / name)
    assert r.returncode == 0, r.stderr
    assert "validates" in r.stderr


def test_xmllint_rejects_what_the_schema_forbids(tmp_path):
    """The validation is real: networkx's three faults each fail it."""
    good = gexf_bytes(event_network({"events": [], "actors": [], "articles": []})).decode()
    for bad in (good.replace('idtype="string"', 'idtype="string" name=""'),
                good.replace('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
                             'xmlns:xsi="http://w3.org/2001/XMLSchema-instance"'),
                good.replace('mode="static"', 'mode="dynamic" timeformat="long"')):
        path = tmp_path / "bad.gexf"
        path.write_text(bad)
        assert _xmllint(path).returncode != 0, bad


def _gexf_tree(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def test_gexf_event_network_content(seeds_build, document):
    ns = {"g": "http://gexf.net/1.3"}
    root = _gexf_tree(seeds_build / "graph.gexf")
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    attr_ids = {a.get("id") for a in graph.findall("g:attributes[@class='node']/g:attribute", ns)}
    assert {"kind", "type", "sources", "wikidata", "status"} <= attr_ids
    nodes = {n.get("id"): n for n in graph.findall("g:nodes/g:node", ns)}
    for e in document["events"]:
        node = nodes[e["id"]]
        assert node.get("label") == e["label"]
        assert node.get("start") == e["time"]["earliest"] and node.get("end") == e["time"]["latest"]
        values = {v.get("for"): v.get("value") for v in node.findall("g:attvalues/g:attvalue", ns)}
        assert values["kind"] == "event" and values["type"] == e["type"] and values["sources"] == str(len(e["sources"]))
        assert node.find("g:color", ns) is not None and float(node.find("g:size", ns).get("value")) > 0
    putin = nodes["https://w3id.org/eventgraph/kb/wladimir-putin"]
    assert {v.get("for"): v.get("value") for v in putin.findall("g:attvalues/g:attvalue", ns)}["wikidata"] == "Q7747"
    edges = graph.findall("g:edges/g:edge", ns)
    kinds = {e.get("kind") for e in edges}
    assert kinds == {"participation", "location", "before"} & kinds and {"participation", "location"} <= kinds
    expected_participation = sum(len(e["actors"]) for e in document["events"])
    assert sum(1 for e in edges if e.get("kind") == "participation") == expected_participation
    roles = {v.get("value") for e in edges for v in e.findall("g:attvalues/g:attvalue[@for='role']", ns)}
    assert "host" in roles and "guest" in roles  # "Trump empfängt Putin" in Alaska


def test_gexf_actor_network_weights(document):
    g = actor_network(document)
    expected: dict[frozenset, int] = {}
    for e in document["events"]:
        for a, b in itertools.combinations(sorted({x["id"] for x in e["actors"]}), 2):
            expected[frozenset((a, b))] = expected.get(frozenset((a, b)), 0) + 1
    got = {frozenset((u, v)): int(d["weight"]) for u, v, d in g.edges(data=True)}
    assert got == expected and max(got.values()) >= 3  # Trump and Putin share several events


# -- timeline images ----------------------------------------------------------------------------------

def _event(n: int, label: str, first: date, last: date | None = None, status: str = "occurred",
           actors: tuple[str, ...] = ("Anna Beispiel",), statement: bool = False, sources: int = 1,
           etype: str = "Meeting") -> dict:
    last = last or first
    value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    return {"id": f"https://example.org/event/{n}", "label": label, "type": etype, "broader": [], "status": status,
            "statement": statement, "time": {"value": value, "earliest": first.isoformat(), "latest": last.isoformat()},
            "actors": [{"id": f"https://example.org/actor/{a}", "name": a, "wikidata": None, "role": "participant"}
                       for a in actors],
            "place": None, "sources": [f"a{k}" for k in range(sources)], "evidence": [], "before": []}


def _crowded() -> dict:
    """Forty invented events crowding a week, long labels, every status, a past anchor and a gap."""
    statuses = ["occurred", "planned", "possible", "postponed", "cancelled"]
    people = ["Anna Beispiel", "Bernd Muster", "Clara Probe", "Dieter Test"]
    events = [_event(k, f"Sitzung des Ausschusses für Verkehr und digitale Infrastruktur Nummer {k}",
                     date(2026, 3, 2) + timedelta(days=k % 6), status=statuses[k % 5],
                     actors=(people[k % 4], people[(k + 1) % 4]), sources=1 + k % 4,
                     etype=["Meeting", "Protest", "LabourStrike"][k % 3]) for k in range(40)]
    events.append(_event(40, "Gründung der Genossenschaft", date(2019, 5, 1), date(2019, 5, 31)))
    events.append(_event(41, "Erklärung von Bernd Muster", date(2026, 1, 10), statement=True, actors=("Bernd Muster",)))
    return {"articles": [{"id": f"a{k}", "published": "2026-03-08"} for k in range(4)], "actors": [], "events": events}


def _extents(fig):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels, marks = [], []
    for ax in fig.axes:
        for artist in itertools.chain(ax.texts, ax.lines):
            gid = artist.get_gid() or ""
            if gid.startswith("label-"):
                labels.append((gid, artist.get_window_extent(renderer)))
            elif gid.startswith(("marker-", "bar-")):
                marks.append((gid, artist.get_window_extent(renderer)))
    return labels, marks


def _overlap(a, b) -> bool:
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5


@pytest.mark.parametrize("lanes", [None, "actors"])
@pytest.mark.parametrize("which", ["seeds", "crowded"])
def test_no_label_overlaps_another_label_or_a_marker(document, which, lanes):
    doc = document if which == "seeds" else _crowded()
    labels, marks = _extents(render_timeline(doc, lanes=lanes))
    assert len(labels) >= sum(1 for e in doc["events"] if e["time"]["earliest"])
    for (ga, a), (gb, b) in itertools.combinations(labels, 2):
        assert not _overlap(a, b), f"{ga} overlaps {gb}"
    for (ga, a), (gb, b) in itertools.product(labels, marks):
        assert not _overlap(a, b), f"{ga} overlaps {gb}"
    fig_box = render_timeline(doc, lanes=lanes).bbox
    for gid, box in labels:
        assert box.x0 >= 0 and box.x1 <= fig_box.x1, f"{gid} runs off the picture"


def _svg_texts(svg: bytes) -> str:
    root = ET.fromstring(svg)
    return "\n".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def test_every_event_label_is_text_in_the_svg(seeds_build, document):
    texts = _svg_texts((seeds_build / "timeline.svg").read_bytes())
    for e in document["events"]:
        if e["time"]["earliest"]:
            assert e["label"] in texts, e["label"]
    undated = sum(1 for e in document["events"] if not e["time"]["earliest"])
    if undated:
        assert "ohne Datum nicht gezeigt" in texts
    newest = max(a["published"][:10] for a in document["articles"])
    assert f"neuester Artikel {int(newest[8:])}." in texts


def _marker_style(svg_root, gid: str) -> str:
    group = next(g for g in svg_root.iter(f"{SVG}g") if g.get("id") == gid)
    return " ".join(p.get("style", "") for p in group.iter(f"{SVG}use")) or \
        " ".join(p.get("style", "") for p in group.iter(f"{SVG}path"))


def test_status_is_visible_in_the_style(tmp_path):
    doc = _crowded()
    svg = image_bytes(render_timeline(doc), "svg")
    root = ET.fromstring(svg)
    ids = {g.get("id") for g in root.iter(f"{SVG}g") if g.get("id")}
    occurred = next(i for i in ids if i.startswith("marker-") and i.endswith("-occurred"))
    planned = next(i for i in ids if i.startswith("marker-") and i.endswith("-planned"))
    fill = re.compile(r"fill:\s*(#[0-9a-f]{6})")
    assert fill.search(_marker_style(root, planned)).group(1) == "#ffffff"  # hollow
    assert fill.search(_marker_style(root, occurred)).group(1) != "#ffffff"  # filled
    cancelled = [e for e in doc["events"] if e["status"] == "cancelled"]
    for e in cancelled:
        n = doc["events"].index(e)
        assert f"strike-{n}" in ids, "cancelled labels are struck through"
    texts = _svg_texts(svg)
    for word in ("stattgefunden", "geplant", "abgesagt", "verschoben", "möglich"):
        assert word in texts  # the legend


def test_planned_interval_bar_is_dashed_and_occurred_solid():
    doc = {"articles": [], "actors": [], "events": [
        _event(0, "Tarifrunde", date(2026, 4, 1), date(2026, 4, 30), status="planned"),
        _event(1, "Warnstreik", date(2026, 3, 1), date(2026, 3, 31), status="occurred")]}
    root = ET.fromstring(image_bytes(render_timeline(doc), "svg"))
    style = {g.get("id"): " ".join(p.get("style", "") for p in g.iter(f"{SVG}path"))
             for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("bar-")}
    assert "stroke-dasharray" in style["bar-0"] and "stroke-dasharray" not in style["bar-1"]


def test_long_empty_stretch_becomes_a_break():
    doc = _crowded()
    texts = _svg_texts(image_bytes(render_timeline(doc), "svg"))
    assert "7 Jahre" in texts or "6 Jahre" in texts  # May 2019 → January 2026
    axis = TimeAxis([(date(2019, 5, 1), date(2019, 5, 31)), (date(2026, 3, 2), date(2026, 3, 7))], 6.0)
    assert len(axis.segments) == 2 and len(axis.breaks) == 1
    # a story with an event every month keeps one continuous axis
    monthly = [(date(2025, m, 10), date(2025, m, 10)) for m in range(1, 13)]
    assert len(TimeAxis(monthly, 6.0).segments) == 1
    xs = [TimeAxis(monthly, 6.0).x(d.toordinal()) for d, _ in monthly]
    assert xs == sorted(xs) and 0 <= xs[0] and xs[-1] <= 6.0


def test_image_formats_have_their_signatures(seeds_build):
    assert (seeds_build / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (seeds_build / "timeline.pdf").read_bytes()[:5] == b"%PDF-"
    assert b"CreationDate" not in (seeds_build / "timeline.pdf").read_bytes()
    ET.fromstring((seeds_build / "timeline.svg").read_bytes())


# -- CSV, TimelineJS, HTML ----------------------------------------------------------------------------

def test_csv_has_one_row_per_event(seeds_build, document):
    rows = list(csv.DictReader(io.StringIO((seeds_build / "events.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(document["events"])
    for row, e in zip(rows, document["events"]):
        assert row["id"] == e["id"] and row["label"] == e["label"] and row["status"] == e["status"]
        assert row["earliest"] == (e["time"]["earliest"] or "") and int(row["source_count"]) == len(e["sources"])
        assert row["actors"].split("; ") == [a["name"] for a in e["actors"]] or not e["actors"]


def test_timelinejs_slides(seeds_build, document, tmp_path):
    out = tmp_path / "t.json"
    assert run_cli("export", "-f", "timelinejs", "-b", str(seeds_build), "-o", str(out)).returncode == 0
    tl = json.loads(out.read_text())
    dated = [e for e in document["events"] if e["time"]["earliest"]]
    assert [s["text"]["headline"] for s in tl["events"]] == [e["label"].replace("&", "&amp;") for e in dated]
    for s, e in zip(tl["events"], dated):
        value = e["time"]["value"]
        assert s["start_date"]["year"] == int(e["time"]["earliest"][:4])
        if len(value) == 7:  # a month stays a month
            assert "day" not in s["start_date"] and s["start_date"]["month"] == int(value[5:7])


def test_html_page_is_self_contained(seeds_build, document):
    page = (seeds_build / "timeline.html").read_text(encoding="utf-8")
    assert "<svg" in page and "<table" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "no remote resources"
    assert "@import" not in page and "url(http" not in page
    for e in document["events"]:
        assert e["label"].replace("&", "&amp;") in page


# -- the CLI ------------------------------------------------------------------------------------------

def test_timeline_of_one_actor_in_a_date_range(seeds_build, document, tmp_path):
    out = tmp_path / "putin.svg"
    r = run_cli("timeline", "--build", str(seeds_build), "--actor", "Wladimir Putin", "--from", "2025-08-01",
                "--to", "2025-10-31", "--out", str(out))
    assert r.returncode == 0, r.stderr
    texts = _svg_texts(out.read_bytes())
    assert "Zeitleiste: Wladimir Putin" in texts
    putin = "https://w3id.org/eventgraph/kb/wladimir-putin"
    for e in document["events"]:
        ours = any(a["id"] == putin for a in e["actors"])
        inside = e["time"]["earliest"] and e["time"]["latest"] >= "2025-08-01" and e["time"]["earliest"] <= "2025-10-31"
        assert (e["label"] in texts) == bool(ours and inside), e["label"]


@pytest.mark.parametrize("args,message", [
    (["timeline", "--actor", "Putn", "--out", "x.svg"], "did you mean Putin"),
    (["timeline", "--from", "2025-13-01", "--out", "x.svg"], "not a date"),
    (["timeline", "--out", "x.gif"], "use .png, .svg"),
    (["export", "--format", "xls"], "unknown format"),
    (["export", "--format", "ttl", "--actor", "Putin"], "RDF exports hold the whole graph"),
])
def test_cli_errors_are_clear(seeds_build, tmp_path, args, message):
    r = run_cli(*args, "--build", str(seeds_build), cwd=tmp_path)
    assert r.returncode == 2
    assert message in " ".join(r.stderr.split())
    assert "Traceback" not in r.stderr


def test_export_from_a_folder_without_build(tmp_path):
    r = run_cli("export", "-f", "csv", "--build", str(tmp_path / "nothing"))
    assert r.returncode == 2 and "run `eventgraph build" in " ".join(r.stderr.split())


@pytest.mark.parametrize("fmt", ["ttl", "gexf", "csv", "html", "png", "svg", "pdf"])
def test_export_rewrites_the_build_file_identically(seeds_build, tmp_path, fmt):
    from graph.export.formats import FORMATS

    out = tmp_path / FORMATS[fmt].filename
    r = run_cli("export", "--format", fmt, "--build", str(seeds_build), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == (seeds_build / FORMATS[fmt].filename).read_bytes()


# -- the HTML page in a real browser ------------------------------------------------------------------

def test_html_page_works_offline_in_chromium(seeds_build, document):
    from .browser import offline_page

    with offline_page() as (page, blocked):
        page.goto((seeds_build / "timeline.html").as_uri())
        box = page.locator("figure svg").bounding_box()
        assert box and box["width"] > 600 and box["height"] > 200  # the timeline is drawn
        rows = page.locator("#events tbody tr")
        assert rows.count() == len(document["events"])
        assert page.locator("#events tbody tr:visible").count() == len(document["events"])
        page.fill("#q", "budapest")
        expected = sum(1 for e in document["events"] if "budapest" in _row_text(e))
        assert 0 < expected < len(document["events"])
        assert page.locator("#events tbody tr:visible").count() == expected
        assert page.inner_text("#count") == str(expected)
        page.fill("#q", "")
        page.uncheck("#filter input[value=planned]")
        planned = sum(1 for e in document["events"] if e["status"] == "planned")
        assert planned and page.locator("#events tbody tr:visible").count() == len(document["events"]) - planned
    assert blocked == [], f"the page asked the network for {blocked}"


def _row_text(e: dict) -> str:
    """What the filter searches: the row's visible text, as the page's table builds it (lower case)."""
    parts = [e["time"]["value"] or "–", e["label"], " ".join(a["name"] for a in e["actors"]),
             e["place"]["name"] if e.get("place") else "", " ".join(ev["text"] for ev in e.get("evidence", []))]
    return " ".join(parts).lower()


def test_an_archive_timeline_pictures_its_most_reported_events():
    """Thousands of events do not fit one picture: the most reported are drawn, and the caption says so."""
    from graph.export.timeline_image import MAX_PICTURED

    events = [_event(k, f"Sitzung {k}", date(2025, 1, 1) + timedelta(days=k), sources=1 + (k % 7 == 0) * 3)
              for k in range(MAX_PICTURED + 60)]
    doc = {"articles": [{"id": f"a{k}", "published": "2026-03-08"} for k in range(4)], "actors": [], "events": events}
    labels, _ = _extents(render_timeline(doc))
    shown = {int(gid.split("-")[1]) for gid, _ in labels}
    assert len(shown) == MAX_PICTURED
    assert {k for k in range(len(events)) if k % 7 == 0} <= shown  # every 4-source event is in
    texts = _svg_texts(image_bytes(render_timeline(doc), "svg"))
    assert f"die {MAX_PICTURED} meistberichteten von {MAX_PICTURED + 60} datierten Ereignissen" in texts
