"""README starts with the two commands a newcomer runs, and CI runs exactly those."""

from __future__ import annotations

import re

from conftest import ROOT


def _commands() -> list[str]:
    return re.findall(r"^```sh\n(.+?)\n```", (ROOT / "README.md").read_text(), flags=re.M)[:2]


def test_readme_starts_with_install_run_and_test_commands() -> None:
    install_run, test = _commands()
    assert "pip install -e ." in install_run and "vnpolice demo" in install_run
    assert "pytest" in test


def test_ci_runs_the_readme_commands() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "README.md" in ci and "bash -c" in ci
