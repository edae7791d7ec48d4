"""Read articles from files, folders, globs and JSON Lines.

One unreadable input never stops a run: :func:`read_articles` yields a
:class:`~graph.parse.article.Skipped` with the file and the reason and goes
on with the rest.  Problems that still leave a usable article (text in
cp1252, text that does not look German) become warnings on the article.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .article import Article, Skipped, Span
from .boilerplate import find_boilerplate
from .lexicon_de import GERMAN_STOPWORDS
from .metadata import find_metadata, normalise_date

SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Share of German function words below which a text is flagged as "not German".
GERMAN_MIN_SHARE = 0.12


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Skipped]:
    """Files named by ``paths``: files as they are, folders recursively, globs expanded.

    Inside folders only supported files are taken, and hidden files are left out;
    a file named explicitly with another extension is reported, not ignored.
    """
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text)
        if any(ch in text for ch in "*?[") and not path.exists():
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield Skipped(text, "the pattern matches no file")
            for match in matches:
                yield from expand_paths([match])
        elif path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield Skipped(text, f"the folder holds no article files ({', '.join(SUPPORTED)})")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            yield Skipped(text, "not a regular file")
        else:
            yield Skipped(text, "no such file or folder")


def read_articles(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skipped]:
    """Every article in ``paths``, or a :class:`Skipped` for each input that cannot be used."""
    for item in expand_paths(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        yield from read_file(item, max_bytes=max_bytes)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skipped]:
    """The article(s) one file holds: one for text and HTML, several for JSON Lines."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Skipped(name, f"unsupported file type '{suffix or '(none)'}' (supported: {', '.join(SUPPORTED)})")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Skipped(name, f"file is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(name, f"cannot be read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Skipped(name, "the file is empty")
        return
    if b"\x00" in data[:8192]:
        yield Skipped(name, "binary file, not text")
        return
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append("not valid UTF-8; read as cp1252")
    if suffix == ".jsonl":
        yield from _read_jsonl(name, text, warnings)
    elif suffix == ".json":
        yield from _read_json(name, text, warnings)
    elif suffix in (".html", ".htm"):
        yield from _finish(_from_html(path.stem, name, text, warnings))
    else:
        yield from _finish(from_text(path.stem, text, path=name, warnings=warnings))


def from_text(article_id: str, text: str, path: str | None = None, warnings: list[str] | None = None,
              **known: str | None) -> Article:
    """An :class:`Article` from plain text: metadata found at the top, boilerplate marked.

    ``known`` metadata (from JSON fields or HTML meta tags) wins over what the text says.
    """
    meta = find_metadata(text)
    article = Article(
        id=article_id, text=text, path=path,
        published=meta.published, published_from=meta.published_from,
        title=meta.title, source=meta.source, author=meta.author,
        dateline_place=meta.dateline_place, warnings=list(warnings or []),
    )
    for key, value in known.items():
        if value:
            if key == "published":
                iso = normalise_date(value)
                if iso is None:
                    article.warnings.append(f"publication date {value!r} not understood")
                    continue
                article.published, article.published_from = iso, known.get("published_from") or "metadata"
            elif key != "published_from":
                setattr(article, key, value)
    article.excluded = tuple(sorted(set(meta.spans) | set(find_boilerplate(text)), key=lambda s: (s.start, s.end)))
    return article


def _finish(article: Article | Skipped) -> Iterator[Article | Skipped]:
    """Checks every article passes before it leaves the reader."""
    if isinstance(article, Skipped):
        yield article
        return
    content = article.content()
    if not content.strip():
        yield Skipped(article.path or article.id, "no article text (only metadata or boilerplate)")
        return
    if not looks_german(content):
        article.warnings.append("the text does not look German; extraction may find little")
    if article.published is None:
        from .published import infer_published

        inferred = infer_published(article)
        if inferred:
            article.published, article.published_from = inferred, "inferred"
        else:
            article.warnings.append("no publication date found; relative dates stay unresolved")
    yield article


def looks_german(text: str) -> bool:
    """A cheap check: the share of frequent German function words among the words."""
    words = [w.lower() for w in text.split()[:2000]]
    if len(words) < 8:
        return True  # too short to judge
    hits = sum(1 for w in words if w.strip(".,;:!?\"'()„“") in GERMAN_STOPWORDS)
    return hits / len(words) >= GERMAN_MIN_SHARE


def _from_html(article_id: str, name: str, html: str, warnings: list[str]) -> Article | Skipped:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, favor_recall=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        return Skipped(name, "no main text found in the HTML")
    return from_text(article_id, doc.text, path=name, warnings=warnings,
                     published=doc.date, published_from="html", title=doc.title,
                     author=doc.author, source=doc.url)


def _record(name: str, where: str, obj: object, warnings: list[str]) -> Article | Skipped:
    if not isinstance(obj, dict):
        return Skipped(where, "expected a JSON object with at least 'id' and 'text'")
    text, article_id = obj.get("text"), obj.get("id")
    if not isinstance(text, str) or not text.strip():
        return Skipped(where, "the record has no 'text'")
    if not isinstance(article_id, (str, int)) or not str(article_id).strip():
        return Skipped(where, "the record has no 'id'")
    known = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ("published", "title", "author")}
    known["source"] = obj.get("url") or obj.get("source")
    return from_text(str(article_id), text, path=name, warnings=list(warnings), published_from="jsonl", **known)


def _read_jsonl(name: str, text: str, warnings: list[str]) -> Iterator[Article | Skipped]:
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"broken JSON line: {exc.msg} at column {exc.colno}")
            continue
        record = _record(name, where, obj, warnings)
        if isinstance(record, Article):
            if record.id in seen:
                yield Skipped(where, f"duplicate article id {record.id!r} in this file")
                continue
            seen.add(record.id)
        yield from _finish(record)


def _read_json(name: str, text: str, warnings: list[str]) -> Iterator[Article | Skipped]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(name, f"broken JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        return
    records = obj if isinstance(obj, list) else [obj]
    stem = Path(name).stem
    for n, rec in enumerate(records):
        if isinstance(rec, dict) and "id" not in rec and len(records) == 1:
            rec = {**rec, "id": stem}
        yield from _finish(_record(name, f"{name}[{n}]" if len(records) > 1 else name, rec, warnings))


__all__ = ["SUPPORTED", "DEFAULT_MAX_BYTES", "expand_paths", "read_articles", "read_file", "from_text",
           "looks_german", "Article", "Skipped", "Span"]
