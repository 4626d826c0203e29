"""``apply --check`` when the split cannot be verified, the self-check that
runs before cargo, and the cargo options ``apply`` passes on, with cargo
(or the rewrite) replaced by fakes (fast, no toolchain needed).

``cargo check`` is faked to fail with an error the repairs cannot place:
the loop merges member crates until none is left to merge, then refuses.
Nothing is written (or committed) unless ``--keep-failed``; the refusal is
one ``error:`` line with exit code 8. Another fake records the arguments of
every cargo run, to see ``--features``, ``--test-args`` and friends arrive.
The package is a copy of ``corpora/module_cycle`` (two member crates, no
item cut), or of ``corpora/shadowing_and_locals`` where a plan with an
item-level cut is wanted.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from apply_cases import CORPORA, hash_tree

import crate_split.verify.apply_flow as apply_flow
import crate_split.verify.verification as verification
from crate_split.cli import main
from crate_split.rewrite.source_change import (
    GeneratedFile,
    SourceChange,
)
from crate_split.verify.cargo import CheckResult, RustcDiagnostic, TestRun

CASE = "module_cycle"
#: A fixture whose default plan cuts a unit at item level (a ``-base`` crate).
CUT_CASE = "shadowing_and_locals"
ERROR = RustcDiagnostic(
    "error", "E0425", "cannot find value `nowhere_at_all` in this scope", CASE, (), "error[E0425]: cannot find value"
)
REFUSAL = (
    "error: split not verified: the split does not verify even with all member crates merged into one: "
    "cargo check: E0425: cannot find value `nowhere_at_all` in this scope (no location) (after 2 round(s); "
    "SPLIT.md lists the repairs)"
)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CORPORA / CASE, tmp_path / CASE))


@pytest.fixture
def failing_check(monkeypatch) -> list[int]:
    """``cargo check`` always fails; returns the member counts it was run on."""
    member_counts: list[int] = []

    def check(workspace: Path, args, *, env=None, timeout=None) -> CheckResult:
        member_counts.append(len(list((workspace / "crates").iterdir())))
        return CheckResult(False, (ERROR,), "")

    monkeypatch.setattr(verification, "check_workspace", check)
    return member_counts


def run_apply(arguments: list[str], capsys) -> tuple[int, str, str]:
    exit_code = main(["apply", *arguments])
    captured = capsys.readouterr()
    return exit_code, captured.out, captured.err


def test_a_split_that_never_checks_is_merged_down_then_refused_and_nothing_is_written(
    package, tmp_path, failing_check, capsys
):
    out = tmp_path / "out"
    exit_code, _stdout, stderr = run_apply([str(package), "--out", str(out), "--check"], capsys)
    assert exit_code == 8
    assert stderr.splitlines()[-1] == REFUSAL + "; nothing written (hint: --keep-failed writes it anyway)"
    assert failing_check == [2, 1], "round 2 merged both members into one"
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [CASE]


def test_keep_failed_writes_the_unverified_workspace_with_every_merge_and_its_reason(
    package, tmp_path, failing_check, capsys
):
    out = tmp_path / "out"
    exit_code, _stdout, stderr = run_apply([str(package), "--out", str(out), "--check", "--keep-failed"], capsys)
    assert exit_code == 8
    assert stderr.splitlines()[-1] == REFUSAL
    split_md = (out / "SPLIT.md").read_text()
    assert "**Not verified**: the split does not verify even with all member crates merged into one" in split_md
    assert (
        "- merge `module_cycle-shapes + module_cycle-stats`: cargo check: E0425: cannot find value `nowhere_at_all` "
        "in this scope (no location) has no repair that changes anything; merged the crates it involves "
        "(module_cycle) with its member dependencies and dependents"
    ) in split_md


def test_in_place_makes_no_commit_when_the_split_is_not_verified(package, tmp_path, failing_check, capsys, monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    (tmp_path / "gitconfig").write_text("")

    def git(*args: str) -> str:
        command = ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", *args]
        return subprocess.run(command, cwd=package, check=True, capture_output=True, text=True).stdout

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "initial")
    state = lambda: (
        hash_tree(package),
        git("status", "--porcelain"),
        git("branch", "--list"),
        git("rev-parse", "HEAD"),
    )
    before = state()
    exit_code, _stdout, stderr = run_apply([str(package), "--in-place", "--branch", "split", "--check"], capsys)
    assert exit_code == 8
    assert stderr.splitlines()[-1] == REFUSAL + "; nothing committed (hint: --keep-failed writes it anyway)"
    assert state() == before


def test_feature_and_test_options_reach_every_cargo_run(package, tmp_path, monkeypatch, capsys):
    runs: list[tuple[str, tuple[str, ...]]] = []

    def check(workspace: Path, args, *, env=None, timeout=None) -> CheckResult:
        runs.append(("check", tuple(args)))
        return CheckResult(True, ())

    def tests(directory: Path, args, *, env=None, timeout=None) -> TestRun:
        runs.append(("workspace" if (directory / "crates").is_dir() else "original", tuple(args)))
        return TestRun(1, 0, 0, True, "")

    monkeypatch.setattr(verification, "check_workspace", check)
    monkeypatch.setattr(verification, "run_tests", tests)
    arguments = [
        str(package), "--out", str(tmp_path / "out"), "--check", "--no-api", "--features", "a,b", "--features", "c",
        "--no-default-features", "--check-args", "--lib --tests", "--test-cargo-args", "--lib --tests",
        "--test-args", "--test-threads 1 --skip 'slow one'",
    ]  # fmt: skip
    exit_code, _stdout, stderr = run_apply(arguments, capsys)
    assert exit_code == 0, stderr
    features = ("--features", "a,b,c", "--no-default-features")
    test_args = ("--no-fail-fast", *features, "--lib", "--tests", "--", "--test-threads", "1", "--skip", "slow one")
    assert runs == [
        ("check", ("--lib", "--tests", *features)),
        ("original", ("test", *test_args)),
        ("workspace", ("test", "--workspace", *test_args)),
    ]


def test_a_broken_generated_file_is_a_crate_split_bug_even_without_check(package, tmp_path, monkeypatch, capsys):
    real_rewrite = apply_flow.rewrite_workspace

    def rewrite_with_a_bug(inputs):
        change, layout = real_rewrite(inputs)
        broken = GeneratedFile.new("crates/module_cycle-stats/src/lib.rs", "pub mod stats;\npub use crate::{;\n")
        files = [broken if output.path == broken.path else output for output in change.files]
        return SourceChange.new(files), layout

    monkeypatch.setattr(apply_flow, "rewrite_workspace", rewrite_with_a_bug)
    out = tmp_path / "out"
    exit_code, stdout, stderr = run_apply([str(package), "--out", str(out)], capsys)
    assert (exit_code, stdout) == (9, "")
    assert stderr.splitlines() == [
        "error: crate-split bug: crates/module_cycle-stats/src/lib.rs:2: the generated Rust does not parse: "
        "missing }; 1 problem(s) (hint: please report it with the crate that shows it)"
    ]
    assert not out.exists()


def test_rustdoc_failing_on_a_member_merges_that_member_like_a_check_error(package, tmp_path, monkeypatch, capsys):
    from crate_split.errors import PublicApiFailed

    def check(workspace: Path, args, *, env=None, timeout=None) -> CheckResult:
        return CheckResult(True, (), "")

    documented: list[int] = []

    def api(package_dir: Path, name: str, **_options) -> frozenset[str]:
        if package_dir.name.startswith("round"):
            members = sorted(p.name for p in (package_dir / "crates").iterdir())
            documented.append(len(members))
            if len(members) > 1:
                raise PublicApiFailed(
                    f"`cargo doc` (rustdoc JSON) failed in {package_dir}: error: could not document `{members[0]}`"
                )
        return frozenset({"fn module_cycle::f"})

    monkeypatch.setattr(verification, "check_workspace", check)
    monkeypatch.setattr(verification, "public_api", api)
    out = tmp_path / "out"
    exit_code, _stdout, stderr = run_apply([str(package), "--out", str(out), "--check", "--no-tests"], capsys)
    assert documented == [2, 1], "the crate rustdoc could not document was merged"
    assert exit_code == 0, stderr
    assert "rustdoc failed" in (out / "SPLIT.md").read_text()


def test_when_item_cuts_end_with_one_member_the_plan_keeping_modules_whole_is_tried(tmp_path, monkeypatch, capsys):
    package = Path(shutil.copytree(CORPORA / CUT_CASE, tmp_path / CUT_CASE))

    # rustc "rejects" any workspace with the item-cut base crate: the loop
    # merges it away (one member left); the module-level plan has two.
    def check(workspace: Path, args, *, env=None, timeout=None) -> CheckResult:
        base = workspace / "crates" / f"{CUT_CASE}-base"
        return CheckResult(False, (ERROR,), "") if base.exists() else CheckResult(True, (), "")

    monkeypatch.setattr(verification, "check_workspace", check)
    out = tmp_path / "out"
    exit_code, stdout, stderr = run_apply(
        [str(package), "--out", str(out), "--check", "--no-tests", "--no-api", "--format", "json"], capsys
    )
    result = json.loads(stdout)
    assert exit_code == 0, stderr
    assert sorted(result["members"]) == [f"{CUT_CASE}-config", f"{CUT_CASE}-logic"]
    assert any("keeps modules whole" in note for note in result["notes"])
    assert (out / "crates" / f"{CUT_CASE}-config").is_dir() and not (out / "crates" / f"{CUT_CASE}-base").exists()
