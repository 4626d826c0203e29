"""Writing a new workspace directory: all files at once, or nothing.

Every test calls ``check_write``, which lays out an input package (and an
optional existing output directory) under ``tmp_path``, writes the change,
and compares the whole output tree. When ``expected`` is an exception type,
the helper checks that it is raised and that nothing changed on disk: the
input, the old output directory, and no hidden staging directory left over.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from crate_split.errors import InvalidInput, OutputExists, SourceUnreadable, WriteFailed
from crate_split.rewrite import workspace_writer
from crate_split.rewrite.source_change import (
    CopiedFile,
    GeneratedFile,
    OutputFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from crate_split.rewrite.workspace_writer import write_workspace

INPUTS = {
    "Cargo.toml": b'[package]\nname = "big"\n',
    "src/lib.rs": b"pub mod a;\n",
    "src/a.rs": "pub fn größe() {}\n".encode(),
    "tools/gen.sh": b"#!/bin/sh\n",
}

FILES = [
    GeneratedFile.new("Cargo.toml", '[workspace]\nmembers = ["crates/*"]\n'),
    edited_file("crates/big/src/lib.rs", "src/lib.rs", FileEdit((TextEdit(0, 0, b"// facade\n"),))),
    CopiedFile("crates/big_a/src/lib.rs", "src/a.rs"),
]

WRITTEN = {
    "Cargo.toml": b'[workspace]\nmembers = ["crates/*"]\n',
    "crates/big/src/lib.rs": b"// facade\npub mod a;\n",
    "crates/big_a/src/lib.rs": "pub fn größe() {}\n".encode(),
}


def read_tree(root: Path) -> dict[str, bytes]:
    """Return every file under ``root`` (hidden ones too) by POSIX relative path."""
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def list_entries(root: Path) -> set[str]:
    """Return every file and directory under ``root``, hidden and empty ones too."""
    return {path.relative_to(root).as_posix() for path in root.rglob("*")}


def check_write(
    tmp_path: Path,
    files: list[OutputFile],
    expected: dict[str, bytes] | type[Exception],
    *,
    output: str = "out",
    existing: dict[str, bytes] | None = None,
    force: bool = False,
) -> Exception | None:
    """Write ``files`` from ``tmp_path/in`` to ``tmp_path/<output>`` and check the result.

    Returns the exception raised when ``expected`` is an exception type.
    """
    input_root = tmp_path / "in"
    for path, data in INPUTS.items():
        (input_root / path).parent.mkdir(parents=True, exist_ok=True)
        (input_root / path).write_bytes(data)
    output_dir = tmp_path / output
    if existing is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
        for path, data in existing.items():
            (output_dir / path).parent.mkdir(parents=True, exist_ok=True)
            (output_dir / path).write_bytes(data)
    files_before, entries_before = read_tree(tmp_path), list_entries(tmp_path)
    if isinstance(expected, type):
        with pytest.raises(expected) as raised:
            write_workspace(SourceChange.new(files), input_root, output_dir, force=force)
        assert read_tree(tmp_path) == files_before
        assert list_entries(tmp_path) == entries_before
        return raised.value
    write_workspace(SourceChange.new(files), input_root, output_dir, force=force)
    assert read_tree(output_dir) == expected
    assert read_tree(input_root) == INPUTS
    assert [path.name for path in output_dir.parent.iterdir() if path.name.startswith(".")] == []
    return None


def test_every_output_file_is_written_into_a_new_directory(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, WRITTEN)


def test_missing_parent_directories_of_the_output_are_created(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, WRITTEN, output="deep/er/out")


def test_an_existing_empty_output_directory_is_filled(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, WRITTEN, existing={})


def test_a_non_empty_output_directory_is_refused_without_force(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, OutputExists, existing={"old.txt": b"keep me"})


def test_the_refusal_says_how_to_replace_the_directory(tmp_path: Path) -> None:
    error = check_write(tmp_path, FILES, OutputExists, existing={"old.txt": b"keep me"})
    assert isinstance(error, OutputExists) and error.exit_code == 2
    assert error.hint is not None and "--force" in error.hint


def test_force_replaces_an_existing_directory_and_removes_the_old_one(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, WRITTEN, existing={"old.txt": b"old", "crates/x/y.rs": b""}, force=True)


def test_a_failure_in_the_middle_of_writing_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(workspace_writer, "_write_file", _failing_after(1, workspace_writer._write_file))
    check_write(tmp_path, FILES, WriteFailed)


def test_a_failure_under_a_created_parent_removes_that_parent(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(workspace_writer, "_write_file", _failing_after(2, workspace_writer._write_file))
    check_write(tmp_path, FILES, WriteFailed, output="new/parent/out")


def test_a_failure_with_force_leaves_the_old_directory_intact(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(workspace_writer, "_write_file", _failing_after(2, workspace_writer._write_file))
    check_write(tmp_path, FILES, WriteFailed, existing={"old.txt": b"old"}, force=True)


def test_a_failed_final_rename_with_force_puts_the_old_directory_back(tmp_path: Path, monkeypatch) -> None:
    real_rename = os.rename

    def rename(source, destination) -> None:
        if Path(source).name.startswith(".out.crate-split-staging-"):
            raise OSError("simulated rename failure")
        real_rename(source, destination)

    monkeypatch.setattr(os, "rename", rename)
    check_write(tmp_path, FILES, WriteFailed, existing={"old.txt": b"old"}, force=True)


def test_a_bug_while_writing_is_re_raised_after_cleaning_up(tmp_path: Path, monkeypatch) -> None:
    def broken_write(path: Path, data: bytes, mode: int | None) -> None:
        raise AssertionError("simulated bug")

    monkeypatch.setattr(workspace_writer, "_write_file", broken_write)
    check_write(tmp_path, FILES, AssertionError)


def test_a_missing_input_file_fails_before_anything_is_written(tmp_path: Path) -> None:
    check_write(tmp_path, [*FILES, CopiedFile("gone.rs", "src/gone.rs")], SourceUnreadable)


def test_the_mode_of_an_executable_origin_is_copied(tmp_path: Path) -> None:
    (tmp_path / "in" / "tools").mkdir(parents=True)
    (tmp_path / "in" / "tools" / "gen.sh").write_bytes(INPUTS["tools/gen.sh"])
    os.chmod(tmp_path / "in" / "tools" / "gen.sh", 0o755)
    check_write(tmp_path, [CopiedFile("tools/gen.sh", "tools/gen.sh")], {"tools/gen.sh": b"#!/bin/sh\n"})
    assert stat.S_IMODE((tmp_path / "out" / "tools" / "gen.sh").stat().st_mode) == 0o755


def test_the_output_directory_cannot_be_the_input_package(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, InvalidInput, output="in", existing={}, force=True)


def test_the_output_directory_cannot_lie_inside_the_input_sources(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, InvalidInput, output="in/src/split")


def test_the_output_directory_cannot_contain_the_input_package(tmp_path: Path) -> None:
    check_write(tmp_path, FILES, InvalidInput, output=".", existing={}, force=True)


def test_the_output_directory_cannot_replace_a_directory_holding_inputs(tmp_path: Path) -> None:
    files = [CopiedFile("gen.sh", "tools/gen.sh")]
    check_write(tmp_path, files, InvalidInput, output="in/tools", existing={}, force=True)


def test_an_output_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_bytes(b"a file")
    error = check_write(tmp_path, FILES, InvalidInput, force=True)
    assert "not a directory" in str(error)


def _failing_after(n_calls: int, write_file):
    calls = []

    def write(path: Path, data: bytes, mode: int | None) -> None:
        if len(calls) >= n_calls:
            raise OSError("simulated disk full")
        calls.append(path)
        write_file(path, data, mode)

    return write
