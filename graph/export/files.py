"""Atomic, deterministic file output.

A build writes every file into a staging folder beside the output folder and
moves them into place only when all were written, so an interrupted run
leaves the previous exports intact.  Each move is an atomic ``os.replace``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

_UMASK = os.umask(0)
os.umask(_UMASK)


def dumps_json(obj: Any) -> str:
    """JSON as every export writes it: stable, readable, UTF-8, newline at the end."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and an atomic rename."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    with atomic_file(path) as fh:
        fh.write(data)


@contextmanager
def atomic_file(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` whole when the block ends, or not at all."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sha256_file(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@contextmanager
def staged_output(out_dir: str | os.PathLike) -> Iterator[Path]:
    """A staging folder whose files replace those in ``out_dir`` when the block succeeds.

    Sub-folders (such as a store) are swapped whole.  On any error the staging
    folder is removed and ``out_dir`` is left as it was.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        yield stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    for item in sorted(stage.iterdir()):
        target = out / item.name
        if item.is_dir():
            swap_dir(item, target)
        else:
            os.replace(item, target)
    shutil.rmtree(stage, ignore_errors=True)


def swap_dir(new: Path, target: Path) -> None:
    """Put folder ``new`` where ``target`` is; the old one is moved aside first and removed after."""
    old = None
    if target.exists():
        old = target.parent / f".old-{target.name}-{os.getpid()}"
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
