"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Each dated event becomes a slide: its interval as ``start_date``/``end_date``
at the precision the text gave (a month stays a month), the label as
headline, and status, participants, place, sources and evidence as text.
TimelineJS cannot place an event without a date, so those are left out and
counted in the title slide.
"""

from __future__ import annotations

import html
import os
from datetime import date
from typing import Any

from .files import dumps_json, write_text_atomic
from .timeline_image import STATUS_DE


def _date(iso: str, precision: str) -> dict[str, Any]:
    d = date.fromisoformat(iso[:10])
    out: dict[str, Any] = {"year": d.year}
    if precision in ("month", "day"):
        out["month"] = d.month
    if precision == "day":
        out["day"] = d.day
    return out


def _precision(value: str | None) -> str:
    if value and len(value) == 4 and value.isdigit():
        return "year"
    if value and len(value) == 7 and value[4] == "-":
        return "month"
    return "day"


def slide(e: dict[str, Any], articles: dict[str, dict]) -> dict[str, Any] | None:
    t = e["time"]
    if not t["earliest"] or not t["latest"]:
        return None
    precision = _precision(t["value"])
    out: dict[str, Any] = {"unique_id": e["id"].rsplit("/", 1)[-1], "start_date": _date(t["earliest"], precision)}
    if t["latest"] != t["earliest"] and precision == "day":
        out["end_date"] = _date(t["latest"], precision)
    out["display_date"] = t["value"]
    lines = [f"<p><b>{html.escape(STATUS_DE.get(e['status'], e['status']))}</b> · {html.escape(e['type'])}</p>"]
    if e["actors"]:
        lines.append("<p>Beteiligte: " + html.escape(", ".join(a["name"] for a in e["actors"])) + "</p>")
    if e.get("place"):
        lines.append(f"<p>Ort: {html.escape(e['place']['name'])}</p>")
    sources = [articles.get(s, {}).get("title") or s for s in e["sources"]]
    lines.append("<p>Quellen: " + html.escape("; ".join(sources)) + "</p>")
    for ev in e.get("evidence", [])[:3]:
        lines.append(f"<blockquote>{html.escape(ev['text'])}</blockquote>")
    out["text"] = {"headline": html.escape(e["label"]), "text": "".join(lines)}
    out["group"] = (e.get("broader") or [e["type"]])[-1]
    return out


def timelinejs(document: dict[str, Any], title: str | None = None) -> dict[str, Any]:
    articles = {a["id"]: a for a in document.get("articles", [])}
    slides = [s for s in (slide(e, articles) for e in document["events"]) if s]
    left_out = len(document["events"]) - len(slides)
    text = f"{len(slides)} Ereignisse aus {len(articles)} Artikeln"
    if left_out:
        text += f"; {left_out} ohne Datum nicht gezeigt"
    return {"title": {"text": {"headline": html.escape(title or "Zeitleiste"), "text": f"<p>{text}</p>"}},
            "events": slides}


def write_timelinejs(document: dict[str, Any], path: str | os.PathLike, title: str | None = None) -> None:
    write_text_atomic(path, dumps_json(timelinejs(document, title)))
