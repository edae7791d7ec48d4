"""Infer a publication date from the text when no header, byline or dateline states one.

News reports what happened "today" in the past tense and what comes next in
the future tense.  So the day the text treats as today is the latest fully
stated date (day, month and year) of a sentence in the past tense; failing
that, the earliest fully stated date.  The result is marked ``inferred``.
"""

from __future__ import annotations

import re
from datetime import date

from .article import Article
from .lexicon_de import FUTURE_CUES, MONTHS

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})\.\s*(?:(?P<mon>{_MONTH_RE})\.?|(?P<m>\d{{1,2}})\.)\s*(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
_PAST = re.compile(r"\b(?:hatte|hatten|war|waren|wurde|wurden|führten|führte|fand|fanden|[a-zäöü]+ten)\b")


def infer_published(article: Article) -> str | None:
    """The ISO day the text treats as its own date, or ``None``."""
    text = article.content()
    past: list[date] = []
    every: list[date] = []
    for m in _FULL_DATE.finditer(text):
        month = MONTHS.get(m["mon"].lower()) if m["mon"] else int(m["m"])
        try:
            day = date(int(m["y"]), month, int(m["d"]))
        except (TypeError, ValueError):
            continue
        every.append(day)
        sentence = _sentence_around(text, m.start(), m.end())
        words = set(re.findall(r"\w+", sentence.lower()))
        if _PAST.search(sentence) and not (words & FUTURE_CUES):
            past.append(day)
    if past:
        return max(past).isoformat()
    if every:
        return min(every).isoformat()
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right]
