"""The analysis report: the facts ``crate-split analyze`` shows, gathered
from the model, the constraints, the atoms and the module graph.

It only selects and orders; rendering is elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from crate_split.analysis import CrateModel
from crate_split.model import Diagnostic, ModulePath, Severity
from crate_split.model.items import Reference
from crate_split.report.heap_scope import cycles_left_for_later
from crate_split.splitter import (
    AtomGraph,
    Constraint,
    ConstraintKind,
    ModuleGraph,
    build_module_graph,
    derive_constraints,
    find_atoms,
)
from crate_split.splitter.cost import CostModel
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.planner import PlanConfig, plan_split


@dataclass(frozen=True, slots=True)
class AnalysisReport:
    model: CrateModel
    constraints: tuple[Constraint, ...]
    atoms: AtomGraph
    module_graph: ModuleGraph
    plan: SplitPlan | None = None

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.model.diagnostics if d.severity is not Severity.INFO)

    @property
    def unresolved(self) -> tuple[Reference, ...]:
        return self.model.unresolved()

    def constraint_counts(self) -> dict[str, dict[str, int]]:
        """Per rule: how many constraints are hard (merge) and soft (choice)."""
        counts: dict[str, Counter] = {}
        for constraint in self.constraints:
            counts.setdefault(constraint.kind.value, Counter())["hard" if constraint.hard else "soft"] += 1
        return {kind: {"hard": c["hard"], "soft": c["soft"]} for kind, c in sorted(counts.items())}

    def cross_module_constraints(self) -> tuple[Constraint, ...]:
        """Constraints whose items live in more than one module.

        ``#[cfg(test)]`` modules are left out: they always join their parent;
        so are the rules that keep items in the facade, which tie nothing.
        """
        return tuple(
            c
            for c in self.constraints
            if c.kind is not ConstraintKind.CFG_TEST
            and not c.kind.keeps_in_facade
            and len({_module(i) for i in c.items}) > 1
        )

    def facade_rules(self) -> tuple[Constraint, ...]:
        """Rules that keep code observing where it is compiled in the facade."""
        return tuple(c for c in self.constraints if c.kind.keeps_in_facade)


def _module(item) -> ModulePath:
    return item.module


def build_analysis_report(
    model: CrateModel,
    plan_config: PlanConfig | None = PlanConfig(),
    cost: CostModel = CostModel(),
    progress: Callable[[str, float], None] | None = None,
) -> AnalysisReport:
    """Derive constraints, atoms, the module graph and a proposed split.

    Args:
        model: the analysed crate.
        plan_config: planner options; ``None`` leaves the plan out.
        cost: cost model for the plan's predictions.
        progress: optional callback told about each step and the share done.

    Returns:
        The report value.
    """
    report = progress or (lambda step, fraction: None)
    # Planning frees its garbage by reference counting (see heap_scope).
    with cycles_left_for_later():
        report("constraints", 0.0)
        constraints = derive_constraints(model)
        report("atoms", 0.1)
        atoms = find_atoms(model, constraints)
        report("module graph", 0.2)
        module_graph = build_module_graph(model, atoms)
        plan = None
        if plan_config is not None:
            plan = plan_split(
                model, atoms, plan_config, cost, progress=lambda step, fraction: report(step, 0.3 + 0.7 * fraction)
            )
        report("done", 1.0)
    return AnalysisReport(model, constraints, atoms, module_graph, plan)
