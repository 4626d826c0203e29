"""Pinned doc tests in the plan: their crate holds what its doc tests name.

``corpora/doc_test_crate_name``: the doc test of ``Area::doubled`` writes
``crate::doc_test_crate_name::prelude::*`` (pinned to the crate's name) and
names ``units::Square``; the doc test of ``Area::describe`` names
``labels::label``, which nothing in the code uses. Unpinned, ``labels`` is a
member of its own and the member of ``shapes`` fails the ``describe`` test;
the repair loop then gives it a name of its own, which fails ``doubled``,
and merges the crates. The plan must put them together from the start,
and leave ``tally`` (whose doc test names only its own items) apart.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.model import ItemId, ItemKind
from crate_split.splitter import ConstraintKind, derive_constraints, find_atoms
from crate_split.splitter.doc_test_rule import doc_test_merge
from crate_split.splitter.planner import plan_split
from fixture import source_tree

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "doc_test_crate_name"
AREA = ItemId(("shapes",), ItemKind.TRAIT, "Area")
SQUARE = ItemId(("units",), ItemKind.STRUCT, "Square")
LABEL = ItemId(("labels",), ItemKind.FUNCTION, "label")
TALLY = ItemId(("tally",), ItemKind.STRUCT, "Tally")


def _model():
    return analyze_crate(load_source_tree(CORPUS))


def test_a_pinned_doc_test_ties_its_item_to_what_it_names() -> None:
    model = _model()
    ties = [c for c in derive_constraints(model) if c.kind is ConstraintKind.DOC_TEST_CRATE_NAME]
    assert [c.items[0] for c in ties] == [AREA]
    assert ties[0].hard
    assert {i.qualified() for i in ties[0].items[1:]} == {"prelude: pub use crate::shapes::Area", "units::Square"}
    assert "crate::doc_test_crate_name::prelude::*" in ties[0].reason


def test_the_plan_puts_the_pinned_tests_crate_with_everything_its_doc_tests_name() -> None:
    model = _model()
    plan = plan_split(model, find_atoms(model, derive_constraints(model)))
    crate = plan.assignment[AREA]
    assert crate != plan.package
    assert plan.assignment[SQUARE] == crate
    assert plan.assignment[LABEL] == crate
    assert plan.assignment[TALLY] not in (crate, plan.package)
    assert any("writes `crate::doc_test_crate_name::prelude::*`" in merge.reason for merge in plan.merges)


def test_the_rule_merges_the_members_a_pinned_crates_tests_name_and_not_the_facade() -> None:
    model = _model()
    package = model.manifest.package
    assignment = {item: package for item in model.items}
    assignment.update(
        {item: "shapes" for item in model.items if item.module in (("shapes",), ("units",), ("prelude",))}
    )
    assignment.update({item: "labels" for item in model.items if item.module == ("labels",)})
    assignment.update({item: "tally" for item in model.items if item.module == ("tally",)})
    found = doc_test_merge(model, assignment, package)
    assert found is not None
    assert found[:2] == ("shapes", {"labels"})
    assignment.update({item: "shapes" for item in model.items if item.module == ("labels",)})
    assert doc_test_merge(model, assignment, package) is None
    # A member cannot reach the facade: with the prelude there, the pinned crate must join it.
    assignment.update({item: package for item in model.items if item.module == ("prelude",)})
    assert doc_test_merge(model, assignment, package)[:2] == ("shapes", {package})
    # In the facade a pinned test passes: it has every item by the crate's name.
    assignment.update({item: package for item in model.items if item.module == ("shapes",)})
    assert doc_test_merge(model, assignment, package) is None


def test_a_pinned_doc_test_behind_a_feature_that_is_off_ties_nothing() -> None:
    model = analyze_crate(
        source_tree(
            """
//- /Cargo.toml
[package]
name = "gated"
version = "0.1.0"
edition = "2021"

[features]
extra = []
//- /src/lib.rs
pub mod shapes;
#[cfg(feature = "extra")]
pub mod extra;
//- /src/shapes.rs
/// A square.
///
/// ```
/// let side = crate::gated::shapes::Square(2).0;
/// assert_eq!(side, 2);
/// ```
pub struct Square(pub u32);
//- /src/extra.rs
/// Twice a square's side.
///
/// ```
/// assert_eq!(crate::gated::extra::twice(&crate::gated::shapes::Square(2)), 4);
/// ```
pub fn twice(square: &crate::shapes::Square) -> u32 { square.0 * 2 }
"""
        )
    )
    documented = {test.item.name for test in model.doc_tests if test.item is not None}
    assert "twice" in documented
    ties = [c for c in derive_constraints(model) if c.kind is ConstraintKind.DOC_TEST_CRATE_NAME]
    # `cargo test` runs no doc test of `extra` while its feature is off.
    assert [c.items[0].name for c in ties] == []
