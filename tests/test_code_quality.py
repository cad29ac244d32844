"""The house rules that a machine can check: ruff's lint and format, and mypy on the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import REPO

CODE = ["cli", "extractors", "tests", "benchmarks"]


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", *CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", *CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_on_the_package(tmp_path: Path) -> None:
    """The package installs `cli/` as newsfacts.cli and `extractors/` as newsfacts.extractors:
    mypy reads them under those names through links in a folder of its own."""
    package = tmp_path / "newsfacts"
    package.mkdir()
    for folder in ("cli", "extractors"):
        (package / folder).symlink_to(REPO / folder, target_is_directory=True)
    result = _run(
        "mypy",
        "--config-file",
        str(REPO / "pyproject.toml"),
        "--cache-dir",
        str(tmp_path / ".mypy_cache"),
        "-p",
        "newsfacts.extractors",
        "-p",
        "newsfacts.cli",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
