"""Name resolution of paths: imports, globs, re-export chains, path prefixes,
editions, the extern prelude and the std prelude.

Every test lists all references of a fixture crate with ``check_resolution``,
as ``source: path -> target (kind)`` lines under ``//- /file`` headers; a
target is ``crate::..`` for a local item, ``extern NAME`` for another crate
and ``?`` for an unresolved path. Fixtures are valid Rust, so the helper
also insists that they parse without syntax errors.
"""

from __future__ import annotations

from analysis_text import render_references
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_resolution(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its reference listing with ``expected``."""
    tree = source_tree(fixture)
    model = analyze_crate(tree)
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    assert render_references(model, tree) == normalise(expected)


# -- use trees and renames -------------------------------------------------------


def test_nested_use_tree_resolves_every_leaf() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod a {
            pub mod b { pub fn f() {} }
            pub mod c { pub struct D; }
        }
        mod e {}
        use crate::{a::{b, c::D}, e};
        """,
        """
        //- /src/lib.rs
        use: crate::a::b -> crate::a::b (use)
        use: crate::a::c::D -> crate::a::c::D (use)
        use: crate::e -> crate::e (use)
        """,
    )


def test_renamed_import_binds_the_alias_to_the_original_item() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod shapes { pub struct Square; }
        use shapes::Square as Box2;
        use std::collections::BTreeMap as Map;
        fn make() -> Box2 { Box2 }
        fn table() -> Map<u8, u8> { Map::new() }
        """,
        """
        //- /src/lib.rs
        use: shapes::Square -> crate::shapes::Square (use)
        use: std::collections::BTreeMap -> extern std (use)
        make: Box2 -> crate::shapes::Square (type)
        make: Box2 -> crate::shapes::Square (path)
        table: Map -> extern std (type)
        table: Map::new -> extern std (path)
        """,
    )


def test_self_in_a_use_list_binds_the_module_itself() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod a { pub mod b { pub fn make() {} pub struct W; } }
        use crate::a::b::{self, W};
        fn f() { b::make(); }
        """,
        """
        //- /src/lib.rs
        use: crate::a::b -> crate::a::b (use)
        use: crate::a::b::W -> crate::a::b::W (use)
        f: b::make -> crate::a::b::make (path)
        """,
    )


def test_self_renamed_in_a_use_list_binds_the_alias_to_the_module() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod a { pub mod c { pub struct Deep; pub struct D; } }
        use crate::a::c::{self as cee, D as Dee};
        fn f() -> (cee::Deep, Dee) { (cee::Deep, Dee) }
        """,
        """
        //- /src/lib.rs
        use: crate::a::c -> crate::a::c (use)
        use: crate::a::c::D -> crate::a::c::D (use)
        f: cee::Deep -> crate::a::c::Deep (type)
        f: Dee -> crate::a::c::D (type)
        f: cee::Deep -> crate::a::c::Deep (path)
        f: Dee -> crate::a::c::D (path)
        """,
    )


def test_underscore_import_binds_no_name() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod traits { pub trait Tr {} }
        use traits::Tr as _;
        fn f() { Tr; }
        """,
        """
        //- /src/lib.rs
        use: traits::Tr -> crate::traits::Tr (use)
        f: Tr -> ? (path)
        """,
    )


def test_one_import_binds_a_name_in_every_namespace_it_exists_in() -> None:
    # `S` is a unit struct: a type and a constant; `m` is a module and a fn.
    check_resolution(
        """
        //- /src/lib.rs
        mod defs {
            pub struct S;
            pub mod m { pub struct Inner; }
            pub fn m() {}
        }
        use defs::{m, S};
        fn f(_: S, _: m::Inner) { let _ = S; m(); }
        """,
        """
        //- /src/lib.rs
        use: defs::m -> crate::defs::m (use)
        use: defs::S -> crate::defs::S (use)
        f: S -> crate::defs::S (type)
        f: m::Inner -> crate::defs::m::Inner (type)
        f: S -> crate::defs::S (path)
        f: m -> crate::defs::m (path)
        """,
    )


# -- globs -------------------------------------------------------------------------


def test_glob_import_brings_the_public_items_of_a_module() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod b {
            pub struct Widget;
            pub const LIMIT: u32 = 8;
            pub fn make() -> Widget { Widget }
        }
        use b::*;
        fn f() -> Widget { let _ = LIMIT; make() }
        """,
        """
        //- /src/lib.rs
        b::make: Widget -> crate::b::Widget (type)
        b::make: Widget -> crate::b::Widget (path)
        use: b::* -> crate::b (use)
        f: Widget -> crate::b::Widget (type)
        f: LIMIT -> crate::b::LIMIT (path)
        f: make -> crate::b::make (path)
        """,
    )


def test_glob_import_does_not_bring_private_items() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod a {
            fn hidden() {}
            pub(crate) fn shared() {}
        }
        mod user {
            use crate::a::*;
            fn f() { shared(); hidden(); }
        }
        """,
        """
        //- /src/lib.rs
        user::use: crate::a::* -> crate::a (use)
        user::f: shared -> crate::a::shared (path)
        user::f: hidden -> ? (path)
        """,
    )


def test_explicit_import_shadows_a_glob_import() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod b { pub struct Widget; pub fn helper() {} }
        mod e { pub struct Widget; pub fn helper() {} }
        use b::*;
        use e::Widget;
        fn f() -> Widget { helper(); Widget }
        """,
        """
        //- /src/lib.rs
        use: b::* -> crate::b (use)
        use: e::Widget -> crate::e::Widget (use)
        f: Widget -> crate::e::Widget (type)
        f: helper -> crate::b::helper (path)
        f: Widget -> crate::e::Widget (path)
        """,
    )


def test_local_item_shadows_a_glob_import() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod b { pub fn helper() {} }
        use b::*;
        fn helper() {}
        fn f() { helper(); }
        """,
        """
        //- /src/lib.rs
        use: b::* -> crate::b (use)
        f: helper -> crate::helper (path)
        """,
    )


def test_glob_import_of_enum_variants_makes_them_patterns_not_bindings() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub enum Color { Red, Green, Custom(u8) }
        use Color::*;
        pub fn name(c: Color) -> u8 {
            match c {
                Red => 1,
                Custom(n) => n,
                other => 0,
            }
        }
        pub fn all() -> [Color; 2] { [Red, Green] }
        """,
        """
        //- /src/lib.rs
        use: Color::* -> crate::Color (use)
        name: Color -> crate::Color (type)
        name: Red -> crate::Color (path)
        name: Custom -> crate::Color (path)
        all: Color -> crate::Color (type)
        all: Red -> crate::Color (path)
        all: Green -> crate::Color (path)
        """,
    )


def test_block_level_glob_of_enum_variants_applies_inside_the_block() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub enum Shade { Light, Dark }
        pub fn shade(dark: bool) -> Shade {
            use self::Shade::*;
            if dark { Dark } else { Light }
        }
        pub fn other() -> u8 { let Light = 1; Light }
        """,
        """
        //- /src/lib.rs
        shade: Shade -> crate::Shade (type)
        shade: self::Shade::* -> crate::Shade (use)
        shade: Dark -> crate::Shade (path)
        shade: Light -> crate::Shade (path)
        """,
    )


def test_block_level_glob_of_another_crate_covers_the_names_of_that_block() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub fn fallback() -> u8 { 0 }
        pub fn start(r: core::ops::Bound<u8>) -> u8 {
            use core::ops::Bound::*;
            match r { Included(n) => n, Excluded(n) => n + 1, Unbounded => fallback() }
        }
        pub fn elsewhere() { Included(1); }
        """,
        """
        //- /src/lib.rs
        start: core::ops::Bound -> extern core (type)
        start: core::ops::Bound::* -> extern core (use)
        start: Included -> extern core (path)
        start: Excluded -> extern core (path)
        start: fallback -> crate::fallback (path)
        elsewhere: Included -> ? (path)
        """,
    )


def test_paths_into_a_facade_module_of_another_crates_glob_are_external() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod lib {
            mod core { pub use core::*; }
            pub use self::core::{fmt, mem};
            pub fn local() {}
        }
        use lib::fmt;
        pub fn f(out: &mut fmt::Formatter<'_>) { lib::mem::drop(1); lib::local(); }
        """,
        """
        //- /src/lib.rs
        lib::core::use: core::* -> extern core (use)
        lib::use: self::core::fmt -> extern core (use)
        lib::use: self::core::mem -> extern core (use)
        use: lib::fmt -> extern core (use)
        f: fmt::Formatter -> extern core (type)
        f: lib::mem::drop -> extern core (path)
        f: lib::local -> crate::lib::local (path)
        """,
    )


def test_glob_reexport_is_seen_through_by_a_further_glob() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod inner { pub struct Item; }
        pub mod prelude { pub use crate::inner::*; }
        mod user {
            use crate::prelude::*;
            fn f(_: Item) {}
        }
        """,
        """
        //- /src/lib.rs
        prelude::use: crate::inner::* -> crate::inner (use)
        user::use: crate::prelude::* -> crate::prelude (use)
        user::f: Item -> crate::inner::Item (type)
        """,
    )


# -- re-export chains ----------------------------------------------------------------


def test_pub_use_chain_through_three_modules_resolves_to_the_definition() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub mod a;
        pub mod mid;
        pub use mid::Deep;
        pub fn top(d: Deep) -> crate::a::Deep { d }
        //- /src/a/mod.rs
        pub mod c;
        pub use self::c::Deep;
        //- /src/a/c.rs
        pub struct Deep;
        //- /src/mid.rs
        pub use crate::a::Deep;
        """,
        """
        //- /src/a/mod.rs
        a::use: self::c::Deep -> crate::a::c::Deep (use)
        //- /src/lib.rs
        use: mid::Deep -> crate::a::c::Deep (use)
        top: Deep -> crate::a::c::Deep (type)
        top: crate::a::Deep -> crate::a::c::Deep (type)
        //- /src/mid.rs
        mid::use: crate::a::Deep -> crate::a::c::Deep (use)
        """,
    )


def test_reexport_chain_declared_before_its_source_still_resolves() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub use first::Thing;
        mod first { pub use crate::second::Thing; }
        mod second { pub use crate::third::Thing; }
        mod third { pub struct Thing; }
        """,
        """
        //- /src/lib.rs
        use: first::Thing -> crate::third::Thing (use)
        first::use: crate::second::Thing -> crate::third::Thing (use)
        second::use: crate::third::Thing -> crate::third::Thing (use)
        """,
    )


# -- crate, self, super --------------------------------------------------------------


def test_crate_self_and_super_prefixes_resolve_from_the_right_module() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub fn root() {}
        pub mod a {
            pub fn sibling() {}
            pub mod b {
                pub fn here() {}
                pub fn f() {
                    crate::root();
                    self::here();
                    super::sibling();
                    super::super::root();
                }
            }
        }
        """,
        """
        //- /src/lib.rs
        a::b::f: crate::root -> crate::root (path)
        a::b::f: self::here -> crate::a::b::here (path)
        a::b::f: super::sibling -> crate::a::sibling (path)
        a::b::f: super::super::root -> crate::root (path)
        """,
    )


def test_super_above_the_crate_root_does_not_resolve() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub fn f() { super::g(); }
        """,
        """
        //- /src/lib.rs
        f: super::g -> ? (path)
        """,
    )


def test_paths_through_an_enum_name_its_variants() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub mod shapes {
            pub enum Kind { Round, Square { side: u8 } }
            pub struct Circle;
            impl Circle { pub fn new() -> Self { Circle } }
        }
        pub fn f() {
            let _ = shapes::Kind::Round;
            let _ = shapes::Kind::Square { side: 1 };
            let _ = shapes::Circle::new();
        }
        """,
        """
        //- /src/lib.rs
        shapes::impl Circle: Circle -> crate::shapes::Circle (impl)
        shapes::impl Circle: Self -> crate::shapes::Circle (type)
        shapes::impl Circle: Circle -> crate::shapes::Circle (path)
        f: shapes::Kind::Round -> crate::shapes::Kind (path)
        f: shapes::Kind::Square -> crate::shapes::Kind (type)
        f: shapes::Circle::new -> crate::shapes::Circle (path)
        """,
    )


# -- editions ------------------------------------------------------------------------


def test_edition_2015_use_paths_start_at_the_crate_root() -> None:
    check_resolution(
        """
        //- /Cargo.toml
        [package]
        name = "old"
        version = "0.1.0"
        //- /src/lib.rs
        mod util;
        mod shapes;
        //- /src/util.rs
        pub fn double() {}
        //- /src/shapes.rs
        use util::double;
        use util;
        mod inner { pub fn g() {} }
        use self::inner::g;
        pub fn f() { double(); util::double(); g(); }
        """,
        """
        //- /src/shapes.rs
        shapes::use: util::double -> crate::util::double (use)
        shapes::use: util -> crate::util (use)
        shapes::use: self::inner::g -> crate::shapes::inner::g (use)
        shapes::f: double -> crate::util::double (path)
        shapes::f: util::double -> crate::util::double (path)
        shapes::f: g -> crate::shapes::inner::g (path)
        """,
    )


def test_edition_2015_leading_colons_name_the_crate_root() -> None:
    check_resolution(
        """
        //- /Cargo.toml
        [package]
        name = "old"
        version = "0.1.0"
        edition = "2015"
        //- /src/lib.rs
        pub fn banner() {}
        pub mod report {
            pub fn f() { ::banner(); }
        }
        """,
        """
        //- /src/lib.rs
        report::f: ::banner -> crate::banner (path)
        """,
    )


def test_edition_2018_use_paths_are_relative_to_the_current_module() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub mod util { pub fn double() {} }
        pub mod shapes {
            pub mod util { pub fn triple() {} }
            use util::triple;
            pub fn f() { triple(); }
        }
        """,
        """
        //- /src/lib.rs
        shapes::use: util::triple -> crate::shapes::util::triple (use)
        shapes::f: triple -> crate::shapes::util::triple (path)
        """,
    )


def test_edition_2018_leading_colons_name_an_external_crate() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub mod std_like { pub fn f() {} }
        pub fn g() { ::std::mem::drop(1); ::std_like::f(); }
        """,
        """
        //- /src/lib.rs
        g: ::std::mem::drop -> extern std (path)
        g: ::std_like::f -> ? (path)
        """,
    )


# -- extern prelude -----------------------------------------------------------------


def test_dependencies_and_sysroot_crates_are_in_the_extern_prelude() -> None:
    check_resolution(
        """
        //- /Cargo.toml
        [package]
        name = "demo"
        version = "0.1.0"
        edition = "2021"
        [dependencies]
        serde-json = "1"
        [dev-dependencies]
        proptest = "1"
        [build-dependencies]
        cc = "1"
        //- /src/lib.rs
        pub fn f() {
            serde_json::to_string(&1);
            core::mem::swap(&mut 1, &mut 2);
            alloc::vec::Vec::<u8>::new();
            proptest::prelude::any::<u8>();
            cc::Build::new();
        }
        """,
        """
        //- /src/lib.rs
        f: serde_json::to_string -> extern serde_json (path)
        f: core::mem::swap -> extern core (path)
        f: alloc::vec::Vec::new -> extern alloc (path)
        f: proptest::prelude::any -> extern proptest (path)
        f: cc::Build::new -> ? (path)
        """,
    )


def test_renamed_dependency_is_named_by_its_key_and_denotes_its_package() -> None:
    check_resolution(
        """
        //- /Cargo.toml
        [package]
        name = "demo"
        version = "0.1.0"
        edition = "2021"
        [dependencies]
        helper_renamed = { package = "renamed-deps-helper", path = "../helper" }
        //- /src/lib.rs
        use helper_renamed::{pad_left, Style};
        pub fn f() { pad_left(); helper_renamed::apply(Style::Bracketed); renamed_deps_helper::x(); }
        """,
        """
        //- /src/lib.rs
        use: helper_renamed::pad_left -> extern renamed_deps_helper (use)
        use: helper_renamed::Style -> extern renamed_deps_helper (use)
        f: pad_left -> extern renamed_deps_helper (path)
        f: helper_renamed::apply -> extern renamed_deps_helper (path)
        f: Style::Bracketed -> extern renamed_deps_helper (path)
        f: renamed_deps_helper::x -> ? (path)
        """,
    )


def test_extern_crate_alias_at_the_root_is_usable_everywhere() -> None:
    check_resolution(
        """
        //- /Cargo.toml
        [package]
        name = "old"
        version = "0.1.0"
        [dependencies]
        edition2015_helper = { path = "../helper" }
        //- /src/lib.rs
        extern crate edition2015_helper as helper;
        pub mod report;
        pub fn banner() { helper::greet(); }
        //- /src/report.rs
        extern crate edition2015_helper as hlp;
        use self::hlp::Counter;
        use helper::greet;
        pub fn f() { Counter::new(); ::helper::Counter::new(); greet(); }
        """,
        """
        //- /src/lib.rs
        banner: helper::greet -> extern edition2015_helper (path)
        //- /src/report.rs
        report::use: self::hlp::Counter -> extern edition2015_helper (use)
        report::use: helper::greet -> extern edition2015_helper (use)
        report::f: Counter::new -> extern edition2015_helper (path)
        report::f: ::helper::Counter::new -> extern edition2015_helper (path)
        report::f: greet -> extern edition2015_helper (path)
        """,
    )


def test_extern_crate_self_alias_names_this_crate() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        extern crate self as this;
        pub struct S;
        pub fn f() -> this::S { S }
        """,
        """
        //- /src/lib.rs
        f: this::S -> crate::S (type)
        f: S -> crate::S (path)
        """,
    )


def test_raw_identifiers_and_plain_identifiers_name_the_same_item() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub mod r#async { pub fn r#match() {} pub struct Type; }
        use r#async::Type;
        pub fn f() -> r#Type { r#async::r#match(); self::r#async::Type }
        """,
        """
        //- /src/lib.rs
        use: async::Type -> crate::async::Type (use)
        f: Type -> crate::async::Type (type)
        f: async::match -> crate::async::match (path)
        f: self::async::Type -> crate::async::Type (path)
        """,
    )


# -- std prelude, primitives and Self --------------------------------------------------


def test_std_prelude_names_are_external_and_primitive_types_are_no_references() -> None:
    # A primitive type in type position names no item; only paths through
    # one (`u8::MAX`) are references.
    check_resolution(
        """
        //- /src/lib.rs
        pub fn f(x: Option<Vec<String>>, y: &str, z: [u8; 4]) -> Result<bool, ()> {
            let b: Box<dyn Fn(f64) -> char> = Box::new(|_| 'x');
            drop(b);
            Ok(x.is_some() && y.is_empty() && z.len() == 4 && u8::MAX == 255)
        }
        """,
        """
        //- /src/lib.rs
        f: Option -> extern std (type)
        f: Vec -> extern std (type)
        f: String -> extern std (type)
        f: Result -> extern std (type)
        f: Box -> extern std (type)
        f: Fn -> extern std (type)
        f: Box::new -> extern std (path)
        f: drop -> extern std (path)
        f: Ok -> extern std (path)
        f: u8::MAX -> extern std (path)
        """,
    )


def test_local_items_shadow_std_prelude_names() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub enum Option { Nothing }
        pub fn drop() {}
        pub fn f() -> Option { drop(); Option::Nothing }
        """,
        """
        //- /src/lib.rs
        f: Option -> crate::Option (type)
        f: drop -> crate::drop (path)
        f: Option::Nothing -> crate::Option (path)
        """,
    )


def test_self_names_the_implemented_type_and_the_trait() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        pub struct Config { level: u32 }
        impl Config {
            pub const DEFAULT: u32 = 3;
            pub fn new() -> Self { Self { level: Self::DEFAULT } }
        }
        pub trait Make { fn make() -> Self; }
        """,
        """
        //- /src/lib.rs
        impl Config: Config -> crate::Config (impl)
        impl Config: Self -> crate::Config (type)
        impl Config: Self -> crate::Config (type)
        impl Config: Self::DEFAULT -> crate::Config (path)
        Make: Self -> crate::Make (type)
        """,
    )


# -- bad paths ---------------------------------------------------------------------


def test_unknown_paths_are_unresolved_and_reported_as_info() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod a {}
        use crate::a::Missing;
        pub fn f() -> nowhere::Thing { Missing }
        """,
        """
        //- /src/lib.rs
        use: crate::a::Missing -> ? (use)
        f: nowhere::Thing -> ? (type)
        f: Missing -> ? (path)
        """,
    )


def test_references_after_non_ascii_text_have_byte_spans() -> None:
    # The helper checks that every reference span's bytes hold its path.
    check_resolution(
        """
        //- /src/lib.rs
        pub const KREIS: &str = "Kreis ⌀ – Fläche m²";
        pub struct Größe;
        pub fn größe() -> Größe { let _ = KREIS; Größe }
        pub fn messen() -> Größe { größe() }
        """,
        """
        //- /src/lib.rs
        größe: Größe -> crate::Größe (type)
        größe: KREIS -> crate::KREIS (path)
        größe: Größe -> crate::Größe (path)
        messen: Größe -> crate::Größe (type)
        messen: größe -> crate::größe (path)
        """,
    )


# -- cfg alternatives -----------------------------------------------------------------


def test_a_path_to_an_item_with_cfg_alternatives_refers_to_every_alternative() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        #[cfg(unix)]
        pub fn separator() -> char { '/' }
        #[cfg(not(unix))]
        pub fn separator() -> char { '\\\\' }
        pub fn join() -> String { format!("a{}b", separator()) }
        pub fn first() -> char { separator() }
        """,
        """
        //- /src/lib.rs
        join: String -> extern std (type)
        join: format! -> extern std (macro)
        join: separator -> crate::separator (token)
        join: separator -> crate::separator#2 (token)
        first: separator -> crate::separator (path)
        first: separator -> crate::separator#2 (path)
        """,
    )


def test_a_name_imported_under_exclusive_cfgs_refers_to_every_import() -> None:
    check_resolution(
        """
        //- /src/lib.rs
        mod sys {
            #[cfg(unix)]
            mod unix { pub fn is_hidden() -> bool { true } }
            #[cfg(unix)]
            use self::unix as imp;
            #[cfg(not(unix))]
            mod fallback { pub fn is_hidden() -> bool { false } }
            #[cfg(not(unix))]
            use self::fallback as imp;
            pub fn is_hidden() -> bool { imp::is_hidden() }
        }
        """,
        """
        //- /src/lib.rs
        sys::use: self::unix -> crate::sys::unix (use)
        sys::use: self::fallback -> crate::sys::fallback (use)
        sys::is_hidden: imp::is_hidden -> crate::sys::unix::is_hidden (path)
        sys::is_hidden: imp::is_hidden -> crate::sys::fallback::is_hidden (path)
        """,
    )


def test_items_repeated_without_cfg_are_not_alternatives() -> None:
    # Two impls of one type share an id stem but are both compiled.
    check_resolution(
        """
        //- /src/lib.rs
        pub struct S;
        impl S { pub fn a() {} }
        impl S { pub fn b() {} }
        pub fn f() -> S { S::a(); S }
        """,
        """
        //- /src/lib.rs
        impl S: S -> crate::S (impl)
        impl S#2: S -> crate::S (impl)
        f: S -> crate::S (type)
        f: S::a -> crate::S (path)
        f: S -> crate::S (path)
        """,
    )
