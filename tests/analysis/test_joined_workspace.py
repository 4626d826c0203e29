"""Which workspace a package split in place joins: cargo's choice of root.

Every test calls ``check_joined_workspace`` with a directory tree of
manifests (path to text), written under ``tmp_path``, and the package's
directory; it compares the root found with the expected directory (or
None: the package is a root of its own). No cargo runs.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.analysis.source_tree import find_joined_workspace

PACKAGE = '[package]\nname = "p"\nversion = "0.1.0"\n'


def check_joined_workspace(tmp_path: Path, manifests: dict[str, str], package: str, expected: str | None) -> None:
    for path, text in manifests.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    found = find_joined_workspace(tmp_path / package)
    assert found == (None if expected is None else (tmp_path / expected).resolve())


def test_the_nearest_ancestor_with_a_workspace_table_is_the_root(tmp_path):
    manifests = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/Cargo.toml": "# a stray manifest without [workspace]\n",
        "crates/p/Cargo.toml": PACKAGE,
    }
    check_joined_workspace(tmp_path, manifests, "crates/p", "")


def test_a_package_that_has_a_workspace_table_is_a_root_even_inside_another_workspace(tmp_path):
    manifests = {"Cargo.toml": '[workspace]\nmembers = ["p"]\n', "p/Cargo.toml": PACKAGE + "\n[workspace]\n"}
    check_joined_workspace(tmp_path, manifests, "p", None)


def test_a_package_the_workspace_excludes_is_a_root(tmp_path):
    manifests = {"Cargo.toml": '[workspace]\nmembers = ["*"]\nexclude = ["vendor"]\n', "vendor/p/Cargo.toml": PACKAGE}
    check_joined_workspace(tmp_path, manifests, "vendor/p", None)


def test_package_workspace_names_the_root_past_a_nearer_one(tmp_path):
    manifests = {
        "Cargo.toml": '[workspace]\nmembers = ["inner/p"]\n',
        "inner/Cargo.toml": "[workspace]\nmembers = []\n",
        "inner/p/Cargo.toml": PACKAGE.replace("[package]\n", '[package]\nworkspace = "../.."\n'),
    }
    check_joined_workspace(tmp_path, manifests, "inner/p", "")
