"""Orphan-rule facts of impl blocks: which crates an impl may live in.

An impl may sit with its trait when the trait is local, and with the first
local type of ``Self, T1..Tn`` when no uncovered type parameter comes before
it (``&T``, ``&mut T``, ``Box<T>`` and ``Pin<T>`` are fundamental and take
the class of ``T``); an inherent impl sits with its type. Every test prints
the facts of a fixture's impls, in id order, with ``check_impl_facts``: for
each impl its local trait (``foreign`` for another crate's, ``-`` for none),
its local self type, its homes and the explanation shown to users.
"""

from __future__ import annotations

from analysis_text import render_impls
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_impl_facts(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare the facts of its impls with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    assert render_impls(model) == normalise(expected)


def test_inherent_impl_stays_with_its_type_even_in_another_module() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub mod types { pub struct Square; }
        mod inherent {
            use crate::types::Square;
            impl Square { pub fn new() -> Self { Square } }
        }
        """,
        """
        inherent::impl Square
          trait: -
          self: crate::types::Square
          homes: crate::types::Square
          why: inherent impl: stays with its type types::Square
        """,
    )


def test_foreign_trait_for_local_type_stays_with_the_type() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        use std::fmt;
        pub struct Square;
        impl fmt::Display for Square {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
        }
        """,
        """
        impl fmt::Display for Square
          trait: foreign
          self: crate::Square
          homes: crate::Square
          why: foreign trait fmt::Display: stays with Square
        """,
    )


def test_local_trait_for_local_type_may_stay_with_either() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub mod traits { pub trait Area {} }
        pub mod types { pub struct Square; }
        impl traits::Area for types::Square {}
        """,
        """
        impl traits::Area for types::Square
          trait: crate::traits::Area
          self: crate::types::Square
          homes: crate::traits::Area, crate::types::Square
          why: local trait traits::Area for local types::Square: with either
        """,
    )


def test_local_trait_for_a_foreign_type_with_a_local_argument_stays_with_the_trait() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub trait Area {}
        pub struct Square;
        impl Area for Vec<Square> {}
        """,
        """
        impl Area for Vec<Square>
          trait: crate::Area
          self: -
          homes: crate::Area
          why: local trait Area for a foreign or generic type: stays with the trait
        """,
    )


def test_blanket_impl_of_a_local_trait_stays_with_the_trait() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub trait Named {}
        pub trait Describe {}
        impl<T: Named> Describe for T {}
        """,
        """
        impl Describe for T
          trait: crate::Describe
          self: -
          homes: crate::Describe
          why: local trait Describe for a foreign or generic type: stays with the trait
        """,
    )


def test_foreign_trait_for_a_foreign_type_stays_with_its_local_type_argument() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub struct Square;
        impl From<Square> for String {
            fn from(s: Square) -> String { String::new() }
        }
        impl PartialEq<Square> for i32 {
            fn eq(&self, other: &Square) -> bool { true }
        }
        """,
        """
        impl From<Square> for String
          trait: foreign
          self: -
          homes: crate::Square
          why: foreign trait From<Square>: stays with Square
        impl PartialEq<Square> for i32
          trait: foreign
          self: -
          homes: crate::Square
          why: foreign trait PartialEq<Square>: stays with Square
        """,
    )


def test_covered_type_parameter_does_not_hide_a_later_local_type() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub struct Local;
        impl<T> From<Local> for Vec<T> {
            fn from(_: Local) -> Vec<T> { Vec::new() }
        }
        """,
        """
        impl From<Local> for Vec<T>
          trait: foreign
          self: -
          homes: crate::Local
          why: foreign trait From<Local>: stays with Local
        """,
    )


def test_uncovered_type_parameter_before_the_local_type_leaves_no_home() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub struct Local;
        impl<T> From<Local> for Box<T> {
            fn from(_: Local) -> Box<T> { todo!() }
        }
        """,
        """
        impl From<Local> for Box<T>
          trait: foreign
          self: -
          homes: -
          why: foreign trait From<Local>: has no local type (orphan)
        """,
    )


def test_fundamental_wrappers_take_the_class_of_the_wrapped_type() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        use std::fmt;
        use std::pin::Pin;
        pub struct Square;
        impl fmt::Debug for &Square {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
        }
        impl Iterator for Box<Square> {
            type Item = u8;
            fn next(&mut self) -> Option<u8> { None }
        }
        impl Clone for Pin<&mut Square> {
            fn clone(&self) -> Self { todo!() }
        }
        """,
        """
        impl Clone for Pin<&mut Square>
          trait: foreign
          self: crate::Square
          homes: crate::Square
          why: foreign trait Clone: stays with Square
        impl Iterator for Box<Square>
          trait: foreign
          self: crate::Square
          homes: crate::Square
          why: foreign trait Iterator: stays with Square
        impl fmt::Debug for &Square
          trait: foreign
          self: crate::Square
          homes: crate::Square
          why: foreign trait fmt::Debug: stays with Square
        """,
    )


def test_inherent_impl_on_a_local_trait_object_stays_with_the_trait() -> None:
    check_impl_facts(
        """
        //- /src/lib.rs
        pub trait Shape {}
        impl dyn Shape { pub fn describe(&self) {} }
        """,
        """
        impl dyn Shape
          trait: -
          self: crate::Shape
          homes: crate::Shape
          why: inherent impl: stays with its type Shape
        """,
    )


def test_impl_names_resolve_through_imports_and_re_exports() -> None:
    check_impl_facts(
        """
        //- /Cargo.toml
        [package]
        name = "demo"
        version = "0.1.0"
        edition = "2021"
        [dependencies]
        serde = "1"
        //- /src/lib.rs
        mod types { mod label { pub struct Label; } pub use self::label::Label; }
        mod impls {
            use crate::types::Label;
            impl serde::Serialize for Label {}
            impl crate::Public for Label {}
        }
        pub trait Public {}
        """,
        """
        impls::impl crate::Public for Label
          trait: crate::Public
          self: crate::types::label::Label
          homes: crate::Public, crate::types::label::Label
          why: local trait Public for local types::label::Label: with either
        impls::impl serde::Serialize for Label
          trait: foreign
          self: crate::types::label::Label
          homes: crate::types::label::Label
          why: foreign trait serde::Serialize: stays with types::label::Label
        """,
    )
