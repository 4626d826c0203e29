"""The fixture crates the ``apply`` tests run on, and helpers about them.

The cases are every directory of ``corpora/`` with a ``src/`` except the
helper crates (single-module path dependencies of other fixtures, which
have nothing to split: ``apply`` refuses them, see test_apply_refusals)
plus ``workspace_member`` with ``-p core_lib``. ``tests/apply/conftest.py`` parametrises every test that
takes an ``apply_case`` argument with them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


@dataclass(frozen=True, slots=True)
class ApplyCase:
    """One package to apply: a corpora directory and maybe a workspace member."""

    #: Directory name under ``corpora/``; also the golden directory's name.
    name: str
    #: ``-p`` argument for a workspace root, or None for a package.
    package: str | None = None

    def arguments(self, corpora: Path) -> list[str]:
        """``PATH [-p PACKAGE]`` for the CLI, with PATH under ``corpora``."""
        path = [str(corpora / self.name)]
        return path + (["-p", self.package] if self.package else [])

    def package_dir(self, corpora: Path) -> Path:
        """The input package's directory under ``corpora``."""
        root = corpora / self.name
        return root / self.package if self.package else root


#: Path dependencies of other fixtures, one module each.
HELPER_CRATES = frozenset(
    {
        "edition2015_helper",
        "feature_deps_alt",
        "feature_deps_core",
        "feature_deps_opt",
        "location_observers_helper",
        "renamed_deps_helper",
        "renamed_deps_testkit",
        "renamed_deps_unix",
    }
)


def apply_cases() -> list[ApplyCase]:
    """Every case, sorted by directory name."""
    cases = [
        ApplyCase(path.name)
        for path in sorted(CORPORA.iterdir())
        if (path / "src").is_dir() and path.name not in HELPER_CRATES
    ]
    return cases + [ApplyCase("workspace_member", "core_lib")]


def hash_tree(root: Path) -> dict[str, str]:
    """SHA-256 of every file under ``root``, by relative POSIX path."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
