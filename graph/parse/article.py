"""The article as every parse step sees it.

An :class:`Article` keeps the text exactly as read, so that every character
offset a later step records points into it; metadata lines and boilerplate
are not cut out but listed as ``excluded`` spans that the sentence splitter
skips.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch ``[start, end)`` of an article's text."""

    start: int
    end: int
    label: str


@dataclass(slots=True)
class Article:
    """One news article with the metadata the reader found and where it found it."""

    id: str
    text: str
    path: str | None = None
    published: str | None = None  # ISO date "2025-10-16" or local datetime "2025-10-16T23:08"
    published_from: str | None = None  # header | dateline | byline | html | jsonl | inferred
    title: str | None = None
    source: str | None = None
    author: str | None = None
    dateline_place: str | None = None
    excluded: tuple[Span, ...] = ()
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""  # of the text as read; kept when a parsed document lets go of its text

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def without_text(self) -> "Article":
        """The metadata alone: what the merge and the exports need once the article is parsed."""
        return replace(self, text="", sha256=self.sha256)

    @property
    def published_day(self) -> str | None:
        """The publication date without its clock time, the anchor for dates."""
        return self.published[:10] if self.published else None

    @property
    def news_day(self) -> str | None:
        """The day the article speaks from: published shortly after midnight (before 05:00), it was
        written the evening before, and its "heute" and "am Donnerstag" mean that day."""
        day = self.published_day
        if day and self.published and len(self.published) >= 13 and self.published[10] == "T" \
                and int(self.published[11:13]) < 5:
            from datetime import date, timedelta
            return (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        return day

    def content_ranges(self) -> list[tuple[int, int]]:
        """The stretches of text that are article content (not excluded)."""
        ranges: list[tuple[int, int]] = []
        pos = 0
        for span in sorted(self.excluded, key=lambda s: (s.start, s.end)):
            if span.start > pos:
                ranges.append((pos, span.start))
            pos = max(pos, span.end)
        if pos < len(self.text):
            ranges.append((pos, len(self.text)))
        return ranges

    def content(self) -> str:
        """The content text with excluded spans blanked out, same length as ``text``.

        Blanking (not cutting) keeps offsets valid for regex-based steps.
        """
        chars = list(self.text)
        for span in self.excluded:
            for i in range(span.start, min(span.end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, with the reason in plain words."""

    path: str
    reason: str
