"""``timeline.html``: one self-contained page to open, mail or archive.

Everything is inside the file — the timeline as inline SVG, the events as a
table with their evidence, a few lines of script to filter — so it works
offline and from a USB stick; no CDN, no fonts to fetch.
"""

from __future__ import annotations

import html
import os
from typing import Any

from .files import write_text_atomic
from .timeline_image import STATUS_DE, image_bytes, render_timeline

_STYLE = """
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:1.5rem auto;max-width:60rem;color:#222;padding:0 1rem}
h1{font-size:1.4rem}figure{margin:0}svg{width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border-bottom:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}
th{background:#f4f4f4;position:sticky;top:0}.status{white-space:nowrap}.planned,.possible{font-style:italic}
.cancelled .label{text-decoration:line-through}details{font-size:.8rem;color:#444}blockquote{margin:.2rem 0 .2rem 1rem}
#filter{margin:.5rem 0;font-size:.9rem}#filter input[type=search]{width:18rem}
"""

_SCRIPT = """
(function(){
  var q=document.getElementById('q'), boxes=document.querySelectorAll('#filter input[type=checkbox]');
  function apply(){
    var text=q.value.toLowerCase(), on={};
    boxes.forEach(function(b){on[b.value]=b.checked;});
    var shown=0;
    document.querySelectorAll('#events tbody tr').forEach(function(tr){
      var ok=on[tr.dataset.status]&&tr.textContent.toLowerCase().indexOf(text)>=0;
      tr.hidden=!ok; if(ok) shown++;
    });
    document.getElementById('count').textContent=shown;
  }
  q.addEventListener('input',apply); boxes.forEach(function(b){b.addEventListener('change',apply);}); apply();
})();
"""


def _row(e: dict[str, Any], articles: dict[str, dict]) -> str:
    esc = html.escape
    actors = ", ".join(esc(a["name"]) for a in e["actors"])
    place = esc(e["place"]["name"]) if e.get("place") else ""
    sources = "<br>".join(esc(articles.get(s, {}).get("title") or s) for s in e["sources"])
    evidence = "".join(f"<blockquote>{esc(ev['text'])} <small>({esc(ev['article'])})</small></blockquote>"
                       for ev in e.get("evidence", []))
    kind = " (Äußerung)" if e.get("statement") else ""
    return (f'<tr class="{esc(e["status"])}" data-status="{esc(e["status"])}" id="{esc(e["id"].rsplit("/", 1)[-1])}">'
            f'<td>{esc(e["time"]["value"] or "–")}</td><td class="status">{esc(STATUS_DE.get(e["status"], e["status"]))}</td>'
            f'<td><span class="label">{esc(e["label"])}</span>{kind}<details><summary>Belege</summary>{evidence}</details></td>'
            f'<td>{actors}</td><td>{place}</td><td>{len(e["sources"])}<br><small>{sources}</small></td></tr>')


def timeline_html(document: dict[str, Any], title: str | None = None, svg: str | None = None) -> str:
    """The page; ``svg`` is the timeline image to inline (rendered here when not given)."""
    if svg is None:
        svg = image_bytes(render_timeline(document, title=title), "svg").decode("utf-8")
    svg = svg[svg.index("<svg"):]  # inline: no XML declaration or doctype
    articles = {a["id"]: a for a in document.get("articles", [])}
    heading = html.escape(title or "Zeitleiste")
    statuses = sorted({e["status"] for e in document["events"]}, key=list(STATUS_DE).index)
    boxes = " ".join(f'<label><input type="checkbox" value="{s}" checked> {STATUS_DE[s]}</label>' for s in statuses)
    rows = "\n".join(_row(e, articles) for e in document["events"])
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="eventgraph">
<title>{heading}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{heading}</h1>
<figure>{svg}</figure>
<h2>Ereignisse (<span id="count">{len(document["events"])}</span>)</h2>
<div id="filter"><input type="search" id="q" placeholder="Filter: Name, Ort, Typ …" aria-label="Filter"> {boxes}</div>
<table id="events">
<thead><tr><th>Datum</th><th>Status</th><th>Ereignis</th><th>Beteiligte</th><th>Ort</th><th>Quellen</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<script>{_SCRIPT}</script>
</body>
</html>
"""


def write_timeline_html(document: dict[str, Any], path: str | os.PathLike, title: str | None = None,
                        svg: str | None = None) -> None:
    write_text_atomic(path, timeline_html(document, title, svg))
