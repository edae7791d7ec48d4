"""The per-article document that parse components annotate in turn.

Like a spaCy ``Doc``: each component takes the document, adds its layer of
spans (all offsets into ``article.text``) and returns it.  Nothing here is
shared between articles, so documents parse in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any

from .article import Article
from .text import Sentence


@dataclass(slots=True)
class Doc:
    article: Article
    sentences: list[Sentence | None] = field(default_factory=list)  # None once compact, where no event cites it
    timexes: list[Any] = field(default_factory=list)  # graph.parse.timex.Timex
    actors: list[Any] = field(default_factory=list)  # graph.parse.actors.ActorMention
    events: list[Any] = field(default_factory=list)  # graph.parse.events.EventMention
    event_order: list[tuple[int, int]] = field(default_factory=list)  # (i, j): events[i] before events[j]

    def compact(self) -> "Doc":
        """The parse result as the merge needs it, without the article text.

        A build of 100,000 articles must not hold 100,000 texts: once parsed,
        a document keeps its mentions, the sentences its events cite as
        evidence, and the article's metadata with the text's digest.  This is
        what travels back from worker processes and into the parse cache.
        """
        cited = {m.sentence for m in self.events}
        sentences = [s if i in cited else None for i, s in enumerate(self.sentences)]  # indices stay valid
        return Doc(self.article.without_text(), sentences, [], self.actors, self.events, self.event_order)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


def lazy_component(factory: Callable[[], Callable[["Doc"], "Doc"]]) -> Callable[["Doc"], "Doc"]:
    """A component built on its first document, so importing the package stays cheap (the KB loads once)."""
    instance: list = []

    def run(doc: Doc) -> Doc:
        if not instance:
            instance.append(factory())
        return instance[0](doc)

    run.__doc__ = factory.__doc__
    return run
