"""Every command has help with an example and a README section; the README starts with the two commands."""

from __future__ import annotations

import typer.main

from graph.cli import app

from .conftest import ROOT, run_cli


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_readme_starts_with_the_two_commands():
    lines = [l for l in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if l.strip()]
    assert lines[0].startswith("```")
    assert lines[1].startswith("make run") and lines[2].startswith("make test")


def test_every_command_has_help_with_example_and_readme_section():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands()
    assert "build" in commands and "articles" in commands
    for name in commands:
        res = run_cli(name, "--help")
        assert res.returncode == 0, name
        assert "Example" in res.stdout, f"{name} --help has no example"
        assert f"### `eventgraph {name}`" in readme, f"README lacks a section for {name}"
