"""Shared setup of the ``apply`` tests: one parameter per fixture crate and
one copy of ``corpora/`` per session.

The tests apply from the copy: some cases have path dependencies on sibling
directories (``renamed_deps -> ../renamed_deps_helper``), so cases cannot be
copied one by one, and the repository's ``corpora/`` must never gain a
``Cargo.lock`` or a ``target/``. This directory goes on ``sys.path`` so the
tests can ``import apply_cases``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

_APPLY_TESTS_DIR = str(Path(__file__).resolve().parent)
if _APPLY_TESTS_DIR not in sys.path:
    sys.path.insert(0, _APPLY_TESTS_DIR)

from apply_cases import CORPORA, apply_cases  # noqa: E402


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "apply_case" in metafunc.fixturenames:
        cases = apply_cases()
        metafunc.parametrize("apply_case", cases, ids=[case.name for case in cases])


@pytest.fixture(scope="session")
def corpora_copy(tmp_path_factory) -> Path:
    """A copy of ``corpora/`` (without build output) shared by the session."""
    destination = tmp_path_factory.mktemp("apply-corpora") / "corpora"
    shutil.copytree(CORPORA, destination, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    return destination
