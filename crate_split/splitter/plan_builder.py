"""Turning an item-to-crate assignment into a ``SplitPlan`` value.

Used by the planner and by plan files a person edited, so both describe
their plans the same way: crates with sizes and dependencies, widened
visibility, the exported macros, and the predicted build times.

Invariant: it does not check the plan; :mod:`validate` does that first.
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.model import ItemId, ModulePath
from crate_split.splitter.build_scripts import script_items, with_build_scripts
from crate_split.splitter.cost import CostModel, effective_tokens
from crate_split.splitter.dag import dependencies_first, reach_counts
from crate_split.splitter.plan import ForcedMerge, ItemMove, PlannedCrate, Prediction, SplitPlan, VisibilityBump
from crate_split.splitter.schedule import JOB_COUNTS, BuildUnit, simulate


def crate_graph_of(graph: ItemGraph, assignment: Mapping[ItemId, str], crates: list[str]) -> nx.DiGraph:
    """The crate dependency graph an assignment implies."""
    result = nx.DiGraph()
    result.add_nodes_from(crates)
    for dependent, dependency in graph.edges():
        a, b = assignment.get(dependent), assignment.get(dependency)
        if a and b and a != b:
            result.add_edge(a, b)
    return result


def build_plan(
    model: CrateModel,
    graph: ItemGraph,
    assignment: Mapping[ItemId, str],
    modules: Mapping[str, tuple[ModulePath, ...]],
    cost: CostModel,
    *,
    moves: tuple[ItemMove, ...] = (),
    merges: tuple[ForcedMerge, ...] = (),
    notes: tuple[str, ...] = (),
    target_jobs: int = 8,
) -> SplitPlan:
    """Describe the plan that ``assignment`` makes.

    Args:
        model: the analysed crate.
        graph: the strong item graph.
        assignment: crate name of every item; the package name is the facade.
        modules: module roots each member crate holds (for display and files).
        cost: cost model for the predictions.
        target_jobs: the job count the plan is made for; its prediction
            there says whether the split pays.

    Returns:
        The plan value.
    """
    package = model.manifest.package
    members = sorted({c for c in assignment.values() if c != package} | set(modules))
    crate_graph = crate_graph_of(graph, assignment, [package, *members])
    for member in members:
        crate_graph.add_edge(package, member)
    weights = effective_tokens(model)
    crates: list[PlannedCrate] = []
    for name in [*members, package]:
        items = tuple(sorted((i for i, c in assignment.items() if c == name), key=ItemId.sort_key))
        crates.append(
            PlannedCrate(
                name=name,
                modules=tuple(modules.get(name, ((),) if name == package else ())),
                items=items,
                lines=sum(model.items[i].lines for i in items),
                tokens=sum(weights[i] for i in items),
                depends_on=tuple(sorted(crate_graph.successors(name))),
                is_facade=name == package,
            )
        )
    needing = script_items(model)
    depends_on = {c.name: c.depends_on for c in crates}
    loaded = reach_counts(list(depends_on), depends_on.__getitem__)
    units = with_build_scripts(
        (
            BuildUnit(c.name, cost.frontend(c.tokens, loaded[c.name]), cost.codegen(c.tokens), c.depends_on)
            for c in crates
        ),
        {assignment[item] for item in needing if item in assignment},
        cost.build_script,
    )
    predictions = predict(model, units, cost, (*JOB_COUNTS, target_jobs))
    path, seconds = critical_chain(units)
    return SplitPlan(
        crate_name=model.manifest.crate_name,
        package=package,
        crates=tuple(crates),
        assignment=dict(sorted(assignment.items(), key=lambda pair: pair[0].sort_key())),
        moves=moves,
        merges=merges,
        bumps=tuple(visibility_bumps(model, graph, assignment, package)),
        predictions=tuple(p for p in predictions if p.jobs in JOB_COUNTS),
        target=next(p for p in predictions if p.jobs == target_jobs),
        critical_path=path,
        critical_seconds=seconds,
        cost_source=cost.source,
        notes=notes,
    )


def visibility_bumps(
    model: CrateModel, graph: ItemGraph, assignment: Mapping[ItemId, str], package: str
) -> list[VisibilityBump]:
    """Items used from another member crate that are not ``pub`` today."""
    bumps: dict[tuple[ItemId, str], VisibilityBump] = {}
    for dependent, dependency in graph.edges():
        a, b = assignment.get(dependent), assignment.get(dependency)
        if a is None or b is None or a == b or b == package:
            continue
        item = model.items.get(dependency)
        if item is None or item.visibility == "pub":
            continue
        for reason in graph.reasons(dependent, dependency):
            if reason.kind.is_rule or reason.span is None:
                continue
            bumps.setdefault((dependency, a), VisibilityBump(dependency, item.visibility or "private", a, reason.span))
            break
    return sorted(bumps.values(), key=lambda b: (b.item.sort_key(), b.used_from))


def predict(
    model: CrateModel, units: tuple[BuildUnit, ...], cost: CostModel, job_counts: tuple[int, ...] = JOB_COUNTS
) -> tuple[Prediction, ...]:
    """Simulated check and build makespans of the original and the plan
    (each paying its build scripts), at each of ``job_counts`` once."""
    total = sum(effective_tokens(model).values())
    package = model.manifest.package
    original = with_build_scripts(
        (BuildUnit(package, cost.frontend(total), cost.codegen(total), ()),),
        (package,) if model.manifest.has_build_script else (),
        cost.build_script,
    )
    return tuple(
        Prediction(
            jobs=jobs,
            original_check=simulate(original, jobs=jobs, mode="check").makespan,
            planned_check=simulate(units, jobs=jobs, mode="check").makespan,
            original_build=simulate(original, jobs=jobs, mode="build").makespan,
            planned_build=simulate(units, jobs=jobs, mode="build").makespan,
        )
        for jobs in sorted(set(job_counts))
    )


def critical_chain(units: tuple[BuildUnit, ...]) -> tuple[tuple[str, ...], float]:
    """The chain of crates whose front-ends take longest end to end."""
    by_name = {unit.name: unit for unit in units}
    best: dict[str, tuple[float, tuple[str, ...]]] = {}
    for name in dependencies_first(sorted(by_name), lambda name: by_name[name].depends_on):
        unit = by_name[name]
        before = max((best[d] for d in unit.depends_on), default=(0.0, ()), key=lambda pair: pair[0])
        best[name] = (before[0] + unit.frontend, (*before[1], name))
    seconds, path = max((best[name] for name in sorted(by_name)), key=lambda pair: pair[0])
    return path, seconds
