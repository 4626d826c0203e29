"""``syntax_problems``: where source is not Rust rustc parses, including what
tree-sitter accepts and rustc rejects (misplaced attributes and doc comments).

Every test lists the problems of a snippet with ``check_syntax_problems``, one
``line: message`` a line (``-`` when there is none).
"""

from __future__ import annotations

from crate_split.analysis.syntax import LineIndex, syntax_problems
from fixture import normalise


def check_syntax_problems(source: str, expected: str) -> None:
    """Compare the problems of ``source`` (dedented) with ``expected``."""
    data = normalise(source).encode()
    lines = LineIndex(data)
    found = [f"{lines.line_of(offset)}: {message}" for offset, message in syntax_problems(data)] or ["-"]
    assert "\n".join(found) + "\n" == normalise(expected)


def test_inner_attributes_and_docs_before_items_and_comments_anywhere_are_fine() -> None:
    check_syntax_problems(
        """
        //! Crate docs.
        #![allow(dead_code)]
        // A plain comment.
        /*! More docs. */
        #![cfg_attr(docsrs, feature(doc_cfg))]
        /// Item docs.
        #[cfg(all())]
        // Between the attribute and its item.
        mod a {
            #![allow(unused)]
            //! Module docs.
            fn f() {}
            // A comment ends the module.
        }
        // A comment ends the file.
        """,
        """
        -
        """,
    )


def test_inner_attribute_after_an_item_is_a_problem() -> None:
    check_syntax_problems(
        """
        fn f() {}
        #![allow(unused_imports)]
        """,
        """
        2: inner attribute or doc comment after an item
        """,
    )


def test_outer_attribute_or_doc_comment_at_the_end_of_a_module_is_a_problem() -> None:
    check_syntax_problems(
        """
        mod a {
            fn f() {}
            #[cfg(test)]
        }
        fn g() {}
        /// Docs of nothing.
        """,
        """
        3: attribute or doc comment with no item after it
        6: attribute or doc comment with no item after it
        """,
    )


def test_attribute_inside_an_item_header_is_a_syntax_error() -> None:
    check_syntax_problems(
        """
        pub mod a #[doc(hidden)]
        ;
        """,
        """
        1: missing ;
        """,
    )


def test_visibility_on_an_extern_block_is_a_syntax_error() -> None:
    check_syntax_problems(
        """
        pub extern "C" {
            fn abs(value: i32) -> i32;
        }
        """,
        """
        1: syntax error
        """,
    )
