"""Every export format, by name: what file it writes and from what.

A build writes the standard set (:data:`BUILD_SET`) beside ``events.json``;
``eventgraph export`` writes any one format later from an existing build
folder.  RDF formats read the dataset (``graph.trig``), all others the
``events.json`` document, so exports never parse articles again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from rdflib import Dataset

from .events_csv import write_events_csv
from .gexf import write_gexf
from .html_page import write_timeline_html
from .jsonld import write_jsonld
from .networks import actor_network, event_network
from .rdf import default_graph, write_nquads, write_trig, write_turtle
from .files import write_bytes_atomic
from .timeline_image import image_bytes, render_timeline
from .timelinejs import write_timelinejs


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    filename: str
    rdf: bool  # reads the dataset rather than the events document
    write: Callable[..., None]
    help: str


def _gexf(document: dict[str, Any], path: Path, network: str = "events", **_: Any) -> None:
    n = len(document.get("articles", []))
    if network == "actors":
        write_gexf(actor_network(document), path, f"Actors linked by shared events, from {n} articles")
    else:
        write_gexf(event_network(document), path, f"Events, actors and places from {n} articles")


def _image(fmt: str) -> Callable[..., None]:
    def write(document: dict[str, Any], path: Path, title: str | None = None, lanes: str | None = None, **_: Any) -> None:
        write_bytes_atomic(path, image_bytes(render_timeline(document, title=title, lanes=lanes), fmt))
    return write


FORMATS: dict[str, Format] = {f.name: f for f in [
    Format("ttl", "graph.ttl", True, lambda ds, path, **_: write_turtle(default_graph(ds), path),
           "Turtle: canonical events and actors (the default graph)"),
    Format("trig", "graph.trig", True, lambda ds, path, **_: write_trig(ds, path),
           "TriG: everything, one named graph per article"),
    Format("nq", "graph.nq", True, lambda ds, path, **_: write_nquads(ds, path), "N-Quads: everything, line by line"),
    Format("jsonld", "graph.jsonld", True, lambda ds, path, **_: write_jsonld(ds, path),
           "JSON-LD: everything, named graphs included"),
    Format("gexf", "graph.gexf", False, _gexf, "GEXF 1.3 for Gephi (--network events|actors)"),
    Format("csv", "events.csv", False, lambda doc, path, **_: write_events_csv(doc, path), "CSV: one row per event"),
    Format("timelinejs", "timeline.json", False,
           lambda doc, path, title=None, **_: write_timelinejs(doc, path, title), "TimelineJS3 JSON"),
    Format("html", "timeline.html", False,
           lambda doc, path, title=None, **_: write_timeline_html(doc, path, title),
           "A self-contained timeline page (works offline)"),
    Format("png", "timeline.png", False, _image("png"), "Timeline image, PNG"),
    Format("svg", "timeline.svg", False, _image("svg"), "Timeline image, SVG"),
    Format("pdf", "timeline.pdf", False, _image("pdf"), "Timeline image, PDF"),
]}


def write_build_exports(document: dict[str, Any], folder: Path) -> None:
    """The standard set a build leaves beside its RDF: both networks, the timeline in every picture
    format, page and CSV.

    The timeline is drawn once and saved three times; the page inlines that SVG.
    """
    _gexf(document, folder / FORMATS["gexf"].filename)
    _gexf(document, folder / "actors.gexf", network="actors")
    fig = render_timeline(document)
    images = {fmt: image_bytes(fig, fmt) for fmt in ("png", "svg", "pdf")}
    for fmt, data in images.items():
        write_bytes_atomic(folder / FORMATS[fmt].filename, data)
    write_timeline_html(document, folder / FORMATS["html"].filename, svg=images["svg"].decode("utf-8"))
    write_events_csv(document, folder / FORMATS["csv"].filename)


def load_document(build_dir: str | os.PathLike) -> dict[str, Any]:
    path = Path(build_dir) / "events.json"
    return json.loads(path.read_text(encoding="utf-8"))


def load_dataset(build_dir: str | os.PathLike) -> Dataset:
    ds = Dataset()
    ds.parse(Path(build_dir) / "graph.trig", format="trig")
    return ds


def export(fmt: str, build_dir: str | os.PathLike, out: str | os.PathLike, document: dict[str, Any] | None = None,
           **options: Any) -> Path:
    """Write one format from an existing build; ``document`` overrides ``events.json`` (a selection)."""
    spec = FORMATS[fmt]
    target = Path(out)
    if spec.rdf:
        spec.write(load_dataset(build_dir), target)
    else:
        spec.write(document if document is not None else load_document(build_dir), target, **options)
    return target
