"""The reviewer's summary at the top of SPLIT.md, counted from a ``SourceChange``."""

from __future__ import annotations

from crate_split.report.review_summary import review_summary
from crate_split.rewrite.source_change import (
    CopiedFile,
    GeneratedFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, TextEdit


def test_files_are_counted_as_moved_split_edited_or_generated_and_written_lines_by_kind():
    overlay = TextEdit.new(0, 0, "#[doc(hidden)]\npub mod a {\n    pub use dep::a::*;\n}\n")
    widened = TextEdit.new(10, 10, "#[doc(hidden)]\n")
    change = SourceChange.new(
        [
            CopiedFile("crates/x/src/moved.rs", "src/moved.rs"),
            edited_file("crates/x/src/edited.rs", "src/edited.rs", FileEdit.new([widened])),
            edited_file("crates/x/src/lib.rs", "src/lib.rs", FileEdit.new([overlay])),
            edited_file("crates/y/src/lib.rs", "src/lib.rs", FileEdit.new([overlay])),
            edited_file("src/lib.rs", "src/lib.rs", FileEdit.new([TextEdit.new(0, 5, "")])),
            GeneratedFile.new("crates/x/Cargo.toml", '[package]\nname = "x"\n'),
            GeneratedFile.new("SPLIT.md", "# Split\n"),
        ]
    )
    summary = review_summary(change)
    assert (summary.moved, summary.moved_edited, summary.split, summary.edited, summary.generated) == (1, 1, 2, 1, 2)
    assert summary.written == {"overlay modules and globs": 8, "widened visibility": 1, "manifests": 2}
    assert summary.render()[2].startswith("- Files: 1 file(s) moved unchanged, 1 moved with edits, 2 copied")
