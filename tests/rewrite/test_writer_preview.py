"""Previews: the unified diffs a dry run prints instead of writing.

Every test writes a small input package to a temporary directory and calls
``check_preview`` with output files and the exact expected diff text.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from crate_split.errors import SourceUnreadable
from crate_split.rewrite.source_change import (
    CopiedFile,
    GeneratedFile,
    OutputFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, FileEditBuilder
from crate_split.rewrite.workspace_writer import preview

INPUTS = {
    "Cargo.toml": b'[package]\nname = "big"\n',
    "src/lib.rs": b"pub mod a;\npub mod b;\n",
    "src/a.rs": "pub fn größe() {}\n".encode(),
    "src/crlf.rs": b"fn a() {}\r\nfn b() {}\r\n",
    "src/tail.rs": b"fn tail() {}",
}


def check_preview(tmp_path: Path, files: list[OutputFile], expected: str) -> None:
    """Preview ``files`` against ``INPUTS`` and compare with dedented ``expected``."""
    for path, data in INPUTS.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(data)
    change = SourceChange.new(files)
    assert preview(change, tmp_path) == textwrap.dedent(expected).lstrip("\n")
    assert preview(SourceChange.new(reversed(files)), tmp_path) == preview(change, tmp_path)


def _edit(source: bytes, old: bytes, new: str) -> FileEdit:
    builder = FileEditBuilder()
    start = source.index(old)
    builder.replace(start, start + len(old), new)
    return builder.finish()


def test_an_empty_change_has_an_empty_preview(tmp_path: Path) -> None:
    check_preview(tmp_path, [], "")


def test_unchanged_copies_at_their_own_path_show_nothing(tmp_path: Path) -> None:
    check_preview(tmp_path, [CopiedFile("src/lib.rs", "src/lib.rs"), CopiedFile("Cargo.toml", "Cargo.toml")], "")


def test_an_edited_file_shows_a_hunk_with_a_and_b_headers(tmp_path: Path) -> None:
    edit = _edit(INPUTS["src/lib.rs"], b"pub mod a;", "pub use big_a::a;")
    check_preview(
        tmp_path,
        [edited_file("src/lib.rs", "src/lib.rs", edit)],
        """
        --- a/src/lib.rs
        +++ b/src/lib.rs
        @@ -1,2 +1,2 @@
        -pub mod a;
        +pub use big_a::a;
         pub mod b;
        """,
    )


def test_a_new_file_is_diffed_against_dev_null(tmp_path: Path) -> None:
    check_preview(
        tmp_path,
        [GeneratedFile.new("crates/big_a/Cargo.toml", '[package]\nname = "big_a"\n')],
        """
        --- /dev/null
        +++ b/crates/big_a/Cargo.toml
        @@ -0,0 +1,2 @@
        +[package]
        +name = "big_a"
        """,
    )


def test_an_empty_new_file_still_shows_its_headers(tmp_path: Path) -> None:
    check_preview(tmp_path, [GeneratedFile.new("src/empty.rs", b"")], "--- /dev/null\n+++ b/src/empty.rs\n")


def test_a_moved_file_without_changes_shows_only_its_headers(tmp_path: Path) -> None:
    check_preview(
        tmp_path,
        [CopiedFile("crates/big_a/src/a.rs", "src/a.rs")],
        "--- a/src/a.rs\n+++ b/crates/big_a/src/a.rs\n",
    )


def test_a_moved_and_edited_file_is_diffed_against_its_origin(tmp_path: Path) -> None:
    edit = _edit(INPUTS["src/a.rs"], "größe".encode(), "größe_neu")
    check_preview(
        tmp_path,
        [edited_file("crates/big_a/src/lib.rs", "src/a.rs", edit)],
        """
        --- a/src/a.rs
        +++ b/crates/big_a/src/lib.rs
        @@ -1 +1 @@
        -pub fn größe() {}
        +pub fn größe_neu() {}
        """,
    )


def test_crlf_lines_keep_their_carriage_returns(tmp_path: Path) -> None:
    edit = _edit(INPUTS["src/crlf.rs"], b"b()", "c()")
    check_preview(
        tmp_path,
        [edited_file("src/crlf.rs", "src/crlf.rs", edit)],
        "--- a/src/crlf.rs\n+++ b/src/crlf.rs\n@@ -1,2 +1,2 @@\n fn a() {}\r\n-fn b() {}\r\n+fn c() {}\r\n",
    )


def test_a_missing_final_newline_is_marked(tmp_path: Path) -> None:
    edit = _edit(INPUTS["src/tail.rs"], b"tail", "end")
    check_preview(
        tmp_path,
        [edited_file("src/tail.rs", "src/tail.rs", edit)],
        """
        --- a/src/tail.rs
        +++ b/src/tail.rs
        @@ -1 +1 @@
        -fn tail() {}
        \\ No newline at end of file
        +fn end() {}
        \\ No newline at end of file
        """,
    )


def test_files_are_shown_in_output_path_order(tmp_path: Path) -> None:
    check_preview(
        tmp_path,
        [GeneratedFile.new("z.rs", b"z\n"), CopiedFile("a/lib.rs", "src/lib.rs")],
        "--- a/src/lib.rs\n+++ b/a/lib.rs\n--- /dev/null\n+++ b/z.rs\n@@ -0,0 +1 @@\n+z\n",
    )


def test_a_missing_origin_is_reported_as_unreadable(tmp_path: Path) -> None:
    with pytest.raises(SourceUnreadable, match="src/gone.rs"):
        check_preview(tmp_path, [CopiedFile("src/gone.rs", "src/gone.rs")], "")
