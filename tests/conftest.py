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
