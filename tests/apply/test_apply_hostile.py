"""``apply --out`` against hostile output paths and packages split before:
refused in one line, with a documented exit code, before anything is
written, and the package (with its ``.git``) byte-identical.

The package is ``corpora/module_cycle`` copied to ``tmp_path``. No cargo
runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from crate_split.cli import main
from crate_split.rewrite import workspace_writer

from apply_cases import CORPORA, hash_tree

CASE = "module_cycle"


def copy_package(destination: Path) -> Path:
    shutil.copytree(CORPORA / CASE, destination, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    return destination


def everything(root: Path) -> dict[str, str]:
    """Every file under ``root`` (hidden ones and ``.git`` included)."""
    return hash_tree(root)


def check_refused(arguments: list[str | Path], capsys, *, exit_code: int, stderr: list[str], root: Path) -> None:
    """``apply ARGUMENTS`` exits with ``exit_code``, prints exactly ``stderr``,
    nothing on stdout, and changes nothing under ``root``."""
    before = everything(root)
    listing = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    actual_exit = main(["apply", *map(str, arguments)])
    captured = capsys.readouterr()
    assert (actual_exit, captured.err.splitlines()) == (exit_code, stderr)
    assert captured.out == ""
    assert everything(root) == before
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == listing


HINT = "(hint: choose a directory outside the package)"


def test_out_inside_the_package_but_outside_src_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    check_refused(
        [package, "--out", package / "split"],
        capsys,
        exit_code=2,
        stderr=[f"error: invalid input: output directory {package / 'split'} is inside the input package {package} {HINT}"],
        root=tmp_path,
    )


def test_out_onto_the_packages_git_directory_with_force_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    subprocess.run(["git", "init", "-q"], cwd=package, check=True)
    check_refused(
        [package, "--out", package / ".git", "--force"],
        capsys,
        exit_code=2,
        stderr=[f"error: invalid input: output directory {package / '.git'} is inside the input package {package} {HINT}"],
        root=tmp_path,
    )


def test_out_inside_another_repositorys_git_directory_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    other = tmp_path / "other"
    subprocess.run(["git", "init", "-q", str(other)], check=True)
    out = other / ".git" / "split"
    check_refused(
        [package, "--out", out],
        capsys,
        exit_code=2,
        stderr=[f"error: invalid input: output directory {out} is inside a .git directory {HINT}"],
        root=tmp_path,
    )


def test_force_does_not_replace_a_directory_that_holds_a_git_repository(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    out = tmp_path / "project"
    subprocess.run(["git", "init", "-q", str(out)], check=True)
    (out / "notes.txt").write_text("mine\n")
    check_refused(
        [package, "--out", out, "--force"],
        capsys,
        exit_code=2,
        stderr=[
            f"error: invalid input: {out} holds a git repository; --force will not replace it "
            "(hint: remove it yourself or choose another directory)"
        ],
        root=tmp_path,
    )


def test_out_naming_a_file_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    out = tmp_path / "a-file"
    out.write_text("mine\n")
    check_refused(
        [package, "--out", out],
        capsys,
        exit_code=2,
        stderr=[f"error: invalid input: {out} is not a directory (hint: --out names a directory to create or to fill)"],
        root=tmp_path,
    )


def test_out_below_a_file_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    blocker = tmp_path / "a-file"
    blocker.write_text("mine\n")
    check_refused(
        [package, "--out", blocker / "split"],
        capsys,
        exit_code=2,
        stderr=[f"error: invalid input: {blocker} is not a directory (hint: --out names a directory to create or to fill)"],
        root=tmp_path,
    )


def test_out_equal_to_the_package_says_why_and_does_not_suggest_force(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    expected = [f"error: invalid input: output directory {package} would replace the input package {package} {HINT}"]
    check_refused([package, "--out", package], capsys, exit_code=2, stderr=expected, root=tmp_path)
    check_refused([package, "--out", package, "--force"], capsys, exit_code=2, stderr=expected, root=tmp_path)


# -- a package split before --------------------------------------------------------------------

TAKEN_HINT = "(hint: is it split already? move it away, or name the crates differently in a plan file (crate-split plan -o FILE))"


def test_a_package_that_already_has_split_md_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    (package / "SPLIT.md").write_text("# notes\n")
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=2,
        stderr=[f"error: the package already has the split's files: SPLIT.md is in the way of the page the split writes there {TAKEN_HINT}"],
        root=tmp_path,
    )


def test_a_package_that_already_has_a_member_directory_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    member = package / "crates" / "module_cycle-base"
    member.mkdir(parents=True)
    (member / "Cargo.toml").write_text('[package]\nname = "module_cycle-base"\nversion = "0.1.0"\n')
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=2,
        stderr=[
            "error: the package already has the split's files: crates/module_cycle-base/Cargo.toml is in the way of "
            f"the member crate module_cycle-base, which goes to crates/module_cycle-base/ {TAKEN_HINT}"
        ],
        root=tmp_path,
    )


def test_a_package_with_a_file_where_the_members_directory_goes_is_refused(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    (package / "crates").write_text("not a directory\n")
    check_refused(
        [package, "--out", tmp_path / "out"],
        capsys,
        exit_code=2,
        stderr=[
            "error: the package already has the split's files: crates is in the way of the member crate "
            f"module_cycle-base, which goes to crates/module_cycle-base/ {TAKEN_HINT}"
        ],
        root=tmp_path,
    )


def test_a_plan_crate_name_that_is_not_a_crate_name_is_refused_before_writing(tmp_path, capsys):
    package = copy_package(tmp_path / CASE)
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text('[[crates]]\nname = "bad name!"\nmodules = ["crate::stats", "crate::util"]\n')
    check_refused(
        [package, "--out", tmp_path / "out", "--plan", plan_file],
        capsys,
        exit_code=2,
        stderr=["error: invalid plan file: crates[0]: 'bad name!' holds ' '; a package name has letters, digits, `-` and `_` only"],
        root=tmp_path,
    )
