"""The per-article document that parse components annotate in turn.

Like a spaCy ``Doc``: each component takes the document, adds its layer of
spans (all offsets into ``article.text``) and returns it.  Nothing here is
shared between articles, so documents parse in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .text import Sentence


@dataclass(slots=True)
class Doc:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Any] = field(default_factory=list)  # graph.parse.timex.Timex
    actors: list[Any] = field(default_factory=list)  # graph.parse.actors.ActorMention
    events: list[Any] = field(default_factory=list)  # graph.parse.events.EventMention

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
