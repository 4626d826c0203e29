"""The cost model's token weights: what each item counts for the planner.

Every test compares the effective tokens of a fixture's items with
``check_effective_tokens``.
"""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.cost import DATA_TOKEN_WEIGHT, PARSED_TOKEN_WEIGHT, code_tokens, effective_tokens
from crate_split.splitter.units import find_units
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


def test_items_a_cfg_leaves_out_in_a_file_rustc_reads_count_their_parsing() -> None:
    # TABLE: 24 nodes, parsed but not compiled, data or not; `code_tokens` says it holds no code.
    source = """
        //- /src/lib.rs
        #[cfg(feature = "off")]
        pub static TABLE: [i16; 3] = [1, 2, -3];
        """
    check_effective_tokens(source, {"TABLE": round(24 * PARSED_TOKEN_WEIGHT)})
    model = analyze_crate(source_tree(source))
    assert {item_id.name: tokens for item_id, tokens in code_tokens(model).items()} == {"TABLE": 0}


def test_items_of_a_file_a_cfg_never_loads_count_zero() -> None:
    # `mod gated;` is off, so rustc never reads gated.rs; `inline` is read and parsed.
    source = """
        //- /src/lib.rs
        #[cfg(feature = "off")]
        mod gated;
        #[cfg(feature = "off")]
        mod inline {
            pub fn g(x: u8) -> u8 { x }
        }
        //- /src/gated.rs
        pub fn f(x: u8) -> u8 { x }
        """
    check_effective_tokens(source, {"gated": 0, "f": 0, "inline": 0, "g": round(16 * PARSED_TOKEN_WEIGHT)})


def test_a_unit_of_parsed_only_items_costs_but_holds_no_code() -> None:
    model = analyze_crate(
        source_tree(
            """
            //- /src/lib.rs
            pub mod gated {
                #![cfg(feature = "off")]
                pub fn f(x: u32) -> u32 { x.wrapping_mul(3).wrapping_add(x.rotate_left(7)) }
            }
            pub mod live {
                pub fn g(x: u8) -> u8 { x }
            }
            """
        )
    )
    graph = find_atoms(model, derive_constraints(model)).strong_graph
    units = {unit.modules: unit for unit in find_units(model, graph).units}
    gated, live = units[(("gated",),)], units[(("live",),)]
    assert gated.tokens > 0 and not gated.holds_code
    assert live.tokens > 0 and live.holds_code
