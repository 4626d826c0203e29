"""Tidy checks on the package's own source: every module says why it exists,
and no module grows past the size where it should be split.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "crate_split"
MAX_LINES = 700


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_starts_with_a_docstring(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring and len(docstring.split()) >= 5, f"{path} needs a module docstring saying why it exists"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_longer_than_the_limit(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path} has {lines} lines; split it"


def test_no_package_code_prints():
    offenders = []
    for path in modules():
        if path.name in ("cli.py", "__main__.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                offenders.append(f"{path}:{node.lineno}")
    assert offenders == []


def test_golden_tests_share_one_snapshot_switch():
    """No test reads the update switch itself: they all ask ``tests/snapshots.py``,
    so one run with it rewrites every golden file."""
    tests = PACKAGE.parent / "tests"
    read_directly = re.compile(r"environ(\.get)?[(\[]\s*[\"']CRATE_SPLIT_" + "UPDATE")
    readers = [
        path.relative_to(tests).as_posix()
        for path in sorted(tests.rglob("*.py"))
        if read_directly.search(path.read_text(encoding="utf-8"))
    ]
    assert readers == []
