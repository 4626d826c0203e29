"""Positions for messages: the line, column and indentation at a byte offset.

Every test names a position by the text that starts there and checks it
with ``check_position``, which finds its byte offset, so non-ASCII and CRLF
sources are checked at the right bytes.
"""

from __future__ import annotations

import pytest

from crate_split.rewrite.indent import line_indent
from crate_split.rewrite.text_edit import line_col


def check_position(source: bytes, at: bytes, line: int, column: int, indent: bytes) -> None:
    """Check ``line_col`` and ``line_indent`` at the first occurrence of ``at``."""
    offset = source.index(at)
    assert line_col(source, offset) == (line, column)
    assert line_indent(source, offset) == indent


def test_the_first_byte_is_line_one_column_one() -> None:
    check_position(b"fn main() {}\n", b"fn", 1, 1, b"")


def test_a_byte_after_a_newline_starts_the_next_line() -> None:
    check_position(b"mod a {\n    fn f() {}\n}\n", b"fn", 2, 5, b"    ")


def test_columns_count_characters_not_bytes() -> None:
    check_position("let größe = 1;\n".encode(), b"=", 1, 11, b"")


def test_a_crlf_line_ending_belongs_to_the_line_before() -> None:
    check_position(b"mod a {\r\n\tfn f() {}\r\n}\r\n", b"fn", 2, 2, b"\t")


def test_the_end_of_a_file_without_a_final_newline_has_a_position() -> None:
    source = b"a\n  b"
    assert line_col(source, len(source)) == (2, 4)
    check_position(source, b"b", 2, 3, b"  ")


def test_an_offset_outside_the_source_is_rejected() -> None:
    with pytest.raises(ValueError, match="outside"):
        line_col(b"ab", 3)
    with pytest.raises(ValueError, match="outside"):
        line_indent(b"ab", -1)
