"""``copy_package``: the copy of the original that ``apply --check`` tests.

Every test goes through ``check_copy``, which copies a small package
written here and returns the copy's directory.
"""

from __future__ import annotations

import os
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
