"""eventgraph add: new articles merged into a build equal a full rebuild, without parsing the old ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from .conftest import DATA, SEEDS, run_cli

STREIK = DATA / "stories" / "streik" / "articles"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "manifest.json"}


def _quads(store: Path) -> list[str]:
    return sorted(ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def _build(paths, out: Path, *extra: str) -> None:
    r = run_cli("build", *map(str, paths), "--out", str(out), "-q", *extra)
    assert r.returncode == 0, r.stderr


def test_add_equals_full_rebuild_on_the_seeds(tmp_path, seeds_build):
    first, rest = sorted(SEEDS.iterdir())[:2], sorted(SEEDS.iterdir())[2:]
    out = tmp_path / "out"
    _build(first, out)
    r = run_cli("add", *map(str, rest), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "added: " + ", ".join(p.stem for p in rest) in " ".join(r.stderr.split())
    assert _files(out) == _files(seeds_build)
    assert _quads(out / "store") == _quads(seeds_build / "store")


def test_add_equals_full_rebuild_on_another_story(tmp_path):
    articles = sorted(STREIK.iterdir())
    full, part = tmp_path / "full", tmp_path / "part"
    _build(articles, full)
    _build(articles[-2:], part)  # the later reports first, the earlier ones added after
    for article in articles[:-2]:
        assert run_cli("add", str(article), "--out", str(part), "-q").returncode == 0
    assert _files(part) == _files(full)


def test_adding_the_same_article_again_changes_nothing(tmp_path):
    out = tmp_path / "out"
    _build(sorted(SEEDS.iterdir()), out)
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir() if p.is_file()}
    r = run_cli("add", str(sorted(SEEDS.iterdir())[0]), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "unchanged: " in r.stderr and "added" not in r.stderr
    assert "5 articles, 15 events" in r.stderr
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir() if p.is_file()}
    assert after == before


def test_an_updated_article_replaces_its_old_text(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for p in sorted(SEEDS.iterdir()):
        shutil.copy(p, src / p.name)
    out, full = tmp_path / "out", tmp_path / "full"
    _build([src], out)
    target = sorted(src.iterdir())[0]
    text = target.read_text(encoding="utf-8")
    target.write_text(text + "\nAm Freitag streikten in Hamburg die Hafenarbeiter.\n", encoding="utf-8")
    r = run_cli("add", str(target), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert f"replaced: {target.stem}" in r.stderr
    _build([src], full)
    assert _files(out) == _files(full)
    assert b"Streik" in (out / "events.json").read_bytes()


def test_a_bad_article_is_reported_and_the_rest_added(tmp_path):
    out = tmp_path / "out"
    _build(sorted(SEEDS.iterdir())[:1], out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    r = run_cli("add", str(bad), str(sorted(SEEDS.iterdir())[1]), "--out", str(out))
    assert r.returncode == 1
    assert f"skipped {bad}: binary file" in " ".join(r.stderr.split())
    assert "2 articles" in r.stderr


def test_add_needs_a_build(tmp_path):
    r = run_cli("add", str(sorted(SEEDS.iterdir())[0]), "--out", str(tmp_path / "none"))
    assert r.returncode == 2
    assert "holds no eventgraph build" in r.stderr and "Traceback" not in r.stderr


def test_a_cache_from_another_version_is_refused(tmp_path):
    out = tmp_path / "out"
    _build(sorted(SEEDS.iterdir())[:1], out)
    settings = out / "parsed" / "build.json"
    settings.write_text(settings.read_text().replace('"version": "', '"version": "0.0.0-old', 1))
    before = (out / "events.json").read_bytes()
    r = run_cli("add", str(sorted(SEEDS.iterdir())[1]), "--out", str(out))
    assert r.returncode == 2 and "rebuild with `eventgraph build`" in " ".join(r.stderr.split())
    assert (out / "events.json").read_bytes() == before


def test_a_cache_from_code_with_other_parse_fields_is_refused_before_it_is_read(tmp_path):
    """Same version number, another field layout (development): refused from the header, documents unread."""
    import pickle

    out = tmp_path / "out"
    _build(sorted(SEEDS.iterdir())[:1], out)
    cache = out / "parsed" / "docs.pickle"
    with open(cache, "rb") as fh:
        header = pickle.load(fh)
    assert set(header) == {"version", "layout"}
    with open(cache, "wb") as fh:
        pickle.dump({**header, "layout": "0" * 16}, fh)
        fh.write(b"not a pickle: must never be read")
    before = (out / "events.json").read_bytes()
    r = run_cli("add", str(sorted(SEEDS.iterdir())[1]), "--out", str(out))
    assert r.returncode == 2 and "parsed documents differ" in " ".join(r.stderr.split()), r.stderr
    assert (out / "events.json").read_bytes() == before
