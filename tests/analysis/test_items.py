"""Module-level items: ids, visibility, attributes, spans and kind-specific facts.

Every test lists the items of a fixture crate with ``check_items``. Listing
them also asserts that each item's name span is the byte range of its name,
so non-ASCII names are checked for byte (not character) offsets.
"""

from __future__ import annotations

from analysis_text import render_items
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_items(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its item listing with ``expected``."""
    tree = source_tree(fixture)
    model = analyze_crate(tree)
    assert render_items(model, tree) == normalise(expected)


def test_items_record_kind_visibility_and_first_line() -> None:
    check_items(
        """
        //- /src/lib.rs
        pub fn public() {}
        pub(crate) struct CrateWide;
        pub(super) enum Never {}
        pub(in crate::a) type Alias = u8;
        const LOCAL: u8 = 1;
        static mut COUNTER: u32 = 0;
        pub union Bits { f: f32, u: u32 }
        pub trait Shape {}
        """,
        """
        fn public [pub] @src/lib.rs:1
        struct CrateWide [pub(crate)] @src/lib.rs:2
        enum Never [pub(super)] @src/lib.rs:3
        type Alias [pub(in crate::a)] @src/lib.rs:4
        const LOCAL @src/lib.rs:5
        static COUNTER @src/lib.rs:6
        union Bits [pub] fields(f, u) @src/lib.rs:7
        trait Shape [pub] @src/lib.rs:8
        """,
    )


def test_item_span_starts_at_its_doc_comment_and_attributes() -> None:
    check_items(
        """
        //- /src/lib.rs
        // An ordinary comment is not part of the item.

        /// Documented.
        #[inline]
        /// More documentation.
        pub fn documented() {}
        """,
        """
        fn documented [pub] #[inline] @src/lib.rs:3
        """,
    )


def test_item_span_takes_in_comments_between_its_attributes() -> None:
    # Deleting the item must delete `#[cfg(old)]` too, or the file no longer parses.
    check_items(
        """
        //- /src/lib.rs
        // Not part of the item.
        #[cfg(old)] // rustc < 1.36
        #[allow(dead_code)]
        /* why */
        pub(crate) mod shim {}
        """,
        """
        mod shim [pub(crate)] #[cfg(old)] #[allow(dead_code)] @src/lib.rs:2
        """,
    )


def test_struct_fields_record_their_visibility() -> None:
    check_items(
        """
        //- /src/lib.rs
        pub struct Named {
            pub a: u8,
            pub(crate) b: u8,
            c: u8,
        }
        pub struct Tuple(pub u8, pub(crate) u16, u32);
        pub struct Unit;
        """,
        """
        struct Named [pub] fields(pub a, pub(crate) b, c) @src/lib.rs:1
        struct Tuple [pub] fields(pub 0, pub(crate) 1, 2) @src/lib.rs:6
        struct Unit [pub] @src/lib.rs:7
        """,
    )


def test_enum_records_its_variants() -> None:
    check_items(
        """
        //- /src/lib.rs
        pub enum Color {
            Red,
            Custom(u8, u8, u8),
            Named { name: String },
        }
        """,
        """
        enum Color [pub] variants(Red, Custom, Named) @src/lib.rs:1
        """,
    )


def test_traits_impls_and_extern_blocks_record_their_members() -> None:
    check_items(
        """
        //- /src/lib.rs
        pub trait Shape {
            type Unit;
            const SIDES: u8;
            fn area(&self) -> f64;
        }
        pub struct Square;
        impl Square {
            pub fn new() -> Self { Square }
            const ONE: u8 = 1;
        }
        extern "C" {
            fn abs(x: i32) -> i32;
            static errno: i32;
        }
        """,
        """
        trait Shape [pub] members(Unit, SIDES, area) @src/lib.rs:1
        struct Square [pub] @src/lib.rs:6
        impl Square members(new, ONE) @src/lib.rs:7
        extern_block extern members(abs, errno) @src/lib.rs:11
        """,
    )


def test_impl_ids_name_the_header_and_record_its_generics() -> None:
    check_items(
        """
        //- /src/lib.rs
        use std::fmt;
        pub struct Wrapper<T>(T);
        impl<T: fmt::Debug, const N: usize> fmt::Display for Wrapper<[T; N]> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
        }
        impl<'a, T> From<&'a T> for Wrapper<&'a T> {
            fn from(value: &'a T) -> Self { Wrapper(value) }
        }
        """,
        """
        crate: use std::fmt @src/lib.rs:1
        struct Wrapper [pub] fields(0) @src/lib.rs:2
        impl fmt::Display for Wrapper<[T; N]> members(fmt) generics(T) @src/lib.rs:3
        impl From<&'a T> for Wrapper<&'a T> members(from) generics(T) @src/lib.rs:6
        """,
    )


def test_items_with_the_same_name_and_kind_get_numbered_ids_in_source_order() -> None:
    check_items(
        """
        //- /src/lib.rs
        #[cfg(unix)]
        pub fn separator() -> char { '/' }
        #[cfg(not(unix))]
        pub fn separator() -> char { '\\\\' }
        pub struct S;
        impl S {}
        impl S {}
        """,
        """
        fn separator [pub] #[cfg(unix)] @src/lib.rs:1
        fn separator#2 [pub] #[cfg(not(unix))] @src/lib.rs:3
        struct S [pub] @src/lib.rs:5
        impl S @src/lib.rs:6
        impl S#2 @src/lib.rs:7
        """,
    )


def test_comments_inside_an_attribute_are_left_out_of_its_cfg() -> None:
    check_items(
        """
        //- /src/lib.rs
        #[cfg(any(
            // On unix.
            unix, /* or */ windows
        ))]
        // Not part of the attribute.
        pub fn separator() -> char { '/' }
        """,
        """
        fn separator [pub] #[cfg(any(unix, windows))] @src/lib.rs:1
        """,
    )


def test_non_ascii_item_names_have_byte_spans() -> None:
    # The helper asserts that each name span's bytes decode to the name; with
    # character offsets the spans after "Grüße" and "größe" would be off.
    check_items(
        """
        //- /src/lib.rs
        pub const GRUSS: &str = "Grüße ⌀ – m²";
        pub fn größe() -> f64 { 1.0 }
        pub struct Straße { pub länge: u8 }
        pub mod ünïcödé {
            pub fn 名前() {}
        }
        """,
        """
        const GRUSS [pub] @src/lib.rs:1
        fn größe [pub] @src/lib.rs:2
        struct Straße [pub] fields(pub länge) @src/lib.rs:3
        mod ünïcödé [pub] @src/lib.rs:4
        fn ünïcödé::名前 [pub] @src/lib.rs:5
        """,
    )


def test_test_functions_and_exported_macros_keep_their_attributes() -> None:
    check_items(
        """
        //- /src/lib.rs
        #[macro_export]
        macro_rules! m { () => {} }
        #[cfg(test)]
        mod tests {
            #[test]
            #[should_panic(expected = "boom")]
            fn panics() { panic!("boom") }
        }
        """,
        """
        macro m #[macro_export] @src/lib.rs:1
        mod tests #[cfg(test)] @src/lib.rs:3
        fn tests::panics #[test] #[should_panic(expected = "boom")] @src/lib.rs:5
        """,
    )


def test_item_level_macro_calls_are_items_named_after_the_macro() -> None:
    check_items(
        """
        //- /src/lib.rs
        macro_rules! make { ($n:ident) => { pub struct $n; } }
        make!(A);
        make!(B);
        thread_local! { static X: u8 = 0; }
        """,
        """
        macro make @src/lib.rs:1
        macro_call make! @src/lib.rs:2
        macro_call make!#2 @src/lib.rs:3
        macro_call thread_local! @src/lib.rs:4
        """,
    )


def test_use_and_extern_crate_declarations_are_items() -> None:
    check_items(
        """
        //- /src/lib.rs
        extern crate alloc;
        extern crate core as kernel;
        pub use std::collections::{HashMap, HashSet as Set};
        """,
        """
        extern_crate alloc @src/lib.rs:1
        extern_crate kernel @src/lib.rs:2
        crate: pub use std::collections::{HashMap, HashSet as Set} [pub] @src/lib.rs:3
        """,
    )


def test_items_of_an_included_file_belong_to_the_including_module() -> None:
    check_items(
        """
        //- /src/lib.rs
        pub mod outer;
        //- /src/outer.rs
        include!("outer_consts.rs");
        pub fn fold() {}
        //- /src/outer_consts.rs
        const PRIME: u32 = 7;
        """,
        """
        mod outer [pub] @src/lib.rs:1
        fn outer::fold [pub] @src/outer.rs:2
        const outer::PRIME @src/outer_consts.rs:1
        """,
    )


def test_items_inside_function_bodies_are_not_module_items() -> None:
    check_items(
        """
        //- /src/lib.rs
        pub fn outer() -> u32 {
            fn helper() -> u32 { 1 }
            struct Local;
            helper()
        }
        """,
        """
        fn outer [pub] @src/lib.rs:1
        """,
    )


def test_raw_identifiers_name_items_without_their_prefix() -> None:
    check_items(
        """
        //- /src/lib.rs
        pub fn r#match() {}
        pub struct r#Type { pub r#ref: u8 }
        pub enum Kind { r#Self_, r#loop }
        """,
        """
        fn match [pub] @src/lib.rs:1
        struct Type [pub] fields(pub ref) @src/lib.rs:2
        enum Kind [pub] variants(Self_, loop) @src/lib.rs:3
        """,
    )
