"""The fixture crates are real Rust: each passes its own ``cargo test``.

Run on a copy of ``corpora/`` (so no ``target/`` or ``Cargo.lock`` lands in
the repository) with one shared target directory. Missing cargo is a
failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.cargo

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def fixture_crates() -> list[str]:
    return sorted(p.name for p in CORPORA.iterdir() if (p / "Cargo.toml").is_file())


@pytest.fixture(scope="session")
def corpora_copy(tmp_path_factory) -> Path:
    destination = tmp_path_factory.mktemp("corpora") / "corpora"
    shutil.copytree(CORPORA, destination, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    return destination


@pytest.fixture(scope="session")
def cargo_env(tmp_path_factory) -> dict[str, str]:
    assert shutil.which("cargo"), "cargo is required for the fixture tests"
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = str(tmp_path_factory.mktemp("corpora-target"))
    env["CARGO_TERM_COLOR"] = "never"
    return env


def check_cargo_test(directory: Path, env: dict[str, str], *extra: str) -> str:
    command = ["cargo", "test", "--offline", "--quiet", *extra]
    result = subprocess.run(command, cwd=directory, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{directory.name}: {' '.join(command)} failed\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.parametrize("case", fixture_crates())
def test_fixture_crate_passes_its_own_cargo_test(case, corpora_copy, cargo_env):
    directory = corpora_copy / case
    extra = ("--workspace",) if "[workspace]" in (directory / "Cargo.toml").read_text() else ()
    output = check_cargo_test(directory, cargo_env, *extra)
    assert "test result: ok." in output
