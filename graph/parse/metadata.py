"""Publication metadata from the top of a pasted article: header, byline, dateline.

Pasted news text carries its metadata in a few recurring shapes; each finder
returns the value, where it came from, and the span it occupies so that the
span can be excluded from the content.  Isolated date strings (a byline) may
go through ``dateparser``; running text never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .article import Span
from .lexicon_de import MONTHS

#: Header keys and the field they fill.
HEADER_KEYS: dict[str, str] = {
    "source": "source", "url": "source", "quelle": "source", "link": "source",
    "published": "published", "date": "published", "datum": "published",
    "veröffentlicht": "published", "erschienen": "published",
    "title": "title", "titel": "title", "überschrift": "title", "headline": "title",
    "author": "author", "autor": "author", "autorin": "author", "by": "author",
}
MISSING_VALUES = frozenset({"", "unknown", "unbekannt", "none", "null", "n/a", "-"})

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_HEADER_LINE = re.compile(r"^[ \t]*([A-Za-zÄÖÜäöü_-]+)[ \t]*:[ \t]*(.*?)[ \t]*$")
# " date 2025-10-16 Body text…": a lone key and an ISO date, possibly followed by text.
_INLINE_DATE = re.compile(
    r"^\s*(date|published|datum)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?)[ \t]*",
    re.IGNORECASE,
)
# "Christoph Herwartz 16.10.2025 - 23:08 Uhr aktualisiert", "16.10.2025, 18:30 Uhr"
_BYLINE_DE = re.compile(
    r"(?P<author>(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]){1,3})?"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"
    r"(?:[ \t]*(?:[-–,|]|um)?[ \t]*(?P<H>\d{1,2})[:.](?P<M>\d{2})[ \t]*(?:Uhr)?)?"
    r"(?P<tail>(?:[ \t]*(?:aktualisiert|Aktualisiert|Artikel anhören|Lesezeit:?[ \t]*\d+[ \t]*Min\.?))*)"
)
# "2025-10-17 00:16" on a line of its own
_BYLINE_ISO = re.compile(r"^[ \t]*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2}))?[ \t]*$", re.M)
# "von Thomas", "Von Anna Muster" on a line of its own
_BY_AUTHOR = re.compile(r"^[ \t]*(?:[Vv]on|Ein (?:Kommentar|Bericht|Gastbeitrag) von)[ \t]+(?P<author>[A-ZÄÖÜ][\wäöüß.-]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß.-]+){0,3})[ \t]*$", re.M)
# "WASHINGTON, 16. Oktober 2025 –", "BERLIN (dpa) –"
_DATELINE_FULL = re.compile(
    rf"^[ \t]*(?P<place>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß./ -]{{1,40}}?)(?:[ \t]*\([^)]{{1,30}}\))?,[ \t]+"
    rf"(?P<d>\d{{1,2}})\.[ \t]*(?P<mon>{_MONTH_RE})\.?[ \t]+(?P<y>\d{{4}})[ \t]*[–—-]+[ \t]*",
    re.M | re.IGNORECASE,
)
_DATELINE_AGENCY = re.compile(r"^[ \t]*(?P<place>[A-ZÄÖÜ][A-ZÄÖÜa-zäöüß/ -]{1,40}?)[ \t]*\((?:dpa|AFP|Reuters|AP|epd|KNA|dts|SID)[^)]*\)[ \t]*[–—:-]+[ \t]*", re.M)
# "Düsseldorf. Die Präsidenten …" — a one-word place at a paragraph start
# "Landshut. Bei der …", or "Landshut." on a line of its own above the byline
_DATELINE_SHORT = re.compile(r"(?:^|\n)[ \t]*(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\."
                             r"(?:[ \t]+(?=[A-ZÄÖÜ„\"])|[ \t]*(?=\n))")


@dataclass(slots=True)
class Metadata:
    """What the top of an article says about itself."""

    published: str | None = None
    published_from: str | None = None
    title: str | None = None
    source: str | None = None
    author: str | None = None
    dateline_place: str | None = None
    spans: list[Span] = field(default_factory=list)


def _value(raw: str) -> str | None:
    raw = raw.strip().strip('"').strip()
    return None if raw.lower() in MISSING_VALUES else raw


def _iso(y: str, m: str, d: str, hh: str | None = None, mm: str | None = None) -> str | None:
    try:
        day = date(int(y), int(m), int(d))
    except ValueError:
        return None
    if hh is not None and mm is not None and int(hh) < 24 and int(mm) < 60:
        return f"{day.isoformat()}T{int(hh):02d}:{int(mm):02d}"
    return day.isoformat()


def normalise_date(raw: str) -> str | None:
    """An isolated date string from a header or an HTML meta tag → ISO date/datetime."""
    raw = raw.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?", raw)
    if m:
        return _iso(*m.groups())
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s*(\d{1,2})[:.](\d{2})\s*(?:Uhr)?)?", raw)
    if m:
        d, mo, y, hh, mm = m.groups()
        return _iso(y, mo, d, hh, mm)
    import dateparser  # isolated strings only; imported late because it is slow to load

    parsed = dateparser.parse(raw, languages=["de", "en"], settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    if parsed.hour or parsed.minute:
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()


def find_metadata(text: str, head_chars: int = 1500) -> Metadata:
    """Find header, byline and dateline near the top of ``text``.

    Precedence for the publication date: header, then byline, then dateline;
    a byline with a clock time is more precise than a dateline's day.
    """
    meta = Metadata()
    header_end = _header_block(text, meta)
    head = text[:head_chars]

    byline_date: str | None = None
    for m in _BYLINE_ISO.finditer(head):
        if m.start() < header_end:
            continue
        byline_date = _iso(m["y"], m["m"], m["d"], m["H"], m["M"])
        if byline_date:
            meta.spans.append(Span(m.start(), m.end(), "byline"))
            break
    if byline_date is None:
        for m in _BYLINE_DE.finditer(head):
            if m.start("d") < header_end:
                continue
            has_time = m["H"] is not None
            has_author = m["author"] is not None and not _is_sentence_word(head, m.start("author"))
            if not (has_time or has_author or _alone_on_line(head, m.start("d"), m.end())):
                continue
            byline_date = _iso(m["y"], m["m"], m["d"], m["H"], m["M"])
            if byline_date:
                start = m.start("author") if has_author else m.start("d")
                meta.spans.append(Span(start, m.end(), "byline"))
                if has_author and meta.author is None:
                    meta.author = m["author"].strip()
                break
    m = _BY_AUTHOR.search(head)
    if m and m.start() >= header_end:
        if meta.author is None:
            meta.author = m["author"].strip()
        meta.spans.append(Span(m.start(), m.end(), "byline"))

    dateline_date: str | None = None
    m = _DATELINE_FULL.search(head)
    if m and m.start() >= header_end:
        mon = MONTHS.get(m["mon"].lower().rstrip("."))
        dateline_date = _iso(m["y"], str(mon), m["d"]) if mon else None
        meta.dateline_place = m["place"].strip().title() if m["place"].isupper() else m["place"].strip()
        meta.spans.append(Span(m.start("place"), m.end(), "dateline"))
    else:
        m = _DATELINE_AGENCY.search(head)
        if m and m.start() >= header_end:
            meta.dateline_place = m["place"].strip()
            meta.spans.append(Span(m.start("place"), m.end(), "dateline"))
        else:
            m = _DATELINE_SHORT.search(head, header_end)
            if m and _looks_like_place(m["place"]):
                meta.dateline_place = m["place"]
                meta.spans.append(Span(m.start("place"), m.end("place") + 1, "dateline"))

    if meta.published is None and byline_date:
        meta.published, meta.published_from = byline_date, "byline"
    if meta.published is None and dateline_date:
        meta.published, meta.published_from = dateline_date, "dateline"
    if meta.title is None:
        meta.title = _title(text, meta.spans)
    return meta


def _header_block(text: str, meta: Metadata) -> int:
    """Read ``key: value`` lines (or a YAML front matter) at the very top; return where they end."""
    pos = 0
    lines = text.splitlines(keepends=True)
    i = 0
    front_matter = bool(lines) and lines[0].strip() == "---"
    if front_matter:
        pos += len(lines[0])
        i = 1
    seen_any = False
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if front_matter and stripped == "---":
            meta.spans.append(Span(pos, pos + len(line), "header"))
            pos += len(line)
            break
        m = _HEADER_LINE.match(line.rstrip("\r\n"))
        key = m and HEADER_KEYS.get(m.group(1).lower())
        if key:
            value = _value(m.group(2))
            if value is not None:
                if key == "published":
                    iso = normalise_date(value)
                    if iso:
                        meta.published, meta.published_from = iso, "header"
                elif getattr(meta, key) is None:
                    setattr(meta, key, value)
            meta.spans.append(Span(pos, pos + len(line.rstrip("\r\n")), "header"))
            seen_any = True
        elif not stripped and not seen_any:
            pass  # blank lines before the header
        else:
            break
        pos += len(line)
        i += 1
    if front_matter:
        meta.spans.insert(0, Span(0, len(lines[0].rstrip("\r\n")), "header"))
    if not seen_any:
        m = _INLINE_DATE.match(text)
        if m:
            iso = normalise_date(m.group(2))
            if iso:
                meta.published, meta.published_from = iso, "header"
                meta.spans.append(Span(m.start(1), m.end(), "header"))
                return m.end()
        return 0
    return pos


def _is_sentence_word(text: str, pos: int) -> bool:
    """True when the capitalised word at ``pos`` continues a sentence (not a name in a byline)."""
    before = text[max(0, pos - 2):pos]
    return bool(before) and before[-1] not in "\n.!?\t " and not before.endswith(". ")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _looks_like_place(word: str) -> bool:
    from .gazetteer import is_place_name  # late: the gazetteer loads data

    return is_place_name(word)


def _title(text: str, spans: list[Span]) -> str | None:
    """A headline: the last breadcrumb item, else the first short line that is not metadata."""
    crumbs = re.findall(r"^[ \t]*\d+\.[ \t]+(.+?)[ \t]*$", text[:2000], re.M)
    if len(crumbs) >= 2:
        return crumbs[-1]
    pos = 0
    for n, line in enumerate(text.splitlines(keepends=True)):
        if n > 12:
            break
        stripped = line.strip()
        inside = any(s.start <= pos + line.find(stripped) < s.end for s in spans) if stripped else False
        if (stripped and not inside and 8 <= len(stripped) <= 140
                and not stripped.endswith((".", ":", ",")) and not re.search(r"\d{6,}", stripped)
                and len(stripped.split()) >= 2):
            return stripped
        if len(stripped) > 140:
            return None
        pos += len(line)
    return None
