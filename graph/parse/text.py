"""Sentences and tokens with character offsets into the article's original text.

A rule-based splitter is enough for edited news German and is fast; its
rules are the ones that matter in news: ordinals (``16. Oktober``),
abbreviations (``z. B.``, ``Dr.``), quotes, and line breaks between
paragraphs, headings and list items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article

ABBREVIATIONS = frozenset({
    "z", "b", "bzw", "ca", "dr", "prof", "nr", "st", "str", "u", "a", "usw", "vgl", "etc",
    "inkl", "ggf", "evtl", "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dez", "mio", "mrd", "abs", "art", "bzgl", "d", "h", "i", "o",
    "s", "v", "chr", "jh", "jhd", "min", "max", "tel", "hr", "fr", "sen", "jr", "gen",
    "mr", "mrs", "ms", "vs", "rd", "dt", "engl", "franz", "russ", "ehem", "gest", "geb",
})
_BOUNDARY = re.compile(r"([.!?…]+)([\"“”»«'’)]*)(\s+)(?=[\"„“»«'‚(]?[A-ZÄÖÜ0-9])")
TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,:]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a view into the article text."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def split_sentences(article: Article) -> list[Sentence]:
    """Sentences of the article's content, in text order, never crossing excluded spans."""
    text = article.text
    sentences: list[Sentence] = []
    paragraph = 0
    for lo, hi in article.content_ranges():
        for block in re.finditer(r"[^\n]+", text[lo:hi]):
            b_start, b_end = lo + block.start(), lo + block.end()
            paragraph += 1
            for s, e in _split_block(text, b_start, b_end):
                piece = text[s:e]
                stripped = piece.strip()
                if not stripped:
                    continue
                s += len(piece) - len(piece.lstrip())
                e -= len(piece) - len(piece.rstrip())
                sentences.append(Sentence(s, e, text[s:e], paragraph))
    return sentences


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cur = start
    block = text[start:end]
    for m in _BOUNDARY.finditer(block):
        cut = start + m.end(2)
        if m.group(1) == "." and _no_break_before(text, start + m.start(1), start + m.end(3)):
            continue
        out.append((cur, cut))
        cur = start + m.end(3)
    if cur < end:
        out.append((cur, end))
    return out


def _no_break_before(text: str, dot: int, next_start: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an ordinal, not a sentence."""
    m = re.search(r"(\w+)$", text[max(0, dot - 20):dot])
    if not m:
        return False
    word = m.group(1)
    if word.isdigit():
        # "16. Oktober", "1. FC Köln": a day or an ordinal; "im Jahr 2022. Danach": a sentence end
        return len(word) <= 2
    if word.lower() in ABBREVIATIONS and len(word) <= 5:
        return True
    return len(word) == 1 and word.isalpha()  # initials: "Donald J. Trump"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word, number and punctuation tokens with offsets (``offset`` added)."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in TOKEN.finditer(text)]
