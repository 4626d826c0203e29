"""Merging crates of a plan, as the repair loop asks when rustc rejects a
split: the crates become one, and any cycle the merge closes is merged too.

Invariant: the plan returned has an acyclic crate graph.
"""

from __future__ import annotations

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.splitter.cost import CostModel
from crate_split.splitter.plan import ForcedMerge, SplitPlan
from crate_split.splitter.plan_builder import build_plan, crate_graph_of


def merge_crates(
    model: CrateModel,
    graph: ItemGraph,
    plan: SplitPlan,
    crates: set[str],
    reason: str,
    cost: CostModel = CostModel(),
) -> SplitPlan:
    """Merge ``crates`` (member names) into one member and re-close cycles.

    Args:
        model: the analysed crate.
        graph: the strong item graph.
        plan: the current plan.
        crates: members to merge; the facade cannot be merged.
        reason: why, recorded as a forced merge.
        cost: cost model for the new predictions.

    Returns:
        The new plan.
    """
    package = plan.package
    crates = {c for c in crates if c != package}
    if len(crates) < 2:
        return plan
    keep = min(crates)
    assignment = {item: (keep if crate in crates else crate) for item, crate in plan.assignment.items()}
    modules = {c.name: c.modules for c in plan.members}
    modules[keep] = tuple(sorted({m for c in crates for m in modules.get(c, ())}))
    for crate in crates - {keep}:
        modules.pop(crate, None)
    while True:
        crate_graph = crate_graph_of(graph, assignment, sorted(set(assignment.values())))
        cycle = next((c for c in nx.strongly_connected_components(crate_graph) if len(c) > 1), None)
        if cycle is None:
            break
        cycle.discard(package)
        target = min(cycle)
        for item, crate in list(assignment.items()):
            if crate in cycle:
                assignment[item] = target
        modules[target] = tuple(sorted({m for c in cycle for m in modules.get(c, ())}))
        for crate in cycle - {target}:
            modules.pop(crate, None)
    merged = ForcedMerge(
        modules=modules.get(keep, ()),
        crate=keep,
        reason=reason,
        chain=(),
    )
    return build_plan(
        model,
        graph,
        assignment,
        modules,
        cost,
        moves=plan.moves,
        merges=(*plan.merges, merged),
        notes=plan.notes,
        target_jobs=plan.target.jobs if plan.target else 8,
    )
