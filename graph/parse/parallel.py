"""Run the parse stage over many articles: in this process, in a local process pool, or on Dask.

Parsing is per article and shares nothing, so it spreads over processes; the
merge is global and stays in the main process.  Articles go to the workers
in chunks (one task per article would cost ~2 ms of scheduling on Dask,
about a third of the parse itself), and what comes back is the compact
document (:meth:`Doc.compact`): mentions and cited sentences, not the text.
At most a few chunks per worker are in flight, so memory holds the texts
being parsed, never the whole corpus.  Results come back in input order,
whichever worker finished first, so a parallel run equals a serial one.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice

from .article import Article, Skipped
from .doc import Doc

Result = Doc | Skipped

#: articles per task; ~0.2 s of parsing, large enough to hide the scheduling
CHUNK = 32
#: chunks in flight per worker: enough to keep every worker busy while results are collected
IN_FLIGHT = 3


@lru_cache(maxsize=None)
def _pipeline(kb_files: tuple[str, ...]) -> list:
    """The pipeline for these knowledge-base files, built once per process (the KB loads once)."""
    from . import make_pipeline

    return make_pipeline(kb_files)


def parse_one(article: Article, kb_files: tuple[str, ...] = ()) -> Result:
    """One article → its compact document, or the reason it could not be parsed."""
    from . import parse_article

    try:
        return parse_article(article, _pipeline(kb_files)).compact()
    except Exception as exc:  # one bad article must not stop a run over a thousand
        return Skipped(article.path or article.id, f"parse failed: {type(exc).__name__}: {exc}")


def parse_chunk(articles: list[Article], kb_files: tuple[str, ...] = ()) -> list[Result]:
    """The task a worker runs: a chunk of articles, parsed in order."""
    return [parse_one(a, kb_files) for a in articles]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def parse_all(articles: Iterable[Article], kb_files: tuple[str, ...] = (), workers: int = 1,
              scheduler: str | None = None, chunk: int = CHUNK) -> Iterator[Result]:
    """Parse ``articles`` in input order: serially (``workers=1``), in ``workers`` local
    processes, or on the Dask cluster at ``scheduler`` (``tcp://HOST:PORT``).

    The user's knowledge-base files are loaded here first, so a broken one is
    one clear error (rdflib's ``SyntaxError``), not a failure on every article.
    """
    if kb_files:
        _pipeline(kb_files)
    if scheduler:
        yield from _on_dask(articles, kb_files, scheduler, chunk)
    elif workers > 1:
        yield from _on_pool(articles, kb_files, workers, chunk)
    else:
        yield from (parse_one(a, kb_files) for a in articles)


def _on_pool(articles: Iterable[Article], kb_files: tuple[str, ...], workers: int, chunk: int) -> Iterator[Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the CLI's progress bar runs a thread, and forking a threaded process can deadlock
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from _in_order(lambda c: pool.submit(parse_chunk, c, kb_files), _chunks(articles, chunk),
                             workers * IN_FLIGHT)


def _on_dask(articles: Iterable[Article], kb_files: tuple[str, ...], scheduler: str, chunk: int) -> Iterator[Result]:
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("--scheduler needs dask.distributed: pip install 'eventgraph[dask]'") from None
    try:
        client = Client(scheduler, timeout=10, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        n = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield from _in_order(lambda c: client.submit(parse_chunk, c, kb_files, pure=False), _chunks(articles, chunk),
                             n * IN_FLIGHT)


def _in_order(submit: Callable[[list[Article]], object], chunks: Iterator[list[Article]], limit: int) -> Iterator[Result]:
    """Keep ``limit`` chunks in flight; hand results back in submission order."""
    pending: deque = deque()
    for c in chunks:
        pending.append(submit(c))
        if len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class SchedulerError(Exception):
    """A Dask scheduler that cannot be used, with the reason for the user."""


def default_workers() -> int:
    """The cores this process may use (``--workers 0``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
