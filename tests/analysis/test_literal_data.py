"""Literal data inside items: the syntax nodes the cost model weighs lower.

Every test lists, per item, its syntax nodes and those in literal-data
arrays with ``check_literal_data``.
"""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from fixture import source_tree


def check_literal_data(fixture: str, expected: dict[str, tuple[int, int]]) -> None:
    """Analyse ``fixture``; compare each item's (tokens, data tokens) with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    found = {item_id.name: (item.tokens, item.data_tokens) for item_id, item in model.items.items()}
    assert found == expected


def test_a_table_of_numbers_is_data_with_all_its_nodes() -> None:
    # `[1, 2, -3]`: the array, its brackets and commas, two literals and a
    # negated one (unary expression, `-`, literal) are 10 nodes.
    check_literal_data(
        """
        //- /src/lib.rs
        pub static TABLE: [i16; 3] = [1, 2, -3];
        """,
        {"TABLE": (24, 10)},
    )


def test_tuples_strings_and_constant_names_are_data_and_nested_arrays_count_once() -> None:
    check_literal_data(
        """
        //- /src/lib.rs
        pub const NAMES: &[(&str, u8)] = &[("a", A), ("b", 2)];
        pub const GRID: [[u8; 2]; 2] = [[1, 2], [3, 4]];
        """,
        {"NAMES": (45, 22), "GRID": (35, 16)},
    )


def test_a_reference_inside_an_array_ends_the_data_but_its_array_is_data() -> None:
    # Each `&[..]` entry is a constant rustc promotes: the outer array is
    # code, the two inner arrays (`['a']`, 4 nodes each) are data.
    check_literal_data(
        """
        //- /src/lib.rs
        pub const FOLD: &[(char, &[char])] = &[('A', &['a']), ('B', &['b'])];
        """,
        {"FOLD": (52, 8)},
    )


def test_an_array_of_calls_or_arithmetic_in_code_is_not_data() -> None:
    check_literal_data(
        """
        //- /src/lib.rs
        pub fn make(x: u8) -> [u8; 2] {
            [x + 1, f(x)]
        }
        fn f(x: u8) -> u8 { x }
        """,
        {"make": (36, 0), "f": (16, 0)},
    )


def test_a_table_inside_a_function_body_is_data_of_the_function() -> None:
    check_literal_data(
        """
        //- /src/lib.rs
        pub fn first() -> u8 {
            let table = [1, 2];
            table[0]
        }
        """,
        {"first": (29, 6)},
    )


def test_only_brackets_that_open_an_array_expression_start_data() -> None:
    # Inside a function (so the table fast path does not apply): brackets
    # of an attribute, a slice type, indexing, a string, a comment and a
    # macro's tokens open no array; the two arrays do, the inner of the
    # nested pair counted once with the outer (`[[1], [2]]`: 12 nodes,
    # `[7u8]`: 4).
    check_literal_data(
        """
        //- /src/lib.rs
        #[inline]
        pub fn lookup(xs: &[u8]) -> u8 {
            // [1, 2]
            let _s = "[3]";
            let _m = vec![4, 5];
            let _t = [[1], [2]];
            let _u = [7u8];
            xs[0]
        }
        """,
        {"lookup": (78, 16)},
    )
