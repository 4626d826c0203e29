"""``apply --in-place`` on a member of an existing Cargo workspace, in its git repository.

The members a split makes join the workspace the package is a member of:
no nested ``[workspace]``, the root manifest lists them unless a glob does,
and the rest of the workspace keeps building. The commit holds the change
and nothing else: the member's symlinks to the workspace root stay
symlinks. ``check_in_place_split`` builds the repository from a fixture
workspace of ``corpora/`` (symlinks kept), commits it on ``main``, runs the
CLI in-process from the workspace root and checks the commit; the cargo
tests then build and test the workspace at its root, as a user would. Git
reads no global or system configuration here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from apply_cases import CORPORA

import git_repo
import real_crates
from crate_split.cli import main
from git_repo import git

isolated_git_config = pytest.fixture(autouse=True)(git_repo.isolated_git_config)


def fixture_repository(tmp_path: Path, case: str) -> Path:
    """A git repository holding a copy of ``corpora/<case>`` (symlinks kept), all committed."""
    repo = tmp_path / "repo"
    shutil.copytree(CORPORA / case, repo, symlinks=True, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    git_repo.commit_all(repo)
    return repo


def cargo(root: Path, target_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CARGO_TARGET_DIR": str(target_dir), "CARGO_TERM_COLOR": "never"}
    return subprocess.run(["cargo", *args], cwd=root, env=env, capture_output=True, text=True)


def passed_tests(output: str) -> int:
    return sum(int(count) for count in re.findall(r"^test result: \w+\. (\d+) passed", output, re.MULTILINE))


def check_in_place_split(repo: Path, package: str, extra: list[str], capsys) -> dict:
    """``apply . -p PACKAGE --in-place --branch split [EXTRA]`` from the root
    of ``repo`` exits 0; the commit is one commit on ``split`` that deletes
    nothing it did not move, leaves ``main`` and the work tree clean and
    keeps every symlink a symlink. Returns the JSON report."""
    links_before = symlinks(repo)
    main_before = git(repo, "rev-parse", "main")
    cwd = Path.cwd()
    os.chdir(repo)
    try:
        exit_code = main(["apply", ".", "-p", package, "--in-place", "--branch", "split", "--format", "json", *extra])
    finally:
        os.chdir(cwd)
    captured = capsys.readouterr()
    assert exit_code == 0, captured.err
    assert git(repo, "rev-parse", "main") == main_before
    assert git(repo, "rev-parse", "split~1") == main_before
    assert git(repo, "symbolic-ref", "--short", "HEAD").strip() == "split"
    assert git(repo, "status", "--porcelain") == ""
    changes = git(repo, "show", "--name-status", "-M", "--format=", "split").splitlines()
    assert [line for line in changes if line.startswith("D")] == [], "the commit deletes files it did not move"
    assert symlinks(repo) == links_before
    return json.loads(captured.out)


def symlinks(repo: Path) -> list[str]:
    """Paths git tracks as symlinks, each checked to be one on disk too."""
    links = [line.split("\t", 1)[1] for line in git(repo, "ls-files", "-s").splitlines() if line.startswith("120000 ")]
    assert all((repo / link).is_symlink() for link in links)
    return links


def test_in_place_on_a_workspace_member_keeps_one_workspace_root(tmp_path, capsys):
    repo = fixture_repository(tmp_path, "workspace_member")
    check_in_place_split(repo, "core_lib", [], capsys)
    assert "workspace" not in tomllib.loads((repo / "core_lib" / "Cargo.toml").read_text())
    members = tomllib.loads((repo / "Cargo.toml").read_text())["workspace"]["members"]
    assert members == ["core_lib", "app", "core_lib-model-task", "core_lib-render"]
    metadata = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps", "--offline"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert metadata.returncode == 0, metadata.stderr
    packages = sorted(package["name"] for package in json.loads(metadata.stdout)["packages"])
    assert packages == ["app", "core_lib", "core_lib-model-task", "core_lib-render"]


def test_members_beside_a_member_found_by_a_glob_leave_the_root_manifest_unchanged(tmp_path, capsys):
    repo = fixture_repository(tmp_path, "workspace_in_place")
    root_manifest = (repo / "Cargo.toml").read_bytes()
    data = check_in_place_split(repo, "geometry", [], capsys)
    assert (repo / "Cargo.toml").read_bytes() == root_manifest
    assert sorted(data["members"]) == ["geometry-shapes", "geometry-stats"]
    for member in ("geometry-shapes", "geometry-stats"):
        manifest = (repo / "crates" / member / "Cargo.toml").read_text()
        assert "version.workspace = true" in manifest and "license.workspace = true" in manifest
    assert (
        "2 crate(s) under `crates/` of its workspace, beside it."
        in (repo / "crates" / "geometry" / "SPLIT.md").read_text()
    )
    assert (repo / "crates" / "geometry" / "LICENSE").is_symlink() and (
        repo / "crates" / "geometry" / "README.md"
    ).is_symlink()


@pytest.fixture(scope="module")
def cargo_target_dir(tmp_path_factory) -> Path:
    assert shutil.which("cargo"), "cargo is required for the in-place workspace tests"
    return tmp_path_factory.mktemp("in-place-target")


def check_workspace_builds(repo: Path, target_dir: Path, original_passed: int) -> None:
    """``cargo metadata``, ``check --workspace --all-targets`` and ``test
    --workspace`` pass at the root with at least ``original_passed`` tests."""
    for args in (
        ("metadata", "--format-version", "1", "--offline"),
        ("check", "--workspace", "--all-targets", "--offline"),
    ):
        run = cargo(repo, target_dir, *args)
        assert run.returncode == 0, run.stderr[-3000:]
    run = cargo(repo, target_dir, "test", "--workspace", "--offline")
    assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]
    assert passed_tests(run.stdout) >= original_passed


@pytest.mark.cargo
def test_a_checked_in_place_split_of_a_workspace_member_builds_and_tests_the_whole_workspace(
    tmp_path, cargo_target_dir, capsys
):
    repo = fixture_repository(tmp_path, "workspace_in_place")
    original = cargo(repo, cargo_target_dir, "test", "--workspace", "--offline")
    assert original.returncode == 0, original.stderr[-3000:]
    (repo / "Cargo.lock").unlink()
    data = check_in_place_split(repo, "geometry", ["--check", "--target-dir", str(cargo_target_dir)], capsys)
    assert data["check_ok"] is True and data["api"]["equal"] is True
    # The whole workspace was tested: the sibling atlas's tests too.
    assert data["tests_before"]["passed"] == passed_tests(original.stdout) == 16
    assert len(data["members"]) == 2
    check_workspace_builds(repo, cargo_target_dir, passed_tests(original.stdout))


@pytest.mark.cargo
@pytest.mark.real_crate
def test_an_open_corpus_crate_split_in_place_inside_a_two_member_workspace_builds(tmp_path, cargo_target_dir, capsys):
    """unicode-width (the CI sample's smallest crate) as one member of a
    workspace, beside a member that depends on it; its license files are
    symlinks to the workspace root's, and the workspace's Cargo.lock is
    tracked."""
    crate = real_crates.open_crate("unicode-width")
    repo = tmp_path / "repo"
    real_crates.copy_out(real_crates.source_dir(crate), repo / "unicode-width")
    shutil.rmtree(repo / "unicode-width" / ".cargo")
    for license_file in ("LICENSE-MIT", "LICENSE-APACHE"):
        (repo / "unicode-width" / license_file).rename(repo / license_file)
        (repo / "unicode-width" / license_file).symlink_to(Path("..") / license_file)
    real_crates.write_offline_cargo_config(repo)
    (repo / "Cargo.toml").write_text('[workspace]\nresolver = "2"\nmembers = ["unicode-width", "user"]\n')
    (repo / "user" / "src").mkdir(parents=True)
    (repo / "user" / "Cargo.toml").write_text(
        '[package]\nname = "user"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nunicode-width = { path = "../unicode-width" }\n'
    )
    (repo / "user" / "src" / "lib.rs").write_text(
        "use unicode_width::UnicodeWidthStr;\n\npub fn columns(text: &str) -> usize {\n    text.width()\n}\n\n"
        '#[test]\nfn wide_characters_take_two_columns() {\n    assert_eq!(columns("ab\\u{4e00}"), 4);\n}\n'
    )
    (repo / ".gitignore").write_text("target/\n")
    assert cargo(repo, cargo_target_dir, "generate-lockfile", "--offline").returncode == 0
    git_repo.commit_all(repo)
    original = cargo(repo, cargo_target_dir, "test", "--workspace", "--offline")
    assert original.returncode == 0, original.stderr[-3000:]
    assert git(repo, "status", "--porcelain") == ""
    check_in_place_split(repo, "unicode-width", ["--check", "--target-dir", str(cargo_target_dir)], capsys)
    assert len(symlinks(repo)) == 2
    members = tomllib.loads((repo / "Cargo.toml").read_text())["workspace"]["members"]
    assert members[:2] == ["unicode-width", "user"] and len(members) > 2
    check_workspace_builds(repo, cargo_target_dir, passed_tests(original.stdout))
    assert cargo(repo, cargo_target_dir, "metadata", "--format-version", "1", "--locked", "--offline").returncode == 0
    assert git(repo, "status", "--porcelain") == ""


@pytest.mark.cargo
def test_a_checked_in_place_split_finds_path_dependencies_beside_the_package(tmp_path, cargo_target_dir, capsys):
    """A standalone package with ``path = "../renamed_deps_helper"``: the
    scratch copies of --check must still find the directories beside it."""
    repo = tmp_path / "repo"
    for case in ("renamed_deps", "renamed_deps_helper", "renamed_deps_testkit", "renamed_deps_unix"):
        shutil.copytree(CORPORA / case, repo / case, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    (repo / ".gitignore").write_text("target/\nCargo.lock\n")
    git_repo.commit_all(repo)
    data = check_in_place_split(
        repo / "renamed_deps", "renamed_deps", ["--check", "--target-dir", str(cargo_target_dir)], capsys
    )
    assert data["check_ok"] is True and data["tests_after"]["passed"] >= data["tests_before"]["passed"] > 0


def test_a_member_name_another_package_of_the_workspace_has_is_refused_before_anything_changes(tmp_path, capsys):
    repo = tmp_path / "repo"
    shutil.copytree(
        CORPORA / "workspace_in_place", repo, symlinks=True, ignore=shutil.ignore_patterns("target", "Cargo.lock")
    )
    # Another member (found by the `crates/*` glob) has the name the split gives a new member.
    (repo / "crates" / "other" / "src").mkdir(parents=True)
    (repo / "crates" / "other" / "Cargo.toml").write_text(
        '[package]\nname = "geometry-shapes"\nversion = "0.1.0"\nedition = "2021"\n'
    )
    (repo / "crates" / "other" / "src" / "lib.rs").write_text("pub fn taken() {}\n")
    git_repo.commit_all(repo)
    head = git(repo, "rev-parse", "HEAD")
    cwd = Path.cwd()
    os.chdir(repo)
    try:
        exit_code = main(["apply", ".", "-p", "geometry", "--in-place", "--branch", "split"])
    finally:
        os.chdir(cwd)
    stderr = capsys.readouterr().err.strip().splitlines()
    assert exit_code == 2
    assert stderr[-1] == (
        "error: invalid input: the member crate geometry-shapes would have the name of the workspace's package at crates/other "
        "(hint: choose other crate names with a plan file (crate-split plan -o FILE), or rename that package)"
    )
    assert [line for line in stderr if line.startswith("error")] == [stderr[-1]]
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "branch", "--format=%(refname:short)").split() == ["main"]
    assert git(repo, "status", "--porcelain", "--ignored") == ""


@pytest.mark.cargo
def test_a_tracked_cargo_lock_at_the_workspace_root_is_updated_in_the_commit(tmp_path, capsys):
    repo = tmp_path / "repo"
    shutil.copytree(
        CORPORA / "workspace_in_place", repo, symlinks=True, ignore=shutil.ignore_patterns("target", "Cargo.lock")
    )
    (repo / ".gitignore").write_text("target/\n")
    locked = subprocess.run(["cargo", "generate-lockfile", "--offline"], cwd=repo, capture_output=True, text=True)
    assert locked.returncode == 0, locked.stderr
    git_repo.commit_all(repo)
    check_in_place_split(repo, "geometry", [], capsys)
    assert "Cargo.lock" in git(repo, "show", "--name-only", "--format=", "split").splitlines()
    lock = tomllib.loads((repo / "Cargo.lock").read_text())
    assert {"geometry-shapes", "geometry-stats"} <= {package["name"] for package in lock["package"]}
    metadata = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked", "--offline"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert metadata.returncode == 0, metadata.stderr
    assert git(repo, "status", "--porcelain") == ""
