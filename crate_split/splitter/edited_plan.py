"""A plan file a person wrote or edited, turned into a plan: the one path
from its text to a ``SplitPlan``.

The steps are always the same (read and check the names, give every item
its crate, check the rules, describe the plan); the CLI and the tests go
through :func:`plan_from_file` so none of them repeats or skips a step.

It does not raise on a plan that breaks rules: the violations are the
answer, for the caller to show. A name that does not exist is bad input
and raises ``InvalidPlanFile`` (from :func:`read_plan_file`).
"""

from __future__ import annotations

from dataclasses import dataclass

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.splitter.constraints import Constraint
from crate_split.splitter.cost import CostModel
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.plan_builder import build_plan
from crate_split.splitter.plan_file import assign_items, read_plan_file
from crate_split.splitter.validate import Violation, validate_assignment


@dataclass(frozen=True, slots=True)
class EditedPlan:
    """The plan a plan file describes, or why it cannot be one.

    Invariant: exactly one of ``plan`` and ``violations`` is set.
    """

    plan: SplitPlan | None
    violations: tuple[Violation, ...] = ()


def plan_from_file(
    model: CrateModel,
    graph: ItemGraph,
    constraints: tuple[Constraint, ...],
    text: str,
    cost: CostModel = CostModel(),
    *,
    notes: tuple[str, ...] = (),
    target_jobs: int = 8,
) -> EditedPlan:
    """Read a plan file, check it against the crate's rules and describe it.

    Args:
        model: the analysed crate.
        graph: the strong item graph (``AtomGraph.strong_graph``).
        constraints: the crate's rules (``derive_constraints``).
        text: the plan file's TOML text.
        cost: cost model for the plan's predictions.
        notes: lines the plan carries for the report.
        target_jobs: the job count the plan's payoff is judged at.

    Returns:
        The plan, or the rules it breaks (and no plan).

    Raises:
        InvalidPlanFile: the text is not a plan file or names what the
            crate does not have.
    """
    spec = read_plan_file(text, model)
    assignment = assign_items(model, spec)
    violations = validate_assignment(model, graph, constraints, assignment)
    if violations:
        return EditedPlan(None, violations)
    modules = {name: crate_modules for name, crate_modules, _items in spec.crates}
    return EditedPlan(build_plan(model, graph, assignment, modules, cost, notes=notes, target_jobs=target_jobs))
