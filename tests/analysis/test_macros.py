"""Macro names: ``macro_rules!`` textual scope, ``#[macro_use]``,
``#[macro_export]`` with ``$crate``, path-based macro imports, macros of
other crates, derives, and items that macro calls generate.

Every test lists the references of a fixture with ``check_macro_resolution``
(same format as ``test_resolution.py``; ``token`` references are paths found
inside macro token trees and macro bodies; a macro call's tokens that
name the call itself are left out).
"""

from __future__ import annotations

from analysis_text import render_references
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_macro_resolution(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its reference listing with ``expected``."""
    tree = source_tree(fixture)
    model = analyze_crate(tree)
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    assert render_references(model, tree) == normalise(expected)


def test_a_macro_call_sees_the_latest_definition_before_it() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! m { () => { 1 } }
        pub fn a() -> u8 { m!() }
        macro_rules! m { () => { 2 } }
        pub fn b() -> u8 { m!() }
        """,
        """
        //- /src/lib.rs
        a: m! -> crate::m (macro)
        b: m! -> crate::m#2 (macro)
        """,
    )


def test_a_macro_defined_in_a_module_is_not_in_scope_after_that_module() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! m { () => { 1 } }
        mod inner {
            macro_rules! m { () => { 2 } }
            pub fn b() -> u8 { m!() }
        }
        pub fn c() -> u8 { m!() }
        """,
        """
        //- /src/lib.rs
        inner::b: m! -> crate::inner::m (macro)
        c: m! -> crate::m (macro)
        """,
    )


def test_macro_use_module_lends_its_macros_to_the_modules_declared_after_it() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        mod early;
        #[macro_use]
        mod macros;
        mod late;
        pub fn root() -> i32 { square!(2) }
        //- /src/early.rs
        use crate::macros::square;
        pub fn f() -> i32 { square!(3) + crate::macros::square!(4) }
        //- /src/macros.rs
        macro_rules! square { ($x:expr) => { $x * $x }; }
        pub(crate) use square;
        //- /src/late.rs
        pub fn g() -> i32 { square!(5) }
        """,
        """
        //- /src/early.rs
        early::use: crate::macros::square -> crate::macros::square (use)
        early::f: square! -> crate::macros::square (macro)
        early::f: crate::macros::square! -> crate::macros::square (macro)
        //- /src/late.rs
        late::g: square! -> crate::macros::square (macro)
        //- /src/lib.rs
        root: square! -> crate::macros::square (macro)
        //- /src/macros.rs
        macros::use: square -> crate::macros::square (use)
        """,
    )


def test_macro_use_chains_carry_macros_out_of_nested_modules() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        #[macro_use]
        mod outer {
            #[macro_use]
            mod inner {
                macro_rules! deep { () => { 0 } }
            }
            mod nope {
                macro_rules! hidden { () => { 0 } }
            }
        }
        pub fn f() -> u8 { deep!() }
        """,
        """
        //- /src/lib.rs
        f: deep! -> crate::outer::inner::deep (macro)
        """,
    )


def test_exported_macro_lives_at_the_crate_root_and_its_crate_paths_are_references() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        pub mod units {
            pub struct Meters(pub f64);
            impl Meters { pub fn new(v: f64) -> Self { Meters(v) } }
        }
        pub mod macros {
            #[macro_export]
            macro_rules! meters {
                ($v:expr) => { $crate::units::Meters::new($v as f64) };
            }
        }
        pub mod user {
            pub fn f() -> crate::units::Meters { crate::meters!(2) }
        }
        """,
        """
        //- /src/lib.rs
        units::impl Meters: Meters -> crate::units::Meters (impl)
        units::impl Meters: Self -> crate::units::Meters (type)
        units::impl Meters: Meters -> crate::units::Meters (path)
        macros::meters: $crate::units::Meters::new -> crate::units::Meters (token)
        user::f: crate::units::Meters -> crate::units::Meters (type)
        user::f: crate::units::Meters::new -> crate::units::Meters (expansion)
        user::f: crate::meters! -> crate::macros::meters (macro)
        """,
    )


def test_a_macro_body_refers_to_the_local_macros_it_calls() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! square { ($x:expr) => { $x * $x }; }
        macro_rules! norm {
            ($a:expr, $b:expr) => { square!($a) + square!($b) + undefined_elsewhere!() };
        }
        """,
        """
        //- /src/lib.rs
        norm: square -> crate::square (token)
        norm: square -> crate::square (token)
        """,
    )


def test_macro_calls_by_path_inside_token_trees_resolve_as_macros() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        #[macro_export]
        macro_rules! inner_m { () => { 1 } }
        #[macro_export]
        macro_rules! outer_m { () => { $crate::inner_m!() + ::std::println!() }; }
        pub fn g() -> Vec<u8> { vec![crate::inner_m!(), inner_m!()] }
        """,
        """
        //- /src/lib.rs
        outer_m: $crate::inner_m -> crate::inner_m (token)
        g: Vec -> extern std (type)
        g: vec! -> extern std (macro)
        g: crate::inner_m -> crate::inner_m (token)
        g: inner_m -> crate::inner_m (token)
        """,
    )


def test_a_macro_defined_by_a_local_macro_call_resolves_to_that_call() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! export_token_macro {
            () => {
                #[macro_export]
                macro_rules! Token { ($t:tt) => { u8 }; }
            };
        }
        export_token_macro!();
        pub fn f() -> crate::Token![;] { 0 }
        """,
        """
        //- /src/lib.rs
        export_token_macro!: export_token_macro! -> crate::export_token_macro (macro)
        f: crate::Token! -> crate::export_token_macro! (macro)
        """,
    )


def test_paths_inside_macro_calls_are_recorded_when_they_resolve() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        pub mod a { pub fn helper() -> u8 { 1 } }
        pub fn f(x: u8) -> String {
            format!("{} {} {}", a::helper(), x, unknown_name)
        }
        """,
        """
        //- /src/lib.rs
        f: String -> extern std (type)
        f: format! -> extern std (macro)
        f: a::helper -> crate::a::helper (token)
        """,
    )


def test_item_level_macro_calls_define_the_names_they_generate() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! point_struct {
            ($name:ident { $($field:ident),+ }) => {
                pub struct $name { $(pub $field: f64),+ }
            };
        }
        point_struct!(Point2 { x, y });
        pub fn origin() -> Point2 { Point2 { x: 0.0, y: 0.0 } }
        """,
        """
        //- /src/lib.rs
        point_struct!: point_struct! -> crate::point_struct (macro)
        origin: Point2 -> crate::point_struct! (type)
        origin: Point2 -> crate::point_struct! (type)
        """,
    )


def test_std_type_names_in_macro_arguments_are_not_taken_for_generated_items() -> None:
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! wrap { ($name:ident, $inner:ident) => { pub struct $name($inner); }; }
        wrap!(Name, String);
        pub fn f() -> Name { Name(format!("{}", String::new())) }
        """,
        """
        //- /src/lib.rs
        wrap!: wrap! -> crate::wrap (macro)
        f: Name -> crate::wrap! (type)
        f: Name -> crate::wrap! (path)
        f: format! -> extern std (macro)
        """,
    )


def test_items_a_macro_names_after_its_arguments_are_found_through_paths() -> None:
    # `first` is a weak guess (any identifier of the call); it never hides
    # the module `utf8`, which the module binds in the type namespace.
    check_macro_resolution(
        """
        //- /src/lib.rs
        mod checks {
            macro_rules! check { ($m:ident, $name:ident) => { pub fn $name() { $m::run() } }; }
            pub mod utf8 { pub fn run() {} }
            check!(utf8, first);
            pub fn uses() -> &'static str { stringify!(utf8, first) }
        }
        use checks::first;
        """,
        """
        //- /src/lib.rs
        checks::check!: check! -> crate::checks::check (macro)
        checks::check!: utf8 -> crate::checks::utf8 (token)
        checks::uses: stringify! -> extern std (macro)
        checks::uses: utf8 -> crate::checks::utf8 (token)
        use: checks::first -> crate::checks::check! (use)
        """,
    )


def test_macros_of_dependencies_resolve_by_path_and_through_macro_use() -> None:
    check_macro_resolution(
        """
        //- /Cargo.toml
        [package]
        name = "demo"
        version = "0.1.0"
        edition = "2018"
        [dependencies]
        log = "0.4"
        bitflags = "1"
        //- /src/lib.rs
        #[macro_use]
        extern crate bitflags;
        pub fn f() {
            log::info!("x");
            bitflags! {}
            println!("builtin");
        }
        """,
        """
        //- /src/lib.rs
        f: log::info! -> extern log (macro)
        f: bitflags! -> extern bitflags (macro)
        f: println! -> extern std (macro)
        """,
    )


def test_derives_resolve_as_builtin_or_imported_macros() -> None:
    check_macro_resolution(
        """
        //- /Cargo.toml
        [package]
        name = "demo"
        version = "0.1.0"
        edition = "2021"
        [dependencies]
        serde = "1"
        //- /src/lib.rs
        use serde::Serialize;
        #[derive(Debug, Clone, Serialize, serde::Deserialize)]
        pub struct S;
        """,
        """
        //- /src/lib.rs
        use: serde::Serialize -> extern serde (use)
        S: Debug -> extern std (derive)
        S: Clone -> extern std (derive)
        S: Serialize -> extern serde (derive)
        S: serde::Deserialize -> extern serde (derive)
        """,
    )


def test_a_use_inside_a_macro_call_imports_like_a_use_item() -> None:
    # lexical-core: `cfg_if! { if #[cfg(..)] { mod imp; pub use self::imp::*; } .. }`.
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! items { ($($i:tt)*) => { $($i)* }; }
        pub mod format;
        pub fn flags() -> format::Flags { format::Flags }
        //- /src/format.rs
        items! {
            mod imp;
            pub use self::imp::*;
        }
        //- /src/format/imp.rs
        pub struct Flags;
        """,
        """
        //- /src/format.rs
        format::items!: items! -> crate::items (macro)
        //- /src/lib.rs
        flags: format::Flags -> crate::format::imp::Flags (type)
        flags: format::Flags -> crate::format::imp::Flags (path)
        """,
    )


def test_a_name_written_whole_in_a_call_binds_like_an_item_through_a_glob() -> None:
    # lexical-core's `USIZE_FORMATTED_SIZE`, a const in a `cfg_if!` call, named
    # among the arguments of another call that a glob import reaches.
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! items { ($($i:tt)*) => { $($i)* }; }
        macro_rules! sized { ($t:ty, $size:ident) => { impl Sized for $t { const SIZE: usize = $size; } }; }
        pub trait Sized { const SIZE: usize; }
        pub mod config {
            items! { pub(crate) const WIDE: usize = 8; }
        }
        pub mod num {
            use super::config::*;
            use super::Sized;
            sized!(u64, WIDE);
        }
        """,
        """
        //- /src/lib.rs
        config::items!: items! -> crate::items (macro)
        num::use: super::config::* -> crate::config (use)
        num::use: super::Sized -> crate::Sized (use)
        num::sized!: Sized -> crate::Sized (expansion)
        num::sized!: Sized -> crate::Sized (generated-impl)
        num::sized!: sized! -> crate::sized (macro)
        num::sized!: WIDE -> crate::config::items! (token)
        """,
    )


def test_the_paths_and_methods_of_a_macro_body_resolve_where_it_is_called() -> None:
    # lexical-core's `try_primitive!` names `TryPrimitive`, which only the
    # call site sees; `last_index!` calls `.as_usize()`, nested in `wrap!`.
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! wrap { ($($t:tt)*) => ($($t)*); }
        macro_rules! mark { ($t:ty) => { impl Marked for $t {} }; }
        macro_rules! index { ($v:ident) => { ($v * 2).as_usize() }; }
        pub mod traits {
            pub trait Marked {}
            pub trait AsUsize { fn as_usize(self) -> usize; }
        }
        pub mod user {
            use crate::traits::*;
            mark!(u8);
            wrap! { pub fn f(v: u32) -> usize { index!(v) } }
        }
        """,
        """
        //- /src/lib.rs
        user::wrap!: as_usize -> crate::traits::AsUsize (method)
        user::use: crate::traits::* -> crate::traits (use)
        user::mark!: Marked -> crate::traits::Marked (expansion)
        user::mark!: Marked -> crate::traits::Marked (generated-impl)
        user::mark!: mark! -> crate::mark (macro)
        user::wrap!: wrap! -> crate::wrap (macro)
        user::wrap!: index -> crate::index (token)
        """,
    )


def test_a_macro_written_impl_of_a_foreign_trait_lives_with_the_local_self_type():
    # num-bigint's `impl_shift!` (`impl Shl<$rhs> for BigUint`) and
    # `forward_val_val_binop!(impl Add for BigUint, add)` (the type an argument).
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! shift { ($rhs:ty) => { impl std::ops::Shl<$rhs> for Big { type Output = Big; fn shl(self, _: $rhs) -> Big { self } } }; }
        macro_rules! forward { (impl $imp:ident for $res:ty) => { impl $imp for &$res {} }; }
        pub trait Marker {}
        pub struct Big;
        pub mod ops {
            use super::{Big, Marker};
            shift!(u8);
            forward!(impl Marker for Big);
        }
        """,
        """
        //- /src/lib.rs
        ops::use: super::Big -> crate::Big (use)
        ops::use: super::Marker -> crate::Marker (use)
        ops::shift!: Big -> crate::Big (expansion)
        ops::shift!: Big -> crate::Big (generated-impl)
        ops::shift!: shift! -> crate::shift (macro)
        ops::forward!: Big -> crate::Big (generated-impl)
        ops::forward!: forward! -> crate::forward (macro)
        ops::forward!: Marker -> crate::Marker (token)
        ops::forward!: Big -> crate::Big (token)
        """,
    )


def test_a_macro_body_path_that_a_local_item_shadows_names_no_crate_item() -> None:
    # `b` declares its own `Meters`: its call of `make!` names that one (the
    # item itself, not recorded), while the calls in `a` and `c` on either
    # side name the crate's `Meters`.
    check_macro_resolution(
        """
        //- /src/lib.rs
        macro_rules! make { () => { Meters::new() }; }
        pub struct Meters;
        impl Meters { pub fn new() -> Self { Meters } }
        pub fn a() -> Meters { make!() }
        pub fn b() { struct Meters; impl Meters { fn new() -> Self { Meters } } let _m = make!(); }
        pub fn c() -> Meters { make!() }
        """,
        """
        //- /src/lib.rs
        impl Meters: Meters -> crate::Meters (impl)
        impl Meters: Self -> crate::Meters (type)
        impl Meters: Meters -> crate::Meters (path)
        a: Meters -> crate::Meters (type)
        a: Meters::new -> crate::Meters (expansion)
        a: make! -> crate::make (macro)
        b: Meters -> crate::b (impl)
        b: Self -> crate::b (type)
        b: Meters -> crate::b (path)
        b: make! -> crate::make (macro)
        c: Meters -> crate::Meters (type)
        c: Meters::new -> crate::Meters (expansion)
        c: make! -> crate::make (macro)
        """,
    )
