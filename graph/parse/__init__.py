"""Stage 1 — parse: one article at a time, no shared state.

``PIPELINE`` is the one place that says which components run and in which
order; each declares what it needs and what it adds, and
:func:`check_pipeline` verifies the order instead of trusting memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .article import Article, Skipped, Span
from .doc import Doc
from .text import split_sentences
from .timex import find_timexes
from .actors import ActorRecognizer, recognize_actors
from .events import recognize_events


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    run: Callable[[Doc], Doc]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


def _sentences(doc: Doc) -> Doc:
    doc.sentences = split_sentences(doc.article)
    return doc


def _timex(doc: Doc) -> Doc:
    doc.timexes = find_timexes(doc.article.text, doc.article.news_day, doc.article.content_ranges())
    return doc


PIPELINE: list[Component] = [
    Component("sentences", _sentences, requires=(), assigns=("sentences",)),
    Component("timex", _timex, requires=(), assigns=("timexes",)),
    Component("actors", recognize_actors, requires=("sentences",), assigns=("actors",)),
    Component("events", recognize_events, requires=("sentences", "timexes", "actors"), assigns=("events",)),
]


def make_pipeline(kb_files: tuple[str, ...] | list[str] = ()) -> list[Component]:
    """The standard pipeline; with ``kb_files`` the actor step also knows the user's actors."""
    if not kb_files:
        return PIPELINE
    from ..knowledge import load_kb

    recognizer = ActorRecognizer(load_kb(kb_files))
    return [Component(c.name, recognizer, c.requires, c.assigns) if c.name == "actors" else c for c in PIPELINE]


def check_pipeline(pipeline: list[Component]) -> None:
    """Raise when a component runs before what it requires has been assigned."""
    have: set[str] = set()
    for comp in pipeline:
        missing = set(comp.requires) - have
        if missing:
            raise ValueError(f"component {comp.name!r} needs {sorted(missing)} assigned earlier")
        have |= set(comp.assigns)


def parse_article(article: Article, pipeline: list[Component] | None = None) -> Doc:
    """Run every parse component over one article."""
    doc = Doc(article)
    for comp in pipeline or PIPELINE:
        doc = comp.run(doc)
    return doc


check_pipeline(PIPELINE)

__all__ = ["Article", "Skipped", "Span", "Doc", "Component", "PIPELINE", "make_pipeline", "check_pipeline",
           "parse_article"]
