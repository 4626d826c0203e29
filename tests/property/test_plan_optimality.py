"""The planner's grouping against brute force, on crates of at most 6 units.

A crate of at most 6 units has at most Bell(6) = 203 ways to group its
units into crates, so every one can be tried. ``check_plan_is_optimal``
enumerates every partition of the units whose group graph is acyclic and
that the planner's rules allow, ranks each the way the planner means to,
and requires the planner's plan to be an allowed partition that ranks no
worse than the best.

The rules, stated here independently of the planner:

- a plan has at most ``max_crates`` member crates, and never fewer than
  the floor (two, or ``max_crates`` when that is lower) unless the crate
  had fewer units to start with;
- every member crate is connected: its units are linked by dependencies
  (either way), ignoring units that have none at all (except the crate
  root's), which may join any crate. Only when no allowed partition is
  connected do the others count;
- the rank is the shortfall first (lines missing to ``min_lines``, summed
  over member crates), then the planner's own objective ``objective``:
  the simulated check plus build makespan at ``target_jobs`` jobs.

The crate root's own items, alone in a group that no other group needs,
stay in the facade and are no member crate.
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crate_split.analysis import analyze_crate
from crate_split.splitter import derive_constraints, find_atoms, find_units
from crate_split.splitter.cost import CostModel
from crate_split.splitter.grouping import objective
from crate_split.splitter.planner import Granularity, PlanConfig, _place_two_home_impls, plan_split
from crate_split.splitter.units import UnitSplit
from generated_crates import GeneratedCrate, generated_crates, write_crate

EXAMPLES = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MAX_UNITS = 6

#: Crates of at most 6 units: one per module, plus one for root items.
SMALL_CRATES = generated_crates(max_modules=MAX_UNITS).filter(
    lambda crate: crate.modules + bool(crate.entry_calls or crate.base_users) <= MAX_UNITS
)


def partitions(elements: list[int]) -> Iterator[list[frozenset[int]]]:
    """Every partition of ``elements`` into non-empty groups."""
    if not elements:
        yield []
        return
    first, rest = elements[0], elements[1:]
    for partition in partitions(rest):
        yield [frozenset({first}), *partition]
        for index in range(len(partition)):
            yield [*partition[:index], partition[index] | {first}, *partition[index + 1 :]]


def group_graph(split: UnitSplit, groups: list[frozenset[int]]) -> nx.DiGraph:
    owner = {unit: index for index, group in enumerate(groups) for unit in group}
    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(groups)))
    graph.add_edges_from(
        (owner[unit.id], owner[dependency])
        for unit in split.units
        for dependency in unit.depends_on
        if owner[unit.id] != owner[dependency]
    )
    return graph


def member_groups(split: UnitSplit, groups: list[frozenset[int]]) -> list[frozenset[int]]:
    root = next((unit.id for unit in split.units if unit.modules == ((),)), None)
    if root is None or frozenset({root}) not in groups:
        return groups
    index = groups.index(frozenset({root}))
    if group_graph(split, groups).in_degree(index):
        return groups
    return [group for group in groups if group != frozenset({root})]


def allowed(split: UnitSplit, groups: list[frozenset[int]], config: PlanConfig) -> bool:
    floor = 2 if config.max_crates is None or config.max_crates >= 2 else max(config.max_crates, 1)
    members = len(member_groups(split, groups))
    initial = len(member_groups(split, [frozenset({unit.id}) for unit in split.units]))
    if config.max_crates is not None and members > max(config.max_crates, 1):
        return False
    return members >= min(floor, initial)


def connected(split: UnitSplit, groups: list[frozenset[int]]) -> bool:
    undirected = nx.Graph()
    undirected.add_edges_from((unit.id, dependency) for unit in split.units for dependency in unit.depends_on)
    root = next((unit.id for unit in split.units if unit.modules == ((),)), None)
    for group in member_groups(split, groups):
        linked = [unit for unit in group if unit in undirected]
        if root in group and root not in undirected and linked:
            return False
        if linked and not nx.is_connected(undirected.subgraph(linked)):
            return False
    return True


def shortfall(split: UnitSplit, groups: list[frozenset[int]], config: PlanConfig) -> int:
    lines = [sum(split.units[u].lines for u in group) for group in member_groups(split, groups)]
    return sum(max(0, config.min_lines - n) for n in lines)


def check_plan_is_optimal(crate: GeneratedCrate, config: PlanConfig) -> None:
    """Plan ``crate`` and compare its grouping with every allowed grouping."""
    model = analyze_crate(write_crate(crate))
    atoms = find_atoms(model, derive_constraints(model))
    # The units the planner groups: those of the strong graph once each impl
    # that may live with its trait or its type is tied to the one it keeps.
    split = find_units(model, _place_two_home_impls(model, atoms)[0])
    assert len(split.units) <= MAX_UNITS
    cost = CostModel()
    plan = plan_split(model, atoms, config, cost)
    assert plan.moves == (), "module granularity moves no items"

    # The planner's grouping, read back from its assignment.
    by_crate: dict[str, set[int]] = {}
    for unit in split.units:
        crates = {plan.assignment[item] for item in unit.items}
        assert len(crates) == 1, f"unit {unit.name} is split across {crates}"
        crate_name = crates.pop()
        key = f"{crate_name} (root)" if unit.modules == ((),) and crate_name == plan.package else crate_name
        by_crate.setdefault(key, set()).add(unit.id)
    planned = sorted((frozenset(group) for group in by_crate.values()), key=min)
    assert nx.is_directed_acyclic_graph(group_graph(split, planned))
    assert allowed(split, planned, config), f"the plan {planned} breaks the crate count rules"
    assert len(member_groups(split, planned)) == len(plan.members)

    candidates = [
        sorted(groups, key=min)
        for groups in partitions([unit.id for unit in split.units])
        if nx.is_directed_acyclic_graph(group_graph(split, groups)) and allowed(split, groups, config)
    ]
    if any(connected(split, groups) for groups in candidates):
        candidates = [groups for groups in candidates if connected(split, groups)]
        assert connected(split, planned), f"the plan {planned} puts unrelated units together"
    ranked = [
        (shortfall(split, groups, config), objective(model, split, groups, config, cost), groups)
        for groups in candidates
    ]
    best = min(ranked, key=lambda entry: entry[:2])
    planned_rank = (shortfall(split, planned, config), objective(model, split, planned, config, cost))
    assert planned_rank[0] == best[0] and planned_rank[1] <= best[1] + 1e-9, (
        f"planner {planned} ranks {planned_rank}, brute force {best[2]} ranks {best[:2]}"
    )


@EXAMPLES
@given(crate=SMALL_CRATES)
def test_the_plan_is_optimal_without_a_minimum_size(crate: GeneratedCrate) -> None:
    check_plan_is_optimal(crate, PlanConfig(granularity=Granularity.MODULE, min_lines=0))


@EXAMPLES
@given(crate=SMALL_CRATES)
def test_the_plan_is_optimal_with_the_default_minimum_size(crate: GeneratedCrate) -> None:
    check_plan_is_optimal(crate, PlanConfig(granularity=Granularity.MODULE))


@EXAMPLES
@given(crate=SMALL_CRATES, max_crates=st.integers(1, 3))
def test_the_plan_is_optimal_under_a_crate_limit(crate: GeneratedCrate, max_crates: int) -> None:
    check_plan_is_optimal(crate, PlanConfig(granularity=Granularity.MODULE, min_lines=0, max_crates=max_crates))


@EXAMPLES
@given(crate=SMALL_CRATES, jobs=st.sampled_from((1, 2, 4)))
def test_the_plan_is_optimal_for_few_jobs(crate: GeneratedCrate, jobs: int) -> None:
    check_plan_is_optimal(crate, PlanConfig(granularity=Granularity.MODULE, min_lines=0, target_jobs=jobs))


THREE_MODULE_CALLS = [(caller, callee) for caller in range(3) for callee in range(3) if caller != callee]


@pytest.mark.parametrize("mask", range(2 ** len(THREE_MODULE_CALLS)))
def test_the_plan_is_optimal_for_every_call_graph_between_three_modules(mask: int) -> None:
    calls = tuple(
        (caller, 0, callee, 0) for bit, (caller, callee) in enumerate(THREE_MODULE_CALLS) if mask & (1 << bit)
    )
    crate = GeneratedCrate(
        functions=(1, 1, 1),
        crate_visible=frozenset(),
        calls=calls,
        structs=(),
        traits=(),
        tests=(),
        padding=(0, 12, 30),
        entry_calls=((0, 0),),
        base_users=(),
    )
    check_plan_is_optimal(crate, PlanConfig(granularity=Granularity.MODULE))
