"""Which modules a member must show: those its code or a dependent member can pass through.

Each test analyses a small crate in memory, hands ``needed_modules`` an
assignment of items to crates written in the test, and checks the modules
each crate shows. Nothing touches the disk.
"""

from __future__ import annotations

from crate_split.analysis import AnalysisConfig, analyze_crate
from crate_split.model import ItemKind
from crate_split.rewrite.layout import owned_modules
from crate_split.rewrite.reach import needed_modules, path_segments
from fixture import parse_fixture, source_tree

CRATE = """
//- /src/lib.rs
pub mod a;
pub mod b;
pub mod c;
pub mod d;
//- /src/a.rs
pub mod map { pub fn one() -> u32 { 1 } }
pub fn a() -> u32 { 0 }
//- /src/b.rs
pub fn two() -> u32 { crate::a::a() + 1 }
//- /src/c.rs
pub fn three() -> u32 { [1u32].iter().map(|x| x + 2).sum() }
//- /src/d.rs
pub mod map { pub fn four() -> u32 { super::super::c::three() + 1 } }
pub fn five() -> u32 { crate::a::a() }
"""


def needed(assignment: dict[str, str], deps: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """``needed_modules`` for crates given as ``{module: crate}``, as ``a::map`` strings."""
    files = parse_fixture(CRATE)
    model = analyze_crate(source_tree(CRATE), AnalysisConfig())
    crate_of = {
        item: assignment[model.module_of(item)[0]]
        for item in model.items
        if item.kind is not ItemKind.MODULE and model.module_of(item)
    }
    own = {
        crate: owned_modules(model, [i for i, c in crate_of.items() if c == crate])
        for crate in set(assignment.values())
    }
    found = needed_modules(model, crate_of, own, deps, lambda path: files[path].encode())
    return {crate: {"::".join(module) for module in modules if module} for crate, modules in found.items()}


def test_a_member_shows_only_the_modules_its_code_names():
    found = needed({"a": "x-a", "b": "x-b", "c": "x-c", "d": "x-d"}, {"x-b": ("x-a",)})
    assert found["x-b"] == {"a", "b"}
    # `.map(` is a method call: no module `map` is named.
    assert found["x-c"] == {"c"}


def test_a_segment_names_a_nested_module_only_through_its_parent():
    found = needed({"a": "x-a", "b": "x-b", "c": "x-c", "d": "x-d"}, {"x-b": ("x-a",), "x-d": ("x-c",)})
    # `d::map` names `super::super::c`; `map` alone does not reach `a::map`.
    assert found["x-d"] == {"a", "c", "d", "d::map"}


def test_a_member_shows_what_a_dependent_member_reaches_only_through_it():
    found = needed({"a": "x-a", "b": "x-b", "c": "x-c", "d": "x-d"}, {"x-b": ("x-a",), "x-d": ("x-b", "x-c")})
    # x-d shows `a` and depends on x-a only through x-b: x-b passes `a` on.
    assert "a" in found["x-b"]
    # x-d depends on x-c, the owner of `c`, directly: x-b need not show `c`.
    assert "c" not in found["x-b"]


def test_path_segments_are_the_names_before_or_after_a_path_separator():
    assert path_segments(b"crate::a::f(x.map(y)); r#type::g(); use_it(z)") == {"crate", "a", "f", "type", "g"}


def test_a_module_two_direct_dependencies_show_is_shown_by_their_dependent():
    # x-b and x-d both show `a` (overlays of x-a's): x-c's root globs both
    # (`pub use x_b::*; pub use x_d::*;`), two modules `a`, ambiguous
    # (toml's `datetime`), unless x-c shows `a` itself, an overlay of both.
    found = needed(
        {"a": "x-a", "b": "x-b", "c": "x-c", "d": "x-d"}, {"x-b": ("x-a",), "x-d": ("x-a",), "x-c": ("x-b", "x-d")}
    )
    assert found["x-c"] == {"a", "c"}
    # One dependency showing it brings no ambiguity.
    found = needed({"a": "x-a", "b": "x-b", "c": "x-c", "d": "x-d"}, {"x-b": ("x-a",), "x-c": ("x-b", "x-d")})
    assert found["x-c"] == {"c"}


def test_a_member_with_only_the_mod_item_of_a_module_of_code_does_not_own_it():
    model = analyze_crate(
        source_tree(
            """
//- /src/lib.rs
pub mod code;
pub mod reexports;
//- /src/code.rs
pub fn one() -> u32 { 1 }
//- /src/reexports.rs
pub use crate::code::one;
"""
        ),
        AnalysisConfig(),
    )
    code = next(i for i in model.items if i.kind is ItemKind.MODULE and i.name == "code")
    reexports = next(i for i in model.items if i.kind is ItemKind.MODULE and i.name == "reexports")
    # Another member holds all of `code`'s items: no empty copy of code.rs here.
    assert owned_modules(model, [code]) == {()}
    # The facade keeps it: its root re-exports may name the module.
    assert owned_modules(model, [code], member=False) == {(), ("code",)}
    # A module of `use` items only is owned with its `mod` item.
    assert owned_modules(model, [reexports]) == {(), ("reexports",)}
