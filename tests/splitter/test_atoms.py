"""Atoms: the groups of items that no split can pull apart.

Every test analyses a small fixture crate, derives its constraints, and
prints with ``check_atoms`` every atom of more than one item, one atom a
line, members in id order, atoms in canonical order (by smallest member).
Atoms of a single item are left out: they are what every item is unless a
reference cycle or a hard rule says otherwise. ``lift=False`` keeps rules a
rewrite could lift (a ``macro_rules!`` that could be exported).
"""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from crate_split.splitter import derive_constraints, find_atoms
from fixture import normalise, source_tree


def check_atoms(fixture: str, expected: str, *, lift: bool = True) -> None:
    """Analyse ``fixture`` and compare its multi-item atoms with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    atoms = find_atoms(model, derive_constraints(model), lift=lift)
    assert [atom.id for atom in atoms.atoms] == list(range(len(atoms.atoms)))
    assert set(atoms.atom_of) == set(model.items), "every item is in exactly one atom"
    lines = [", ".join(item.qualified() for item in atom.members) for atom in atoms.atoms if len(atom.members) > 1]
    assert "\n".join(lines) + "\n" == normalise(expected)


def test_an_inherent_impl_is_merged_with_its_type_across_modules() -> None:
    check_atoms(
        """
        //- /src/lib.rs
        pub mod types;
        mod inherent;
        //- /src/types.rs
        pub struct Square;
        pub struct Circle;
        //- /src/inherent.rs
        use crate::types::Square;
        impl Square {
            pub fn new() -> Self { Square }
        }
        """,
        """
        inherent::impl Square, types::Square
        """,
    )


def test_foreign_trait_impls_are_merged_with_the_first_local_type_behind_a_reference_or_a_box() -> None:
    check_atoms(
        """
        //- /src/lib.rs
        pub mod types;
        mod conversions;
        //- /src/types.rs
        pub struct Square;
        pub struct Circle;
        //- /src/conversions.rs
        use std::fmt;
        use crate::types::{Circle, Square};
        impl From<&Square> for u32 {
            fn from(_: &Square) -> u32 { 1 }
        }
        impl fmt::Debug for Box<Square> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
        }
        impl From<Box<Circle>> for String {
            fn from(_: Box<Circle>) -> String { String::new() }
        }
        """,
        """
        conversions::impl From<&Square> for u32, conversions::impl fmt::Debug for Box<Square>, types::Square
        conversions::impl From<Box<Circle>> for String, types::Circle
        """,
    )


def test_a_local_trait_implemented_for_a_foreign_type_is_merged_with_the_trait() -> None:
    check_atoms(
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
        impl Area for u32 {
            fn area(&self) -> u32 { *self }
        }
        """,
        """
        impls::impl Area for Vec<u8>, impls::impl Area for u32, traits::Area
        """,
    )


def test_a_blanket_impl_is_merged_with_its_trait_but_not_with_the_bound() -> None:
    check_atoms(
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
        blanket::impl Describe for T, traits::Describe
        """,
    )


def test_an_impl_of_a_local_trait_for_a_local_type_joins_neither() -> None:
    check_atoms(
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
        "",
    )


def test_a_macro_that_is_not_exported_stays_apart_from_its_users_when_the_rule_is_lifted() -> None:
    check_atoms(
        """
        //- /src/lib.rs
        macro_rules! double { ($x:expr) => { $x * 2 } }
        pub mod math;
        //- /src/math.rs
        pub fn four() -> u32 { double!(2) }
        pub fn six() -> u32 { double!(3) }
        """,
        "",
    )


def test_a_macro_that_is_not_exported_joins_its_users_when_the_rule_is_kept() -> None:
    check_atoms(
        """
        //- /src/lib.rs
        macro_rules! double { ($x:expr) => { $x * 2 } }
        pub mod math;
        //- /src/math.rs
        pub fn four() -> u32 { double!(2) }
        pub fn six() -> u32 { double!(3) }
        """,
        """
        double, math::four, math::six
        """,
        lift=False,
    )


def test_an_exported_macro_never_joins_its_users() -> None:
    check_atoms(
        """
        //- /src/lib.rs
        #[macro_export]
        macro_rules! triple { ($x:expr) => { $x * 3 } }
        pub mod math;
        //- /src/math.rs
        pub fn nine() -> u32 { triple!(3) }
        pub fn zero() -> u32 { triple!(0) }
        """,
        "",
        lift=False,
    )


def test_a_cfg_test_module_is_merged_with_its_parent_module() -> None:
    check_atoms(
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
        parser, parser::tests, parser::tests::parses, parser::tests: use super::*
        """,
    )


def test_functions_of_two_modules_that_call_each_other_are_one_atom() -> None:
    check_atoms(
        """
        //- /src/lib.rs
        pub mod even;
        pub mod odd;
        //- /src/even.rs
        pub fn is_even(n: u32) -> bool { n == 0 || crate::odd::is_odd(n - 1) }
        pub fn zero() -> u32 { 0 }
        //- /src/odd.rs
        pub fn is_odd(n: u32) -> bool { n != 0 && crate::even::is_even(n - 1) }
        pub fn one() -> u32 { crate::even::zero() + 1 }
        """,
        """
        even::is_even, odd::is_odd
        """,
    )


def test_a_method_only_one_extension_trait_declares_ties_its_caller_to_the_trait() -> None:
    # petgraph's `IterUtilsExt::ex_find_map`, called on std iterators: the
    # caller's crate needs the trait. `size`, which an inherent impl
    # declares too, and `is_none` of a trait without a blanket impl (the
    # call may be std's `Option::is_none`) stay weak edges.
    model = analyze_crate(
        source_tree(
            """
            //- /src/lib.rs
            pub mod ext;
            pub mod shapes;
            pub mod user;
            //- /src/ext.rs
            pub trait IterExt: Iterator {
                fn first_some(&mut self) -> Option<Self::Item> { self.next() }
            }
            impl<I: Iterator> IterExt for I {}
            pub trait Sized2 { fn size(&self) -> u32; }
            pub trait Nullable { fn is_none(&self) -> bool; }
            impl<T> Nullable for Option<T> { fn is_none(&self) -> bool { Option::is_none(self) } }
            //- /src/shapes.rs
            pub struct Square;
            impl Square { pub fn size(&self) -> u32 { 4 } }
            //- /src/user.rs
            use crate::ext::IterExt;
            pub fn first(v: &[u32]) -> Option<&u32> { v.iter().first_some() }
            pub fn size_of(s: &crate::shapes::Square) -> u32 { s.size() }
            pub fn empty(o: Option<u8>) -> bool { o.is_none() }
            """
        )
    )
    graph = find_atoms(model, derive_constraints(model)).strong_graph
    edges = {(a.qualified(), b.qualified()) for a, b in graph.edges() if a.module == ("user",)}
    assert ("user::first", "ext::IterExt") in edges
    assert ("user::size_of", "ext::Sized2") not in edges
    assert ("user::empty", "ext::Nullable") not in edges
