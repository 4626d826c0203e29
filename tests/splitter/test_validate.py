"""Checking a plan a person edited, and the explanation of each violation.

Every test reads a hand-written plan file against a crate and prints what
``plan_from_file`` finds with ``check_validation``: one violation a
line as ``kind: message``, followed by the hops of its chain indented, each
with ``file:line``; a valid plan prints ``valid``. Whatever the verdict, the
helper also validates the planner's own plan of the same crate, which must
be valid.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.analysis import SourceTree, analyze_crate, load_source_tree
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.edited_plan import plan_from_file
from crate_split.splitter.planner import plan_split
from crate_split.splitter.validate import validate_assignment
from fixture import normalise, source_tree

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def check_validation(crate: SourceTree, plan_text: str, expected: str) -> None:
    """Validate the plan file ``plan_text`` for ``crate``; compare with ``expected``."""
    model = analyze_crate(crate)
    constraints = derive_constraints(model)
    atoms = find_atoms(model, constraints)
    planned = plan_split(model, atoms)
    assert validate_assignment(model, atoms.strong_graph, constraints, planned.assignment) == ()
    violations = plan_from_file(model, atoms.strong_graph, constraints, normalise(plan_text)).violations
    lines = []
    for violation in violations:
        lines.append(f"{violation.kind}: {violation.message}")
        lines.extend(f"  {hop.render()}" for hop in violation.chain)
    actual = "\n".join(lines) + "\n" if lines else "valid\n"
    assert actual == normalise(expected)


SHAPES = """
    //- /Cargo.toml
    [package]
    name = "shapes"
    version = "0.1.0"
    edition = "2021"
    //- /src/lib.rs
    pub mod app;
    pub mod ext;
    pub mod impls;
    mod macros;
    pub mod traits;
    pub mod types;
    //- /src/macros.rs
    macro_rules! twice { ($x:expr) => { $x * 2 } }
    pub(crate) use twice;
    //- /src/traits.rs
    pub trait Area {
        fn area(&self) -> u32;
    }
    //- /src/types.rs
    pub struct Square;
    //- /src/ext.rs
    impl crate::types::Square {
        pub fn side(&self) -> u32 { 2 }
    }
    //- /src/impls.rs
    use crate::traits::Area;
    use crate::types::Square;
    impl Area for Square {
        fn area(&self) -> u32 { 4 }
    }
    //- /src/app.rs
    use crate::traits::Area;
    pub fn total() -> u32 {
        crate::macros::twice!(crate::types::Square.area())
    }
"""


def test_a_plan_that_keeps_every_rule_and_has_no_cycle_is_valid() -> None:
    check_validation(
        source_tree(SHAPES),
        """
        [plan]
        package = "shapes"

        [[crates]]
        name = "shapes-model"
        modules = ["crate::traits", "crate::types", "crate::ext", "crate::impls", "crate::macros"]

        [[crates]]
        name = "shapes-app"
        modules = ["crate::app"]
        """,
        "valid",
    )


def test_an_impl_placed_away_from_both_its_trait_and_its_type_breaks_the_orphan_rule() -> None:
    check_validation(
        source_tree(SHAPES),
        """
        [plan]
        package = "shapes"

        [[crates]]
        name = "shapes-traits"
        modules = ["crate::traits"]

        [[crates]]
        name = "shapes-types"
        modules = ["crate::types", "crate::ext"]

        [[crates]]
        name = "shapes-impls"
        modules = ["crate::impls"]

        [[crates]]
        name = "shapes-app"
        modules = ["crate::macros", "crate::app"]
        """,
        """
        orphan-rule: impls::impl Area for Square is in shapes-impls, but the orphan rule allows only the crate of traits::Area (shapes-traits) or types::Square (shapes-types) (src/impls.rs:3)
        """,
    )


def test_an_impl_moved_next_to_its_trait_keeps_the_orphan_rule() -> None:
    check_validation(
        source_tree(SHAPES),
        """
        [plan]
        package = "shapes"

        [[crates]]
        name = "shapes-traits"
        modules = ["crate::traits"]
        items = ["impls::impl Area for Square"]

        [[crates]]
        name = "shapes-types"
        modules = ["crate::types", "crate::ext"]

        [[crates]]
        name = "shapes-impls"
        modules = ["crate::impls"]

        [[crates]]
        name = "shapes-app"
        modules = ["crate::macros", "crate::app"]
        """,
        "valid",
    )


def test_an_inherent_impl_in_another_crate_than_its_type_breaks_the_rule_and_closes_a_cycle() -> None:
    check_validation(
        source_tree(SHAPES),
        """
        [plan]
        package = "shapes"

        [[crates]]
        name = "shapes-model"
        modules = ["crate::traits", "crate::types", "crate::impls"]

        [[crates]]
        name = "shapes-ext"
        modules = ["crate::ext"]

        [[crates]]
        name = "shapes-app"
        modules = ["crate::macros", "crate::app"]
        """,
        """
        crate-cycle: crates shapes-ext -> shapes-model -> shapes-ext form a cycle
          ext::impl crate::types::Square -> types::Square (src/ext.rs:1, impl)
          types::Square -> ext::impl crate::types::Square (src/ext.rs:1, rule:inherent-impl)
        inherent-impl: inherent impl: stays with its type types::Square (src/ext.rs:1); but ext::impl crate::types::Square in shapes-ext, types::Square in shapes-model
        """,
    )


def test_a_member_that_needs_an_item_no_crate_lists_needs_the_facade() -> None:
    check_validation(
        source_tree(SHAPES),
        """
        [plan]
        package = "shapes"

        [[crates]]
        name = "shapes-model"
        modules = ["crate::traits", "crate::impls", "crate::macros"]

        [[crates]]
        name = "shapes-app"
        modules = ["crate::app"]
        """,
        """
        needs-facade: crate shapes-app needs types::Square, which no crate lists, so it stays in the facade (members cannot depend on the facade); list its module in a crate
          app::total -> types::Square (src/app.rs:3, token)
        needs-facade: crate shapes-model needs types::Square, which no crate lists, so it stays in the facade (members cannot depend on the facade); list its module in a crate
          impls::impl Area for Square -> types::Square (src/impls.rs:3, impl)
        """,
    )


def test_a_macro_used_from_another_crate_is_no_violation_because_it_can_be_exported() -> None:
    check_validation(
        source_tree(SHAPES),
        """
        [plan]
        package = "shapes"

        [[crates]]
        name = "shapes-macros"
        modules = ["crate::macros"]

        [[crates]]
        name = "shapes-rest"
        modules = ["crate::traits", "crate::types", "crate::ext", "crate::impls", "crate::app"]
        """,
        "valid",
    )


def test_a_two_module_cycle_put_across_two_crates_is_rejected_with_the_chain_that_closes_it() -> None:
    check_validation(
        load_source_tree(CORPORA / "module_cycle"),
        """
        [plan]
        package = "module_cycle"
        format = 1

        [[crates]]
        name = "module_cycle-render"
        modules = ["crate::render", "crate::render::svg"]

        [[crates]]
        name = "module_cycle-shapes"
        modules = ["crate::shapes"]

        [[crates]]
        name = "module_cycle-stats"
        modules = ["crate::stats", "crate::util"]
        """,
        """
        crate-cycle: crates module_cycle-render -> module_cycle-shapes -> module_cycle-render form a cycle
          render: use crate::shapes::Circle -> shapes::Circle (src/render/mod.rs:6, use)
          shapes: use crate::render::svg -> render::svg (src/shapes.rs:4, use)
        """,
    )


def test_splitting_render_from_svg_as_well_leaves_the_cycle_between_svg_and_shapes() -> None:
    check_validation(
        load_source_tree(CORPORA / "module_cycle"),
        """
        [plan]
        package = "module_cycle"
        format = 1

        [[crates]]
        name = "module_cycle-render"
        modules = ["crate::render"]

        [[crates]]
        name = "module_cycle-svg"
        modules = ["crate::render::svg"]

        [[crates]]
        name = "module_cycle-shapes"
        modules = ["crate::shapes", "crate::stats", "crate::util"]
        """,
        """
        crate-cycle: crates module_cycle-shapes -> module_cycle-svg -> module_cycle-shapes form a cycle
          shapes: use crate::render::svg -> render::svg (src/shapes.rs:4, use)
          render::svg: use crate::shapes::{Circle, Rect} -> shapes::Circle (src/render/svg.rs:3, use)
        """,
    )
