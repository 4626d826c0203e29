"""Per-model values the planner asks for many times are computed once.

A plan asks for the items' weighted tokens, the facade's tokens and the
rules from every unit trial and every scorer, and for the units of the
strong graph from the module graph and the planner. Each test checks that a
second request gets the very value of the first (not a recomputed equal),
that the value is read-only, and that another model gets its own.
"""

from __future__ import annotations

import pytest

from crate_split.analysis import analyze_crate
from crate_split.analysis.item_graph import EdgeKind, EdgeReason
from crate_split.model import ItemId, ItemKind
from crate_split.splitter import grouping, units
from crate_split.splitter.atoms import find_atoms
from crate_split.splitter.build_scripts import script_items
from crate_split.splitter.constraints import derive_constraints
from crate_split.splitter.cost import effective_tokens
from crate_split.splitter.grouping import facade_tokens
from crate_split.splitter.module_graph import build_module_graph
from crate_split.splitter.units import find_units
from fixture import source_tree

CRATE = """
//- /src/lib.rs
pub mod shapes;
pub mod report;
pub use shapes::Shape;

//- /src/shapes.rs
pub struct Shape {
    pub sides: u32,
}

impl Shape {
    pub fn square() -> Shape {
        Shape { sides: 4 }
    }
}

//- /src/report.rs
use crate::shapes::Shape;

pub fn describe(shape: &Shape) -> String {
    format!("{} sides", shape.sides)
}
"""


def test_the_weighted_tokens_of_a_model_are_computed_once_and_read_only() -> None:
    model = analyze_crate(source_tree(CRATE))
    weights = effective_tokens(model)
    assert effective_tokens(model) is weights
    with pytest.raises(TypeError):
        weights[next(iter(weights))] = 0  # type: ignore[index]
    other = analyze_crate(source_tree(CRATE))
    assert effective_tokens(other) is not weights
    assert dict(effective_tokens(other)) == dict(weights)
    # Asking about the first model again after the other computes it anew, equal.
    assert dict(effective_tokens(model)) == dict(weights)


def test_the_rules_and_the_facade_tokens_of_a_model_are_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    model = analyze_crate(source_tree(CRATE))
    constraints = derive_constraints(model)
    assert derive_constraints(model) is constraints
    tokens = facade_tokens(model)
    assert tokens > 0  # the root's `pub use`
    asked: list[object] = []

    def counted(model, item):
        asked.append(item)
        return units.facade_only(model, item)

    monkeypatch.setattr(grouping, "facade_only", counted)
    assert facade_tokens(model) == tokens
    assert asked == []


def test_the_module_graph_and_the_planner_share_the_units_of_the_strong_graph() -> None:
    model = analyze_crate(source_tree(CRATE))
    atoms = find_atoms(model, derive_constraints(model))
    split = atoms.units(model)
    assert atoms.units(model) is split
    assert split == find_units(model, atoms.strong_graph)
    assert build_module_graph(model, atoms).units == split.units


def test_unit_trials_on_a_graph_that_gained_an_edge_see_the_edge() -> None:
    # The reduced item edges are kept for the next trial on the same graph;
    # an edge added in between (a rule tying two modules) must count.
    model = analyze_crate(source_tree(CRATE))
    atoms = find_atoms(model, derive_constraints(model))
    graph = atoms.strong_graph.without_edges(frozenset())
    kept = frozenset[ItemId]()
    before = find_units(model, graph, kept=kept, refine=False)
    assert [unit.name for unit in before.units] == ["report", "shapes"]
    shape = next(item for item in model.items if item.name == "Shape" and item.kind is ItemKind.STRUCT)
    describe = next(item for item in model.items if item.name == "describe")
    graph.add_dependency(dependent=shape, dependency=describe, reason=EdgeReason(EdgeKind.of_rule("test"), None))
    after = find_units(model, graph, kept=kept, refine=False)
    assert [unit.name for unit in after.units] == ["report + shapes"]


def test_build_script_items_and_the_module_tree_of_a_model_are_computed_once() -> None:
    model = analyze_crate(source_tree(CRATE))
    assert script_items(model) is script_items(model)
    children, lines = units._module_tree(model)
    assert units._module_tree(model) == (children, lines)
    assert units._module_tree(model)[0] is children
    assert children[()] == (("report",), ("shapes",))
    assert lines[()] == sum(item.lines for item in model.items.values())
    with pytest.raises(TypeError):
        children[("other",)] = ()  # type: ignore[index]
