"""Include-family calls: found in the syntax tree, with their targets.

Every test lists the calls of a small fixture crate with ``check_includes``.
Calls count wherever rustc expands them (items, expressions, attribute
values, tokens of other macro calls); text in comments and strings does not.
"""

from __future__ import annotations

from analysis_text import render_includes
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_includes(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its listed include calls with ``expected``."""
    tree = source_tree(fixture)
    model = analyze_crate(tree)
    assert render_includes(model, tree) == (normalise(expected) if expected else "")


def test_targets_are_relative_to_the_file_holding_the_call() -> None:
    check_includes(
        """
        //- /src/lib.rs
        #![doc = include_str!("../README.md")]
        mod text;
        //- /src/text/mod.rs
        pub const WORDS: &str = include_str!("data/words.txt");
        pub static MAGIC: &[u8] = std::include_bytes!("../../assets/magic.bin");
        """,
        """
        src/lib.rs:1 include_str! -> README.md
        src/text/mod.rs:1 include_str! -> src/text/data/words.txt
        src/text/mod.rs:2 include_bytes! -> assets/magic.bin
        """,
    )


def test_calls_in_doc_comments_comments_and_strings_are_not_includes() -> None:
    check_includes(
        """
        //- /src/lib.rs
        //! Reads nothing: `include_str!("../Cargo.toml")`.

        /// Like `include_bytes!("../Cargo.toml")`.
        pub fn f() -> &'static str {
            // include!("gone.rs");
            "include_str!(\\"../Cargo.toml\\")"
        }
        """,
        "",
    )


def test_calls_among_the_tokens_of_another_macro_call_are_includes() -> None:
    check_includes(
        """
        //- /src/lib.rs
        macro_rules! items { ($($i:item)*) => { $($i)* } }
        items! {
            pub const A: &str = include_str!("a.txt");
        }
        """,
        """
        src/lib.rs:3 include_str! -> src/a.txt
        """,
    )


def test_a_path_built_from_out_dir_is_computed_and_says_so() -> None:
    check_includes(
        """
        //- /src/lib.rs
        include!(concat!(env!("OUT_DIR"), "/generated.rs"));
        pub const S: &str = include_str!(concat!("a", ".txt"));
        """,
        """
        src/lib.rs:1 include! -> ? (OUT_DIR)
        src/lib.rs:2 include_str! -> ?
        """,
    )
