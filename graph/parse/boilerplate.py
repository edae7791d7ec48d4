"""Recognise the debris of pasted web pages so that extraction leaves it out.

Nothing is deleted: each rule returns spans of the original text, and the
article keeps them as ``excluded``, so offsets stay valid.
"""

from __future__ import annotations

import re

from .article import Span

#: A line that opens a block of links or teasers; the short lines after it belong to it.
BLOCK_HEADINGS = re.compile(
    r"^(?:Mehr zum Thema|Verwandte Themen|Unsere Partner|Das könnte Sie auch interessieren|"
    r"Lesen Sie auch|Auch interessant|Weitere Artikel|Weitere Themen|Themen|Empfehlungen|"
    r"Meistgelesen|Top-Themen|Anzeige|ANZEIGE|Werbung|Sponsored|Schlagworte|Tags|Mehr aus)\s*:?$"
)
#: A single line that is boilerplate in itself.
LINE_PATTERNS = [
    re.compile(r"©|\(c\)\s*\d{4}|All rights reserved|Alle Rechte vorbehalten", re.I),
    re.compile(r"^(?:Artikel anhören|Zurück|Teilen|Drucken|Kommentare?|Merken|Schließen|Weiterlesen|"
               r"Mit Agenturmaterial\.?|Zur Startseite|Nach oben|Seite \d+ von \d+|STELLENMARKT|"
               r"Jetzt (?:abonnieren|anmelden|lesen)|Abonnieren)\s*$", re.I),
    re.compile(r"Newsletter|Bleiben Sie informiert|Jetzt abonnieren|Abo abschließen|Cookie", re.I),
    re.compile(r"^(?:Foto|Fotos|Bild|Bilder|Grafik|Video|Quelle)\s*:\s*\S.{0,80}$"),
    re.compile(r"^(?!.*[.!?]\s+\S).{0,40}\b\d{7,}\b.{0,20}$"),  # "Geschäftsstelle 01716440507"
]
#: Photo captions end in a credit.
CAPTION_END = re.compile(r"(?:Foto|Fotos|Bild|Credit)\s*:\s*[\w/ .&-]{1,60}$")
BREADCRUMB = re.compile(r"^\s*\d{1,2}\.\s+\S")
SENTENCE_END = re.compile(r"[.!?…\"“”»«]\s*$")


def find_boilerplate(text: str) -> list[Span]:
    """Spans of whole lines that are navigation, ads, teasers, credits or footers."""
    spans: list[Span] = []
    lines = _lines(text)
    in_block = False
    block_lines = 0
    for idx, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            in_block = in_block and block_lines == 0  # a blank right after the heading keeps the block
            continue
        if BLOCK_HEADINGS.match(stripped):
            spans.append(Span(start, end, "boilerplate"))
            in_block, block_lines = True, 0
            continue
        if in_block and len(stripped) <= 90 and not (SENTENCE_END.search(stripped) and len(stripped.split()) > 8):
            spans.append(Span(start, end, "boilerplate"))
            block_lines += 1
            continue
        in_block = False
        if idx < 8 and BREADCRUMB.match(line) and _breadcrumb_run(lines, idx):
            spans.append(Span(start, end, "boilerplate"))
            continue
        if any(p.search(stripped) for p in LINE_PATTERNS) and len(stripped) < 400:
            spans.append(Span(start, end, "boilerplate"))
            continue
        if CAPTION_END.search(stripped) and len(stripped) < 300:
            spans.append(Span(start, end, "boilerplate"))
    return spans


def _lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body), body))
        pos += len(line)
    return out


def _breadcrumb_run(lines: list[tuple[int, int, str]], idx: int) -> bool:
    """A numbered line is a breadcrumb only among other short numbered lines at the top."""
    neighbours = [l for _, _, l in lines[max(0, idx - 1): idx + 2] if BREADCRUMB.match(l) and len(l.strip()) < 120]
    return len(neighbours) >= 2
