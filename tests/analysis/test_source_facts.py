"""Source facts: the custom cfg names the code tests, the variables it
reads with ``env!``/``option_env!`` and the macros ``macro_rules!`` bodies
call, found in the syntax tree.

Every test lists the facts of a small fixture crate with
``check_source_facts``. Facts count where rustc reads them (attributes,
macro calls, the tokens of macro calls and bodies); comments, string
contents and ordinary code spelling the same words do not.
"""

from __future__ import annotations

from analysis_text import render_source_facts
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_source_facts(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its listed source facts with ``expected``."""
    tree = source_tree(fixture)
    model = analyze_crate(tree)
    assert render_source_facts(model, tree) == (normalise(expected) if expected else "")


def test_custom_cfg_names_are_found_in_attributes_and_cfg_calls_across_lines() -> None:
    check_source_facts(
        """
        //- /src/lib.rs
        #![cfg_attr(has_alloc, allow(dead_code))]
        #[cfg(all(
            has_std,
            my_key = "v",
        ))]
        pub fn f() -> bool { cfg!(fast_path) }
        """,
        """
        src/lib.rs:1 custom cfg has_alloc
        src/lib.rs:3 custom cfg has_std
        src/lib.rs:4 custom cfg key my_key
        src/lib.rs:6 custom cfg fast_path
        """,
    )


def test_features_are_recorded_by_value_and_built_in_names_and_operators_not_at_all() -> None:
    check_source_facts(
        """
        //- /src/lib.rs
        #[cfg(all(feature = "has_std", not(any(unix, target_os = "x", debug_assertions, clippy))))]
        #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
        pub fn f() {}
        """,
        """
        src/lib.rs:1 feature cfg has_std
        src/lib.rs:2 feature cfg std
        """,
    )


def test_an_attribute_on_one_line_with_its_item_tests_only_its_predicate() -> None:
    # The regex over raw lines took the rest of the line (`fn`, `one_line`)
    # and a cfg_attr's attributes (`dead_code`) for cfg names.
    check_source_facts(
        """
        //- /src/lib.rs
        #[cfg(feature = "x")] pub fn one_line() {}
        #[cfg_attr(feature = "y", allow(dead_code))] pub fn other() {}
        """,
        """
        src/lib.rs:1 feature cfg x
        src/lib.rs:2 feature cfg y
        """,
    )


def test_cfg_words_in_comments_strings_and_ordinary_code_are_no_facts() -> None:
    check_source_facts(
        """
        //- /src/lib.rs
        // #[cfg(in_comment)] env!("IN_COMMENT")
        /// Set `cfg(in_doc)` or `env!("IN_DOC")`.
        pub fn cfg(flag: u8) -> &'static str {
            let _ = cfg(flag);
            "#[cfg(in_string)] env!(\\"IN_STRING\\")"
        }
        """,
        "",
    )


def test_words_tree_sitter_makes_keywords_are_cfg_names_too() -> None:
    # `default` and `union` are tokens of their own in a token tree, not
    # identifiers; `true` is a literal.
    check_source_facts(
        """
        //- /src/lib.rs
        #[cfg(default)]
        pub fn f() {}
        #[cfg(all(test, union, not(true)))]
        mod tests {}
        """,
        """
        src/lib.rs:1 custom cfg default
        src/lib.rs:3 custom cfg union
        """,
    )


def test_cfg_names_in_macro_tokens_count_and_metavariables_do_not() -> None:
    check_source_facts(
        """
        //- /src/lib.rs
        macro_rules! gated {
            ($meta:meta, $($item:item)*) => { $(#[cfg($meta)] #[cfg(has_atomics)] $item)* };
        }
        """,
        """
        src/lib.rs:2 custom cfg has_atomics
        """,
    )


def test_a_cfg_on_an_extern_crate_is_marked() -> None:
    check_source_facts(
        """
        //- /src/lib.rs
        #[cfg(has_std)]
        #[macro_use]
        extern crate std;
        #[cfg(has_std)]
        pub fn f() {}
        """,
        """
        src/lib.rs:1 custom cfg has_std (extern crate)
        src/lib.rs:4 custom cfg has_std
        """,
    )


def test_env_reads_name_their_variable_with_or_without_a_path() -> None:
    check_source_facts(
        """
        //- /src/lib.rs
        pub const STAMP: &str = env!("BUILD_STAMP");
        pub const TAG: Option<&str> = core::option_env!("TAG");
        include!(concat!(env!("OUT_DIR"), "/gen.rs"));
        pub fn computed() -> String { std::env::var("RUNTIME").unwrap() }
        """,
        """
        src/lib.rs:1 env read BUILD_STAMP
        src/lib.rs:2 env read TAG
        src/lib.rs:3 env read OUT_DIR
        """,
    )


def test_macro_calls_are_the_named_calls_of_macro_rules_bodies() -> None:
    # The regex over the body also took `$x !=`, `$callback!` and a call
    # written in the macro's doc comment for calls of local macros.
    check_source_facts(
        """
        //- /src/lib.rs
        /// Like `shout!`.
        macro_rules! outer {
            ($x:expr, $callback:ident) => {
                $crate::helper!($x);
                other ! [$x != 0];
                $callback!();
            };
        }
        pub fn f() { println!("{}", 1); }
        """,
        """
        src/lib.rs:4 macro call helper
        src/lib.rs:5 macro call other
        """,
    )
