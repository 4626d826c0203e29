"""Lexical scopes inside items: locals and generics shadow crate items.

A name bound by a parameter, ``let``, closure, ``match`` arm, ``if let``,
``for`` or a generic parameter is not a reference to the crate item of the
same name, but only where the binding is in scope. Consts and unit structs
in patterns are references, not bindings. Every test lists the references
of a fixture with ``check_local_resolution`` (same format as
``test_resolution.py``).
"""

from __future__ import annotations

from analysis_text import render_references
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_local_resolution(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its reference listing with ``expected``."""
    tree = source_tree(fixture)
    model = analyze_crate(tree)
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    assert render_references(model, tree) == normalise(expected)


def test_parameter_shadows_a_crate_function_in_the_whole_body() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn value() -> u32 { 7 }
        pub fn bump(value: u32) -> u32 { value + 1 }
        pub fn plain() -> u32 { value() }
        """,
        """
        //- /src/lib.rs
        plain: value -> crate::value (path)
        """,
    )


def test_let_initializer_sees_the_item_and_later_uses_see_the_local() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn config() -> u32 { 1 }
        pub fn f() -> u32 {
            let config = config();
            config
        }
        """,
        """
        //- /src/lib.rs
        f: config -> crate::config (path)
        """,
    )


def test_closure_parameter_shadows_only_inside_the_closure() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn limit() -> u32 { 4 }
        pub fn f() -> u32 {
            let double = |limit: u32| limit * 2;
            double(limit())
        }
        """,
        """
        //- /src/lib.rs
        f: limit -> crate::limit (path)
        """,
    )


def test_match_binding_shadows_in_its_arm_only() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn value() -> u32 { 7 }
        pub fn f(n: u32) -> u32 {
            match n {
                0 => value(),
                value if value > 10 => value,
                _ => value(),
            }
        }
        """,
        """
        //- /src/lib.rs
        f: value -> crate::value (path)
        f: value -> crate::value (path)
        """,
    )


def test_if_let_binding_exists_only_in_the_first_branch() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn config() -> u32 { 1 }
        pub fn f(items: &[u32]) -> u32 {
            if let Some(config) = items.first() { *config } else { config() }
        }
        """,
        """
        //- /src/lib.rs
        f: Some -> extern std (path)
        f: config -> crate::config (path)
        """,
    )


def test_let_else_binding_is_not_in_scope_in_its_else_block() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn fallback() -> u32 { 0 }
        pub fn f(o: Option<u32>) -> u32 {
            let Some(fallback) = o else { return fallback() };
            fallback
        }
        """,
        """
        //- /src/lib.rs
        f: Option -> extern std (type)
        f: Some -> extern std (path)
        f: fallback -> crate::fallback (path)
        """,
    )


def test_for_pattern_bindings_end_with_the_loop() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn limit() -> u32 { 4 }
        pub fn f(items: &[u32]) -> u32 {
            let mut total = 0;
            for (limit, _) in items.iter().zip(0..) { total += limit; }
            total + limit()
        }
        """,
        """
        //- /src/lib.rs
        f: limit -> crate::limit (path)
        """,
    )


def test_while_let_binding_is_in_scope_in_the_loop_body() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn item() {}
        pub fn f(mut v: Vec<u32>) {
            while let Some(item) = v.pop() { let _ = item; }
            item();
        }
        """,
        """
        //- /src/lib.rs
        f: Vec -> extern std (type)
        f: Some -> extern std (path)
        f: item -> crate::item (path)
        """,
    )


def test_generic_parameter_hides_a_struct_of_the_same_name() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub struct T;
        pub fn pick<T: Clone>(a: &T) -> T { a.clone() }
        pub fn make() -> T { T }
        pub struct Holder<T>(T);
        impl<T> Holder<T> { pub fn get(self) -> T { self.0 } }
        """,
        """
        //- /src/lib.rs
        pick: Clone -> extern std (type)
        make: T -> crate::T (type)
        make: T -> crate::T (path)
        impl Holder<T>: Holder -> crate::Holder (impl)
        """,
    )


def test_nested_function_items_shadow_crate_items_in_their_block() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn value() -> u32 { 7 }
        pub fn f() -> u32 {
            fn value() -> u32 { 100 }
            value()
        }
        """,
        """
        //- /src/lib.rs
        f: value -> crate::f (path)
        """,
    )


def test_nested_function_item_does_not_see_the_enclosing_locals() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub fn config() -> u32 { 1 }
        pub fn f<T>() -> u32 {
            let config = 5;
            fn inner() -> u32 { config() }
            struct Wrapper(T);
            config + inner()
        }
        pub struct T;
        """,
        """
        //- /src/lib.rs
        f: config -> crate::config (path)
        f: T -> crate::T (type)
        f: inner -> crate::f (path)
        """,
    )


def test_nested_function_item_keeps_the_names_of_other_items_in_its_block() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub mod util { pub fn helper() {} }
        pub fn f() {
            fn util() {}
            util::helper();
        }
        """,
        """
        //- /src/lib.rs
        f: util::helper -> crate::util::helper (path)
        """,
    )


def test_consts_in_patterns_are_references_not_bindings() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub mod limits { pub const ZERO: u32 = 0; pub const MAX: u32 = 10; }
        pub struct Config;
        impl Config { pub const DEFAULT: u32 = 3; }
        use limits::MAX;
        pub fn classify(n: u32) -> u8 {
            match n {
                limits::ZERO => 0,
                MAX => 1,
                Config::DEFAULT => 2,
                4..=MAX => 3,
                value => value as u8,
            }
        }
        """,
        """
        //- /src/lib.rs
        impl Config: Config -> crate::Config (impl)
        use: limits::MAX -> crate::limits::MAX (use)
        classify: limits::ZERO -> crate::limits::ZERO (path)
        classify: MAX -> crate::limits::MAX (path)
        classify: Config::DEFAULT -> crate::Config (path)
        classify: MAX -> crate::limits::MAX (path)
        """,
    )


def test_local_binding_next_to_a_module_of_the_same_name_keeps_both_meanings() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub mod limits { pub const MAX: u32 = 10; }
        pub fn f() -> usize {
            let limits = [1, 2];
            limits.len() + limits::MAX as usize
        }
        """,
        """
        //- /src/lib.rs
        f: limits::MAX -> crate::limits::MAX (path)
        """,
    )


def test_struct_literals_and_patterns_name_the_struct() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub struct Config { pub level: u32, pub name: u32 }
        pub struct Pair(pub u32, pub u32);
        pub fn f(c: Config) -> Config {
            let Config { level, name } = c;
            let Pair(a, b) = Pair(level, name);
            Config { level: a, name: b }
        }
        pub fn g(c: Config) -> Config { Config { level: 1, ..c } }
        """,
        """
        //- /src/lib.rs
        f: Config -> crate::Config (type)
        f: Config -> crate::Config (type)
        f: Config -> crate::Config (path)
        f: Pair -> crate::Pair (path)
        f: Pair -> crate::Pair (path)
        f: Config -> crate::Config (type)
        g: Config -> crate::Config (type)
        g: Config -> crate::Config (type)
        g: Config -> crate::Config (type)
        """,
    )


def test_shorthand_field_initializer_refers_to_a_local_or_a_const() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub const DEPTH: u8 = 1;
        pub struct Deep { pub depth: u8, pub DEPTH: u8 }
        pub fn f(depth: u8) -> Deep { Deep { depth, DEPTH } }
        """,
        """
        //- /src/lib.rs
        f: Deep -> crate::Deep (type)
        f: Deep -> crate::Deep (type)
        f: DEPTH -> crate::DEPTH (path)
        """,
    )


def test_trait_bounds_and_where_clauses_refer_to_local_traits() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub trait Scale {}
        pub trait Named {}
        pub fn weight<S: Scale + Named>(s: &S) {}
        pub fn names<I>(items: I)
        where
            I: IntoIterator,
            I::Item: Named,
        {
        }
        pub fn boxed(x: Box<dyn Scale>) -> impl Named { x }
        """,
        """
        //- /src/lib.rs
        weight: Scale -> crate::Scale (type)
        weight: Named -> crate::Named (type)
        names: IntoIterator -> extern std (type)
        names: Named -> crate::Named (type)
        boxed: Box -> extern std (type)
        boxed: Scale -> crate::Scale (type)
        boxed: Named -> crate::Named (type)
        """,
    )


def test_block_level_use_binds_names_for_that_block_only() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub mod a { pub fn go() {} }
        pub fn go() {}
        pub fn f() {
            {
                use crate::a::go;
                go();
            }
            go();
        }
        """,
        """
        //- /src/lib.rs
        f: crate::a::go -> crate::a::go (use)
        f: go -> crate::a::go (path)
        f: go -> crate::go (path)
        """,
    )


def test_const_generic_parameter_is_no_reference_as_value_or_type_argument() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub const N: usize = 4;
        pub struct Gen<const N: usize>;
        pub fn make<const N: usize>() -> (Gen<N>, [u8; N]) { (Gen::<N>, [0; N]) }
        pub fn fixed() -> Gen<N> { Gen }
        """,
        """
        //- /src/lib.rs
        make: Gen -> crate::Gen (type)
        make: Gen -> crate::Gen (path)
        fixed: Gen -> crate::Gen (type)
        fixed: N -> crate::N (type)
        fixed: Gen -> crate::Gen (path)
        """,
    )


def test_a_generic_parameter_default_is_a_reference_while_the_parameter_is_none() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub type Ix = u32;
        pub const W: usize = 2;
        pub struct Index<Ix = crate::Ix>(Ix);
        pub struct Node<T = Ix>(T);
        pub struct Row<const N: usize = W>([u8; N]);
        """,
        """
        //- /src/lib.rs
        Index: crate::Ix -> crate::Ix (type)
        Node: Ix -> crate::Ix (type)
        Row: W -> crate::W (path)
        """,
    )


def test_let_inside_a_statement_macro_binds_a_local_for_the_rest_of_the_block() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        macro_rules! check { ($($t:tt)*) => { $($t)* }; }
        pub fn ret() -> u8 { 0 }
        pub fn f() -> u8 {
            check! { let ret = 1; let mut other = 2; }
            ret + other
        }
        """,
        """
        //- /src/lib.rs
        f: check! -> crate::check (macro)
        """,
    )


def test_parameter_names_of_function_pointer_types_are_not_references() -> None:
    check_local_resolution(
        """
        //- /src/lib.rs
        pub struct State;
        pub fn needle() {}
        pub type Hook = unsafe fn(state: &mut State, needle: &[u8]) -> bool;
        """,
        """
        //- /src/lib.rs
        Hook: State -> crate::State (type)
        """,
    )
