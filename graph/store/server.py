"""``eventgraph serve``: a SPARQL 1.1 Protocol endpoint and a query page, on loopback by default.

- ``/sparql`` answers GET (``?query=``) and POST (form ``query=`` or an
  ``application/sparql-query`` body), with the result format by ``Accept`` or
  ``format=``: SPARQL JSON (default), CSV, TSV; CONSTRUCT/DESCRIBE give Turtle.
  Updates are refused (403).  Parameters of saved queries travel as
  ``bind.NAME=VALUE`` fields and are bound as values, never pasted into text.
- Each query runs in a worker process that is killed when it exceeds the
  time limit, so one runaway query cannot hold the server; results stop at
  the row limit (the response says so in ``X-Eventgraph-Truncated``).
- ``/`` is a page from the package (no CDN; works offline): an editor with
  the saved queries, a results table, and the timeline of the result.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import queue
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlparse

from .saved import saved_queries, substitutions

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
MEDIA = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values"}
STATIC = {"/": ("index.html", "text/html; charset=utf-8"), "/app.js": ("app.js", "text/javascript; charset=utf-8"),
          "/app.css": ("app.css", "text/css; charset=utf-8")}


@dataclass(frozen=True, slots=True)
class Limits:
    seconds: float = 10.0
    rows: int = 10000


def _worker(store_path: str, jobs: mp.Queue, answers: mp.Queue) -> None:
    """Runs in its own process: opens the store once, answers queries until told to stop."""
    from .embedded import open_store
    from .results import QueryError, run_query, serialise

    store = open_store(store_path)
    while True:
        job = jobs.get()
        if job is None:
            return
        text, bindings, fmt, limit = job
        try:
            answer = run_query(store, text, bindings, limit=limit + 1)
            truncated = len(answer.rows) > limit or (answer.triples is not None and len(answer.triples) > limit)
            answer.rows = answer.rows[:limit]
            if answer.triples is not None:
                answer.triples = answer.triples[:limit]
            answers.put(("ok", answer.kind, serialise(answer, fmt), truncated))
        except QueryError as exc:
            answers.put(("error", str(exc), b"", False))
        except Exception as exc:  # the worker must answer, whatever happened
            answers.put(("error", f"{type(exc).__name__}: {exc}", b"", False))


class QueryRunner:
    """One worker process at a time per request slot; a query over the time limit kills its worker."""

    def __init__(self, store_path: str, limits: Limits, slots: int = 2):
        self.store_path, self.limits = store_path, limits
        self._ctx = mp.get_context("spawn")
        self._pool: queue.Queue = queue.Queue()
        for _ in range(slots):
            self._pool.put(self._start())

    def _start(self):
        jobs, answers = self._ctx.Queue(), self._ctx.Queue()
        proc = self._ctx.Process(target=_worker, args=(self.store_path, jobs, answers), daemon=True)
        proc.start()
        return proc, jobs, answers

    def run(self, text: str, bindings: dict, fmt: str) -> tuple[str, str, bytes, bool]:
        """``bindings`` are variable substitutions (pyoxigraph terms pickle, so they travel as they are)."""
        proc, jobs, answers = self._pool.get()
        try:
            jobs.put((text, bindings, fmt, self.limits.rows))
            try:
                result = answers.get(timeout=self.limits.seconds)
            except queue.Empty:
                proc.kill()
                proc.join()
                proc, jobs, answers = self._start()
                return ("timeout", f"the query ran longer than {self.limits.seconds:g} s and was stopped", b"", False)
            return result
        finally:
            self._pool.put((proc, jobs, answers))

    def close(self) -> None:
        while not self._pool.empty():
            proc, jobs, _ = self._pool.get()
            jobs.put(None)
            proc.join(timeout=2)
            if proc.is_alive():
                proc.kill()


def _static(name: str) -> bytes:
    return (resources.files("graph") / "web" / name).read_bytes()


def make_handler(runner: QueryRunner):
    saved = saved_queries()

    class Handler(BaseHTTPRequestHandler):
        server_version = "eventgraph"
        sys_version = ""

        def log_message(self, fmt: str, *args) -> None:  # quiet: the CLI prints one line per request instead
            if os.environ.get("EVENTGRAPH_SERVE_LOG"):
                super().log_message(fmt, *args)

        def _send(self, status: int, body: bytes, media: str, extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _error(self, status: int, message: str) -> None:
            self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path in STATIC:
                name, media = STATIC[url.path]
                return self._send(200, _static(name), media)
            if url.path == "/queries":
                body = [{"name": q.name, "title": q.title, "description": q.description, "query": q.text,
                         "params": [{"name": p.name, "example": p.example, "doc": p.doc} for p in q.params]}
                        for q in saved.values()]
                return self._send(200, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json")
            if url.path == "/sparql":
                return self._sparql(parse_qs(url.query, keep_blank_values=True), None)
            self._error(404, f"no such page: {url.path}")

        def do_POST(self) -> None:
            url = urlparse(self.path)
            if url.path != "/sparql":
                return self._error(404, f"no such endpoint: {url.path}")
            length = int(self.headers.get("Content-Length") or 0)
            if length > 1_000_000:
                return self._error(413, "request too large")
            body = self.rfile.read(length).decode("utf-8", "replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            fields = parse_qs(url.query, keep_blank_values=True)
            if media == "application/sparql-update":
                return self._error(403, "updates are refused: this endpoint is read-only")
            if media == "application/sparql-query":
                return self._sparql(fields, body)
            if media in ("application/x-www-form-urlencoded", ""):
                fields.update(parse_qs(body, keep_blank_values=True))
                return self._sparql(fields, None)
            self._error(415, f"unsupported content type {media!r}")

        def _sparql(self, fields: dict[str, list[str]], body: str | None) -> None:
            if "update" in fields:
                return self._error(403, "updates are refused: this endpoint is read-only")
            text = body if body is not None else (fields.get("query") or [None])[0]
            if not text:
                return self._error(400, "no query: send query=… (GET or form POST) or an application/sparql-query body")
            bindings = {k[5:]: v[0] for k, v in fields.items() if k.startswith("bind.")}
            name = (fields.get("saved") or [None])[0]
            try:
                bound = substitutions(saved.get(name) if name else None, bindings)
            except KeyError as exc:
                return self._error(400, exc.args[0])
            fmt = (fields.get("format") or [None])[0] or self._negotiate()
            if fmt not in MEDIA:
                return self._error(406, f"unknown result format {fmt!r}; use json, csv or tsv")
            status, kind_or_msg, payload, truncated = runner.run(text, bound, fmt)
            if status == "timeout":
                return self._error(503, kind_or_msg)
            if status == "error":
                return self._error(400, kind_or_msg)
            media = "text/turtle; charset=utf-8" if kind_or_msg == "graph" else MEDIA[fmt] + "; charset=utf-8"
            self._send(200, payload, media, {"X-Eventgraph-Truncated": "true" if truncated else "false"})

        def _negotiate(self) -> str:
            accept = (self.headers.get("Accept") or "").lower()
            for fmt, media in (("csv", "text/csv"), ("tsv", "text/tab-separated-values")):
                if media in accept and "sparql-results+json" not in accept:
                    return fmt
            return "json"

    return Handler


def serve(store_path: str, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits()) -> None:
    """Serve until interrupted; the worker processes go with the server."""
    runner = QueryRunner(store_path, limits)
    try:
        httpd = ThreadingHTTPServer((host, port), make_handler(runner))
    except OSError:
        runner.close()
        raise
    httpd.daemon_threads = True
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
        runner.close()
