"""Text edits: building, checking and applying the byte edits of one file.

Every test builds a ``FileEdit`` with ``check_edit`` from builder calls, in
the order the calls are listed, and compares the edited bytes. Offsets are
bytes, so tests with non-ASCII text compute them with ``bytes.index``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crate_split.rewrite.text_edit import FileEdit, FileEditBuilder, OverlappingEdits, TextEdit


def check_edit(
    source: bytes,
    calls: list[tuple],
    expected: bytes,
    *,
    generated_offsets: list[int | None] | None = None,
    original_offsets: list[int | None] | None = None,
) -> FileEdit:
    """Apply builder ``calls`` such as ``("insert", 3, "x")`` to ``source``.

    When given, ``generated_offsets`` lists ``generated_offset(o)`` for every
    original offset ``0..=len(source)`` and ``original_offsets`` lists
    ``original_offset(g)`` for every offset ``0..=len(expected)``.
    """
    builder = FileEditBuilder()
    for method, *arguments in calls:
        getattr(builder, method)(*arguments)
    file_edit = builder.finish()
    assert file_edit.apply(source) == expected
    if generated_offsets is not None:
        assert [file_edit.generated_offset(offset) for offset in range(len(source) + 1)] == generated_offsets
    if original_offsets is not None:
        assert [file_edit.original_offset(offset) for offset in range(len(expected) + 1)] == original_offsets
    return file_edit


def test_replace_insert_and_delete_are_applied_in_one_pass() -> None:
    check_edit(
        b"fn a() { b(); c(); }",
        [("delete", 14, 19), ("replace", 3, 4, "first"), ("insert", 9, "x(); ")],
        b"fn first() { x(); b(); }",
    )


def test_an_edit_after_a_non_ascii_word_lands_at_its_byte_offset() -> None:
    source = "let größe = 1; // größe\n".encode()
    equals = source.index(b"=")
    assert equals != "let größe = 1;".index("=")
    check_edit(source, [("replace", equals, equals + 1, "+=")], "let größe += 1; // größe\n".encode())


def test_str_text_is_encoded_as_utf8() -> None:
    edit = check_edit(b"ab", [("insert", 1, "ä")], "aäb".encode())
    assert edit.edits == (TextEdit(1, 1, b"\xc3\xa4"),)


def test_inserts_at_one_offset_keep_the_order_they_were_added_in() -> None:
    check_edit(
        b"fn f() {}",
        [("insert", 0, "use b;\n"), ("replace", 3, 4, "g"), ("insert", 0, "use a;\n")],
        b"use b;\nuse a;\nfn g() {}",
    )


def test_an_insert_at_the_start_of_a_replaced_range_comes_before_the_replacement() -> None:
    check_edit(b"0123456", [("replace", 2, 4, "XY"), ("insert", 2, "i")], b"01iXY456")


def test_an_insert_at_the_end_of_a_replaced_range_comes_after_the_replacement() -> None:
    check_edit(b"0123456", [("insert", 4, "i"), ("replace", 2, 4, "XY")], b"01XYi456")


def test_adjacent_edits_stay_separate() -> None:
    edit = check_edit(b"abcdef", [("replace", 2, 4, "X"), ("replace", 0, 2, "Y")], b"YXef")
    assert edit.edits == (TextEdit(0, 2, b"Y"), TextEdit(2, 4, b"X"))


def test_exact_duplicate_edits_from_agreeing_passes_are_applied_once() -> None:
    edit = check_edit(
        b"pub(crate) fn f() {}",
        [
            ("replace", 0, 10, "pub"),
            ("insert", 0, "#[doc(hidden)]\n"),
            ("replace", 0, 10, "pub"),
            ("insert", 0, "#[doc(hidden)]\n"),
        ],
        b"#[doc(hidden)]\npub fn f() {}",
    )
    assert len(edit.edits) == 2


def test_overlapping_replacements_raise_with_both_edits_in_the_message() -> None:
    with pytest.raises(OverlappingEdits) as raised:
        check_edit(b"0123456789", [("replace", 2, 6, "a"), ("delete", 5, 8)], b"")
    assert repr(TextEdit(2, 6, b"a")) in str(raised.value)
    assert repr(TextEdit(5, 8, b"")) in str(raised.value)


def test_one_range_replaced_with_two_different_texts_is_an_overlap() -> None:
    with pytest.raises(OverlappingEdits):
        check_edit(b"0123", [("replace", 1, 2, "a"), ("replace", 1, 2, "b")], b"")


def test_an_insert_strictly_inside_a_replaced_range_is_an_overlap() -> None:
    with pytest.raises(OverlappingEdits):
        check_edit(b"0123456", [("replace", 1, 5, "X"), ("insert", 3, "i")], b"")


def test_an_empty_builder_gives_an_empty_edit_that_changes_nothing() -> None:
    edit = check_edit("größe\r\n".encode(), [], "größe\r\n".encode())
    assert edit.is_empty


def test_an_insert_of_nothing_is_dropped() -> None:
    edit = check_edit(b"abc", [("insert", 1, b"")], b"abc")
    assert edit.is_empty


def test_crlf_line_endings_survive_an_edit_between_them() -> None:
    source = b"fn a() {}\r\nfn b() {}\r\n"
    start = source.index(b"b()")
    check_edit(source, [("replace", start, start + 1, "renamed")], b"fn a() {}\r\nfn renamed() {}\r\n")


def test_an_edit_past_the_end_of_the_source_is_a_bug() -> None:
    with pytest.raises(AssertionError, match="past the end"):
        check_edit(b"abc", [("replace", 2, 4, "x")], b"")


def test_source_maps_skip_replaced_deleted_and_inserted_bytes() -> None:
    check_edit(
        b"abcdefgh",
        [("insert", 1, "XY"), ("replace", 3, 5, "R"), ("delete", 6, 7)],
        b"aXYbcRfh",
        generated_offsets=[0, 3, 4, None, None, 6, None, 7, 8],
        original_offsets=[0, None, None, 1, 2, None, 5, 7, 8],
    )


def test_an_insert_at_the_end_of_the_file_maps_the_end_after_it() -> None:
    check_edit(
        b"ab",
        [("insert", 2, "\n")],
        b"ab\n",
        generated_offsets=[0, 1, 3],
        original_offsets=[0, 1, None, 2],
    )


def test_a_file_edit_can_be_built_from_unsorted_edits() -> None:
    edit = FileEdit.new([TextEdit(4, 5, b"b"), TextEdit(0, 1, b"a")])
    assert check_edit(b"xyzwv", [("add", entry) for entry in edit.edits], b"ayzwb") == edit


def test_a_file_edit_rejects_an_unsorted_tuple() -> None:
    with pytest.raises(OverlappingEdits, match="not sorted"):
        FileEdit((TextEdit(4, 5, b"b"), TextEdit(0, 1, b"a")))


def test_an_edit_with_a_reversed_range_is_rejected() -> None:
    with pytest.raises(ValueError, match="invalid edit range"):
        check_edit(b"abc", [("replace", 2, 1, "x")], b"")


def _random_edit(draw, length: int) -> FileEdit:
    points = sorted(draw(st.lists(st.integers(0, length), max_size=8)))
    edits = []
    for start, end in zip(points[::2], points[1::2], strict=False):
        edits.append(TextEdit.new(start, end, draw(st.sampled_from([b"", b"x", b"yz", b"\xc3\xa9\n"]))))
    return FileEdit.new(edits)


@given(st.data())
def test_an_edit_then_a_later_one_is_one_edit_of_the_original(data) -> None:
    source = data.draw(st.binary(max_size=20))
    first = _random_edit(data.draw, len(source))
    edited = first.apply(source)
    later = _random_edit(data.draw, len(edited))
    assert first.then(source, later).apply(source) == later.apply(edited)


def test_a_later_edit_of_copied_text_stays_an_edit_of_the_original_bytes() -> None:
    source = b"use a;\nuse b;\nfn f() {}\n"
    first = FileEdit.new([TextEdit.new(0, 0, b"//! doc\n")])
    # `use b;\n` in the edited file.
    later = FileEdit.new([TextEdit.new(15, 22, b"")])
    assert first.then(source, later).edits == (TextEdit.new(0, 0, b"//! doc\n"), TextEdit.new(7, 14, b""))


def test_a_later_edit_inside_inserted_text_edits_that_text() -> None:
    source = b"fn f() {}\n"
    first = FileEdit.new([TextEdit.new(0, 0, b"pub use d::*;\npub use e::*;\n")])
    later = FileEdit.new([TextEdit.new(0, 14, b"")])
    assert first.then(source, later).edits == (TextEdit.new(0, 0, b"pub use e::*;\n"),)
