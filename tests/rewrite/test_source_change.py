"""Source changes: the output files of a workspace as one value, and merging them.

Every test calls ``check_change`` with groups of output files: each group
becomes a ``SourceChange``, the groups are merged in order, and every output
is rendered against a small in-memory input tree and compared.
"""

from __future__ import annotations

import pytest

from crate_split.rewrite.source_change import (
    ConflictingOutputFiles,
    CopiedFile,
    EditedFile,
    GeneratedFile,
    OutputFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, TextEdit

INPUTS = {
    "src/lib.rs": "pub mod größe;\n".encode(),
    "src/größe.rs": b"pub fn f() {}\n",
    "build.rs": b"fn main() {}\n",
}


def check_change(groups: list[list[OutputFile]], expected: dict[str, bytes]) -> SourceChange:
    """Merge one ``SourceChange`` per group and compare every rendered output file."""
    change = SourceChange()
    for group in groups:
        change = change.merge(SourceChange.new(group))
    rendered = {output.path: output.render(INPUTS.__getitem__) for output in change.files}
    assert rendered == expected
    assert list(rendered) == sorted(rendered)
    return change


def test_copies_edits_and_generated_files_render_their_bytes() -> None:
    check_change(
        [
            [
                GeneratedFile.new("Cargo.toml", "[workspace]\n"),
                edited_file("src/lib.rs", "src/lib.rs", FileEdit((TextEdit(0, 3, b"pub(crate)"),))),
                CopiedFile("crates/größe/src/lib.rs", "src/größe.rs"),
            ]
        ],
        {
            "Cargo.toml": b"[workspace]\n",
            "crates/größe/src/lib.rs": b"pub fn f() {}\n",
            "src/lib.rs": "pub(crate) mod größe;\n".encode(),
        },
    )


def test_files_are_sorted_by_output_path() -> None:
    change = check_change(
        [[GeneratedFile.new("b", b"2"), GeneratedFile.new("a/z", b"1"), GeneratedFile.new("a-b", b"3")]],
        {"a-b": b"3", "a/z": b"1", "b": b"2"},
    )
    assert change.paths() == ("a-b", "a/z", "b")


def test_origins_lists_the_input_files_outputs_derive_from() -> None:
    change = check_change(
        [
            [
                CopiedFile("a/build.rs", "build.rs"),
                CopiedFile("b/build.rs", "build.rs"),
                GeneratedFile.new("c", b""),
            ]
        ],
        {"a/build.rs": b"fn main() {}\n", "b/build.rs": b"fn main() {}\n", "c": b""},
    )
    assert change.origins() == frozenset({"build.rs"})
    assert change.file("c") == GeneratedFile.new("c", b"")
    assert change.file("d") is None


def test_an_empty_edit_is_the_same_output_as_a_copy() -> None:
    check_change(
        [[edited_file("build.rs", "build.rs", FileEdit())], [CopiedFile("build.rs", "build.rs")]],
        {"build.rs": b"fn main() {}\n"},
    )


def test_merging_changes_keeps_the_files_of_both() -> None:
    check_change(
        [[CopiedFile("build.rs", "build.rs")], [GeneratedFile.new("Cargo.toml", b"[package]\n")]],
        {"Cargo.toml": b"[package]\n", "build.rs": b"fn main() {}\n"},
    )


def test_merging_an_identical_file_twice_is_allowed() -> None:
    edit = FileEdit((TextEdit(0, 0, b"// moved\n"),))
    check_change(
        [[edited_file("lib.rs", "src/größe.rs", edit)], [edited_file("lib.rs", "src/größe.rs", edit)]],
        {"lib.rs": b"// moved\npub fn f() {}\n"},
    )


def test_merging_different_edits_of_one_output_path_fails() -> None:
    with pytest.raises(ConflictingOutputFiles, match="two outputs at lib.rs"):
        check_change(
            [
                [edited_file("lib.rs", "src/lib.rs", FileEdit((TextEdit(0, 0, b"a"),)))],
                [edited_file("lib.rs", "src/lib.rs", FileEdit((TextEdit(0, 0, b"b"),)))],
            ],
            {},
        )


def test_merging_different_contents_of_one_output_path_fails() -> None:
    with pytest.raises(ConflictingOutputFiles):
        check_change([[GeneratedFile.new("Cargo.toml", b"a")], [GeneratedFile.new("Cargo.toml", b"b")]], {})


def test_one_change_cannot_hold_two_files_at_one_path() -> None:
    with pytest.raises(ConflictingOutputFiles):
        check_change([[CopiedFile("x", "build.rs"), CopiedFile("x", "build.rs")]], {})


def test_a_path_cannot_be_both_a_file_and_a_directory() -> None:
    with pytest.raises(ConflictingOutputFiles, match="both a file and the directory"):
        check_change([[GeneratedFile.new("src", b""), CopiedFile("src/lib.rs", "src/lib.rs")]], {})


@pytest.mark.parametrize("path", ["/abs", "a/../b", "./a", "a//b", "", "a/"])
def test_output_paths_must_be_relative_posix_paths(path: str) -> None:
    with pytest.raises(ValueError, match="relative POSIX path"):
        check_change([[GeneratedFile.new(path, b"")]], {})


def test_a_backslash_is_part_of_a_posix_file_name_not_a_separator() -> None:
    # A package may hold `a\b.txt`; the split copies it like any other file.
    assert SourceChange.new([CopiedFile("docs/a\\b.txt", "docs/a\\b.txt")]).paths() == ("docs/a\\b.txt",)


def test_an_origin_must_be_a_relative_posix_path() -> None:
    with pytest.raises(ValueError, match="origin path"):
        check_change([[CopiedFile("a", "../outside.rs")]], {})


def test_an_empty_edit_makes_a_copy_and_an_edited_file_needs_an_edit() -> None:
    assert edited_file("a", "build.rs", FileEdit()) == CopiedFile("a", "build.rs")
    with pytest.raises(ValueError, match="needs an edit"):
        EditedFile("a", "build.rs", FileEdit())
