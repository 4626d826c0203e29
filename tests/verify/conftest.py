"""Shared setup of the verify tests: a cargo target directory for the whole
session, and a writer that puts a multi-file fixture on disk.

Every test here runs real cargo; a machine without cargo (or without the
nightly toolchain the public API needs) fails them instead of skipping.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from fixture import parse_fixture


@pytest.fixture(scope="session")
def cargo_target(tmp_path_factory) -> Path:
    """One target directory shared by every cargo run of the session."""
    assert shutil.which("cargo"), "cargo is required for the verify tests"
    return tmp_path_factory.mktemp("verify-target")


@pytest.fixture
def write_crate(tmp_path) -> Callable[[str, str], Path]:
    """Return ``write(name, fixture) -> directory`` writing a fixture under tmp_path/name."""

    def write(name: str, fixture: str) -> Path:
        root = tmp_path / name
        for relative, text in parse_fixture(fixture).items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return write
