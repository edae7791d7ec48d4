"""A whole build: read → parse → merge → export, with a report of what was skipped.

The CLI is a thin layer over :func:`build`; tests and notebooks call it directly.
"""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from . import __version__, parsed
from .export.events_json import events_document, write_events_json
from .export.files import dumps_json, sha256_file, staged_output, swap_dir, write_text_atomic
from .parse.article import Article, Skipped
from .parse.articles import DEFAULT_MAX_BYTES, expand_paths, read_articles
from .parse.parallel import parse_all
from .parse.doc import Doc
from .store.embedded import write_store
from .store.remote import is_remote


@dataclass(slots=True)
class BuildReport:
    """What a build did, for the summary line and ``manifest.json``."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    events: int = 0
    actors: int = 0
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)  # eventgraph add: new article ids
    replaced: list[str] = field(default_factory=list)  # ids whose text changed
    unchanged: list[str] = field(default_factory=list)  # ids given again with the same text
    stages: dict[str, float] = field(default_factory=dict)  # parse | merge | write → seconds

    @property
    def warnings(self) -> list[tuple[str, str]]:
        return [(a.id, w) for a in self.articles for w in a.warnings]


class Progress(Protocol):
    """What a long run tells its user: the stage it is in and how far it got (the CLI draws bars)."""

    def stage(self, name: str, total: int | None = None) -> None: ...

    def advance(self, n: int = 1) -> None: ...


class _Silent:
    def stage(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


def read_and_parse(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES,
                   progress: Progress | None = None, kb_files: Iterable[str | os.PathLike] = (),
                   workers: int = 1, scheduler: str | None = None) -> tuple[list[Doc], list[Skipped]]:
    """Parse every readable article (compact documents, in input order); collect what was skipped,
    including duplicate ids.  ``workers``/``scheduler``: see :func:`graph.parse.parallel.parse_all`."""
    progress = progress or _Silent()
    paths = list(paths)
    progress.stage("parsing", count_articles(paths))
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}

    def fresh() -> Iterator[Article]:
        for item in read_articles(paths, max_bytes=max_bytes):
            if isinstance(item, Skipped):
                skipped.append(item)
                progress.advance()
            elif item.id in seen:
                skipped.append(Skipped(item.path or item.id, f"duplicate article id {item.id!r} (first read from {seen[item.id]})"))
                progress.advance()
            else:
                seen[item.id] = item.path or item.id
                yield item

    docs: list[Doc] = []
    for result in parse_all(fresh(), tuple(str(p) for p in kb_files), workers=workers, scheduler=scheduler):
        (skipped if isinstance(result, Skipped) else docs).append(result)
        progress.advance()
    return docs, skipped


def count_articles(paths: Iterable[str | os.PathLike]) -> int | None:
    """How many articles the inputs hold, for the progress bar's ETA: one per file, unknown
    when a JSON or JSON Lines file may hold many."""
    n = 0
    for item in expand_paths(paths):
        if isinstance(item, Path) and item.suffix.lower() in (".json", ".jsonl"):
            return None
        n += 1
    return n


def build(paths: Iterable[str | os.PathLike], out: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
          progress: Progress | None = None, kb_files: Iterable[str | os.PathLike] = (),
          statements: bool = True, store: str | os.PathLike | None = None,
          workers: int = 1, scheduler: str | None = None) -> BuildReport:
    """Build the exports for ``paths`` into ``out``; old exports stay until all new ones are written.

    The Oxigraph store goes to ``out/store`` unless ``store`` names another
    folder or a ``sparql+http://`` endpoint.  ``workers`` processes (or the
    Dask cluster at ``scheduler``) parse; the result is the same either way.
    """
    started = time.perf_counter()
    progress = progress or _Silent()
    kb = [str(Path(f).resolve()) for f in kb_files]
    docs, skipped = read_and_parse(paths, max_bytes=max_bytes, progress=progress, kb_files=kb,
                                   workers=workers, scheduler=scheduler)
    report = BuildReport(articles=[d.article for d in docs], skipped=skipped,
                         stages={"parse": time.perf_counter() - started})
    settings = parsed.Settings(kb_files=kb, statements=statements, store=_store_location(store))
    if docs:
        _merge_and_write(docs, settings, out, report, started, progress)
    else:
        report.seconds = time.perf_counter() - started
    return report


def add(paths: Iterable[str | os.PathLike], out: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Progress | None = None, workers: int = 1, scheduler: str | None = None) -> BuildReport:
    """Merge new articles into the build in ``out`` without parsing its old articles again.

    The result equals a full rebuild of old and new articles.  An article whose
    id is already in the build replaces it when its text changed (an updated
    report) and changes nothing when it is the same; when nothing changed, no
    file is touched.
    """
    started = time.perf_counter()
    settings = parsed.load_settings(out)
    kept = {d.article.id: d for d in parsed.load_docs(out)}
    for f in settings.kb_files:
        if not Path(f).is_file():
            raise parsed.StateError(f"the build used the knowledge-base file {f}, which is gone")
    progress = progress or _Silent()
    new, skipped = read_and_parse(paths, max_bytes=max_bytes, progress=progress, kb_files=settings.kb_files,
                                  workers=workers, scheduler=scheduler)
    report = BuildReport(skipped=skipped, stages={"parse": time.perf_counter() - started})
    for doc in new:
        old = kept.get(doc.article.id)
        if old is not None and old.article.sha256 == doc.article.sha256:
            report.unchanged.append(doc.article.id)
            continue
        (report.replaced if old is not None else report.added).append(doc.article.id)
        kept[doc.article.id] = doc
    report.articles = [d.article for d in kept.values()]
    if report.added or report.replaced:
        _merge_and_write(list(kept.values()), settings, out, report, started, progress, incremental=True)
    else:  # nothing new: the build stands as it is
        import json

        document = json.loads((Path(out) / "events.json").read_text(encoding="utf-8"))
        report.events, report.actors = len(document["events"]), len(document["actors"])
        report.seconds = time.perf_counter() - started
    return report


def _store_location(store: str | os.PathLike | None) -> str | None:
    if store is None or is_remote(str(store)):
        return None if store is None else str(store)
    return str(Path(store).resolve())


def _merge_and_write(docs: list[Doc], settings: parsed.Settings, out: str | os.PathLike, report: BuildReport,
                     started: float, progress: Progress, incremental: bool = False) -> None:
    """Merge the documents and write every export, the store, the parse cache for ``add``, and
    last the manifest with the run's time (counted from ``started``)."""
    from .export.events_json import event_record
    from .export.formats import write_build_exports
    from .merge.dataset import write_dataset
    from .merge.events import EventMerger
    from .merge.identities import merge_actors

    docs = sorted(docs, key=lambda d: d.article.id)  # the merge sees the same order however the inputs came
    t_merge = time.perf_counter()
    with staged_output(out) as stage:
        progress.stage("merging")
        actors = merge_actors(docs)
        names = {a["id"]: a["name"] for a in actors}
        events = EventMerger(docs, names).events(statements=settings.statements)
        by_iri = {a["id"]: a for a in actors}
        by_id = {d.article.id: d for d in docs}
        document = events_document(report.articles, actors=actors,
                                   events=[event_record(e, by_iri, by_id) for e in events])
        progress.stage("writing")
        t_write = time.perf_counter()
        report.stages["merge"] = t_write - t_merge
        write_dataset(docs, actors, events, stage / "graph.trig", stage / "graph.ttl")
        write_events_json(document, stage / "events.json")
        write_build_exports(document, stage)
        _write_store(stage, settings, out, incremental)
        parsed.save(stage / parsed.FOLDER, docs, settings)
        report.events = len(document["events"])
        report.actors = len(document["actors"])
        report.outputs = {p.name: sha256_file(p) for p in sorted(stage.iterdir()) if p.is_file()}
    report.stages["write"] = time.perf_counter() - t_write
    report.seconds = time.perf_counter() - started
    write_text_atomic(Path(out) / "manifest.json", dumps_json(manifest(report)))


def _write_store(stage: Path, settings: parsed.Settings, out: str | os.PathLike, incremental: bool) -> None:
    """The SPARQL store: ``OUT/store``, another folder swapped whole, or a remote endpoint brought up to date
    (all our graphs on a build; on ``add`` only those that changed since the last write)."""
    trig = stage / "graph.trig"
    if settings.store is None:
        write_store(stage / "store", trig)
        return
    if is_remote(settings.store):
        from .store.remote import RemoteStore

        previous = settings.remote_graphs if incremental else {}
        if previous:  # a failure half-way must make the next write a full one
            parsed.save_remote_graphs(out, {})
        settings.remote_graphs = RemoteStore(settings.store).sync(trig, previous)
        return
    target = Path(settings.store)
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        write_store(fresh, trig)
        swap_dir(fresh, target)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def manifest(report: BuildReport) -> dict:
    """When and with what a build ran: the one file that may differ between identical builds."""
    return {
        "tool": "eventgraph",
        "version": __version__,
        "python": platform.python_version(),
        "built_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "seconds": round(report.seconds, 3),
        "stage_seconds": {k: round(v, 3) for k, v in report.stages.items()},
        "inputs": [
            {"id": a.id, "path": a.path, "sha256": a.sha256,
             "published": a.published, "published_from": a.published_from}
            for a in sorted(report.articles, key=lambda a: a.id)
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "warnings": [{"article": a, "warning": w} for a, w in report.warnings],
        "counts": {"articles": len(report.articles), "skipped": len(report.skipped),
                   "events": report.events, "actors": report.actors},
        "outputs": report.outputs,
    }
