"""Cutting a cycle of modules at the items they share (``corpora/shared_base``).

``geometry``, ``stats``, ``render`` and ``io`` form one cycle: ``geometry::describe``
needs the three others, and they all need ``geometry::Point``. The shared
base is ``Point`` with its inherent impl; the planner cuts it out only when
its build model says the cut pays.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.base_cut import shared_bases
from crate_split.splitter.cost import CostModel, code_tokens
from crate_split.splitter.grouping import PlanConfig
from crate_split.splitter.planner import plan_split
from crate_split.splitter.units import find_units
from crate_split.splitter.validate import validate_assignment

FIXTURE = Path(__file__).resolve().parents[2] / "corpora" / "shared_base"
#: Crates cost almost nothing: only the front-end work counts.
CHEAP_CRATES = CostModel(crate_overhead=0.0001, dependency_overhead=0.0)
CONFIG = PlanConfig(target_jobs=4, min_lines=5)


def _plan(cost: CostModel):
    model = analyze_crate(load_source_tree(FIXTURE))
    constraints = derive_constraints(model)
    atoms = find_atoms(model, constraints)
    plan = plan_split(model, atoms, CONFIG, cost)
    assert validate_assignment(model, atoms.strong_graph, constraints, plan.assignment) == ()
    return plan


def test_the_most_shared_base_is_the_point_with_its_impl() -> None:
    model = analyze_crate(load_source_tree(FIXTURE))
    graph = find_atoms(model, derive_constraints(model)).strong_graph
    split = find_units(model, graph)
    (cycle,) = [unit for unit in split.units if len(unit.modules) >= 2]
    assert cycle.modules == (("geometry",), ("io",), ("render",), ("stats",))
    sharing, base = shared_bases(model, graph, split, cycle, code_tokens(model))[0]
    assert sharing == 3
    assert sorted(item.qualified() for item in base) == ["geometry::Point", "geometry::impl Point"]


def test_when_it_pays_the_base_crate_frees_the_modules_side_by_side() -> None:
    plan = _plan(CHEAP_CRATES)
    crates = {crate.name: crate for crate in plan.members}
    assert [item.qualified() for item in crates["shared_base-base"].items] == [
        "geometry::Point",
        "geometry::impl Point",
    ]
    for module in ("io", "render", "stats"):
        assert crates[f"shared_base-{module}"].depends_on == ("shared_base-base",)
    assert crates["shared_base-geometry"].depends_on == (
        "shared_base-base",
        "shared_base-io",
        "shared_base-render",
        "shared_base-stats",
    )
    (move,) = plan.moves
    assert "one cycle of 4 modules" in move.reason and "3 or more of them share" in move.reason
    assert plan.target is not None and plan.target.check_speedup > 1.0


def test_when_the_crates_fixed_cost_outweighs_it_the_cycle_is_not_cut_at_its_shared_base() -> None:
    plan = _plan(CostModel())
    assert not any("share" in move.reason for move in plan.moves)
    assert "shared_base-stats" not in {crate.name for crate in plan.members}
