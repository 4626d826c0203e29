"""Doc tests that name items of their crate, and those pinned to its name.

A doc test names the crate under test by its name; it is *pinned* when it
reaches the crate through the ``extern crate`` rustdoc adds
(``crate::<name>::..``, or any path of an edition-2015 test). Every test
lists the doc tests of a small fixture crate (named ``fixture``) with
``check_doc_tests``: where the doc starts, what it documents, the pinned
path (``-`` for none) and the items the test names.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.model import ItemId, ItemKind
from crate_split.model.items import DocTest
from fixture import normalise, source_tree

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "doc_test_crate_name"


def render(tests: tuple[DocTest, ...]) -> str:
    lines = []
    for test in tests:
        documented = test.item.qualified() if test.item is not None else "mod " + "::".join(test.module)
        names = ", ".join(name.qualified() for name in test.names)
        lines.append(f"{test.span.location()} {documented} [{test.pinned or '-'}] {names}")
    return "\n".join(lines) + "\n" if lines else ""


def check_doc_tests(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its doc tests with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    assert render(model.doc_tests) == normalise(expected)


def test_a_crate_path_through_rustdocs_extern_crate_pins_the_test_and_names_what_it_reaches() -> None:
    check_doc_tests(
        """
        //- /src/lib.rs
        pub mod prelude { pub use crate::shapes::Area; }
        pub mod units { pub struct Square; pub fn side() -> f64 { 1.0 } }
        pub mod shapes {
            pub trait Area {
                /// Twice the area.
                ///
                /// ```
                /// use crate::fixture::prelude::*;
                /// # use fixture::units;
                /// let s = units::Square;
                /// assert_eq!(fixture::units::side(), 1.0);
                /// ```
                fn doubled(&self) -> f64;
            }
        }
        """,
        """
        src/lib.rs:5 shapes::Area [crate::fixture::prelude::*] prelude: pub use crate::shapes::Area, units::Square, units::side
        """,
    )


def test_paths_by_the_crates_name_alone_name_items_without_pinning() -> None:
    check_doc_tests(
        """
        //- /src/lib.rs
        /// ```
        /// let n = fixture::helpers::one();
        /// ```
        pub fn two() -> u8 { 2 }
        pub mod helpers { pub fn one() -> u8 { 1 } }
        """,
        """
        src/lib.rs:1 two [-] helpers::one
        """,
    )


def test_the_reexports_a_path_passes_through_are_named_too() -> None:
    check_doc_tests(
        """
        //- /src/lib.rs
        /// ```
        /// assert_eq!(crate::fixture::one(), fixture::two());
        /// ```
        pub fn two() -> u8 { 2 }
        pub use helpers::one;
        mod helpers { pub fn one() -> u8 { 1 } }
        """,
        """
        src/lib.rs:1 two [crate::fixture::one] crate: pub use helpers::one, helpers::one
        """,
    )


def test_blocks_rustdoc_does_not_run_and_tests_with_their_own_extern_crate_are_not_pinned() -> None:
    check_doc_tests(
        """
        //- /src/lib.rs
        /// ```ignore
        /// use crate::fixture::helpers::one;
        /// ```
        ///
        /// ```text
        /// crate::fixture::helpers::one
        /// ```
        ///
        /// ```compile_fail
        /// use crate::fixture::helpers::one;
        /// ```
        pub fn two() -> u8 { 2 }
        #[doc = "```\\nextern crate fixture;\\nuse crate::fixture::helpers::one;\\n```"]
        pub fn three() -> u8 { 3 }
        pub mod helpers { pub fn one() -> u8 { 1 } }
        """,
        """
        src/lib.rs:13 three [-] helpers::one
        """,
    )


def test_inner_docs_of_a_module_and_doc_attributes_are_read() -> None:
    check_doc_tests(
        """
        //- /src/lib.rs
        pub mod helpers;
        pub fn two() -> u8 { 2 }
        //- /src/helpers.rs
        //! ```
        //! assert_eq!(crate::fixture::two(), 2);
        //! ```
        #[doc = r#"
            ```rust,no_run
            # fn main() { fixture::helpers::one(); }
            ```
        "#]
        pub fn one() -> u8 { 1 }
        """,
        """
        src/helpers.rs:1 mod helpers [crate::fixture::two] two
        """,
    )


def test_every_path_of_an_edition_2015_test_is_pinned() -> None:
    check_doc_tests(
        """
        //- /Cargo.toml
        [package]
        name = "fixture"
        version = "0.1.0"
        //- /src/lib.rs
        /// ```
        /// use fixture::helpers::one;
        /// ```
        pub fn two() -> u8 { 2 }
        pub mod helpers { pub fn one() -> u8 { 1 } }
        """,
        """
        src/lib.rs:1 two [fixture::helpers::one] helpers::one
        """,
    )


def test_the_fixture_crate_pins_the_area_trait_to_the_prelude_and_the_square() -> None:
    model = analyze_crate(load_source_tree(CORPUS))
    pinned = [t for t in model.doc_tests if t.pinned]
    assert [(t.item, t.pinned) for t in pinned] == [
        (ItemId(("shapes",), ItemKind.TRAIT, "Area"), "crate::doc_test_crate_name::prelude::*")
    ]
    named = {name.qualified() for t in model.doc_tests if t.item == pinned[0].item for name in t.names}
    assert named == {"prelude: pub use crate::shapes::Area", "units::Square", "labels::label"}
