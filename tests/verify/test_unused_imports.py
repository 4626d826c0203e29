"""Unused imports rustc reports, turned into edits of the split's files."""

from __future__ import annotations

import json

import pytest

from crate_split.rewrite.source_change import (
    GeneratedFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from crate_split.verify.rustc_diagnostics import DiagnosticSpan, RustcDiagnostic, one_build_only
from crate_split.verify.unused_imports import original_spans, unused_import_trims

ORIGIN = b"use std::fmt::{Debug, Display};\nuse std::io;\n\nfn f(_: &dyn Debug) {}\n"
#: The member's copy gains a glob at its top.
GLOB = b"pub use dep::a::*;\n"
COPY = edited_file("crates/m/src/a.rs", "src/a.rs", FileEdit((TextEdit.new(0, 0, GLOB),)))


def _span(
    text: bytes, needle: bytes, *, primary: bool = True, replacement: str | None = None, after: int = 0
) -> DiagnosticSpan:
    start = text.index(needle, after)
    return DiagnosticSpan("crates/m/src/a.rs", start, start + len(needle), 1, 1, primary, None, replacement)


def _unused(
    primary: list[DiagnosticSpan], fix: list[DiagnosticSpan], message: str = "unused import"
) -> RustcDiagnostic:
    child = RustcDiagnostic("help", None, "remove the unused import", "m", tuple(fix), "")
    return RustcDiagnostic("warning", "unused_imports", message, "m", tuple(primary), "", (child,))


def _trim(diagnostics, change=None, original=frozenset(), edition="2021"):
    change = SourceChange((COPY,)) if change is None else change
    trims = unused_import_trims(
        diagnostics,
        change,
        {"src/a.rs": ORIGIN}.__getitem__,
        lambda: original,
        origin_path=lambda p: p,
        edition=edition,
    )
    return trims, change.with_later_edits(trims.by_path(), {"src/a.rs": ORIGIN}.__getitem__)


def _text(change: SourceChange, path: str = "crates/m/src/a.rs") -> bytes:
    output = change.file(path)
    assert output is not None
    return output.render({"src/a.rs": ORIGIN}.__getitem__)


def test_a_whole_unused_use_goes_with_its_line_and_a_copy_stays_an_edit_of_its_origin() -> None:
    text = GLOB + ORIGIN
    io = _span(text, b"std::io")
    trims, change = _trim([_unused([io], [_span(text, b"use std::io;", replacement="")])])
    assert _text(change) == GLOB + b"use std::fmt::{Debug, Display};\n\nfn f(_: &dyn Debug) {}\n"
    assert change.file("crates/m/src/a.rs").origin == "src/a.rs"
    assert trims.answered == 1


def test_one_name_of_a_group_goes_as_rustc_suggests() -> None:
    text = GLOB + ORIGIN
    fix = [
        _span(text, b", Display", replacement=""),
        _span(text, b"{", replacement=""),
        _span(text, b"}", replacement=""),
    ]
    _, change = _trim([_unused([_span(text, b"Display")], fix)])
    assert _text(change).startswith(GLOB + b"use std::fmt::Debug;\nuse std::io;\n")


def test_an_unused_generated_glob_goes_from_the_inserted_text() -> None:
    text = GLOB + ORIGIN
    _, change = _trim([_unused([_span(text, b"dep::a::*")], [_span(text, b"pub use dep::a::*;", replacement="")])])
    assert _text(change) == ORIGIN


def test_an_import_the_original_already_left_unused_stays() -> None:
    text = GLOB + ORIGIN
    io = _span(text, b"std::io")
    original = original_spans(
        [
            _unused(
                [DiagnosticSpan("src/a.rs", ORIGIN.index(b"std::io"), ORIGIN.index(b"std::io") + 7, 2, 5, True, None)],
                [],
            )
        ]
    )
    trims, change = _trim([_unused([io], [_span(text, b"use std::io;", replacement="")])], original=original)
    assert not trims.edits
    assert _text(change) == text


def test_of_two_builds_flagging_one_use_differently_what_both_leave_unused_goes() -> None:
    # The library build flags both names; the tests use `Debug`.
    text = GLOB + ORIGIN
    whole = _unused(
        [_span(text, b"Debug"), _span(text, b"Display")],
        [_span(text, b"use std::fmt::{Debug, Display};\n", replacement="")],
    )
    fix = [
        _span(text, b", Display", replacement=""),
        _span(text, b"{", replacement=""),
        _span(text, b"}", replacement=""),
    ]
    one = _unused([_span(text, b"Display")], fix)
    _, change = _trim([whole, one])
    assert _text(change).startswith(GLOB + b"use std::fmt::Debug;\n")


def _macro_use(text: bytes) -> RustcDiagnostic:
    start = text.index(b"#[macro_use]")
    span = DiagnosticSpan("src/lib.rs", start, start + 12, 1, 1, True, None)
    return RustcDiagnostic("warning", "unused_imports", "unused `#[macro_use]` import", "m", (span,), "")


def test_an_unused_macro_use_goes_with_the_extern_crate_the_split_generated() -> None:
    text = b"#[macro_use]\nextern crate dep;\n\npub fn f() {}\n"
    change = SourceChange((GeneratedFile.new("src/lib.rs", text),))
    _, trimmed = _trim([_macro_use(text)], change)
    assert _text(trimmed, "src/lib.rs") == b"pub fn f() {}\n"
    # In edition 2015 the extern crate names the crate for paths: only the attribute goes.
    _, trimmed = _trim([_macro_use(text)], change, edition="2015")
    assert _text(trimmed, "src/lib.rs") == b"extern crate dep;\n\npub fn f() {}\n"


def test_a_use_emptying_a_block_takes_the_blank_line_before_its_brace() -> None:
    text = b"mod lib {\n    mod core {}\n\n    pub use std::vec::Vec;\n}\n"
    change = SourceChange((GeneratedFile.new("crates/m/src/a.rs", text),))
    fix = [_span(text, b"pub use std::vec::Vec;", replacement="")]
    _, trimmed = _trim([_unused([_span(text, b"std::vec::Vec")], fix)], change)
    assert _text(trimmed) == b"mod lib {\n    mod core {}\n}\n"


def test_groups_of_uses_emptying_the_end_of_a_file_take_the_blank_lines_between_them() -> None:
    # petgraph's `algo/mod.rs` in a member keeping one `pub mod`: every
    # group of `use` items goes, and so must the blank lines around them.
    text = b"pub mod tred;\n\nuse crate::a::A;\n\nuse super::b::B;\nuse super::C;\n\nuse std::ops::Add;\n"
    change = SourceChange((GeneratedFile.new("crates/m/src/a.rs", text),))
    diagnostics = [
        _unused([_span(text, path)], [_span(text, item, replacement="")])
        for path, item in (
            (b"crate::a::A", b"use crate::a::A;"),
            (b"super::b::B", b"use super::b::B;"),
            (b"super::C", b"use super::C;"),
            (b"std::ops::Add", b"use std::ops::Add;"),
        )
    ]
    _, trimmed = _trim(diagnostics, change)
    assert _text(trimmed) == b"pub mod tred;\n"


def test_an_import_only_the_tests_use_gets_cfg_test() -> None:
    # Only the library's plain build reports it: its test build uses `io`.
    text = GLOB + ORIGIN
    diagnostic = _unused([_span(text, b"std::io")], [_span(text, b"use std::io;", replacement="")])
    diagnostic = RustcDiagnostic(diagnostic.level, diagnostic.code, diagnostic.message, "m", diagnostic.spans, "", (
        RustcDiagnostic("help", None, "remove the whole `use` item", "m", diagnostic.children[0].spans, ""),
    ))  # fmt: skip
    trims = unused_import_trims(
        [diagnostic], SourceChange((COPY,)), {"src/a.rs": ORIGIN}.__getitem__, frozenset, origin_path=lambda p: p,
        edition="2021", one_build_only=frozenset({diagnostic}),
    )  # fmt: skip
    change = SourceChange((COPY,)).with_later_edits(trims.by_path(), {"src/a.rs": ORIGIN}.__getitem__)
    assert b"\n#[cfg(test)]\nuse std::io;\n" in _text(change)


def _message_line(package: str, start: int, note: bool) -> str:
    children = (
        [
            {
                "message": "`#[warn(unused_imports)]` on by default",
                "level": "note",
                "spans": [],
                "children": [],
                "code": None,
                "rendered": None,
            }
        ]
        if note
        else []
    )
    span = {
        "file_name": "src/lib.rs",
        "byte_start": start,
        "byte_end": start + 3,
        "line_start": 1,
        "column_start": 1,
        "is_primary": True,
        "label": None,
    }
    message = {
        "level": "warning",
        "code": {"code": "unused_imports"},
        "message": "unused import",
        "spans": [span],
        "children": children,
        "rendered": "",
    }
    return json.dumps(
        {"reason": "compiler-message", "package_id": package, "target": {"kind": ["lib"]}, "message": message}
    )


def _artifact_line(package: str, test: bool) -> str:
    return json.dumps(
        {"reason": "compiler-artifact", "package_id": package, "target": {"kind": ["lib"]}, "profile": {"test": test}}
    )


def test_a_message_one_of_two_builds_reports_is_told_apart_from_one_both_report_with_other_notes(tmp_path) -> None:
    package = "path+file:///w/m#0.1.0"
    lines = [
        # The plain build: two unused imports, the first with the lint's note.
        _message_line(package, 10, note=True), _message_line(package, 20, note=False), _artifact_line(package, False),
        # The test build: only the second, now with the note.
        _message_line(package, 20, note=True), _artifact_line(package, True),
    ]  # fmt: skip
    found = one_build_only("\n".join(lines), tmp_path)
    assert {d.primary_span.byte_start for d in found} == {10}


@pytest.mark.parametrize("cfg", [b"#[cfg(test)]", b"#[cfg(all(test, unix))]"])
def test_an_import_the_tests_alone_compile_and_leave_unused_goes(cfg: bytes) -> None:
    # Only the test build compiles the module, and reports the import; the
    # module is test-only whatever the spelling of its cfg.
    text = b"pub fn f() {}\n\n" + cfg + b"\nmod tests {\n    use super::*;\n    use std::io;\n}\n"
    change = SourceChange((GeneratedFile.new("crates/m/src/a.rs", text),))
    child = RustcDiagnostic(
        "help", None, "remove the whole `use` item", "m", (_span(text, b"use std::io;", replacement=""),), ""
    )
    diagnostic = RustcDiagnostic(
        "warning", "unused_imports", "unused import", "m", (_span(text, b"std::io"),), "", (child,)
    )
    trims = unused_import_trims(
        [diagnostic], change, {}.__getitem__, frozenset, origin_path=lambda p: p, edition="2021",
        one_build_only=frozenset({diagnostic}),
    )  # fmt: skip
    assert _text(change.with_later_edits(trims.by_path(), {}.__getitem__)) == text.replace(b"    use std::io;\n", b"")
