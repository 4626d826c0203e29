"""End to end: the generated workspace behaves like the original under
every feature set, not only the default one.

``test_apply_fixtures`` runs the tests with default features. Here, for
every fixture whose manifest has ``[features]`` or optional dependencies,
``apply`` (no ``--check``) writes the workspace, and ``check_feature_set``
runs ``cargo test`` on a copy of the original and ``cargo test
--workspace`` on the split with the same flags: both must pass, with the
same number of tests (a feature that no longer reaches the member holding
its code changes which tests exist, or makes one fail).
``check_members_alone`` tests every member crate without the facade, so
each member's own features switch on its own optional dependencies and
``cfg(feature = ..)`` code.

Cases apply from the session copy of ``corpora/``; cargo only runs in
per-test copies, which keeps that copy free of ``Cargo.lock`` files.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from apply_cases import CORPORA, ApplyCase, apply_cases

from crate_split.cli import main
from crate_split.verify.cargo import run_tests
from crate_split.verify.package_copy import copy_package

pytestmark = pytest.mark.cargo

FEATURE_SETS = (("--no-default-features",), ("--all-features",))


def has_features(case: ApplyCase, corpora: Path) -> bool:
    manifest = tomllib.loads((case.package_dir(corpora) / "Cargo.toml").read_text(encoding="utf-8"))
    optional = any(
        isinstance(entry, dict) and entry.get("optional") for entry in manifest.get("dependencies", {}).values()
    )
    return bool(manifest.get("features")) or optional


def feature_cases() -> list[ApplyCase]:
    return [case for case in apply_cases() if has_features(case, CORPORA)]


@pytest.fixture(scope="module")
def cargo_env(tmp_path_factory) -> dict[str, str]:
    return {"CARGO_TARGET_DIR": str(tmp_path_factory.mktemp("features-target"))}


def split_and_copy(case: ApplyCase, corpora: Path, tmp_path: Path, capsys) -> tuple[Path, Path]:
    """The workspace written by ``apply`` and a buildable copy of the original."""
    out = tmp_path / "out"
    exit_code = main(["apply", *case.arguments(corpora), "--out", str(out)])
    assert exit_code == 0, capsys.readouterr().err
    original = copy_package(case.package_dir(corpora), tmp_path / "original")
    return original, out


def check_feature_set(original: Path, workspace: Path, flags: tuple[str, ...], env: dict[str, str]) -> None:
    """Same passing test count before and after the split, no failure."""
    before = run_tests(original, ("test", "--offline", "--no-fail-fast", *flags), env=env)
    after = run_tests(workspace, ("test", "--offline", "--workspace", "--no-fail-fast", *flags), env=env)
    assert before.ok, before.output[-3000:]
    assert after.ok, after.output[-3000:]
    assert after.passed == before.passed, f"{flags}: {before.passed} tests passed before, {after.passed} after"


def check_members_alone(workspace: Path, package: str, env: dict[str, str]) -> None:
    """Every member's tests pass with its own default features, facade excluded."""
    run = run_tests(workspace, ("test", "--offline", "--workspace", "--exclude", package, "--no-fail-fast"), env=env)
    assert run.ok, run.output[-3000:]


@pytest.mark.parametrize("case", feature_cases(), ids=lambda case: case.name)
def test_split_passes_the_same_tests_under_every_feature_set(case, corpora_copy, tmp_path, cargo_env, capsys):
    original, workspace = split_and_copy(case, corpora_copy, tmp_path, capsys)
    for flags in FEATURE_SETS:
        check_feature_set(original, workspace, flags, cargo_env)
    manifest = tomllib.loads((workspace / "Cargo.toml").read_text(encoding="utf-8"))
    check_members_alone(workspace, manifest["package"]["name"], cargo_env)
