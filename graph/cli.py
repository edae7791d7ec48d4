"""The ``eventgraph`` command line: thin typer commands over the library.

Exit codes: 0 when every input was used, 1 when something was skipped,
2 on usage errors or when nothing was usable.
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__
from .parse.article import Skipped
from .parse.articles import DEFAULT_MAX_BYTES, read_articles

app = typer.Typer(
    name="eventgraph",
    help="German news articles in, one event knowledge graph and a timeline out.\n\n"
         "Example:\n\n    eventgraph build seeds/ --out exports/",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    rich_markup_mode="markdown",
    add_completion=False,
)
err = Console(stderr=True)
out = Console()

EXIT_OK, EXIT_SKIPPED, EXIT_UNUSABLE = 0, 1, 2

Paths = Annotated[list[Path], typer.Argument(help="Article files, folders (read recursively), globs or .jsonl files.", show_default=False)]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Skip files larger than this many bytes.", min=1)]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
Workers = Annotated[int, typer.Option("--workers", "-w", min=0,
                                      help="Parse in this many local processes (0: one per core). Results equal a serial run.")]
Scheduler = Annotated[Optional[str], typer.Option("--scheduler", metavar="tcp://HOST:PORT",
                                                  help="Parse on this Dask cluster (needs the `dask` extra) instead of locally.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    """German news articles in, one event knowledge graph and a timeline out."""


def _report_skipped(skipped: list[Skipped]) -> None:
    for s in skipped:
        err.print(f"[yellow]skipped[/] {s.path}: {s.reason}", highlight=False)


def _exit_code(used: int, skipped: int) -> int:
    if used == 0:
        return EXIT_UNUSABLE
    return EXIT_SKIPPED if skipped else EXIT_OK


@app.command("articles")
def articles_cmd(
    paths: Paths,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list instead of a table.")] = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """List articles with their metadata and where each value came from.

    Example:

        eventgraph articles seeds/

        eventgraph articles news.jsonl --json
    """
    rows, skipped = [], []
    for item in read_articles(paths, max_bytes=max_bytes):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        for w in item.warnings:
            err.print(f"[yellow]warning[/] {item.path or item.id}: {w}", highlight=False)
        rows.append({"id": item.id, "published": item.published, "published_from": item.published_from,
                     "title": item.title, "source": item.source, "author": item.author, "chars": len(item.text)})
    _report_skipped(skipped)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        table = Table("id", "published", "from", "title", "author", "chars")
        for r in rows:
            table.add_row(r["id"], r["published"] or "–", r["published_from"] or "–",
                          (r["title"] or "–")[:60], r["author"] or "–", str(r["chars"]))
        out.print(table)
    raise typer.Exit(_exit_code(len(rows), len(skipped)))


StoreOpt = Annotated[Optional[str], typer.Option(
    "--store", help="Where the SPARQL store is: a folder (default OUT/store) or a SPARQL 1.1 server, "
                    "sparql+http://HOST:PORT/PATH (its query endpoint; see README).")]


class _Bars:
    """Rich progress bars for :class:`graph.build.Progress`: one line per stage, with rate and ETA
    where the total is known (the parse) and elapsed time where it is not (merge, writing)."""

    def __init__(self, quiet: bool):
        self.bars = Progress(TextColumn("[bold]{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("eta"),
                             TimeRemainingColumn(), console=err, disable=quiet, transient=True)
        self.task = None

    def __enter__(self) -> "_Bars":
        self.bars.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.bars.__exit__(*exc)

    def stage(self, name: str, total: int | None = None) -> None:
        if self.task is not None:
            done = self.bars.tasks[self.task]
            self.bars.update(self.task, total=done.completed or 1, completed=done.completed or 1)
        self.task = self.bars.add_task(name, total=total, rate="")

    def advance(self, n: int = 1) -> None:
        self.bars.advance(self.task, n)
        speed = self.bars.tasks[self.task].speed
        self.bars.update(self.task, rate=f"{speed:,.0f}/s" if speed else "")


def _summary(report, out_dir: Path, quiet: bool) -> None:
    _report_skipped(report.skipped)
    for article_id, warning in report.warnings:
        err.print(f"[yellow]warning[/] {article_id}: {warning}", highlight=False)
    if not quiet:
        rate = len(report.articles) / report.seconds if report.seconds else 0.0
        err.print(f"{len(report.articles)} articles, {report.events} events, {report.actors} actors, "
                  f"{len(report.skipped)} skipped in {report.seconds:.2f} s ({rate:.1f} articles/s)"
                  + (f" → {out_dir}" if report.articles else ""), highlight=False)
        if len(report.stages) > 1:
            err.print("  " + ", ".join(f"{k} {v:.2f} s" for k, v in report.stages.items()), highlight=False)


@app.command("build")
def build_cmd(
    paths: Paths,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing).")] = Path("exports"),
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    kb: Annotated[Optional[list[Path]], typer.Option("--kb", help="Your own knowledge-base file (Turtle, the vocabulary of ontology/kb/); repeatable.")] = None,
    statements: Annotated[bool, typer.Option("--statements/--no-statements", help="Keep statements (who said what) on the timeline, marked \"statement\": true.")] = True,
    store: StoreOpt = None,
    workers: Workers = 1,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Build the event graph and its exports from articles.

    Writes `events.json` (articles, actors, events in timeline order), `graph.ttl`
    (canonical events and actors), `graph.trig` (plus one graph per article with
    its mentions), GEXF, timeline images, page and CSV, `manifest.json`, the
    SPARQL store `store/` and the parsed articles `parsed/` (for `eventgraph add`)
    into the output folder. Files appear only when the whole build succeeded;
    an interrupted build leaves the previous exports as they were.

    Example:

        eventgraph build seeds/ --out exports/

        eventgraph build 'archive/**/*.html' news.jsonl -o out/

        eventgraph build local-news/ --kb my-council.ttl

        eventgraph build seeds/ --store sparql+http://127.0.0.1:7878/query

        eventgraph build archive/ --out out/ --workers 0

        eventgraph build archive/ --out out/ --scheduler tcp://127.0.0.1:8786
    """
    from .build import build
    from .parse.parallel import SchedulerError, default_workers
    from .store.remote import StoreUnavailable

    for f in kb or []:
        if not f.is_file():
            err.print(f"[red]error[/] --kb {f}: no such file")
            raise typer.Exit(EXIT_UNUSABLE)
    with _Bars(quiet) as bars:
        try:
            report = build(paths, out_dir, max_bytes=max_bytes, progress=bars, kb_files=kb or [],
                           statements=statements, store=store, workers=workers or default_workers(),
                           scheduler=scheduler)
        except SchedulerError as exc:
            err.print(f"[red]error[/] {exc}; the previous exports are unchanged", highlight=False)
            raise typer.Exit(EXIT_UNUSABLE) from None
        except SyntaxError as exc:  # rdflib reports Turtle errors as BadSyntax, a SyntaxError
            err.print(f"[red]error[/] a --kb file is not valid Turtle: {exc}")
            raise typer.Exit(EXIT_UNUSABLE) from None
        except StoreUnavailable as exc:
            err.print(f"[red]error[/] {exc}; the previous exports are unchanged", highlight=False)
            raise typer.Exit(EXIT_UNUSABLE) from None
    _summary(report, out_dir, quiet)
    if not report.articles:
        err.print("[red]error[/] no usable article; nothing written")
    raise typer.Exit(_exit_code(len(report.articles), len(report.skipped)))


@app.command("add")
def add_cmd(
    paths: Paths,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="The build folder to add to (made by `eventgraph build`).")] = Path("exports"),
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    workers: Workers = 1,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Add articles to an existing build without parsing its old articles again.

    The new articles are parsed and merged with the build's kept parse
    (`OUT/parsed/`); every export and the store (wherever the build put it:
    `OUT/store`, another folder or a SPARQL server) are then exactly what a
    full `eventgraph build` of old and new articles gives. An article whose id
    is already in the build replaces it if its text changed; given again
    unchanged, it changes nothing and no file is touched.

    Example:

        eventgraph add new-article.txt --out exports/

        eventgraph add todays-news/ -o out/
    """
    from .build import add
    from .parse.parallel import SchedulerError, default_workers
    from .parsed import StateError
    from .store.remote import StoreUnavailable

    with _Bars(quiet) as bars:
        try:
            report = add(paths, out_dir, max_bytes=max_bytes, progress=bars, workers=workers or default_workers(),
                         scheduler=scheduler)
        except (StateError, StoreUnavailable, SchedulerError) as exc:
            err.print(f"[red]error[/] {exc}; the build is unchanged", highlight=False)
            raise typer.Exit(EXIT_UNUSABLE) from None
    if not quiet:
        for label, ids in (("added", report.added), ("replaced", report.replaced), ("unchanged", report.unchanged)):
            if ids:
                err.print(f"{label}: {', '.join(ids)}", highlight=False)
    _summary(report, out_dir, quiet)
    used = len(report.added) + len(report.replaced) + len(report.unchanged)
    if not used:
        err.print("[red]error[/] no usable article; the build is unchanged")
    raise typer.Exit(_exit_code(used, len(report.skipped)))


@app.command("evaluate")
def evaluate_cmd(
    events: Annotated[Path, typer.Argument(help="An events.json written by `eventgraph build`.")],
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Gold file (format eventgraph-gold/1).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score an events.json against a gold file, as tests/data/eval/FORMAT.md says.

    Prints precision, recall, core recall, date and status accuracy, source
    recall, duplicates, timeline order and persons, then what was missed.

    Example:

        eventgraph evaluate exports/events.json --gold tests/data/eval/seeds.gold.json

        eventgraph evaluate out/events.json -g my.gold.json --json
    """
    from .evaluate.events import format_report, score

    docs = {}
    for name, path in (("events", events), ("gold", gold)):
        try:
            docs[name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            err.print(f"[red]error[/] {path}: cannot read {name} file: {exc}")
            raise typer.Exit(EXIT_UNUSABLE) from None
    try:
        result = score(docs["gold"], docs["events"])
    except (KeyError, TypeError, ValueError) as exc:
        err.print(f"[red]error[/] {events} or {gold} is not in the expected format: {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_UNUSABLE) from None
    if as_json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(result))


BuildDir = Annotated[Path, typer.Option("--build", "-b", help="A folder written by `eventgraph build`.")]
ActorOpt = Annotated[Optional[str], typer.Option("--actor", help="Only this actor's events (name, alias, Wikidata id or IRI); not for RDF formats.")]
FromOpt = Annotated[Optional[str], typer.Option("--from", help="Only events that end on or after this day (YYYY-MM-DD).")]
ToOpt = Annotated[Optional[str], typer.Option("--to", help="Only events that start on or before this day (YYYY-MM-DD).")]
LanesOpt = Annotated[Optional[str], typer.Option("--lanes", help="For images: `actors` draws one lane per most active actor.")]
TitleOpt = Annotated[Optional[str], typer.Option("--title", help="Title of timeline images and pages (default: the actor's name, or the event count).")]


def _parse_day(value: str | None, option: str):
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]error[/] {option} {value!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(EXIT_UNUSABLE) from None


def _selection(build_dir: Path, actor: str | None, start: str | None, end: str | None) -> tuple[dict, dict | None]:
    """The build's events.json narrowed to an actor and a date range, and the actor's record;
    clear errors for what is missing."""
    from difflib import get_close_matches

    from .export.formats import load_document
    from .export.select import find_actor, select_events

    lo, hi = _parse_day(start, "--from"), _parse_day(end, "--to")
    try:
        document = load_document(build_dir)
    except FileNotFoundError:
        err.print(f"[red]error[/] {build_dir} has no events.json: run `eventgraph build ARTICLES --out {build_dir}` first")
        raise typer.Exit(EXIT_UNUSABLE) from None
    except (OSError, ValueError) as exc:
        err.print(f"[red]error[/] {build_dir}/events.json cannot be read: {exc}")
        raise typer.Exit(EXIT_UNUSABLE) from None
    found = find_actor(document, actor) if actor else None
    if actor and found is None:
        names = [n for a in document.get("actors", []) for n in [a["name"], *a.get("aliases", [])]]
        close = get_close_matches(actor, names, n=3, cutoff=0.5)
        err.print(f"[red]error[/] no actor named {actor!r} in this build"
                  + (f"; did you mean {', '.join(close)}?" if close else ""))
        raise typer.Exit(EXIT_UNUSABLE)
    return select_events(document, actor_id=found["id"] if found else None, start=lo, end=hi), found


def _check_lanes(lanes: str | None) -> None:
    if lanes not in (None, "actors"):
        err.print(f"[red]error[/] --lanes takes only `actors`, not {lanes!r}")
        raise typer.Exit(EXIT_UNUSABLE)


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, trig, nq, jsonld, gexf, csv, timelinejs, html, png, svg or pdf.")],
    build_dir: BuildDir = Path("exports"),
    out_path: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (default: the format's usual name in the build folder).")] = None,
    network: Annotated[str, typer.Option("--network", help="For gexf: `events` (actors, places, events) or `actors` (who shares events with whom).")] = "events",
    title: TitleOpt = None,
    lanes: LanesOpt = None,
    actor: ActorOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
) -> None:
    """Write one export format from an existing build, without parsing articles again.

    RDF formats (ttl, trig, nq, jsonld) come from `graph.trig`; the others from
    `events.json`. Files are written atomically.

    Example:

        eventgraph export --format jsonld --out graph.jsonld

        eventgraph export -f gexf --network actors -o actors.gexf

        eventgraph export -f png --lanes actors --title "Ukraine-Diplomatie" -o report.png
    """
    from .export.formats import FORMATS, export

    spec = FORMATS.get(fmt)
    if spec is None:
        err.print(f"[red]error[/] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_UNUSABLE)
    if network not in ("events", "actors"):
        err.print(f"[red]error[/] --network must be events or actors, not {network!r}")
        raise typer.Exit(EXIT_UNUSABLE)
    _check_lanes(lanes)
    if spec.rdf and (actor or start or end):
        err.print("[red]error[/] --actor/--from/--to select events for the document formats; RDF exports hold the whole graph "
                  "(ask for a part with `eventgraph query`)")
        raise typer.Exit(EXIT_UNUSABLE)
    target = out_path or build_dir / (spec.filename if network == "events" else "actors.gexf")
    document = None if spec.rdf else _selection(build_dir, actor, start, end)[0]
    if spec.rdf and not (build_dir / "graph.trig").is_file():
        err.print(f"[red]error[/] {build_dir} has no graph.trig: run `eventgraph build ARTICLES --out {build_dir}` first")
        raise typer.Exit(EXIT_UNUSABLE)
    export(fmt, build_dir, target, document=document, network=network, title=title, lanes=lanes)
    err.print(f"wrote {target}", highlight=False)


@app.command("timeline")
def timeline_cmd(
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Image or page to write: .png, .svg, .pdf, .html or .json (TimelineJS).")],
    build_dir: BuildDir = Path("exports"),
    actor: ActorOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    lanes: LanesOpt = None,
    title: TitleOpt = None,
) -> None:
    """Draw a timeline from an existing build: all events, or one actor's over a date range.

    Example:

        eventgraph timeline --actor "Wladimir Putin" --from 2025-08-01 --to 2025-10-31 --out putin.svg

        eventgraph timeline --lanes actors --out timeline-lanes.pdf

        eventgraph timeline -b out/ --actor Q7747 -o putin.html
    """
    from .export.formats import export

    suffix = out_path.suffix.lower().lstrip(".")
    fmt = {"png": "png", "svg": "svg", "pdf": "pdf", "html": "html", "json": "timelinejs"}.get(suffix)
    if fmt is None:
        err.print(f"[red]error[/] --out {out_path}: use .png, .svg, .pdf, .html or .json")
        raise typer.Exit(EXIT_UNUSABLE)
    _check_lanes(lanes)
    document, found = _selection(build_dir, actor, start, end)
    if not document["events"]:
        err.print("[yellow]warning[/] no event matches; the timeline is empty")
    if title is None and found:
        title = f"Zeitleiste: {found['name']}"
    export(fmt, build_dir, out_path, document=document, title=title, lanes=lanes)
    err.print(f"wrote {out_path} ({len(document['events'])} events)", highlight=False)


@app.command("query")
def query_cmd(
    query: Annotated[Optional[str], typer.Argument(help="The SPARQL query text.", show_default=False)] = None,
    store: Annotated[str, typer.Option("--store", "-s", help="A store folder, an RDF file (.trig, .ttl, .nq, .jsonld) or a SPARQL server (sparql+http://HOST:PORT/PATH).")] = "exports/store",
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
    saved: Annotated[Optional[str], typer.Option("--saved", help="Run a saved query by name (see --list).")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind a parameter: NAME=VALUE (repeatable). Days become xsd:date, http(s) values IRIs.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json (SPARQL 1.1 Results JSON). CONSTRUCT/DESCRIBE give Turtle.")] = "table",
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries with their parameters.")] = False,
) -> None:
    """Ask the graph a question in SPARQL, or run a saved query.

    The store's default graph holds the canonical events and actors; each
    article is a named graph (`GRAPH ?article { … }`).

    Example:

        eventgraph query --list

        eventgraph query --saved timeline-of-actor --param actor="Wladimir Putin"

        eventgraph query 'SELECT ?e ?label WHERE { ?e eg:sourceCount ?n ; rdfs:label ?label } ORDER BY DESC(?n)'

        eventgraph query --store exports/graph.trig --file my.rq --format csv > rows.csv

        eventgraph query --store sparql+http://127.0.0.1:7878/query --saved events-by-sources
    """
    from .store.embedded import StoreError, open_store
    from .store.results import RESULT_FORMATS, QueryError, caret, run_query, serialise, short
    from .store.saved import saved_queries, substitutions

    queries = saved_queries()
    if list_saved:
        for q in queries.values():
            out.print(f"[bold]{q.name}[/] — {q.title}", highlight=False)
            out.print(f"  {q.description}", highlight=False)
            for p in q.params:
                out.print(f"  --param {p.name}=\"{p.example}\"  ({p.doc})", highlight=False)
        return
    if fmt not in RESULT_FORMATS:
        err.print(f"[red]error[/] --format must be one of {', '.join(RESULT_FORMATS)}")
        raise typer.Exit(EXIT_UNUSABLE)
    given = [x for x in (query, file, saved) if x is not None]
    if len(given) != 1:
        err.print("[red]error[/] give exactly one of QUERY, --file or --saved (or --list)")
        raise typer.Exit(EXIT_UNUSABLE)
    chosen = None
    if saved is not None:
        chosen = queries.get(saved)
        if chosen is None:
            err.print(f"[red]error[/] no saved query {saved!r}; `eventgraph query --list` shows them")
            raise typer.Exit(EXIT_UNUSABLE)
        text = chosen.text
    elif file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            err.print(f"[red]error[/] {file}: {exc.strerror or exc}")
            raise typer.Exit(EXIT_UNUSABLE) from None
    else:
        text = query
    values: dict[str, str] = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            err.print(f"[red]error[/] --param {item!r}: write NAME=VALUE")
            raise typer.Exit(EXIT_UNUSABLE)
        values[name.strip()] = value
    try:
        bindings = substitutions(chosen, values)
        answer = run_query(open_store(store), text, bindings)
    except (StoreError, KeyError) as exc:
        err.print(f"[red]error[/] {exc.args[0] if isinstance(exc, KeyError) else exc}", highlight=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    except QueryError as exc:
        where = caret(text, exc.line, exc.column)
        err.print(f"[red]error[/] {exc}" + (f"\n{where}" if where else ""), highlight=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    if fmt != "table" or answer.kind == "graph":
        sys.stdout.buffer.write(serialise(answer, fmt if fmt != "table" else "tsv"))
        return
    if answer.kind == "ask":
        print("true" if answer.boolean else "false")
        return
    table = Table(*answer.variables)
    for row in answer.rows:
        table.add_row(*(short(t) for t in row))
    out.print(table)
    err.print(f"{len(answer.rows)} rows", highlight=False)


@app.command("serve")
def serve_cmd(
    store: Annotated[str, typer.Option("--store", "-s", help="A store folder, an RDF file (.trig, .ttl, .nq, .jsonld) or a SPARQL server (sparql+http://HOST:PORT/PATH).")] = "exports/store",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Anything but loopback needs --public.")] = "127.0.0.1",
    public: Annotated[bool, typer.Option("--public", help="Allow a non-loopback --host: everyone who can reach it can query.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a query may run before it is stopped.", min=0.1)] = 10.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows returned at most per query.", min=1)] = 10000,
) -> None:
    """Serve the graph: a read-only SPARQL endpoint at /sparql and a query page at /.

    The page works offline (everything comes from the package): pick a saved
    query, fill its parameters, run it, see the rows and their timeline.
    Binds to 127.0.0.1 unless told otherwise; updates are refused.

    Example:

        eventgraph serve

        eventgraph serve --store out/store --port 8080 --timeout 30

        curl 'http://127.0.0.1:8000/sparql?query=ASK%7B%7D'
    """
    from .store.embedded import StoreError, open_store
    from .store.server import LOOPBACK, Limits, serve

    if host not in LOOPBACK and not public:
        err.print(f"[red]error[/] --host {host} would expose the endpoint beyond this machine; add --public if you mean it")
        raise typer.Exit(EXIT_UNUSABLE)
    try:
        open_store(store)  # fail here, with a clear message, not in a worker process
    except StoreError as exc:
        err.print(f"[red]error[/] {exc}")
        raise typer.Exit(EXIT_UNUSABLE) from None
    where = "only this machine" if host in LOOPBACK else "[bold red]every host that can reach it[/]"
    err.print(f"SPARQL endpoint http://{host}:{port}/sparql and query page http://{host}:{port}/ "
              f"(store {store}; reachable from {where}; Ctrl-C stops)")
    try:
        serve(str(store), host=host, port=port, limits=Limits(seconds=timeout, rows=max_rows))
    except OSError as exc:
        err.print(f"[red]error[/] cannot listen on {host}:{port}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_UNUSABLE) from None
    except KeyboardInterrupt:
        pass


@app.command("timex")
def timex_cmd(
    text: Annotated[Optional[str], typer.Argument(help="German text to tag.", show_default=False)] = None,
    published: Annotated[Optional[str], typer.Option("--published", "-p", help="Publication date (YYYY-MM-DD), the anchor of relative dates.")] = None,
    batch: Annotated[Optional[Path], typer.Option("--batch", help="JSON Lines file of {\"text\", \"published\"}; '-' reads standard input.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Find German temporal expressions and normalise them against a publication date.

    Each expression gets a value (ISO 8601 / EDTF-like), the first and last
    calendar day it can fall on, a granularity, and how it was resolved.

    Example:

        eventgraph timex "Am Freitag um 17 Uhr deutscher Zeit will Trump Selenskyj empfangen." --published 2025-10-16

        eventgraph timex --batch sentences.jsonl > tagged.jsonl
    """
    from datetime import date

    from .parse.timex import tag_article_text

    def check_date(value: str | None, where: str) -> str | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(str(value)[:10]).isoformat()
        except ValueError:
            raise ValueError(f"{where}: published {value!r} is not a date (YYYY-MM-DD)") from None

    if batch is not None:
        if text is not None:
            err.print("[red]error[/] give either TEXT or --batch, not both")
            raise typer.Exit(EXIT_UNUSABLE)
        stream = sys.stdin if str(batch) == "-" else None
        try:
            lines = (stream.read() if stream else batch.read_text(encoding="utf-8")).splitlines()
        except OSError as exc:
            err.print(f"[red]error[/] {batch}: {exc.strerror or exc}")
            raise typer.Exit(EXIT_UNUSABLE) from None
        failed = ok = 0
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise ValueError(f"line {n}: expected an object with a 'text' string")
                anchor = check_date(obj.get("published") or published, f"line {n}")
                typer.echo(json.dumps({"expressions": tag_article_text(obj["text"], anchor)}, ensure_ascii=False))
                ok += 1
            except (json.JSONDecodeError, ValueError) as exc:
                failed += 1
                msg = f"line {n}: broken JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
                err.print(f"[yellow]skipped[/] {batch}:{n}: {msg}", highlight=False)
                typer.echo(json.dumps({"expressions": [], "error": msg}, ensure_ascii=False))
        raise typer.Exit(_exit_code(ok, failed))
    if text is None:
        err.print("[red]error[/] give a TEXT to tag or --batch FILE")
        raise typer.Exit(EXIT_UNUSABLE)
    try:
        anchor = check_date(published, "--published")
    except ValueError as exc:
        err.print(f"[red]error[/] {exc}")
        raise typer.Exit(EXIT_UNUSABLE) from None
    found = tag_article_text(text, anchor)
    if as_json:
        typer.echo(json.dumps({"published": anchor, "expressions": found}, ensure_ascii=False, indent=2))
        return
    table = Table("text", "kind", "value", "earliest", "latest", "granularity", "resolved by")
    for t in found:
        table.add_row(t["text"], t["kind"], t["value"] or "–", t["earliest"] or "–", t["latest"] or "–",
                      t["granularity"], t["anchored_by"] + (f" ({t['tense']})" if t["tense"] else ""))
    out.print(table)


def main() -> None:
    """Console-script entry point."""
    # SIGTERM (kill, systemd, a test harness) unwinds like Ctrl-C does: staging folders are removed
    # and parse and query worker processes are shut down, instead of being left behind.
    signal.signal(signal.SIGTERM, _terminated)
    app()


def _terminated(signum: int, _frame) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
