"""GEXF 1.3 for Gephi: a writer that validates against the official schema.

Specification: https://gexf.net/ and the XML Schema in
``tests/data/schemas/gexf-1.3/`` (checked with ``xmllint --schema`` in the tests).

networkx's ``write_gexf`` (3.6) does not validate against that schema: it
writes an empty ``name=""`` on ``<graph>``, a misspelt XSI namespace in 1.3
output, and ``timeformat="long"`` for integer times.  This writer is small
and follows the schema instead:

- the visual elements ``color``, ``size`` and ``shape`` live in the GEXF 1.3
  namespace itself (the 1.3 schema defines them there; Gephi reads them by
  local name);
- times are calendar days (``timeformat="date"``, ``timerepresentation="interval"``);
- nodes, edges and attributes are written in sorted order and no clock is
  read, so the same graph gives the same bytes.

Node data used: ``label``, ``start``, ``end``, ``colour`` (r, g, b), ``size``,
``shape``; edge data: ``kind``, ``weight``, ``start``, ``end``; every other
key listed in the attribute table becomes an ``attvalue``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from typing import Any

import networkx as nx

from .. import __version__
from .files import write_bytes_atomic

NS = "http://gexf.net/1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

# Python value type → GEXF attribute type; a key with mixed types is written as string
_TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}
_NODE_RESERVED = {"label", "start", "end", "colour", "size", "shape"}
_EDGE_RESERVED = {"label", "start", "end", "kind", "weight"}


def _attribute_table(items: list[dict[str, Any]], reserved: set[str]) -> list[tuple[str, str]]:
    """(key, GEXF type) for every data key the elements carry that GEXF has no own attribute for, sorted."""
    types: dict[str, str] = {}
    for data in items:
        for key, value in data.items():
            if key in reserved or value is None or value == "":
                continue
            t = _TYPES.get(type(value), "string")
            if types.get(key, t) != t:
                t = "string"
            types[key] = t
    return sorted(types.items())


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _attvalues(parent: ET.Element, data: dict[str, Any], table: list[tuple[str, str]]) -> None:
    values = [(k, data[k]) for k, _ in table if data.get(k) not in (None, "")]
    if not values:
        return
    box = ET.SubElement(parent, "attvalues")
    for key, value in values:
        ET.SubElement(box, "attvalue", {"for": key, "value": _text(value)})


def _times(attrs: dict[str, str], data: dict[str, Any]) -> None:
    if data.get("start"):
        attrs["start"] = data["start"]
    if data.get("end"):
        attrs["end"] = data["end"]


def gexf_bytes(g: nx.Graph, description: str = "") -> bytes:
    """The graph as GEXF 1.3 (dynamic when any element has a ``start``)."""
    root = ET.Element("gexf", {"xmlns": NS, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA_LOCATION,
                               "version": "1.3"})
    meta_attrs = {"lastmodifieddate": g.graph["newest"]} if g.graph.get("newest") else {}
    meta = ET.SubElement(root, "meta", meta_attrs)
    ET.SubElement(meta, "creator").text = f"eventgraph {__version__}"
    if description:
        ET.SubElement(meta, "description").text = description

    nodes = sorted(g.nodes(data=True), key=lambda nd: str(nd[0]))
    if g.is_multigraph():
        edges = sorted(((u, v, d) for u, v, d in g.edges(data=True)),
                       key=lambda e: (str(e[0]), str(e[1]), e[2].get("kind", ""), e[2].get("role", "")))
    else:
        edges = sorted(((min(u, v), max(u, v), d) if not g.is_directed() else (u, v, d)
                        for u, v, d in g.edges(data=True)), key=lambda e: (str(e[0]), str(e[1])))
    dynamic = any(d.get("start") for _, d in nodes) or any(d.get("start") for *_, d in edges)
    graph_attrs = {"defaultedgetype": "directed" if g.is_directed() else "undirected", "idtype": "string"}
    if dynamic:
        graph_attrs.update({"mode": "dynamic", "timeformat": "date", "timerepresentation": "interval"})
    else:
        graph_attrs["mode"] = "static"
    graph = ET.SubElement(root, "graph", graph_attrs)

    node_table = _attribute_table([d for _, d in nodes], _NODE_RESERVED)
    edge_table = _attribute_table([d for *_, d in edges], _EDGE_RESERVED)
    for cls, table in (("node", node_table), ("edge", edge_table)):
        if table:
            box = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
            for key, t in table:
                ET.SubElement(box, "attribute", {"id": key, "title": key, "type": t})

    node_box = ET.SubElement(graph, "nodes", {"count": str(len(nodes))})
    for node, data in nodes:
        attrs = {"id": str(node), "label": str(data.get("label", node))}
        _times(attrs, data)
        el = ET.SubElement(node_box, "node", attrs)
        _attvalues(el, data, node_table)
        if "colour" in data:
            r, gr, b = data["colour"]
            ET.SubElement(el, "color", {"r": str(r), "g": str(gr), "b": str(b)})
        if "size" in data:
            ET.SubElement(el, "size", {"value": _text(float(data["size"]))})
        if "shape" in data:
            ET.SubElement(el, "shape", {"value": data["shape"]})

    edge_box = ET.SubElement(graph, "edges", {"count": str(len(edges))})
    for n, (u, v, data) in enumerate(edges):
        attrs = {"id": str(n), "source": str(u), "target": str(v)}
        if data.get("kind"):
            attrs["kind"] = data["kind"]
            attrs["label"] = data["kind"]
        if "weight" in data:
            attrs["weight"] = _text(float(data["weight"]))
        _times(attrs, data)
        el = ET.SubElement(edge_box, "edge", attrs)
        _attvalues(el, data, edge_table)

    ET.indent(root, space="  ")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")


def write_gexf(g: nx.Graph, path: str | os.PathLike, description: str = "") -> None:
    write_bytes_atomic(path, gexf_bytes(g, description))
