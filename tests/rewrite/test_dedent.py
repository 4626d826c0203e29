"""Dedenting blocks: the step that moves an inline ``mod x { … }`` body to a file.

Every test calls ``check_dedent`` with the block before and after. Literals
whose lines must not move are named by their text in ``protect``; the helper
turns each into the byte range the analysis would report.
"""

from __future__ import annotations

import pytest

from crate_split.rewrite.indent import dedent_block, detect_indent_unit


def check_dedent(
    text: bytes,
    expected: bytes,
    *,
    levels: int = 1,
    unit: bytes | None = None,
    protect: tuple[bytes, ...] = (),
    detected_unit: bytes | None = None,
) -> None:
    """Dedent ``text`` and compare; ``protect`` lists literals found by their text."""
    protected = [(text.index(literal), text.index(literal) + len(literal)) for literal in protect]
    assert dedent_block(text, levels, unit, protected) == expected
    if detected_unit is not None:
        assert detect_indent_unit(text, protected) == detected_unit


def test_one_level_of_four_spaces_is_removed_from_every_line() -> None:
    check_dedent(
        b"    fn f() {\n        g();\n    }\n",
        b"fn f() {\n    g();\n}\n",
        detected_unit=b"    ",
    )


def test_two_levels_are_removed_from_a_doubly_nested_body() -> None:
    check_dedent(
        b"        fn f() {\n            g();\n        }\n",
        b"fn f() {\n    g();\n}\n",
        levels=2,
    )


def test_a_body_nested_two_levels_deep_loses_only_one_level() -> None:
    check_dedent(
        b"        struct A;\n        struct B;\n",
        b"    struct A;\n    struct B;\n",
        detected_unit=b"    ",
    )


def test_tabs_are_detected_and_removed() -> None:
    check_dedent(
        b"\tfn f() {\n\t\tg();\n\t}\n",
        b"fn f() {\n\tg();\n}\n",
        detected_unit=b"\t",
    )


def test_crlf_line_endings_are_kept() -> None:
    check_dedent(
        b"    fn f() {\r\n        g();\r\n    }\r\n",
        b"fn f() {\r\n    g();\r\n}\r\n",
    )


def test_empty_lines_stay_empty_and_whitespace_only_lines_lose_one_level() -> None:
    check_dedent(
        b"    struct A;\n\n\r\n      \n    struct B;\n",
        b"struct A;\n\n\r\n  \nstruct B;\n",
    )


def test_a_line_with_less_indentation_loses_what_it_has() -> None:
    check_dedent(
        b"    fn f() {}\n  // odd\nfn g() {}\n",
        b"fn f() {}\n// odd\nfn g() {}\n",
        unit=b"    ",
    )


def test_continuation_lines_of_a_raw_string_are_not_touched() -> None:
    literal = b'r#"\n        indented "quoted"\n    end\n"#'
    check_dedent(
        b"    const S: &str = " + literal + b";\n    fn f() {}\n",
        b"const S: &str = " + literal + b";\nfn f() {}\n",
        protect=(literal,),
    )


def test_a_raw_string_starting_a_line_still_dedents_that_line() -> None:
    literal = b'r"a\n  b"'
    check_dedent(
        b"    f(\n        " + literal + b",\n    );\n",
        b"f(\n    " + literal + b",\n);\n",
        protect=(literal,),
    )


def test_a_protected_multi_line_string_keeps_its_crlf_lines() -> None:
    literal = b'"one\r\n        two\r\n"'
    check_dedent(
        b"    let s = " + literal + b";\r\n    g();\r\n",
        b"let s = " + literal + b";\r\ng();\r\n",
        protect=(literal,),
    )


def test_doc_comments_keep_the_indentation_of_their_code_examples() -> None:
    check_dedent(
        b"    /// Adds.\n    ///\n    /// ```\n    ///     let x = add(1, 2);\n    /// ```\n    //! inner\n    pub fn add() {}\n",
        b"/// Adds.\n///\n/// ```\n///     let x = add(1, 2);\n/// ```\n//! inner\npub fn add() {}\n",
    )


def test_block_doc_comment_lines_move_together() -> None:
    check_dedent(
        b"    /**\n     * Item.\n     *     code\n     */\n    fn f() {}\n",
        b"/**\n * Item.\n *     code\n */\nfn f() {}\n",
        unit=b"    ",
    )


def test_two_space_indentation_is_detected() -> None:
    check_dedent(
        b"  fn f() {\n    g();\n  }\n",
        b"fn f() {\n  g();\n}\n",
        detected_unit=b"  ",
    )


def test_lines_aligned_at_odd_columns_fall_back_to_four_spaces() -> None:
    check_dedent(
        b"    fn f(a: u8,\n         b: u8) {}\n",
        b"fn f(a: u8,\n     b: u8) {}\n",
        detected_unit=b"    ",
    )


def test_a_tab_counts_as_a_whole_level_in_a_space_indented_block() -> None:
    check_dedent(
        b"    fn f() {}\n\tfn g() {}\n",
        b"fn f() {}\nfn g() {}\n",
        unit=b"    ",
    )


def test_an_explicit_unit_wins_over_detection() -> None:
    check_dedent(b"        a\n        b\n", b"      a\n      b\n", unit=b"  ")


def test_non_ascii_text_and_a_missing_final_newline_are_kept() -> None:
    check_dedent('    let größe = "ä";\n    größe'.encode(), 'let größe = "ä";\ngröße'.encode())


def test_zero_levels_changes_nothing() -> None:
    check_dedent(b"    a\n\tb\n", b"    a\n\tb\n", levels=0)


def test_a_unit_that_is_not_whitespace_is_rejected() -> None:
    with pytest.raises(ValueError, match="indent unit"):
        check_dedent(b"    a\n", b"", unit=b"--")
