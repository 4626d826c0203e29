"""Method calls and field accesses, linked by name to every local candidate.

Without types the analysis cannot tell which ``.area()`` is called, so it
links a method name to every inherent impl that defines it and every trait
that declares it, and a field name to every struct or union with such a
field. Every test lists only the ``method`` and ``field`` references of a
fixture with ``check_member_links``.
"""

from __future__ import annotations

from analysis_text import render_references
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_member_links(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its method and field links with ``expected``."""
    tree = source_tree(fixture)
    model = analyze_crate(tree)
    assert model.syntax_errors == 0, "the fixture is not valid Rust"
    lines = [
        line
        for line in render_references(model, tree).splitlines()
        if line.startswith("//- ") or line.endswith(("(method)", "(field)"))
    ]
    assert "".join(line + "\n" for line in lines) == normalise(expected)


def test_method_call_links_to_inherent_impls_and_traits_with_that_name() -> None:
    check_member_links(
        """
        //- /src/lib.rs
        pub trait Area { fn area(&self) -> f64; }
        pub struct Square;
        pub struct Circle;
        impl Square { pub fn area(&self) -> f64 { 1.0 } }
        impl Area for Circle { fn area(&self) -> f64 { 3.0 } }
        impl Circle { pub fn radius(&self) -> f64 { 1.0 } }
        pub fn total(s: &Square, c: &Circle) -> f64 { s.area() + c.area() + c.radius() + s.unknown() }
        """,
        """
        //- /src/lib.rs
        total: area -> crate::Area (method)
        total: area -> crate::impl Square (method)
        total: radius -> crate::impl Circle (method)
        """,
    )


def test_field_access_links_to_every_struct_with_that_field() -> None:
    check_member_links(
        """
        //- /src/lib.rs
        pub struct A { pub id: u32, pub name: u32 }
        pub struct B { pub id: u32 }
        pub struct Pair(pub u32, pub u32);
        pub fn f(a: &A, b: &B, p: &Pair) -> u32 { a.id + b.id + a.name + p.1 + a.missing }
        """,
        """
        //- /src/lib.rs
        f: id -> crate::A (field)
        f: id -> crate::B (field)
        f: name -> crate::A (field)
        """,
    )


def test_member_accesses_inside_closures_and_turbofish_calls_are_linked() -> None:
    check_member_links(
        """
        //- /src/lib.rs
        pub struct Task { pub done: bool }
        impl Task { pub fn title<T>(&self) -> u8 { 0 } }
        pub fn pending(tasks: &[Task]) -> usize {
            tasks.iter().filter(|t| !t.done).map(|t| t.title::<u8>()).count()
        }
        """,
        """
        //- /src/lib.rs
        pending: done -> crate::Task (field)
        pending: title -> crate::impl Task (method)
        """,
    )


def test_a_member_name_is_linked_once_per_referring_item() -> None:
    check_member_links(
        """
        //- /src/lib.rs
        pub struct P { pub x: u32 }
        pub fn f(a: &P, b: &P) -> u32 { a.x + b.x }
        pub fn g(a: &P) -> u32 { a.x }
        """,
        """
        //- /src/lib.rs
        f: x -> crate::P (field)
        g: x -> crate::P (field)
        """,
    )
