"""Timeline images for reports (matplotlib): PNG, SVG and PDF at A4 width.

What the picture promises, and how:

- **A compressed time axis** (:mod:`.time_axis`): long empty stretches become
  a ``//`` break labelled with the time left out.
- **Uncertainty**: an event known only to a month or a range is a bar over
  its interval, with its marker in the middle; a dated day is a marker.
- **Status at a glance**: occurred filled, planned hollow with a dashed bar,
  possible hollow and dotted, postponed a hollow arrow, cancelled a cross
  with the label struck through; statements are diamonds.  A legend says so.
- **Labels never overlap** each other or any marker or bar: every event
  reserves the span of its bar plus its label on a row, and rows are packed
  greedily in time order (label to the right of the bar, else to the left,
  else on the row above).  Text widths are measured with the real font.
- **Lanes** (``lanes="actors"``): one band per actor who takes part in the
  most events, so each actor's story reads left to right.
- **Determinism**: no build time in the picture, a fixed SVG id salt, and no
  creation dates in SVG and PDF metadata, so rebuilds give identical bytes.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

import matplotlib
# Figures are drawn on their own Agg canvas (the backend whose metrics the layout measures), never
# through pyplot's global backend, so importing this module leaves a notebook's backend alone.
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .files import write_bytes_atomic  # noqa: E402
from .time_axis import MONTHS_DE, TimeAxis, gap_label  # noqa: E402

WIDTH_IN = 7.5  # A4 width less margins, so the image goes into a report at 100 %
LEFT_IN, RIGHT_IN = 0.25, 0.2
LANE_LABEL_IN = 1.25
ROW_IN = 0.2
LABEL_PT = 6.5
PNG_DPI = 200
MAX_PICTURED = 120  # dated events in one picture; beyond, the most reported (select with `eventgraph export`)
LABEL_GAP_IN = 0.05  # between a bar or marker and its label
ITEM_GAP_IN = 0.08  # between two items on a row
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#7f7f7f"]
STATUSES = ["occurred", "planned", "possible", "postponed", "cancelled"]
STATUS_DE = {"occurred": "stattgefunden", "planned": "geplant", "possible": "möglich",
             "postponed": "verschoben", "cancelled": "abgesagt"}
RC = {
    "svg.hashsalt": "eventgraph",
    "svg.fonttype": "none",  # labels stay text in the SVG: searchable, selectable, testable
    "font.family": "DejaVu Sans",
    "font.size": LABEL_PT,
    "path.simplify": False,
}
METADATA = {
    "png": {"Software": "eventgraph"},
    "svg": {"Date": None, "Creator": "eventgraph"},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": "eventgraph", "Producer": "eventgraph"},
}


@dataclass(slots=True)
class _Item:
    """One event drawn in one lane: its bar, marker and label, and where the packing put them."""

    event: dict[str, Any]
    x0: float
    x1: float
    label: str
    label_w: float
    row: int = 0
    label_row: int = 0
    label_x: float = 0.0
    label_align: str = "left"


def _family(e: dict[str, Any]) -> str:
    return e["broader"][-1] if e.get("broader") else e["type"]


def _bounds(e: dict[str, Any]) -> tuple[date, date] | None:
    t = e["time"]
    if not t.get("earliest") or not t.get("latest"):
        return None
    return date.fromisoformat(t["earliest"][:10]), date.fromisoformat(t["latest"][:10])


def _label(e: dict[str, Any]) -> str:
    n = len(e["sources"])
    return f"{e['label']} ({n})" if n > 1 else e["label"]


def _lanes(events: list[dict[str, Any]], lanes: str | None, max_lanes: int = 6) -> list[tuple[str, list[dict]]]:
    """The bands of the picture: one, or one per most active actor plus "weitere" for the rest."""
    if lanes != "actors":
        return [("", events)]
    count: Counter[str] = Counter()
    names: dict[str, str] = {}
    for e in events:
        for a in e["actors"]:
            count[a["id"]] += 1
            names[a["id"]] = a["name"]
    top = [a for a, _ in sorted(count.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:max_lanes]]
    out = [(names[a], [e for e in events if any(r["id"] == a for r in e["actors"])]) for a in top]
    rest = [e for e in events if not any(r["id"] in top for r in e["actors"])]
    if rest:
        out.append(("weitere", rest))
    return out


def _pack(items: list[_Item], plot_w: float) -> int:
    """Rows for every item so that no label touches another label, marker or bar; returns the row count."""
    taken: dict[int, list[tuple[float, float]]] = {}

    def free(row: int, a: float, b: float) -> bool:
        return all(b + ITEM_GAP_IN <= s or a >= e + ITEM_GAP_IN for s, e in taken.get(row, []))

    for it in sorted(items, key=lambda i: (i.x0, i.x1, i.label)):
        right = (it.x1 + LABEL_GAP_IN, it.x1 + LABEL_GAP_IN + it.label_w)
        left = (it.x0 - LABEL_GAP_IN - it.label_w, it.x0 - LABEL_GAP_IN)
        options: list[tuple[str, list[tuple[int, float, float]]]] = []
        if right[1] <= plot_w:
            options.append(("right", [(0, it.x0, right[1])]))
        if left[0] >= 0:
            options.append(("left", [(0, left[0], it.x1)]))
        above_x = min(max(it.x0, 0.0), max(plot_w - it.label_w, 0.0))
        options.append(("above", [(0, it.x0, it.x1), (1, above_x, above_x + it.label_w)]))
        row = 0
        while True:
            choice = next((o for o in options if all(free(row + dr, a, b) for dr, a, b in o[1])), None)
            if choice:
                break
            row += 1
        how, spans = choice
        for dr, a, b in spans:
            taken.setdefault(row + dr, []).append((a, b))
        it.row = row
        if how == "right":
            it.label_row, it.label_x, it.label_align = row, right[0], "left"
        elif how == "left":
            it.label_row, it.label_x, it.label_align = row, left[1], "right"
        else:
            it.label_row, it.label_x, it.label_align = row + 1, above_x, "left"
    return max(taken) + 1 if taken else 1


def render_timeline(document: dict[str, Any], title: str | None = None, lanes: str | None = None,
                    type_names: dict[str, str] | None = None) -> Figure:
    """The timeline of ``document`` (an ``events.json`` object) as a matplotlib figure.

    Artists carry ids (``gid``) a test or a stylesheet can find: ``label-N``,
    ``marker-N-STATUS``, ``bar-N`` and ``strike-N`` (N the event's position
    in the document); they become element ids in the SVG.
    """
    if type_names is None:
        from ..ontology import lexicon

        type_names = lexicon().names
    events = document["events"]
    dated = [e for e in events if _bounds(e)]
    undated = len(events) - len(dated)
    shown = _most_reported(dated, MAX_PICTURED)
    left_out = len(dated) - len(shown)
    dated = shown
    index = {id(e): k for k, e in enumerate(events)}
    bands = _lanes(dated, lanes)
    lane_w = LANE_LABEL_IN if lanes == "actors" else 0.0
    plot_w = WIDTH_IN - LEFT_IN - RIGHT_IN - lane_w

    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(WIDTH_IN, 3.0), dpi=PNG_DPI)  # measure text at the resolution the PNG is drawn
        FigureCanvasAgg(fig)
        renderer = fig.canvas.get_renderer()
        font = FontProperties(family="DejaVu Sans", size=LABEL_PT)

        def text_w(s: str) -> float:
            w, _, _ = renderer.get_text_width_height_descent(s, font, ismath=False)
            return w / fig.dpi

        axis = TimeAxis([b for e in dated for b in [_bounds(e)]], plot_w) if dated else None
        lane_rows: list[int] = []
        lane_items: list[list[_Item]] = []
        for _, evs in bands:
            items = []
            for e in evs:
                a, b = _bounds(e)
                x0, x1 = axis.day_span(a, b)
                if x1 - x0 < 0.06:  # a single day: a marker's width
                    mid = (x0 + x1) / 2
                    x0, x1 = mid - 0.03, mid + 0.03
                items.append(_Item(e, x0, x1, _label(e), text_w(_label(e))))
            lane_rows.append(_pack(items, plot_w) if items else 1)
            lane_items.append(items)

        total_rows = sum(lane_rows)
        families = sorted({_family(e) for e in dated})
        colour = {f: PALETTE[i % len(PALETTE)] for i, f in enumerate(families)}  # distinct within a picture
        top_in, axis_in = 0.55, 0.55
        legend_rows = 1 + (len(families) + 3) // 4
        bottom_in = axis_in + 0.18 * legend_rows + 0.45
        plot_h = max(total_rows, 2) * ROW_IN + 0.15
        height = top_in + plot_h + bottom_in
        fig.set_size_inches(WIDTH_IN, height)
        left = (LEFT_IN + lane_w) / WIDTH_IN
        ax = fig.add_axes((left, bottom_in / height, plot_w / WIDTH_IN, plot_h / height))
        ax.set_xlim(0, plot_w)
        ax.set_ylim(-0.6, max(total_rows, 2) - 0.4 + 0.15 / ROW_IN)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.spines["bottom"].set_visible(False)
        ax.set_yticks([])
        ax.set_xticks([])

        lane_base = [sum(lane_rows[k + 1:]) for k in range(len(lane_rows))]  # the busiest lane on top
        for k, rows in enumerate(lane_rows):
            base = lane_base[k]
            if lanes == "actors":
                if k % 2 == 0:
                    ax.axhspan(base - 0.5, base + rows - 0.5, color="#f2f2f2", zorder=0, lw=0)
                ax.text(-0.08, base + (rows - 1) / 2, bands[k][0], ha="right", va="center", fontsize=LABEL_PT + 0.5,
                        fontweight="bold", gid=f"lane-{k}", clip_on=False)

        for k, items in enumerate(lane_items):
            for it in items:
                _draw_item(ax, it, lane_base[k], colour[_family(it.event)], index[id(it.event)])

        if axis is not None:
            _draw_axis(fig, ax, axis, plot_w, height, bottom_in)
        _legend(fig, families, colour, type_names, height, axis_in)
        n_articles = len(document.get("articles", []))
        fig.text(LEFT_IN / WIDTH_IN, 1 - 0.3 / height, title or _default_title(document), fontsize=10,
                 fontweight="bold", va="baseline", gid="title")
        fig.text(LEFT_IN / WIDTH_IN, 0.1 / height, _caption(document, dated, undated, n_articles, axis, left_out),
                 fontsize=LABEL_PT - 0.5, color="#444444", va="baseline", gid="caption")
    return fig


def _draw_item(ax, it: _Item, base: int, colour: str, n: int) -> None:
    e = it.event
    y = base + it.row
    status = e["status"]
    statement = bool(e.get("statement"))
    filled = status == "occurred"
    bar = it.x1 - it.x0 > 0.061
    if bar:
        style = {"occurred": "solid", "planned": "dashed", "possible": "dotted"}.get(status, "solid")
        ax.plot([it.x0, it.x1], [y, y], color=colour, lw=3.2 if filled else 1.4, ls=style, alpha=0.55 if filled else 0.9,
                solid_capstyle="butt", gid=f"bar-{n}", zorder=2)
    marker = {"cancelled": "X", "postponed": ">"}.get(status, "D" if statement else "o")
    size = 4.0 + 1.2 * min(len(e["sources"]), 6) ** 0.5
    face = colour if filled or status == "cancelled" else "white"
    ax.plot([(it.x0 + it.x1) / 2], [y], marker=marker, ms=size, mfc=face, mec=colour,
            mew=1.0 if filled else 1.2, ls="none", gid=f"marker-{n}-{status}", zorder=3)
    ax.text(it.label_x, base + it.label_row, it.label, ha=it.label_align, va="center", fontsize=LABEL_PT,
                color="#222222" if status != "cancelled" else "#666666", gid=f"label-{n}", zorder=4)
    if status == "cancelled":
        x0 = it.label_x if it.label_align == "left" else it.label_x - it.label_w
        ax.plot([x0, x0 + it.label_w], [base + it.label_row] * 2, color="#666666", lw=0.6, gid=f"strike-{n}", zorder=5)
    if it.label_row != it.row:
        ax.plot([(it.x0 + it.x1) / 2] * 2, [y + 0.18, base + it.label_row - 0.3], color="#999999", lw=0.4, zorder=1)


def _draw_axis(fig: Figure, ax, axis: TimeAxis, plot_w: float, height: float, bottom_in: float) -> None:
    y = -0.6
    for seg in axis.segments:
        ax.plot([seg.x0, seg.x1], [y, y], color="#333333", lw=0.8, clip_on=False, solid_capstyle="butt")
    minor, captions = axis.ticks()
    for t in minor:
        ax.plot([t.x, t.x], [y, y - 0.12], color="#333333", lw=0.6, clip_on=False)
        ax.annotate(t.label, (t.x, y), xytext=(0, -6), textcoords="offset points", ha="center", va="top",
                    fontsize=LABEL_PT - 0.5, annotation_clip=False)
    for t in captions:
        ax.annotate(t.label, (t.x, y), xytext=(0, -15), textcoords="offset points", ha="center", va="top",
                    fontsize=LABEL_PT, fontweight="bold", annotation_clip=False)
    for x0, x1, days in axis.breaks:
        mid = (x0 + x1) / 2
        for dx in (-0.035, 0.035):
            ax.plot([mid + dx - 0.03, mid + dx + 0.03], [y - 0.15, y + 0.15], color="#333333", lw=0.8, clip_on=False)
        ax.annotate(gap_label(days), (mid, y), xytext=(0, -15), textcoords="offset points", ha="center",
                    va="top", fontsize=LABEL_PT - 1, style="italic", color="#777777", annotation_clip=False, gid="break")


def _legend(fig: Figure, families: list[str], colour: dict[str, str], type_names: dict[str, str], height: float,
            axis_in: float) -> None:
    status_handles = [
        Line2D([], [], marker="o", ms=5, mfc="#555555", mec="#555555", ls="none", label=STATUS_DE["occurred"]),
        Line2D([], [], marker="o", ms=5, mfc="white", mec="#555555", ls="--", lw=1, label=STATUS_DE["planned"]),
        Line2D([], [], marker="o", ms=5, mfc="white", mec="#555555", ls=":", lw=1, label=STATUS_DE["possible"]),
        Line2D([], [], marker=">", ms=5, mfc="white", mec="#555555", ls="none", label=STATUS_DE["postponed"]),
        Line2D([], [], marker="X", ms=5, mfc="#555555", mec="#555555", ls="none", label=STATUS_DE["cancelled"]),
        Line2D([], [], marker="D", ms=4, mfc="white", mec="#555555", ls="none", label="Äußerung"),
    ]
    type_handles = [Patch(color=colour[f], label=type_names.get(f, f)) for f in families]
    y = (0.38 + 0.18 * (1 + (len(families) + 3) // 4)) / height
    fig.legend(handles=status_handles, loc="upper left", bbox_to_anchor=(LEFT_IN / WIDTH_IN, y), ncol=6,
               frameon=False, fontsize=LABEL_PT, handlelength=2.0, columnspacing=1.2, borderaxespad=0)
    if type_handles:
        fig.legend(handles=type_handles, loc="upper left", bbox_to_anchor=(LEFT_IN / WIDTH_IN, y - 0.2 / height),
                   ncol=4, frameon=False, fontsize=LABEL_PT, handlelength=1.2, columnspacing=1.2, borderaxespad=0)


def _default_title(document: dict[str, Any]) -> str:
    return f"Zeitleiste: {len(document['events'])} Ereignisse aus {len(document.get('articles', []))} Artikeln"


def _de_day(d: date) -> str:
    return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"


def _most_reported(dated: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """At most ``limit`` events, those most articles report (earlier ones first among equals), in
    timeline order: a page of a report holds about a hundred labels, not an archive's thousands."""
    if len(dated) <= limit:
        return dated
    keep = set(sorted(range(len(dated)), key=lambda k: (-len(dated[k]["sources"]), k))[:limit])
    return [e for k, e in enumerate(dated) if k in keep]


def _caption(document: dict[str, Any], dated: list[dict], undated: int, n_articles: int,
             axis: TimeAxis | None, left_out: int = 0) -> str:
    """Corpus, date range and the newest article; never the build time, so rebuilds stay identical."""
    parts = [f"{n_articles} Artikel"]
    published = sorted(a["published"][:10] for a in document.get("articles", []) if a.get("published"))
    if dated:
        lo = min(_bounds(e)[0] for e in dated)
        hi = max(_bounds(e)[1] for e in dated)
        parts.append(f"Ereignisse {_de_day(lo)} – {_de_day(hi)}")
    if published:
        parts.append(f"neuester Artikel {_de_day(date.fromisoformat(published[-1]))}")
    if left_out:
        parts.append(f"die {len(dated)} meistberichteten von {len(dated) + left_out} datierten Ereignissen")
    if undated:
        parts.append(f"{undated} Ereignis{'se' if undated > 1 else ''} ohne Datum nicht gezeigt")
    notes = ["(n) = Zahl der berichtenden Artikel"]
    if axis is not None and axis.breaks:
        notes.append("// = ausgelassene Zeit ohne Ereignisse")
    return " · ".join(parts) + "\n" + " · ".join(notes)


def image_bytes(fig: Figure, fmt: str) -> bytes:
    """The figure as PNG, SVG or PDF bytes, with fixed metadata."""
    if fmt not in METADATA:
        raise ValueError(f"unknown image format {fmt!r} (png, svg or pdf)")
    buf = io.BytesIO()
    with matplotlib.rc_context(RC):
        fig.savefig(buf, format=fmt, dpi=PNG_DPI if fmt == "png" else 72, metadata=METADATA[fmt])
    return buf.getvalue()


def write_timeline(document: dict[str, Any], path: str | os.PathLike, fmt: str | None = None, **kwargs) -> None:
    """Render and write one image atomically; the format follows the file name unless given."""
    fmt = fmt or os.fspath(path).rsplit(".", 1)[-1].lower()
    write_bytes_atomic(path, image_bytes(render_timeline(document, **kwargs), fmt))
