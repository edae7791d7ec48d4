"""The parse stage in parallel: local processes and a Dask cluster give what a serial run gives."""

from __future__ import annotations

import json
import shutil

import pytest

from graph.build import build, count_articles, read_and_parse
from graph.parse import parse_article
from graph.parse.articles import read_articles
from graph.parse.parallel import parse_all

from .conftest import DATA, SEEDS, run_cli

CORPUS = [SEEDS, DATA / "topics" / "articles", DATA / "stories" / "streik" / "articles"]


def _files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "manifest.json"}


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    out = tmp_path_factory.mktemp("serial") / "out"
    r = run_cli("build", *map(str, CORPUS), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


def test_local_workers_equal_a_serial_run(tmp_path, serial):
    out = tmp_path / "out"
    r = run_cli("build", *map(str, CORPUS), "--out", str(out), "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert _files(out) == _files(serial)
    assert "24 articles" in r.stderr and "articles/s" in r.stderr and "parse " in r.stderr


def test_a_dask_cluster_equals_a_serial_run(tmp_path, serial):
    import distributed  # the test extra installs it

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        out = tmp_path / "out"
        report = build(CORPUS, out, scheduler=cluster.scheduler_address, kb_files=[])
    assert not report.skipped
    assert _files(out) == _files(serial)


def test_results_come_back_in_input_order_and_without_texts():
    articles = list(read_articles(CORPUS))
    serial = list(parse_all(articles))
    pooled = list(parse_all(articles, workers=2, chunk=3))
    assert [d.article.id for d in pooled] == [a.id for a in articles]
    for a, s, p in zip(articles, serial, pooled):
        assert p.article.text == "" and p.article.sha256 == a.sha256
        assert [(m.start, m.end, m.type, m.status) for m in p.events] == [(m.start, m.end, m.type, m.status) for m in s.events]
        assert [(m.start, m.end, m.key) for m in p.actors] == [(m.start, m.end, m.key) for m in s.actors]


def test_a_compact_document_keeps_the_evidence_and_drops_the_rest():
    article = next(iter(read_articles([SEEDS])))
    full = parse_article(article)
    compact = full.compact()
    assert compact.article.text == "" and compact.timexes == []
    assert compact.article.sha256 == article.sha256 and compact.article.published == article.published
    for m in compact.events:
        assert compact.sentences[m.sentence].text == full.sentences[m.sentence].text != ""
    cited = {m.sentence for m in full.events}
    assert len(compact.sentences) == len(full.sentences)
    assert all(s is None for i, s in enumerate(compact.sentences) if i not in cited)


def test_a_bad_file_among_good_ones_is_skipped_by_the_workers(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    out = tmp_path / "out"
    r = run_cli("build", str(folder), "--out", str(out), "--workers", "2")
    assert r.returncode == 1
    assert "broken.txt" in r.stderr and "binary" in r.stderr
    assert len(json.loads((out / "events.json").read_text(encoding="utf-8"))["articles"]) == 5


def test_an_unreachable_scheduler_leaves_the_exports_alone(tmp_path, seeds_build):
    out = tmp_path / "out"
    shutil.copytree(seeds_build, out)
    before = _files(out)
    r = run_cli("build", str(SEEDS), "--out", str(out), "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode == 2
    assert "Dask scheduler" in r.stderr and "unchanged" in r.stderr
    assert _files(out) == before


def test_quiet_prints_nothing_on_success(tmp_path):
    r = run_cli("build", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet", "--workers", "2")
    assert r.returncode == 0 and r.stderr == ""


def test_the_progress_total_counts_article_files(tmp_path):
    assert count_articles([SEEDS]) == 5
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "Text"}\n', encoding="utf-8")
    assert count_articles([SEEDS, tmp_path / "a.jsonl"]) is None


def test_read_and_parse_reports_duplicates_in_parallel(tmp_path):
    docs, skipped = read_and_parse([SEEDS, SEEDS], workers=2)
    assert len(docs) == 5 and len(skipped) == 5
    assert all("duplicate article id" in s.reason for s in skipped)


def test_a_terminated_parallel_build_leaves_nothing_behind(tmp_path, seeds_build):
    """SIGTERM during the parse: no worker process left running, no staging folder, old exports intact."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    from .conftest import ROOT

    folder = tmp_path / "in"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for k in range(400):
        (folder / f"copy{k:03d}.txt").write_text(texts[k % len(texts)], encoding="utf-8")
    out = tmp_path / "out"
    shutil.copytree(seeds_build, out)
    before = _files(out)
    proc = psutil.Popen([sys.executable, "-m", "graph", "build", str(folder), "--out", str(out), "--workers", "2"],
                        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(proc.children(recursive=True)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the workers are parsing
    assert proc.poll() is None, "the build ended before it could be interrupted"
    workers = proc.children(recursive=True)
    assert len(workers) >= 2
    os.kill(proc.pid, signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    _, alive = psutil.wait_procs(workers, timeout=10)
    for p in alive:
        p.kill()
    assert not alive, f"{len(alive)} worker processes outlived the build"
    assert _files(out) == before
    assert not [p.name for p in out.iterdir() if p.name.startswith(".staging")]
