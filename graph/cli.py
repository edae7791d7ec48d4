"""The ``eventgraph`` command line: thin typer commands over the library.

Exit codes: 0 when every input was used, 1 when something was skipped,
2 on usage errors or when nothing was usable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
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


@app.command("build")
def build_cmd(
    paths: Paths,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing).")] = Path("exports"),
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    kb: Annotated[Optional[list[Path]], typer.Option("--kb", help="Your own knowledge-base file (Turtle, the vocabulary of ontology/kb/); repeatable.")] = None,
    statements: Annotated[bool, typer.Option("--statements/--no-statements", help="Keep statements (who said what) on the timeline, marked \"statement\": true.")] = True,
    quiet: Quiet = False,
) -> None:
    """Build the event graph and its exports from articles.

    Writes `events.json` (articles, actors, events in timeline order), `graph.ttl`
    (canonical events and actors), `graph.trig` (plus one graph per article with
    its mentions) and `manifest.json` into the output folder. Files
    appear only when the whole build succeeded; an interrupted build leaves
    the previous exports as they were.

    Example:

        eventgraph build seeds/ --out exports/

        eventgraph build 'archive/**/*.html' news.jsonl -o out/

        eventgraph build local-news/ --kb my-council.ttl
    """
    from .build import build

    for f in kb or []:
        if not f.is_file():
            err.print(f"[red]error[/] --kb {f}: no such file")
            raise typer.Exit(EXIT_UNUSABLE)
    progress = Progress(TextColumn("[bold]parsing"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[item]}"), TimeElapsedColumn(),
                        console=err, disable=quiet, transient=True)
    with progress:
        task = progress.add_task("parse", total=None, item="")

        def tick(item: str, _total: int | None) -> None:
            progress.update(task, advance=1, item=str(item)[:40])

        try:
            report = build(paths, out_dir, max_bytes=max_bytes, on_item=tick, kb_files=kb or [],
                           statements=statements)
        except SyntaxError as exc:  # rdflib reports Turtle errors as BadSyntax, a SyntaxError
            err.print(f"[red]error[/] a --kb file is not valid Turtle: {exc}")
            raise typer.Exit(EXIT_UNUSABLE) from None
    _report_skipped(report.skipped)
    for article_id, warning in report.warnings:
        err.print(f"[yellow]warning[/] {article_id}: {warning}", highlight=False)
    if not quiet:
        rate = len(report.articles) / report.seconds if report.seconds else 0.0
        err.print(f"{len(report.articles)} articles, {report.events} events, {report.actors} actors, "
                  f"{len(report.skipped)} skipped in {report.seconds:.2f} s ({rate:.1f} articles/s)"
                  + (f" → {out_dir}" if report.articles else ""), highlight=False)
    if not report.articles:
        err.print("[red]error[/] no usable article; nothing written")
    raise typer.Exit(_exit_code(len(report.articles), len(report.skipped)))


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
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
