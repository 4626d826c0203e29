"""rustfmt's layout for the edited files whose original it had."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crate_split.rewrite.source_change import EditedFile, SourceChange, edited_file
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from crate_split.verify.formatting import formatted, line_changes

pytestmark = pytest.mark.skipif(shutil.which("rustfmt") is None, reason="rustfmt is not installed")

#: Formatted as rustfmt lays it out.
CLEAN = b"pub mod a;\n\npub fn f() -> u32 {\n    1\n}\n"
#: Not: the original keeps its own layout.
UNCLEAN = b"pub mod a;\n\npub fn f()->u32{1}\n"
#: What the rewrite inserts before `pub fn`: items a wrapper call held, at its indentation.
INSERTED = b"    pub mod z;\n    pub mod b;\n\n"


def change_of(originals: dict[str, bytes]) -> tuple[SourceChange, dict[str, bytes]]:
    """Each original with ``INSERTED`` before its ``pub fn``, copied to ``crates/m/<path>``."""
    files = []
    for path, source in originals.items():
        edit = FileEdit.new([TextEdit.new(source.index(b"pub fn"), source.index(b"pub fn"), INSERTED)])
        files.append(edited_file(f"crates/m/{path}", path, edit))
    return SourceChange.new(files), originals


def rendered(change: SourceChange, originals: dict[str, bytes], path: str) -> bytes:
    output = change.file(path)
    assert output is not None
    return output.render(originals.__getitem__)


def test_an_edited_file_whose_original_is_rustfmt_clean_is_laid_out_by_rustfmt(tmp_path: Path):
    change, originals = change_of({"src/clean.rs": CLEAN, "src/unclean.rs": UNCLEAN})
    result = formatted(change, originals.__getitem__, package_dir=tmp_path, edition="2021")
    # Indentation gone, the two `mod` items sorted into one group with the first.
    assert rendered(result, originals, "crates/m/src/clean.rs") == (
        b"pub mod a;\n\npub mod b;\npub mod z;\n\npub fn f() -> u32 {\n    1\n}\n"
    )
    assert rendered(result, originals, "crates/m/src/unclean.rs") == rendered(
        change, originals, "crates/m/src/unclean.rs"
    )
    # Still derived from its origin, unchanged lines the origin's.
    clean = result.file("crates/m/src/clean.rs")
    assert isinstance(clean, EditedFile)
    assert clean.original_offset(0) == 0


def test_rustfmt_runs_with_the_packages_own_configuration(tmp_path: Path):
    (tmp_path / "rustfmt.toml").write_text("hard_tabs = true\n")
    tabbed = CLEAN.replace(b"    1", b"\t1")
    change, originals = change_of({"src/lib.rs": tabbed})
    result = formatted(change, originals.__getitem__, package_dir=tmp_path, edition="2021")
    assert rendered(result, originals, "crates/m/src/lib.rs").endswith(b"pub fn f() -> u32 {\n\t1\n}\n")


@pytest.mark.parametrize(
    ("old", "new"),
    [(b"a\nb\n", b"b\na\n"), (b"", b"x\n"), (b"a\nb", b"a\n"), (b"  a\n  b\n", b"a\nb\n")],
)
def test_line_changes_give_the_new_text(old: bytes, new: bytes):
    assert line_changes(old, new).apply(old) == new


def test_line_changes_replace_only_the_lines_that_differ():
    assert line_changes(b"a\nb\nc\n", b"a\nx\nc\n").edits == (TextEdit(2, 4, b"x\n"),)


def test_a_file_with_crlf_line_endings_is_formatted_and_keeps_them(tmp_path: Path):
    change, originals = change_of({"src/lib.rs": CLEAN.replace(b"\n", b"\r\n")})
    result = formatted(change, originals.__getitem__, package_dir=tmp_path, edition="2021")
    assert rendered(result, originals, "crates/m/src/lib.rs") == (
        b"pub mod a;\r\n\r\npub mod b;\r\npub mod z;\r\n\r\npub fn f() -> u32 {\r\n    1\r\n}\r\n"
    )


def test_a_file_the_split_empties_gets_the_newline_rustfmt_writes(tmp_path: Path):
    # `cargo fmt --check` flags an empty file: rustfmt writes one newline.
    originals = {"src/gone.rs": CLEAN}
    change = SourceChange.new(
        [edited_file("crates/m/src/gone.rs", "src/gone.rs", FileEdit.new([TextEdit(0, len(CLEAN), b"")]))]
    )
    result = formatted(change, originals.__getitem__, package_dir=tmp_path, edition="2021")
    assert rendered(result, originals, "crates/m/src/gone.rs") == b"\n"
