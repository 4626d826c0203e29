"""Invariants of every plan, on random crates written as Rust source.

hypothesis invents crates (see ``generated_crates``): modules whose
functions call each other along a DAG plus injected back edges that close
cycles, structs with their inherent impl in another module, test modules
that call into other modules, root items. Every test plans such crates
with ``check_plan_invariants`` under one planner configuration, which
checks that:

- every item is assigned to exactly one crate;
- the crate graph is acyclic;
- every atom (strongly connected component plus hard rules) is in one crate;
- every hard rule that cannot be lifted holds, and every impl is in the
  crate of its trait or of its type;
- every strong edge between two crates targets an item that is ``pub`` or
  listed among the plan's visibility bumps;
- ``validate_assignment`` finds nothing wrong with the plan, and its plan
  file reads back to the same assignment;
- the same crate written in a shuffled order (modules, items, calls) gives
  the same assignment and byte-identical plan file text.
"""

from __future__ import annotations

import networkx as nx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crate_split.analysis import analyze_crate
from crate_split.model import ItemKind
from crate_split.splitter import ConstraintKind, derive_constraints, find_atoms
from crate_split.splitter.cost import CostModel
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.plan_file import assign_items, read_plan_file, render_plan_file
from crate_split.splitter.planner import EXACT_SEARCH_MAX_UNITS, PlanConfig, plan_split
from crate_split.splitter.validate import validate_assignment
from generated_crates import GeneratedCrate, generated_crates, write_crate

#: Few enough examples that this file runs in well under a minute.
EXAMPLES = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _plan(crate: GeneratedCrate, config: PlanConfig, shuffle_seed: int | None):
    model = analyze_crate(write_crate(crate, shuffle_seed=shuffle_seed))
    assert model.syntax_errors == 0, "the generator wrote invalid Rust"
    assert model.stats.unresolved == 0, "every call of a generated crate resolves"
    constraints = derive_constraints(model)
    atoms = find_atoms(model, constraints)
    return model, constraints, atoms, plan_split(model, atoms, config, CostModel())


def check_plan_invariants(crate: GeneratedCrate, config: PlanConfig, shuffle_seed: int) -> SplitPlan:
    """Plan ``crate`` under ``config``, check every invariant, return the plan."""
    model, constraints, atoms, plan = _plan(crate, config, None)
    package = model.manifest.package
    graph = atoms.strong_graph

    # Every item in exactly one crate.
    assert set(plan.assignment) == set(model.items)
    listed = [item for planned in plan.crates for item in planned.items]
    assert sorted(listed) == sorted(model.items), "crates must partition the items"
    assert sum(1 for planned in plan.crates if planned.is_facade) == 1
    assert {planned.name for planned in plan.crates} == set(plan.assignment.values()) | {package}

    # The crate graph is acyclic, and it is the graph the assignment implies.
    crate_graph = nx.DiGraph()
    crate_graph.add_nodes_from(planned.name for planned in plan.crates)
    crate_graph.add_edges_from(
        (planned.name, dependency) for planned in plan.crates for dependency in planned.depends_on
    )
    assert nx.is_directed_acyclic_graph(crate_graph)
    for dependent, dependency in graph.edges():
        a, b = plan.assignment[dependent], plan.assignment[dependency]
        if a != b:
            assert crate_graph.has_edge(a, b), f"{a} needs {b} but does not depend on it"
    for member in plan.members:
        assert package not in member.depends_on, "no member depends on the facade"

    # Atoms are never split.
    for atom in atoms.atoms:
        assert len({plan.assignment[item] for item in atom.members}) == 1, f"atom {atom.members} is split"

    # Hard rules hold; impls sit with their trait or their type.
    for constraint in constraints:
        crates = [plan.assignment[item] for item in constraint.items]
        if constraint.hard and not constraint.liftable:
            assert len(set(crates)) == 1, constraint.reason
        elif constraint.kind is ConstraintKind.ORPHAN_RULE:
            assert crates[0] in crates[1:], constraint.reason

    # Cross-crate references reach public or widened items.
    bumped = {(bump.item, bump.used_from) for bump in plan.bumps}
    for dependent, dependency in graph.edges():
        a, b = plan.assignment[dependent], plan.assignment[dependency]
        if a == b or all(reason.kind.is_rule for reason in graph.reasons(dependent, dependency)):
            continue
        assert model.items[dependency].visibility == "pub" or (dependency, a) in bumped, (
            f"{dependent.qualified()} in {a} uses {dependency.qualified()} in {b}, which is neither pub nor bumped"
        )

    # No member crate holds nothing but `mod` items (an empty shell).
    for member in plan.members:
        assert any(item.kind is not ItemKind.MODULE for item in member.items), f"{member.name} is an empty shell"

    # The validator agrees, and the plan file says the same.
    assert validate_assignment(model, graph, constraints, plan.assignment) == ()
    assert assign_items(model, read_plan_file(render_plan_file(plan), model)) == dict(plan.assignment)

    # Writing the crate in another order changes nothing.
    _, _, _, shuffled = _plan(crate, config, shuffle_seed)
    assert dict(shuffled.assignment) == dict(plan.assignment)
    assert render_plan_file(shuffled) == render_plan_file(plan)
    return plan


@EXAMPLES
@given(crate=generated_crates(), shuffle_seed=st.integers(0, 2**16))
def test_plans_with_the_default_options_keep_every_invariant(crate: GeneratedCrate, shuffle_seed: int) -> None:
    check_plan_invariants(crate, PlanConfig(), shuffle_seed)


@EXAMPLES
@given(crate=generated_crates(), shuffle_seed=st.integers(0, 2**16))
def test_plans_along_module_boundaries_keep_every_invariant(crate: GeneratedCrate, shuffle_seed: int) -> None:
    plan = check_plan_invariants(crate, PlanConfig(granularity="module", min_lines=0), shuffle_seed)
    assert plan.moves == ()


#: Base cuts took every item of three modules out: their `mod` items were
#: left as crates with nothing in them, uncounted by the crate limit.
SHELLS_LEFT_BY_BASE_CUTS = GeneratedCrate(
    functions=(2, 2, 3, 3, 2),
    crate_visible=frozenset(),
    calls=((0, 0, 1, 0), (1, 0, 4, 0), (2, 0, 0, 0), (3, 0, 0, 1), (4, 0, 0, 0), (4, 0, 1, 0), (4, 0, 2, 0)),
    structs=((3, 0),),
    traits=((1, ((0, 0),)),),
    tests=((0, ()),),
    padding=(0, 0, 4, 30, 0),
    entry_calls=((0, 0),),
    base_users=(),
)


@EXAMPLES
@example(crate=SHELLS_LEFT_BY_BASE_CUTS, shuffle_seed=0)
@given(crate=generated_crates(), shuffle_seed=st.integers(0, 2**16))
def test_plans_without_a_minimum_size_keep_every_invariant_and_leave_no_shell(
    crate: GeneratedCrate, shuffle_seed: int
) -> None:
    check_plan_invariants(crate, PlanConfig(min_lines=0), shuffle_seed)


@EXAMPLES
@example(crate=SHELLS_LEFT_BY_BASE_CUTS, shuffle_seed=0, max_crates=2)
@given(crate=generated_crates(), shuffle_seed=st.integers(0, 2**16), max_crates=st.integers(1, 3))
def test_plans_with_a_crate_limit_keep_every_invariant_and_the_limit(
    crate: GeneratedCrate, shuffle_seed: int, max_crates: int
) -> None:
    plan = check_plan_invariants(crate, PlanConfig(max_crates=max_crates, min_lines=0), shuffle_seed)
    assert len(plan.members) <= max_crates


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    crate=generated_crates(min_modules=EXACT_SEARCH_MAX_UNITS + 1, max_modules=12), shuffle_seed=st.integers(0, 2**16)
)
def test_plans_of_crates_too_large_for_the_exact_search_keep_every_invariant(
    crate: GeneratedCrate, shuffle_seed: int
) -> None:
    check_plan_invariants(crate, PlanConfig(min_lines=0), shuffle_seed)
