"""The real crates from Debian's packages split, compile, pass the same
tests and keep their public API: ``crate-split apply --check`` on each.

This is the acceptance of the apply issue, run in CI. Each crate is copied
out of the registry first, so the input is the copy; the copy must be
byte-identical afterwards. Takes a few minutes per crate.
"""

from __future__ import annotations

import hashlib
import json

import pytest

import real_crates
from crate_split.cli import main

pytestmark = [pytest.mark.cargo, pytest.mark.real_crate]

#: Crates whose benches need nightly: check the other targets (OPEN-CRATES.md).
_NARROW_CHECK = {"indexmap", "petgraph"}


def digest_tree(root) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def check_apply_real_crate(capsys, tmp_path, crate: real_crates.RealCrate) -> dict:
    package = real_crates.materialize(crate, tmp_path / "input")
    before = digest_tree(package)
    args = ["apply", str(package), "--out", str(tmp_path / "out"), "--check", "--format", "json"]
    args += ["--target-dir", str(tmp_path / "target")]
    if crate.name in _NARROW_CHECK:
        args += ["--check-args", "--lib --bins --tests --examples"]
    code = main(args)
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert code == 0, (data.get("problem"), captured.err[-2000:])
    assert digest_tree(package) == before
    return data


@pytest.mark.parametrize("crate", real_crates.REAL_CRATES, ids=lambda c: c.dir_name)
def test_real_crate_splits_compiles_passes_its_tests_and_keeps_its_api(capsys, tmp_path, crate):
    data = check_apply_real_crate(capsys, tmp_path, crate)
    assert data["check_ok"] is True
    assert data["tests_before"]["passed"] == crate.baseline_passed
    assert data["tests_after"]["passed"] == crate.baseline_passed
    assert data["tests_after"]["failed"] == 0
    assert data["api"]["equal"] is True, (data["api"]["missing"][:10], data["api"]["added"][:10])
    assert len(data["members"]) >= 2
