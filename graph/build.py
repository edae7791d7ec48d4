"""A whole build: read → parse → merge → export, with a report of what was skipped.

The CLI is a thin layer over :func:`build`; tests and notebooks call it directly.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .export.events_json import events_document, write_events_json
from .export.files import dumps_json, sha256_file, staged_output, swap_dir, write_text_atomic
from .parse import make_pipeline, parse_article
from .parse.article import Article, Skipped
from .parse.articles import DEFAULT_MAX_BYTES, read_articles
from .parse.doc import Doc


@dataclass(slots=True)
class BuildReport:
    """What a build did, for the summary line and ``manifest.json``."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    events: int = 0
    actors: int = 0
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def warnings(self) -> list[tuple[str, str]]:
        return [(a.id, w) for a in self.articles for w in a.warnings]


ProgressHook = Callable[[str, int | None], None]


def read_and_parse(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES,
                   on_item: ProgressHook | None = None, kb_files: Iterable[str | os.PathLike] = ()) -> tuple[list[Doc], list[Skipped]]:
    """Parse every readable article; collect what was skipped, including duplicate ids."""
    pipeline = make_pipeline(tuple(str(p) for p in kb_files))
    docs: list[Doc] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    for item in read_articles(paths, max_bytes=max_bytes):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.id in seen:
            skipped.append(Skipped(item.path or item.id, f"duplicate article id {item.id!r} (first read from {seen[item.id]})"))
        else:
            seen[item.id] = item.path or item.id
            try:
                docs.append(parse_article(item, pipeline))
            except Exception as exc:  # one bad article must not stop a run over a thousand
                skipped.append(Skipped(item.path or item.id, f"parse failed: {type(exc).__name__}: {exc}"))
        if on_item:
            on_item(getattr(item, "id", None) or getattr(item, "path", ""), None)
    return docs, skipped


def build(paths: Iterable[str | os.PathLike], out: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
          on_item: ProgressHook | None = None, kb_files: Iterable[str | os.PathLike] = (),
          statements: bool = True, store: str | os.PathLike | None = None) -> BuildReport:
    """Build the exports for ``paths`` into ``out``; old exports stay until all new ones are written.

    The Oxigraph store goes to ``out/store`` unless ``store`` names another folder.
    """
    started = time.perf_counter()
    docs, skipped = read_and_parse(paths, max_bytes=max_bytes, on_item=on_item, kb_files=kb_files)
    report = BuildReport(articles=[d.article for d in docs], skipped=skipped)
    if not docs:
        report.seconds = time.perf_counter() - started
        return report
    with staged_output(out) as stage:
        from .export.formats import write_build_exports
        from .store.embedded import write_store
        from .merge.dataset import build_dataset
        from .merge.identities import merge_actors

        from .export.events_json import event_record
        from .merge.events import EventMerger

        actors = merge_actors(docs)
        names = {a["id"]: a["name"] for a in actors}
        events = EventMerger(docs, names).events(statements=statements)
        by_iri = {a["id"]: a for a in actors}
        by_id = {d.article.id: d for d in docs}
        document = events_document(report.articles, actors=actors,
                                   events=[event_record(e, by_iri, by_id) for e in events])
        dataset = build_dataset(docs, actors, events)
        write_events_json(document, stage / "events.json")
        write_build_exports(document, dataset, stage)
        trig = stage / "graph.trig"
        if store is None:
            write_store(stage / "store", trig)
        else:
            target = Path(store).resolve()
            target.parent.mkdir(parents=True, exist_ok=True)
            fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
            try:
                write_store(fresh, trig)
                swap_dir(fresh, target)
            except BaseException:
                shutil.rmtree(fresh, ignore_errors=True)
                raise
        report.events = len(document["events"])
        report.actors = len(document["actors"])
        report.outputs = {p.name: sha256_file(p) for p in sorted(stage.iterdir()) if p.is_file()}
        report.seconds = time.perf_counter() - started
        write_text_atomic(stage / "manifest.json", dumps_json(manifest(report)))
    return report


def manifest(report: BuildReport) -> dict:
    """When and with what a build ran: the one file that may differ between identical builds."""
    return {
        "tool": "eventgraph",
        "version": __version__,
        "python": platform.python_version(),
        "built_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "seconds": round(report.seconds, 3),
        "inputs": [
            {"id": a.id, "path": a.path, "sha256": hashlib.sha256(a.text.encode("utf-8")).hexdigest(),
             "published": a.published, "published_from": a.published_from}
            for a in sorted(report.articles, key=lambda a: a.id)
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "warnings": [{"article": a, "warning": w} for a, w in report.warnings],
        "counts": {"articles": len(report.articles), "skipped": len(report.skipped),
                   "events": report.events, "actors": report.actors},
        "outputs": report.outputs,
    }
