"""The cost model's token weights: what each item counts for the planner.

Every test compares the effective tokens of a fixture's items with
``check_effective_tokens``.
"""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from crate_split.splitter.cost import DATA_TOKEN_WEIGHT, effective_tokens
from fixture import source_tree


def check_effective_tokens(fixture: str, expected: dict[str, int]) -> None:
    """Analyse ``fixture``; compare each item's effective tokens with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    assert {item_id.name: tokens for item_id, tokens in effective_tokens(model).items()} == expected


def test_literal_data_counts_a_fraction_of_code() -> None:
    # TABLE: 24 nodes, 10 of them the literal array; `make`: 36 nodes of code.
    check_effective_tokens(
        """
        //- /src/lib.rs
        pub static TABLE: [i16; 3] = [1, 2, -3];
        pub fn make(x: u8) -> [u8; 2] {
            [x + 1, f(x)]
        }
        fn f(x: u8) -> u8 { x }
        """,
        {"TABLE": 14 + round(10 * DATA_TOKEN_WEIGHT), "make": 36, "f": 16},
    )


def test_inactive_items_count_zero_data_or_not() -> None:
    check_effective_tokens(
        """
        //- /src/lib.rs
        #[cfg(feature = "off")]
        pub static TABLE: [i16; 3] = [1, 2, -3];
        """,
        {"TABLE": 0},
    )
