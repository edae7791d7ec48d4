"""What a build keeps so that ``eventgraph add`` need not parse the old articles again.

Parsing is the costly, per-article stage; merging is global.  A build
therefore leaves its parsed documents in ``OUT/parsed/`` together with the
settings it ran with (knowledge-base files, statements, where the store is).
``add`` parses only the new articles, merges them with the kept documents
and writes everything again — so the result is, by construction, what a full
rebuild of all the articles would give.

The documents are pickled: they are plain dataclasses and load in
milliseconds, where a JSON round trip would need a schema for every parse
layer.  A pickle is code to Python, so only a build folder you made yourself
should be given to ``add``; a cache written by another eventgraph version, or
by code whose parse classes have other fields (``layout()``), is refused with a
message before its documents are read, never half-read.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from . import __version__
from .export.files import dumps_json, write_text_atomic
from .parse.doc import Doc

FOLDER = "parsed"
DOCS = "docs.pickle"
SETTINGS = "build.json"


class StateError(Exception):
    """A build folder that ``add`` cannot continue, with the reason for the user."""


@dataclass(slots=True)
class Settings:
    """How the build ran; ``add`` runs the same way so that its result equals a full rebuild."""

    kb_files: list[str] = field(default_factory=list)
    statements: bool = True
    store: str | None = None  # None: OUT/store; else a folder or a sparql+http(s):// endpoint
    remote_graphs: dict[str, str] = field(default_factory=dict)  # graph → content digest last sent


@lru_cache(maxsize=1)
def layout() -> str:
    """A digest of the parse classes' fields: the pickles store fields by position, so a cache from code
    with another layout (a field added in development, same version number) must not be read."""
    from .parse.actors import ActorMention
    from .parse.article import Article, Span
    from .parse.events import EventMention, Participant
    from .parse.text import Sentence
    from .parse.timex import Timex

    names = [f"{c.__name__}({','.join(f.name for f in fields(c))})"
             for c in (Article, Span, Doc, Sentence, Timex, ActorMention, EventMention, Participant)]
    return hashlib.sha256(";".join(names).encode()).hexdigest()[:16]


def save(folder: str | os.PathLike, docs: list[Doc], settings: Settings) -> None:
    """Write the parsed documents and settings into ``folder`` (a staging folder's ``parsed/``)."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    header = {"version": __version__, "layout": layout()}
    with open(target / DOCS, "wb") as fh:  # streamed, not built as one bytes object; the folder is a staging one
        pickle.dump(header, fh, protocol=pickle.HIGHEST_PROTOCOL)  # read and checked before the documents
        pickle.dump(sorted(docs, key=lambda d: d.article.id), fh, protocol=pickle.HIGHEST_PROTOCOL)
    _write_settings(target / SETTINGS, settings)


def load_settings(out: str | os.PathLike) -> Settings:
    path = Path(out) / FOLDER / SETTINGS
    if not path.is_file():
        raise StateError(f"{Path(out)} holds no eventgraph build to add to (no {FOLDER}/{SETTINGS}); "
                         f"run `eventgraph build ARTICLES --out {out}` first")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StateError(f"{path} cannot be read: {exc}") from None
    _check_version(data.get("version"), path)
    known = {k: data[k] for k in Settings.__slots__ if k in data}
    return Settings(**known)


def load_docs(out: str | os.PathLike) -> list[Doc]:
    path = Path(out) / FOLDER / DOCS
    try:
        with open(path, "rb") as fh:
            header = pickle.load(fh)
            if not isinstance(header, dict) or "docs" in header:
                raise StateError(f"{path} is not an eventgraph parse cache of this version; "
                                 "rebuild with `eventgraph build`")
            _check_version(header.get("version"), path)
            if header.get("layout") != layout():
                raise StateError(f"{path} was written by eventgraph code whose parsed documents differ from this "
                                 "one's; rebuild with `eventgraph build`")
            docs = pickle.load(fh)
    except StateError:
        raise
    except FileNotFoundError:
        raise StateError(f"{path} is missing; rebuild with `eventgraph build`") from None
    except Exception as exc:  # a truncated or foreign file
        raise StateError(f"{path} cannot be read ({type(exc).__name__}: {exc}); rebuild with `eventgraph build`") from None
    return list(docs)


def save_remote_graphs(out: str | os.PathLike, graphs: dict[str, str]) -> None:
    """Record what a remote store holds now; an empty record makes the next write a full one."""
    settings = load_settings(out)
    settings.remote_graphs = graphs
    _write_settings(Path(out) / FOLDER / SETTINGS, settings)


def _write_settings(path: Path, settings: Settings) -> None:
    write_text_atomic(path, dumps_json({"version": __version__, **asdict(settings)}))


def _check_version(version: str | None, path: Path) -> None:
    if version != __version__:
        raise StateError(f"{path} was written by eventgraph {version}, this is {__version__}; "
                         "rebuild with `eventgraph build` (parsed documents differ between versions)")
