"""Cutting a unit that holds most of the crate at item level.

Every test plans a small crate with ``check_item_cuts`` and prints the
member crates (name, then their items one a line, indented), followed by
the item moves the plan reports (``moved: items -> crate``). The plan is
checked to be valid as well.
"""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from crate_split.model import ItemId
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.cost import effective_tokens
from crate_split.splitter.grouping import Granularity, PlanConfig
from crate_split.splitter.item_cuts import find_cut
from crate_split.splitter.planner import plan_split
from crate_split.splitter.units import Unit
from crate_split.splitter.validate import validate_assignment
from fixture import normalise, source_tree

#: The fixtures are tiny: small crates are only cut above twice ``min_lines``.
SMALL = PlanConfig(min_lines=5)


def check_item_cuts(fixture: str, expected: str, config: PlanConfig = SMALL) -> None:
    """Plan ``fixture``; compare its member crates and moves with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    constraints = derive_constraints(model)
    atoms = find_atoms(model, constraints)
    plan = plan_split(model, atoms, config)
    assert validate_assignment(model, atoms.strong_graph, constraints, plan.assignment) == ()
    lines = []
    for crate in plan.members:
        lines.append(crate.name)
        lines.extend(f"  {item.qualified()}" for item in crate.items)
    for move in plan.moves:
        lines.append(f"moved: {', '.join(i.qualified() for i in move.items)} -> {move.to_crate}")
    assert "\n".join(lines) + "\n" == normalise(expected)


ONE_MODULE = """
    //- /src/lib.rs
    pub trait Shape {
        fn area(&self) -> u32;
    }
    #[derive(Debug)]
    pub struct ShapeError;
    pub struct Square(pub u32);
    impl Square {
        pub fn new(side: u32) -> Result<Square, ShapeError> {
            if side == 0 { Err(ShapeError) } else { Ok(Square(side)) }
        }
    }
    impl Shape for Square {
        fn area(&self) -> u32 { self.0 * self.0 }
    }
    pub fn total(shapes: &[Square]) -> u32 {
        shapes.iter().map(Shape::area).sum()
    }
"""


def test_a_crate_of_one_module_is_cut_into_a_base_and_the_rest() -> None:
    check_item_cuts(
        ONE_MODULE,
        """
        fixture-base
          ShapeError
          Square
          impl Square
        fixture-root
          Shape
          impl Shape for Square
          total
        moved: ShapeError, Square, impl Square -> fixture-base
        """,
    )


def test_module_granularity_makes_no_item_cut() -> None:
    check_item_cuts(ONE_MODULE, "", PlanConfig(granularity=Granularity.MODULE, min_lines=5))


def test_a_crate_smaller_than_twice_min_lines_is_not_cut() -> None:
    check_item_cuts(ONE_MODULE, "", PlanConfig(min_lines=50))


def test_a_macro_call_stays_with_the_item_its_macro_body_names() -> None:
    # `impl_shape!` expands to `impl Shape for u8`: only the crate of
    # `Shape` may hold it (the orphan rule), so the calls stay with `Shape`.
    check_item_cuts(
        """
        //- /src/lib.rs
        pub trait Shape {
            fn area(&self) -> u32;
        }
        macro_rules! impl_shape {
            ($t:ty) => { impl Shape for $t { fn area(&self) -> u32 { 1 } } };
        }
        impl_shape!(u8);
        impl_shape!(u16);
        pub struct Square(pub u32);
        impl Shape for Square {
            fn area(&self) -> u32 { self.0 * self.0 }
        }
        pub fn total(shapes: &[Square]) -> u32 {
            shapes.iter().map(Shape::area).sum()
        }
        """,
        """
        fixture-base
          Square
          impl_shape
        fixture-root
          Shape
          impl Shape for Square
          impl_shape!
          impl_shape!#2
          total
        moved: Square, impl_shape -> fixture-base
        """,
    )


def test_a_test_module_stays_with_the_rest_of_its_parent() -> None:
    check_item_cuts(
        """
        //- /src/lib.rs
        pub struct Meters(pub u32);
        pub fn double(m: &Meters) -> Meters { Meters(m.0 * 2) }
        #[cfg(test)]
        mod tests {
            use super::*;
            #[test]
            fn meters() { assert_eq!(Meters(1).0, 1); }
        }
        """,
        """
        fixture-base
          Meters
        fixture-root
          double
          tests
          tests::meters
          tests: use super::*
        moved: Meters -> fixture-base
        """,
    )


def test_a_test_module_goes_to_the_base_with_all_its_parents_code() -> None:
    # quick-xml's `events/attributes.rs`: its code went to the base, its
    # 1,450 lines of tests stayed, and the file showed as new in the base.
    model = analyze_crate(
        source_tree(
            """
            //- /src/lib.rs
            pub fn double(m: &units::Meters) -> String {
                let side = units::scale(m).0;
                let text = format!("{} m", side);
                text.trim().to_string()
            }
            pub mod units {
                pub struct Meters(pub u32);
                pub fn scale(m: &Meters) -> Meters {
                    let side = m.0.saturating_mul(2);
                    Meters(side)
                }
                #[cfg(test)]
                mod tests {
                    use super::*;
                    #[test]
                    fn scale_doubles() { assert_eq!(scale(&Meters(1)).0, 2); }
                }
            }
            """
        )
    )
    graph = find_atoms(model, derive_constraints(model)).strong_graph
    items = tuple(sorted(model.items, key=ItemId.sort_key))
    unit = Unit(0, "all", ((),), items, sum(model.items[i].lines for i in items), 0, (), True)
    cut = find_cut(model, graph, unit, effective_tokens(model))
    assert cut is not None
    assert sorted(i.qualified() for i in cut.base) == [
        "units::Meters",
        "units::scale",
        "units::tests: use super::*",
        "units::tests::scale_doubles",
    ]


def test_the_items_of_a_module_a_macro_call_declares_stay_with_the_call():
    # lexical-core's `cfg_if! { .. mod not_feature_format; pub use self::not_feature_format::*; }`:
    # a base holding `Flags` without the call has no module `imp` (E0432).
    check_item_cuts(
        """
        //- /src/lib.rs
        macro_rules! items { ($($i:tt)*) => { $($i)* }; }
        items! {
            mod imp;
            pub use self::imp::*;
        }
        pub fn check(flags: &Flags) -> bool {
            flags.0 > 0 && helper() > 0
        }
        pub fn helper() -> u32 {
            let mut total = 0;
            for value in 0..10 {
                total += value;
            }
            total
        }
        pub fn twice(flags: &Flags) -> Flags {
            Flags(flags.0 * 2)
        }
        //- /src/imp.rs
        pub struct Flags(pub u8);
        impl Flags {
            pub fn empty() -> Flags {
                Flags(0)
            }
            pub fn is_empty(&self) -> bool {
                self.0 == 0
            }
        }
        """,
        """
        fixture-base
          helper
          items
        fixture-root
          check
          imp
          items!
          twice
          imp::Flags
          imp::impl Flags
        moved: helper, items -> fixture-base
        """,
    )


def test_a_call_of_a_trait_method_keeps_the_caller_on_the_side_of_the_trait():
    # lexical-core's `value.as_usize()` on a `u32`: a base without the trait
    # cannot call it (E0599), though method calls are weak edges elsewhere.
    check_item_cuts(
        """
        //- /src/lib.rs
        pub trait AsUsize {
            fn as_usize(self) -> usize;
            fn as_double(self) -> usize;
        }
        impl AsUsize for u32 {
            fn as_usize(self) -> usize {
                self as usize
            }
            fn as_double(self) -> usize {
                let value = self as usize;
                value + value
            }
        }
        pub fn index(value: u32) -> usize {
            value.as_usize() * 2
        }
        """,
        """
        fixture-base
          AsUsize
          impl AsUsize for u32
        fixture-root
          index
        moved: AsUsize, impl AsUsize for u32 -> fixture-base
        """,
    )
