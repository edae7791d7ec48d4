"""``events.csv``: one row per event, for spreadsheets and pandas.

Multi-valued cells (actors, sources) are joined with ``"; "`` — a separator
that German names and article ids do not contain.
"""

from __future__ import annotations

import csv
import io
import os
from typing import Any

from .files import write_text_atomic

COLUMNS = ["id", "date", "earliest", "latest", "type", "broader", "status", "statement", "label", "actors",
           "actor_ids", "roles", "place", "place_id", "according_to", "source_count", "sources"]


def _join(values: list[str]) -> str:
    return "; ".join(values)


def event_row(e: dict[str, Any]) -> dict[str, Any]:
    place = e.get("place") or {}
    return {
        "id": e["id"],
        "date": e["time"]["value"] or "",
        "earliest": e["time"]["earliest"] or "",
        "latest": e["time"]["latest"] or "",
        "type": e["type"],
        "broader": _join(e.get("broader", [])),
        "status": e["status"],
        "statement": "true" if e.get("statement") else "false",
        "label": e["label"],
        "actors": _join([a["name"] for a in e["actors"]]),
        "actor_ids": _join([a["id"] for a in e["actors"]]),
        "roles": _join([a.get("role", "participant") for a in e["actors"]]),
        "place": place.get("name", ""),
        "place_id": place.get("id", ""),
        "according_to": _join([a["name"] for a in e.get("according_to", [])]),
        "source_count": len(e["sources"]),
        "sources": _join(e["sources"]),
    }


def events_csv(document: dict[str, Any]) -> str:
    """Events in timeline order as CSV (RFC 4180 quoting, ``\\n`` line ends, UTF-8)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in document["events"]:
        writer.writerow(event_row(e))
    return buf.getvalue()


def write_events_csv(document: dict[str, Any], path: str | os.PathLike) -> None:
    write_text_atomic(path, events_csv(document))
