"""The self-check before cargo: broken generated files are crate-split's bugs.

Each test builds a small ``SourceChange`` over an in-memory package and
goes through ``check_self``, which returns the bug's one-line message (or
None when the change passes). No cargo runs, nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crate_split.errors import CrateSplitBug
from crate_split.rewrite.source_change import (
    GeneratedFile,
    OutputFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from crate_split.verify.self_check import check_generated_files

ORIGINAL = {
    "src/lib.rs": b"pub mod a;\n\npub fn root() {}\n",
    "src/a.rs": b"pub fn a() {}\n\npub fn b() -> u32 {\n    1\n}\n",
    # The original itself has a syntax error tree-sitter does not know.
    "src/odd.rs": b"pub fn odd() { let x = ; }\n",
}

MEMBER = '[package]\nname = "demo-a"\nversion = "0.1.0"\n\n[lib]\npath = "src/lib.rs"\n'
ROOT = '[package]\nname = "demo"\nversion = "0.1.0"\n\n[workspace]\nmembers = ["crates/demo-a"]\n\n[dependencies]\ndemo-a = { path = "crates/demo-a" }\n'


def check_self(*outputs: OutputFile, package_dir: Path = Path("/nonexistent")) -> str | None:
    files = [
        GeneratedFile.new("Cargo.toml", ROOT),
        GeneratedFile.new("crates/demo-a/Cargo.toml", MEMBER),
        GeneratedFile.new("crates/demo-a/src/lib.rs", "pub mod a;\n"),
    ]
    by_path = {output.path: output for output in (*files, *outputs)}
    try:
        check_generated_files(SourceChange.new(by_path.values()), ORIGINAL.__getitem__, package_dir)
    except CrateSplitBug as bug:
        assert bug.exit_code == 9
        return bug.one_line()
    return None


def edited(path: str, origin: str, start: int, end: int, text: str) -> OutputFile:
    return edited_file(path, origin, FileEdit.new([TextEdit.new(start, end, text)]))


def test_a_sound_workspace_passes():
    assert check_self(edited("crates/demo-a/src/a.rs", "src/a.rs", 0, 14, "")) is None


def test_an_edit_that_breaks_the_syntax_is_a_bug_with_its_file_and_line():
    # Deleting `pub fn b() -> u32 {` leaves a stray `}` on line 3.
    broken = edited("crates/demo-a/src/a.rs", "src/a.rs", 15, 35, "")
    message = check_self(broken)
    assert message is not None
    assert message.startswith("error: crate-split bug: crates/demo-a/src/a.rs:3: the generated Rust does not parse")


def test_syntax_errors_the_original_already_had_are_not_a_bug():
    assert check_self(edited("crates/demo-a/src/odd.rs", "src/odd.rs", 0, 0, "// moved\n")) is None


def test_a_generated_rust_file_that_does_not_parse_is_a_bug():
    message = check_self(GeneratedFile.new("crates/demo-a/src/lib.rs", "pub mod a;\npub use demo_a::{;\n"))
    assert message is not None and "crates/demo-a/src/lib.rs:2:" in message


def test_a_manifest_that_does_not_parse_is_a_bug():
    message = check_self(GeneratedFile.new("crates/demo-a/Cargo.toml", MEMBER + "[lib\n"))
    assert message is not None and message.startswith(
        "error: crate-split bug: crates/demo-a/Cargo.toml:7: the generated manifest does not parse"
    )


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ('\n[dependencies]\nother = { path = "../demo-b" }\n', "dependencies.other.path"),
        ('\n[[bin]]\nname = "tool"\npath = "src/bin/tool.rs"\n', "bin.path"),
        ('build = "build.rs"\n', "package.build"),
    ],
)
def test_a_manifest_naming_a_path_that_exists_nowhere_is_a_bug(extra, key):
    text = MEMBER.replace("\n\n[lib]", f"\n{extra}\n[lib]") if key == "package.build" else MEMBER + extra
    message = check_self(GeneratedFile.new("crates/demo-a/Cargo.toml", text))
    assert message is not None and f"`{key}` names" in message


def test_a_path_outside_the_change_may_exist_on_disk(tmp_path):
    (tmp_path / "helper").mkdir()
    (tmp_path / "helper" / "Cargo.toml").write_text('[package]\nname = "helper"\n')
    text = MEMBER + f'\n[dependencies]\nhelper = {{ path = "{tmp_path / "helper"}" }}\n'
    assert check_self(GeneratedFile.new("crates/demo-a/Cargo.toml", text)) is None


@pytest.mark.parametrize("name", ["fn", "self", "9lives", "demo a", "test", ""])
def test_an_invalid_crate_name_is_a_bug(name):
    message = check_self(GeneratedFile.new("crates/demo-a/Cargo.toml", MEMBER.replace('"demo-a"', f'"{name}"')))
    assert message is not None and "is not a valid crate name" in message


def test_an_attribute_left_with_no_item_is_a_bug_though_tree_sitter_parses_it():
    change = SourceChange.new([GeneratedFile.new("crates/x/src/lib.rs", "pub fn kept() {}\n#[cfg(unix)]\n")])
    with pytest.raises(CrateSplitBug, match=r"lib.rs:2: .*attribute or doc comment with no item after it"):
        check_generated_files(change, lambda path: b"", Path("/nonexistent"))
