"""Shared fixtures: paths into the repository's own data, never into ../shared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"
GOLD = DATA / "eval" / "seeds.gold.json"


@pytest.fixture(scope="session")
def seeds_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def run_cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run the real ``eventgraph`` command in a subprocess, as a user would."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=cwd or ROOT, input=stdin,
                          capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    """The seeds built once by the real CLI, shared by every test that only reads the build."""
    out = tmp_path_factory.mktemp("seeds-build") / "out"
    r = run_cli("build", str(SEEDS), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="session")
def document(seeds_build) -> dict:
    """The seeds build's events.json."""
    return json.loads((seeds_build / "events.json").read_text(encoding="utf-8"))
