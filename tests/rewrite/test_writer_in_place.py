"""In-place mode: the split as one commit on a new branch of the user's repository.

Every test calls ``check_in_place``, which commits a small package to a new
git repository under ``tmp_path``, applies a change, and compares
``git diff --name-status -M HEAD~1`` of the new commit (rename scores
dropped). When ``expected`` is an exception type, the helper checks that it
is raised and that the repository is exactly as before: files, status,
branches and HEAD. Git reads no global or system configuration here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import git_repo
from crate_split.errors import CargoFailed, DirtyWorkTree, InvalidInput, WriteFailed
from crate_split.rewrite import workspace_writer
from crate_split.rewrite.source_change import (
    CopiedFile,
    GeneratedFile,
    OutputFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from crate_split.rewrite.workspace_writer import apply_in_place
from git_repo import git

INPUTS = {
    "Cargo.toml": b'[package]\nname = "big"\n',
    "src/lib.rs": b"pub mod a;\npub mod b;\n",
    "src/a.rs": "pub fn größe() -> u32 {\n    1\n}\n\npub fn other() -> u32 {\n    2\n}\n".encode(),
    "src/b.rs": b"pub fn b() -> u32 {\n    crate::a::other()\n}\n",
    "README.md": b"# big\n",
    ".gitignore": b"target/\n",
}

KEEP_ALL = [CopiedFile(path, path) for path in INPUTS]


isolated_git_config = pytest.fixture(autouse=True)(git_repo.isolated_git_config)


def repository_state(repo: Path) -> tuple:
    """Everything a failed call must leave unchanged."""
    files = {
        path.relative_to(repo).as_posix(): path.read_bytes()
        for path in repo.rglob("*")
        if ".git" not in path.parts and path.is_file()
    }
    entries = {path.relative_to(repo).as_posix() for path in repo.rglob("*") if ".git" not in path.parts}
    return (
        files,
        entries,
        git(repo, "status", "--porcelain"),
        git(repo, "branch", "--list"),
        git(repo, "rev-parse", "HEAD"),
    )


def check_in_place(
    tmp_path: Path,
    files: list[OutputFile],
    expected: list[str] | type[Exception],
    *,
    package: str = ".",
    identity: bool = True,
    setup=None,
    branch: str = "split",
    workspace: bool = False,
    refresh_lock=None,
) -> Exception | Path:
    """Apply ``files`` in place; return the repository root, or the exception raised.

    With ``workspace``, output paths are relative to the repository root (the
    workspace the package is a member of), origins to the package.
    """
    repo = tmp_path / "repo"
    package_root = repo / package
    output_root = repo if workspace else package_root
    # The workspace's manifest is the one file outside the package a split may replace.
    where = {"output_root": output_root, "replaces": frozenset({"Cargo.toml"})} if workspace else {}
    where["refresh_lock"] = refresh_lock
    for path, data in INPUTS.items():
        (package_root / path).parent.mkdir(parents=True, exist_ok=True)
        (package_root / path).write_bytes(data)
    git(repo, "init", "-q", "-b", "main")
    if identity:
        git(repo, "config", "user.name", "Tester")
        git(repo, "config", "user.email", "tester@example.com")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "initial")
    if setup is not None:
        setup(repo)
    before = repository_state(repo)
    change = SourceChange.new(files)
    if isinstance(expected, type):
        with pytest.raises(expected) as raised:
            apply_in_place(change, package_root, branch=branch, message="Split big", **where)
        assert repository_state(repo) == before
        return raised.value
    commit = apply_in_place(change, package_root, branch=branch, message="Split big", **where)
    assert commit == git(repo, "rev-parse", "HEAD").strip()
    assert git(repo, "rev-parse", "--abbrev-ref", "HEAD").strip() == branch
    assert git(repo, "rev-parse", "HEAD~1").strip() == before[4].strip()
    assert git(repo, "rev-parse", "main").strip() == before[4].strip()
    assert git(repo, "status", "--porcelain") == ""
    assert git(repo, "log", "-1", "--format=%s").strip() == "Split big"
    name_status = git(repo, "diff", "--name-status", "-M", "HEAD~1", "HEAD").splitlines()
    assert [re.sub(r"^R\d+", "R", line) for line in name_status] == expected
    for output in change.files:
        # Files a setup added are read from the package (they stay as they were).
        assert (output_root / output.path).read_bytes() == output.render(
            lambda o: INPUTS.get(o) or (package_root / o).read_bytes()
        )
    return repo


def test_a_moved_file_is_committed_as_a_rename(tmp_path: Path) -> None:
    files = [*KEEP_ALL[:2], CopiedFile("crates/big_a/src/lib.rs", "src/a.rs"), *KEEP_ALL[3:]]
    repo = check_in_place(tmp_path, files, ["R\tsrc/a.rs\tcrates/big_a/src/lib.rs"])
    assert isinstance(repo, Path)
    assert "src/a.rs => crates/big_a/src/lib.rs" in git(repo, "show", "--stat", "-M", "--format=", "HEAD").replace(
        "{", ""
    ).replace("}", "")


def test_a_moved_and_edited_file_is_still_a_rename(tmp_path: Path) -> None:
    edit = FileEdit((TextEdit(0, 0, b"//! The a crate.\n"),))
    files = [*KEEP_ALL[:2], edited_file("crates/big_a/src/lib.rs", "src/a.rs", edit), *KEEP_ALL[3:]]
    check_in_place(tmp_path, files, ["R\tsrc/a.rs\tcrates/big_a/src/lib.rs"])


def test_edits_new_files_and_moved_files_are_one_commit(tmp_path: Path) -> None:
    files = [
        GeneratedFile.new("Cargo.toml", b'[workspace]\nmembers = ["crates/*"]\n'),
        edited_file("src/lib.rs", "src/lib.rs", FileEdit((TextEdit(0, 10, b"pub use big_a::a;"),))),
        CopiedFile("crates/big_a/src/a.rs", "src/a.rs"),
        GeneratedFile.new("crates/big_a/Cargo.toml", b'[package]\nname = "big_a"\n'),
        CopiedFile("src/b.rs", "src/b.rs"),
        CopiedFile(".gitignore", ".gitignore"),
    ]
    check_in_place(
        tmp_path,
        files,
        ["M\tCargo.toml", "A\tcrates/big_a/Cargo.toml", "R\tsrc/a.rs\tcrates/big_a/src/a.rs", "M\tsrc/lib.rs"],
    )


def test_a_file_the_change_does_not_derive_from_is_left_as_it_was(tmp_path: Path) -> None:
    # README.md is no output's origin: the change never read it, so the commit keeps it.
    files = [CopiedFile("crates/big_a/src/a.rs", "src/a.rs"), CopiedFile("src/lib.rs", "src/lib.rs")]
    repo = check_in_place(tmp_path, files, ["R\tsrc/a.rs\tcrates/big_a/src/a.rs"])
    assert isinstance(repo, Path)
    assert (repo / "README.md").read_bytes() == INPUTS["README.md"]


def test_an_origin_kept_at_its_own_path_is_copied_not_moved(tmp_path: Path) -> None:
    check_in_place(tmp_path, [*KEEP_ALL, CopiedFile("crates/big_b/src/b.rs", "src/b.rs")], ["A\tcrates/big_b/src/b.rs"])


def test_two_files_that_swap_places_are_both_rewritten(tmp_path: Path) -> None:
    files = [
        *KEEP_ALL[:2],
        CopiedFile("src/a.rs", "src/b.rs"),
        CopiedFile("src/b.rs", "src/a.rs"),
        *KEEP_ALL[4:],
    ]
    check_in_place(tmp_path, files, ["M\tsrc/a.rs", "M\tsrc/b.rs"])


def test_a_change_that_keeps_every_file_is_an_empty_commit(tmp_path: Path) -> None:
    check_in_place(tmp_path, KEEP_ALL, [])


def test_only_the_package_directory_of_a_larger_repository_changes(tmp_path: Path) -> None:
    def add_sibling(repo: Path) -> None:
        (repo / "other.txt").write_text("untouched\n")
        git(repo, "add", "other.txt")
        git(repo, "commit", "-q", "-m", "sibling")

    files = [CopiedFile("crates/big/src/lib.rs", "src/lib.rs"), *KEEP_ALL[2:], KEEP_ALL[0]]
    check_in_place(tmp_path, files, ["R\tbig/src/lib.rs\tbig/crates/big/src/lib.rs"], package="big", setup=add_sibling)


def test_tracked_files_under_target_are_not_removed(tmp_path: Path) -> None:
    def track_target(repo: Path) -> None:
        (repo / "target").mkdir()
        (repo / "target" / "keep.txt").write_text("kept\n")
        git(repo, "add", "-f", "target/keep.txt")
        git(repo, "commit", "-q", "-m", "target")

    check_in_place(tmp_path, KEEP_ALL, [], setup=track_target)


def test_a_missing_identity_commits_as_crate_split(tmp_path: Path) -> None:
    repo = check_in_place(tmp_path, KEEP_ALL, [], identity=False)
    assert isinstance(repo, Path)
    assert git(repo, "log", "-1", "--format=%an <%ae>").strip() == "crate-split <crate-split@localhost>"


def test_a_modified_tracked_file_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    error = check_in_place(
        tmp_path, KEEP_ALL, DirtyWorkTree, setup=lambda repo: (repo / "src/lib.rs").write_text("//\n")
    )
    assert isinstance(error, DirtyWorkTree) and error.exit_code == 2
    assert "src/lib.rs" in error.detail


def test_an_untracked_file_makes_the_tree_dirty(tmp_path: Path) -> None:
    check_in_place(tmp_path, KEEP_ALL, DirtyWorkTree, setup=lambda repo: (repo / "notes.txt").write_text("x\n"))


def test_an_existing_branch_is_refused(tmp_path: Path) -> None:
    error = check_in_place(tmp_path, KEEP_ALL, InvalidInput, setup=lambda repo: git(repo, "branch", "split"))
    assert "already exists" in str(error)


def test_an_invalid_branch_name_is_refused(tmp_path: Path) -> None:
    check_in_place(tmp_path, KEEP_ALL, InvalidInput, branch="bad..name")


def test_a_directory_outside_git_is_refused(tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    with pytest.raises(InvalidInput, match="not inside a git work tree"):
        apply_in_place(SourceChange(), tmp_path / "plain", branch="split", message="m")


def test_a_failure_while_writing_restores_the_branch_and_the_files(tmp_path: Path, monkeypatch) -> None:
    real_write = workspace_writer._write_file
    calls = []

    def write(path: Path, data: bytes, mode: int | None) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError("simulated disk full")
        real_write(path, data, mode)

    monkeypatch.setattr(workspace_writer, "_write_file", write)
    files = [
        GeneratedFile.new("Cargo.toml", b"[workspace]\n"),
        CopiedFile("crates/big_a/src/lib.rs", "src/a.rs"),
        GeneratedFile.new("crates/big_a/Cargo.toml", b"[package]\n"),
        CopiedFile("src/lib.rs", "src/lib.rs"),
    ]
    error = check_in_place(tmp_path, files, WriteFailed)
    assert "restored" in str(error)


def test_a_failing_commit_restores_everything(tmp_path: Path, monkeypatch) -> None:
    def reject_commits(repo: Path) -> None:
        hook = repo / ".git" / "hooks" / "pre-commit"
        hook.write_text("#!/bin/sh\necho no commits today >&2\nexit 1\n")
        hook.chmod(0o755)

    files = [CopiedFile("crates/big_a/src/lib.rs", "src/a.rs"), GeneratedFile.new("new.rs", b"")]
    error = check_in_place(tmp_path, files, WriteFailed, setup=reject_commits)
    assert "no commits today" in str(error)


def test_a_failure_on_a_detached_head_leaves_the_head_detached(tmp_path: Path) -> None:
    def detach_and_reject_commits(repo: Path) -> None:
        git(repo, "checkout", "-q", "--detach")
        hook = repo / ".git" / "hooks" / "pre-commit"
        hook.write_text("#!/bin/sh\nexit 1\n")
        hook.chmod(0o755)

    check_in_place(tmp_path, [CopiedFile("moved.rs", "src/a.rs")], WriteFailed, setup=detach_and_reject_commits)


def commit_files(repo: Path, files: dict[str, str], *, force: bool = False) -> None:
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text)
    git(repo, "add", *(["-f"] if force else []), *files)
    git(repo, "commit", "-q", "-m", "more files")


#: Every input kept but ``src/a.rs``, which moves: what a split lists for the package's own files.
MOVE_A = [
    CopiedFile("crates/big_a/src/a.rs", "src/a.rs"),
    *(output for output in KEEP_ALL if output.path != "src/a.rs"),
]


def test_a_symlink_to_a_file_outside_the_package_stays_a_symlink(tmp_path: Path) -> None:
    def link_license(repo: Path) -> None:
        (repo / "LICENSE").write_text("MIT\n")
        (repo / "big" / "LICENSE").symlink_to("../LICENSE")
        git(repo, "add", "LICENSE", "big/LICENSE")
        git(repo, "commit", "-q", "-m", "license")

    repo = check_in_place(
        tmp_path, MOVE_A, ["R\tbig/src/a.rs\tbig/crates/big_a/src/a.rs"], package="big", setup=link_license
    )
    assert isinstance(repo, Path)
    assert (repo / "big" / "LICENSE").is_symlink()
    assert git(repo, "ls-files", "-s", "big/LICENSE").startswith("120000")


def test_a_submodule_and_its_gitmodules_entry_are_kept(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    git(library, "init", "-q", "-b", "main")
    (library / "data.txt").write_text("vendored\n")
    git(library, "add", "data.txt")
    git(library, "commit", "-q", "-m", "library")

    def add_submodule(repo: Path) -> None:
        git(repo, "-c", "protocol.file.allow=always", "submodule", "-q", "add", str(library), "vendor/library")
        git(repo, "commit", "-q", "-m", "submodule")

    repo = check_in_place(tmp_path, MOVE_A, ["R\tsrc/a.rs\tcrates/big_a/src/a.rs"], setup=add_submodule)
    assert isinstance(repo, Path)
    assert "vendor/library" in git(repo, "config", "-f", ".gitmodules", "--get-regexp", "path")
    assert git(repo, "ls-files", "-s", "vendor/library").startswith("160000")
    assert (repo / "vendor" / "library" / "data.txt").read_text() == "vendored\n"


def test_tracked_files_under_an_ignored_node_modules_are_kept(tmp_path: Path) -> None:
    def track_node_modules(repo: Path) -> None:
        (repo / ".git" / "info" / "exclude").write_text("node_modules/\n")
        commit_files(repo, {"node_modules/pkg/index.js": "1;\n"}, force=True)

    repo = check_in_place(tmp_path, MOVE_A, ["R\tsrc/a.rs\tcrates/big_a/src/a.rs"], setup=track_node_modules)
    assert isinstance(repo, Path)
    assert (repo / "node_modules" / "pkg" / "index.js").read_text() == "1;\n"


def test_an_ignored_file_is_left_as_it_was(tmp_path: Path) -> None:
    def add_ignored(repo: Path) -> None:
        (repo / ".git" / "info" / "exclude").write_text("*.local\n")
        (repo / "src" / "notes.local").write_text("mine\n")

    files = [*MOVE_A, CopiedFile("src/notes.local", "src/notes.local")]
    repo = check_in_place(tmp_path, files, ["R\tsrc/a.rs\tcrates/big_a/src/a.rs"], setup=add_ignored)
    assert isinstance(repo, Path)
    assert (repo / "src" / "notes.local").read_text() == "mine\n"
    assert git(repo, "status", "--porcelain", "--ignored").splitlines() == ["!! src/notes.local"]


def test_an_output_path_git_ignores_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    def ignore_crates(repo: Path) -> None:
        commit_files(repo, {".gitignore": "target/\ncrates/\n"})

    files = [*MOVE_A, GeneratedFile.new("crates/big_a/Cargo.toml", b"[package]\n")]
    error = check_in_place(tmp_path, files, InvalidInput, setup=ignore_crates)
    assert "crates/big_a/Cargo.toml" in str(error) and ".gitignore" in str(error)


def test_a_branch_name_git_would_expand_is_refused(tmp_path: Path) -> None:
    def visit_another_branch(repo: Path) -> None:
        git(repo, "checkout", "-q", "-b", "elsewhere")
        git(repo, "checkout", "-q", "main")

    error = check_in_place(tmp_path, KEEP_ALL, InvalidInput, setup=visit_another_branch, branch="@{-1}")
    assert "not a valid branch name" in str(error)


def test_outputs_outside_the_package_are_written_relative_to_the_workspace_root(tmp_path: Path) -> None:
    def make_workspace(repo: Path) -> None:
        commit_files(repo, {"Cargo.toml": '[workspace]\nmembers = ["big"]\n'})

    files = [
        GeneratedFile.new("Cargo.toml", b'[workspace]\nmembers = ["big", "big-a"]\n'),
        CopiedFile("big-a/src/a.rs", "src/a.rs"),
        GeneratedFile.new("big-a/Cargo.toml", b'[package]\nname = "big-a"\n'),
        CopiedFile("big/src/lib.rs", "src/lib.rs"),
    ]
    check_in_place(
        tmp_path,
        files,
        ["M\tCargo.toml", "A\tbig-a/Cargo.toml", "R\tbig/src/a.rs\tbig-a/src/a.rs"],
        package="big",
        setup=make_workspace,
        workspace=True,
    )


def test_an_output_over_a_file_outside_the_package_that_the_change_does_not_own_is_refused(tmp_path: Path) -> None:
    def make_workspace(repo: Path) -> None:
        commit_files(repo, {"Cargo.toml": '[workspace]\nmembers = ["*"]\n', "big-a/src/lib.rs": "// someone else's\n"})

    files = [GeneratedFile.new("big-a/src/lib.rs", b"pub mod a;\n"), CopiedFile("big-a/src/a.rs", "src/a.rs")]
    error = check_in_place(tmp_path, files, InvalidInput, package="big", setup=make_workspace, workspace=True)
    assert "big-a/src/lib.rs" in str(error)


def test_a_hook_that_switches_branches_is_caught_and_the_repository_restored(tmp_path: Path) -> None:
    def switch_back_after_checkout(repo: Path) -> None:
        hook = repo / ".git" / "hooks" / "post-checkout"
        hook.write_text('#!/bin/sh\n[ "$(git symbolic-ref --short HEAD)" = split ] && git checkout -q main\nexit 0\n')
        hook.chmod(0o755)

    error = check_in_place(tmp_path, MOVE_A, WriteFailed, setup=switch_back_after_checkout)
    assert "branch split: the new branch was not checked out (HEAD is refs/heads/main)" in str(error)


def test_a_tracked_cargo_lock_is_refreshed_after_the_change_and_committed_with_it(tmp_path: Path) -> None:
    seen = []

    def refresh(root: Path) -> None:
        # Called once the change is written: the new member's manifest is there.
        seen.append((root / "crates/big_a/src/a.rs").is_file())
        (root / "Cargo.lock").write_text("version = 4\n# with big_a\n")

    repo = check_in_place(
        tmp_path,
        MOVE_A,
        ["M\tCargo.lock", "R\tsrc/a.rs\tcrates/big_a/src/a.rs"],
        setup=lambda repo: commit_files(repo, {"Cargo.lock": "version = 4\n"}),
        refresh_lock=refresh,
    )
    assert seen == [True]
    assert isinstance(repo, Path) and (repo / "Cargo.lock").read_text() == "version = 4\n# with big_a\n"


def test_an_untracked_cargo_lock_is_not_refreshed(tmp_path: Path) -> None:
    def refresh(root: Path) -> None:
        raise AssertionError("no tracked Cargo.lock: nothing to refresh")

    check_in_place(tmp_path, MOVE_A, ["R\tsrc/a.rs\tcrates/big_a/src/a.rs"], refresh_lock=refresh)


def test_a_failing_lock_refresh_restores_everything(tmp_path: Path) -> None:
    def refresh(root: Path) -> None:
        (root / "Cargo.lock").write_text("half written\n")
        raise CargoFailed("cargo metadata --offline could not resolve")

    error = check_in_place(
        tmp_path,
        MOVE_A,
        CargoFailed,
        setup=lambda repo: commit_files(repo, {"Cargo.lock": "version = 4\n"}),
        refresh_lock=refresh,
    )
    assert "could not resolve" in str(error)
