"""The Rust rules that tie items into one crate, as the splitter states them.

Every test analyses a small fixture crate and prints every derived
constraint with ``check_constraints``, in the splitter's order (by kind,
then by items), as three lines::

    orphan-rule, hard, src/impls.rs:3
      items: impls::impl From<&Square> for u32, types::Square
      why: foreign trait From<&Square>: stays with types::Square

The second field is ``hard`` (the items must share an atom), ``soft`` (the
rule only restricts or costs) or ``hard, liftable`` (a rewrite may lift
it). For orphan rules the first item is the impl and the others are the
crates' items it may live with.
"""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from crate_split.splitter import derive_constraints
from fixture import normalise, source_tree


def check_constraints(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its printed constraints with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    lines = []
    for constraint in derive_constraints(model):
        strength = "hard" if constraint.hard else "soft"
        if constraint.liftable:
            strength += ", liftable"
        where = constraint.span.location() if constraint.span else "-"
        lines.append(f"{constraint.kind.value}, {strength}, {where}")
        lines.append("  items: " + ", ".join(item.qualified() for item in constraint.items))
        lines.append(f"  why: {constraint.reason}")
    assert "\n".join(lines) + "\n" == normalise(expected)


def test_an_inherent_impl_in_another_module_is_a_hard_rule_with_its_type() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod types;
        mod inherent;
        //- /src/types.rs
        pub struct Square;
        //- /src/inherent.rs
        use crate::types::Square;
        impl Square {
            pub fn new() -> Self { Square }
        }
        """,
        """
        inherent-impl, hard, src/inherent.rs:2
          items: inherent::impl Square, types::Square
          why: inherent impl: stays with its type types::Square
        """,
    )


def test_a_foreign_trait_for_a_local_type_is_a_hard_rule_with_the_type() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod types;
        mod display;
        //- /src/types.rs
        pub struct Square;
        //- /src/display.rs
        use std::fmt;
        use crate::types::Square;
        impl fmt::Display for Square {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
        }
        """,
        """
        orphan-rule, hard, src/display.rs:3
          items: display::impl fmt::Display for Square, types::Square
          why: foreign trait fmt::Display: stays with types::Square
        """,
    )


def test_a_foreign_trait_for_a_reference_to_a_local_type_stays_with_the_type() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod types;
        mod display;
        //- /src/types.rs
        pub struct Circle;
        //- /src/display.rs
        use std::fmt;
        use crate::types::Circle;
        impl<'a> fmt::Display for &'a Circle {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
        }
        """,
        """
        orphan-rule, hard, src/display.rs:3
          items: display::impl fmt::Display for &'a Circle, types::Circle
          why: foreign trait fmt::Display: stays with types::Circle
        """,
    )


def test_a_foreign_trait_for_a_foreign_type_stays_with_the_first_local_type_parameter() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod types;
        mod conversions;
        //- /src/types.rs
        pub struct Square;
        pub struct Circle;
        //- /src/conversions.rs
        use crate::types::{Circle, Square};
        impl From<&Square> for u32 {
            fn from(_: &Square) -> u32 { 1 }
        }
        impl From<Box<Circle>> for String {
            fn from(_: Box<Circle>) -> String { String::new() }
        }
        """,
        """
        orphan-rule, hard, src/conversions.rs:2
          items: conversions::impl From<&Square> for u32, types::Square
          why: foreign trait From<&Square>: stays with types::Square
        orphan-rule, hard, src/conversions.rs:5
          items: conversions::impl From<Box<Circle>> for String, types::Circle
          why: foreign trait From<Box<Circle>>: stays with types::Circle
        """,
    )


def test_a_foreign_trait_for_a_boxed_local_type_may_also_live_with_a_local_parameter() -> None:
    # `Box<Square>` is local where `Square` is, `Circle` where it is: in
    # `Circle`'s crate no uncovered type parameter comes before it.
    check_constraints(
        """
        //- /src/lib.rs
        pub mod types;
        mod eq;
        //- /src/types.rs
        pub struct Square;
        pub struct Circle;
        //- /src/eq.rs
        use crate::types::{Circle, Square};
        impl PartialEq<Circle> for Box<Square> {
            fn eq(&self, _: &Circle) -> bool { false }
        }
        """,
        """
        orphan-rule, soft, src/eq.rs:2
          items: eq::impl PartialEq<Circle> for Box<Square>, types::Square, types::Circle
          why: foreign trait PartialEq<Circle>: stays with types::Square or types::Circle
        """,
    )


def test_a_local_trait_for_a_foreign_type_is_a_hard_rule_with_the_trait() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod traits;
        mod impls;
        //- /src/traits.rs
        pub trait Area { fn area(&self) -> u32; }
        //- /src/impls.rs
        use crate::traits::Area;
        impl Area for Vec<u8> {
            fn area(&self) -> u32 { self.len() as u32 }
        }
        """,
        """
        orphan-rule, hard, src/impls.rs:2
          items: impls::impl Area for Vec<u8>, traits::Area
          why: local trait traits::Area for a foreign or generic type: stays with the trait
        """,
    )


def test_a_blanket_impl_of_a_local_trait_is_a_hard_rule_with_the_trait() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod traits;
        mod blanket;
        //- /src/traits.rs
        pub trait Named { fn name(&self) -> String; }
        pub trait Describe { fn describe(&self) -> String; }
        //- /src/blanket.rs
        use crate::traits::{Describe, Named};
        impl<T: Named> Describe for T {
            fn describe(&self) -> String { self.name() }
        }
        """,
        """
        orphan-rule, hard, src/blanket.rs:2
          items: blanket::impl Describe for T, traits::Describe
          why: local trait traits::Describe for a foreign or generic type: stays with the trait
        """,
    )


def test_a_local_trait_for_a_local_type_is_a_soft_rule_with_two_homes() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod traits;
        pub mod types;
        mod impls;
        //- /src/traits.rs
        pub trait Area { fn area(&self) -> u32; }
        //- /src/types.rs
        pub struct Square;
        //- /src/impls.rs
        use crate::traits::Area;
        use crate::types::Square;
        impl Area for Square {
            fn area(&self) -> u32 { 4 }
        }
        """,
        """
        orphan-rule, soft, src/impls.rs:3
          items: impls::impl Area for Square, traits::Area, types::Square
          why: local trait traits::Area for local types::Square: with either
        """,
    )


def test_a_macro_that_is_not_exported_is_a_liftable_rule_with_its_users() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        macro_rules! double { ($x:expr) => { $x * 2 } }
        #[macro_export]
        macro_rules! triple { ($x:expr) => { $x * 3 } }
        pub mod math;
        //- /src/math.rs
        pub fn four() -> u32 { double!(2) }
        pub fn six() -> u32 { double!(3) + triple!(0) }
        """,
        """
        macro-scope, hard, liftable, src/lib.rs:1
          items: double, math::four, math::six
          why: macro_rules! double is not #[macro_export]ed: textual scope keeps it with its 2 user(s) unless it is exported
        """,
    )


def test_a_cfg_test_module_is_a_hard_rule_with_its_parent_module() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod parser;
        //- /src/parser.rs
        pub fn parse(text: &str) -> usize { text.len() }
        #[cfg(test)]
        mod tests {
            use super::*;
            #[test]
            fn parses() { assert_eq!(parse("ab"), 2); }
        }
        """,
        """
        cfg-test-module, hard, src/parser.rs:2
          items: parser::tests, parser, parser::tests::parses, parser::tests: use super::*
          why: #[cfg(test)] module parser::tests stays with its parent module parser
        """,
    )


def test_a_cfg_test_module_at_the_crate_root_is_tied_to_its_own_items_only() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub fn parse(text: &str) -> usize { text.len() }
        #[cfg(test)]
        mod tests {
            #[test]
            fn parses() { assert_eq!(super::parse("ab"), 2); }
        }
        """,
        """
        cfg-test-module, hard, src/lib.rs:2
          items: tests, tests::parses
          why: #[cfg(test)] module tests stays with its parent module crate
        """,
    )


def test_a_trait_sealed_by_a_public_trait_in_a_private_module_is_a_soft_rule() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        mod private {
            pub trait Sealed {}
        }
        pub trait Shape: private::Sealed {}
        """,
        """
        sealed-trait, soft, src/lib.rs:4
          items: Shape, private::Sealed
          why: trait Shape is sealed by private::Sealed (public trait in private module)
        """,
    )


def test_a_crate_without_impls_macros_or_tests_has_no_rules() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod a;
        pub mod b;
        //- /src/a.rs
        pub fn one() -> u32 { crate::b::two() - 1 }
        //- /src/b.rs
        pub fn two() -> u32 { 2 }
        """,
        "",
    )


def test_a_module_declared_inside_a_macro_call_is_a_hard_rule_with_the_call() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        cfg_if::cfg_if! {
            if #[cfg(unix)] {
                mod unix;
            } else {
                mod other;
            }
        }
        //- /src/unix.rs
        pub fn f() {}
        //- /src/other.rs
        pub fn f() {}
        """,
        """
        macro-declared-module, hard, src/lib.rs:5
          items: cfg_if::cfg_if!, other
          why: module other is declared inside cfg_if::cfg_if! and stays with that call
        macro-declared-module, hard, src/lib.rs:3
          items: cfg_if::cfg_if!, unix
          why: module unix is declared inside cfg_if::cfg_if! and stays with that call
        """,
    )


def test_module_path_file_and_package_variables_keep_their_item_in_the_facade() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod place;
        //- /src/place.rs
        pub fn here() -> &'static str { std::module_path!() }
        pub fn source() -> String { format!("{}", file!()) }
        pub fn package() -> &'static str { env!("CARGO_PKG_NAME") }
        pub fn dir() -> Option<&'static str> { option_env!("CARGO_MANIFEST_DIR") }
        pub fn version() -> &'static str { env!("CARGO_PKG_VERSION") }
        """,
        """
        observes-place, soft, src/place.rs:4
          items: place::dir
          why: `option_env!("CARGO_MANIFEST_DIR")` in place::dir observes the package's name or directory: it stays in the facade, which keeps the original name and paths
        observes-place, soft, src/place.rs:1
          items: place::here
          why: `module_path!` in place::here observes the module path (it starts with the crate name): it stays in the facade, which keeps the original name and paths
        observes-place, soft, src/place.rs:3
          items: place::package
          why: `env!("CARGO_PKG_NAME")` in place::package observes the package's name or directory: it stays in the facade, which keeps the original name and paths
        observes-place, soft, src/place.rs:2
          items: place::source
          why: `file!` in place::source observes its file's path (crates/<member>/... in a member): it stays in the facade, which keeps the original name and paths
        """,
    )


def test_type_name_of_a_named_type_keeps_the_type_and_of_a_generic_is_only_reported() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        pub mod shapes;
        pub mod names;
        //- /src/shapes.rs
        pub struct Circle;
        //- /src/names.rs
        use std::any::type_name;
        pub fn circle() -> &'static str { type_name::<crate::shapes::Circle>() }
        pub fn of<T>() -> &'static str { type_name::<T>() }
        pub fn of_val<T>(value: &T) -> &'static str { std::any::type_name_of_val(value) }
        pub fn byte() -> &'static str { type_name::<u8>() }
        """,
        """
        observes-caller-types, soft, src/names.rs:3
          items: names::of
          why: `type_name::<T>` in names::of observes the path of a type its callers choose; not enforced: that path follows the type's own crate, and std documents type_name as diagnostic output
        observes-caller-types, soft, src/names.rs:4
          items: names::of_val
          why: `std::any::type_name_of_val` in names::of_val observes the path of a type its callers choose; not enforced: that path follows the type's own crate, and std documents type_name as diagnostic output
        observes-place, soft, src/names.rs:2
          items: names::circle, shapes::Circle
          why: `type_name::<crate::shapes::Circle>` in names::circle observes a type's path (it starts with the defining crate's name): it and shapes::Circle stay in the facade, which keeps the original name and paths
        """,
    )


def test_two_macros_of_one_name_cannot_be_exported_so_each_stays_with_its_users() -> None:
    # `#[macro_export]` puts both at the crate root (E0428, seen on num-bigint's `impl_mul`).
    check_constraints(
        """
        //- /src/lib.rs
        pub mod a;
        pub mod b;
        //- /src/a.rs
        macro_rules! helper { () => { 1 } }
        pub fn one() -> u32 { helper!() }
        //- /src/b.rs
        macro_rules! helper { () => { 2 } }
        pub fn two() -> u32 { helper!() }
        """,
        """
        macro-scope, hard, src/a.rs:1
          items: a::helper, a::one
          why: macro_rules! helper is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported (it cannot be: another macro_rules! is named helper)
        macro-scope, hard, src/b.rs:1
          items: b::helper, b::two
          why: macro_rules! helper is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported (it cannot be: another macro_rules! is named helper)
        """,
    )


def test_a_macro_observes_where_it_is_expanded_so_its_users_stay_in_the_facade() -> None:
    check_constraints(
        """
        //- /src/lib.rs
        macro_rules! here { () => { module_path!() } }
        pub mod user;
        fn file() -> u8 { 0 }
        pub fn local_file() -> u8 { file() }
        //- /src/user.rs
        pub fn origin() -> &'static str { here!() }
        """,
        """
        macro-scope, hard, liftable, src/lib.rs:1
          items: here, user::origin
          why: macro_rules! here is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported
        observes-place, soft, src/user.rs:1
          items: user::origin
          why: `module_path!` in user::origin through here! observes the module path (it starts with the crate name): it stays in the facade, which keeps the original name and paths
        """,
    )


def test_a_macro_called_among_another_calls_tokens_keeps_its_textual_scope() -> None:
    # lexical-core calls `apply_interface!` inside `perftools_inline! { fn .. }`.
    check_constraints(
        """
        //- /src/lib.rs
        #[macro_use]
        mod macros;
        pub mod user;
        //- /src/macros.rs
        macro_rules! wrap { ($($item:tt)*) => ($($item)*); }
        macro_rules! one { () => { 1 } }
        //- /src/user.rs
        wrap! { pub fn f() -> u32 { one!() } }
        """,
        """
        macro-scope, hard, liftable, src/macros.rs:2
          items: macros::one, user::wrap!
          why: macro_rules! one is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported
        macro-scope, hard, liftable, src/macros.rs:1
          items: macros::wrap, user::wrap!
          why: macro_rules! wrap is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported
        """,
    )


def test_a_macro_call_writing_an_impl_of_a_local_trait_stays_with_the_trait() -> None:
    # `from_lexical!(f32)` in lexical-core writes `impl FromLexical for f32` (E0117 elsewhere).
    check_constraints(
        """
        //- /src/lib.rs
        #[macro_export]
        macro_rules! describe { ($t:ty) => { impl $crate::traits::Describe for $t {} }; }
        pub mod traits;
        pub mod numbers;
        //- /src/traits.rs
        pub trait Describe {}
        //- /src/numbers.rs
        describe!(u8);
        """,
        """
        orphan-rule, hard, src/numbers.rs:1
          items: numbers::describe!, traits::Describe
          why: numbers::describe! writes an impl of traits::Describe (by its macro): it stays with it
        """,
    )


def test_calls_of_a_macro_another_call_writes_stay_with_that_call_and_the_macros_named_in_them() -> None:
    # petgraph's `trait_template! { pub trait DataMap {..} }` writes the trait
    # and `macro_rules! DataMap`, whose `DataMap! {delegate_impl [.., access0]}`
    # in another module writes `impl DataMap for Reversed<G>` calling `access0!`.
    check_constraints(
        """
        //- /src/lib.rs
        macro_rules! template {
            (pub trait $name:ident {}) => {
                pub trait $name {}
                macro_rules! $name { ($t:ty, $m:ident) => { impl $name for $t {} }; }
            };
        }
        template! { pub trait Shape {} }
        pub mod user;
        //- /src/user.rs
        macro_rules! access0 { ($e:expr) => { $e.0 }; }
        Shape! { u8, access0 }
        """,
        """
        macro-scope, hard, liftable, src/lib.rs:1
          items: template, template!
          why: macro_rules! template is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported
        macro-scope, hard, src/user.rs:2
          items: template!, user::Shape!
          why: template! writes a macro_rules! that 1 item(s) call: they stay with the call (what the macro writes is not known)
        macro-scope, hard, liftable, src/user.rs:1
          items: user::Shape!, user::access0
          why: macro_rules! access0 is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported
        """,
    )


def test_a_cfg_test_item_stays_with_the_items_naming_it() -> None:
    # lexical-core's `#[cfg(test)] type ParseTestResult` is named by a trait of another module.
    check_constraints(
        """
        //- /src/lib.rs
        pub mod result;
        pub mod format;
        //- /src/result.rs
        #[cfg(test)]
        pub type TestResult = Result<u8, ()>;
        //- /src/format.rs
        pub trait Check {
            #[cfg(test)]
            fn check(&self) -> crate::result::TestResult { Ok(1) }
        }
        """,
        """
        cfg-test-module, hard, src/result.rs:1
          items: result::TestResult, format::Check
          why: #[cfg(test)] item result::TestResult exists only when its own crate is tested: the 1 item(s) naming it stay with it
        """,
    )


def test_cfg_alternatives_of_a_macro_are_one_macro_that_can_be_exported():
    # lexical-core's `debug_assert_radix!`, one per `cfg(feature = "radix")`,
    # called from nearly every module: unliftable, it tied them all together.
    check_constraints(
        """
        //- /src/lib.rs
        #[macro_use]
        mod checks;
        pub mod user;
        //- /src/checks.rs
        #[cfg(feature = "radix")]
        macro_rules! check { ($v:expr) => { $v >= 2 }; }
        #[cfg(not(feature = "radix"))]
        macro_rules! check { ($v:expr) => { $v == 10 }; }
        //- /src/user.rs
        pub fn ok(v: u32) -> bool { check!(v) }
        """,
        """
        macro-scope, hard, liftable, src/checks.rs:3
          items: checks::check, checks::check#2, user::ok
          why: macro_rules! check#2 is not #[macro_export]ed: textual scope keeps it with its 1 user(s) unless it is exported
        """,
    )
