"""Indenting blocks: the step that wraps code into a new ``mod x { … }``.

Every test calls ``check_indent`` with the block before and after; literals
that must not move are named by their text in ``protect``.
"""

from __future__ import annotations

import pytest

from crate_split.rewrite.indent import dedent_block, indent_block


def _ranges(text: bytes, literals: tuple[bytes, ...]) -> list[tuple[int, int]]:
    return [(text.index(literal), text.index(literal) + len(literal)) for literal in literals]


def check_indent(text: bytes, prefix: bytes, expected: bytes, *, protect: tuple[bytes, ...] = ()) -> None:
    """Indent ``text`` by ``prefix``, compare, and check that dedenting undoes it."""
    indented = indent_block(text, prefix, _ranges(text, protect))
    assert indented == expected
    # Dedenting by the prefix restores the text unless a line was whitespace only.
    if not any(line.strip(b"\r") and not line.strip(b" \t\r") for line in text.split(b"\n")):
        assert dedent_block(indented, 1, prefix, _ranges(indented, protect)) == text


def test_every_line_with_content_gets_the_prefix() -> None:
    check_indent(b"fn f() {\n    g();\n}\n", b"    ", b"    fn f() {\n        g();\n    }\n")


def test_empty_lines_get_no_trailing_whitespace() -> None:
    check_indent(b"struct A;\n\nstruct B;\n", b"    ", b"    struct A;\n\n    struct B;\n")


def test_whitespace_only_lines_are_left_alone() -> None:
    check_indent(b"a\n  \nb", b"\t", b"\ta\n  \n\tb")


def test_crlf_line_endings_are_kept_and_blank_crlf_lines_stay_blank() -> None:
    check_indent(b"a();\r\n\r\nb();\r\n", b"    ", b"    a();\r\n\r\n    b();\r\n")


def test_tabs_can_be_the_prefix() -> None:
    check_indent(b"fn f() {\n\tg();\n}\n", b"\t", b"\tfn f() {\n\t\tg();\n\t}\n")


def test_continuation_lines_of_a_raw_string_are_not_indented() -> None:
    literal = b'r#"\nline one\n  two\n"#'
    check_indent(
        b"const S: &str = " + literal + b";\nfn f() {}\n",
        b"    ",
        b"    const S: &str = " + literal + b";\n    fn f() {}\n",
        protect=(literal,),
    )


def test_doc_comments_are_indented_like_code() -> None:
    check_indent(
        "/// Größe.\n/// ```\n/// let x = 1;\n/// ```\nfn f() {}\n".encode(),
        b"    ",
        "    /// Größe.\n    /// ```\n    /// let x = 1;\n    /// ```\n    fn f() {}\n".encode(),
    )


def test_a_prefix_that_is_not_whitespace_is_rejected() -> None:
    with pytest.raises(ValueError, match="indent prefix"):
        check_indent(b"a\n", b"// ", b"")
