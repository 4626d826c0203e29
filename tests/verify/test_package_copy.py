"""``copy_package``: the copy of the original that ``apply --check`` tests.

Every test goes through ``check_copy``, which copies a small package
written here and returns the copy's directory.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from crate_split.verify.package_copy import copy_package

PACKAGE = {
    "Cargo.toml": '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n',
    "src/lib.rs": 'pub fn dir() -> &\'static str {\n    env!("CARGO_MANIFEST_DIR")\n}\n',
}
#: A modification time long before any build (2001-09-09).
OLD = 1_000_000_000


def check_copy(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    for relative, text in PACKAGE.items():
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        (source / relative).write_text(text, encoding="utf-8")
        os.utime(source / relative, (OLD, OLD))
    return copy_package(source, tmp_path / "copy")


def test_the_copy_has_new_modification_times_so_cargo_rebuilds_it(tmp_path):
    # Cargo fingerprints a path package by its path relative to the
    # workspace: a copy keeping the old times would reuse, from a shared
    # target directory, a binary built from an earlier copy elsewhere.
    copy = check_copy(tmp_path)
    assert {relative: (copy / relative).read_text(encoding="utf-8") for relative in PACKAGE} == PACKAGE
    assert all((copy / relative).stat().st_mtime > OLD for relative in PACKAGE)


def test_path_dependencies_in_every_table_spelling_point_at_the_original_from_the_copy(tmp_path):
    # Cargo still reads `dev_dependencies` and `build_dependencies`, plain
    # and under `[target.X]`; each path in them must resolve from the copy.
    manifest = PACKAGE["Cargo.toml"] + (
        '\n[dev_dependencies]\nhelper = { path = "../helper" }\n'
        "\n[target.'cfg(unix)'.build_dependencies]\nbuilder = { path = \"../builder\" }\n"
    )
    source = tmp_path / "source"
    for relative, text in {**PACKAGE, "Cargo.toml": manifest}.items():
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        (source / relative).write_text(text, encoding="utf-8")
    copy = copy_package(source, tmp_path / "copy")
    data = tomllib.loads((copy / "Cargo.toml").read_text(encoding="utf-8"))
    assert data["dev_dependencies"]["helper"]["path"] == str((tmp_path / "helper").resolve())
    assert data["target"]["cfg(unix)"]["build_dependencies"]["builder"]["path"] == str((tmp_path / "builder").resolve())
