"""One step of the repair loop: from the problem of a round to the next plan.

``apply --check`` builds the workspace, finds what keeps it from being
verified (rustc's errors, tests the original passes and the split does not,
a public API difference: a :class:`Problem`) and asks :func:`next_round`
what to change. Every step changes the workspace: it applies the repairs
aimed at the problem (widenings, lint allowances, merges of the crates it
names), or, when
those would change nothing, when the same problem comes back, or when the
budget of targeted rounds is spent, it merges the crates the problem
involves with more and more of their neighbours (:mod:`.escalation`).
This module decides; it runs no cargo and writes nothing.

Invariant: each step either applies a repair that changes the plan, the
widening, the lint allowances or the members with crate names of their own
(at most ``repair_rounds`` times) or leaves one member crate
fewer, so the loop ends within ``repair_rounds + members + 1`` rounds; when
no member is left to merge, :func:`next_round` returns ``None``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from itertools import pairwise

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.rewrite.crate_files import LintAllows, Widening
from crate_split.splitter.cost import CostModel
from crate_split.splitter.merge import merge_crates
from crate_split.splitter.plan import SplitPlan
from crate_split.verify.escalation import Reach, escalate
from crate_split.verify.repair import Repair, RepairKind, RepairPlan


class ProblemKind(enum.Enum):
    CHECK = "cargo check"
    TESTS = "tests"
    API = "public API"


@dataclass(frozen=True, slots=True)
class Problem:
    """What keeps one round's workspace from being verified."""

    kind: ProblemKind
    #: One line for the user, e.g. ``E0425: cannot find ... (src/a.rs:3)``.
    summary: str
    #: Identifies the problem, to tell when it comes back unchanged.
    signature: frozenset[str]
    #: The repairs aimed at it, and the crates it involves.
    repairs: RepairPlan

    def line(self) -> str:
        return f"{self.kind.value}: {self.summary}"


@dataclass(frozen=True, slots=True)
class LoopState:
    """What the loop has decided so far."""

    plan: SplitPlan
    widening: Widening = Widening()
    #: Lints allowed on items and crate roots.
    allows: LintAllows = LintAllows()
    #: Members given a crate name of their own, so that their doc tests reach the facade.
    own_names: frozenset[str] = frozenset()
    #: Every repair and merge made, in order, each with its reason.
    repairs: tuple[Repair, ...] = ()
    #: The signature of the last round's problem.
    last_signature: frozenset[str] | None = None
    #: How far the last round's merge had to reach; None when it repaired.
    last_reach: Reach | None = None
    #: Rounds whose targeted repairs were applied.
    targeted_rounds: int = 0


@dataclass(frozen=True, slots=True)
class LoopContext:
    model: CrateModel
    graph: ItemGraph
    cost: CostModel = CostModel()
    #: Rounds of targeted repairs before every round must merge.
    repair_rounds: int = 6


def next_round(ctx: LoopContext, state: LoopState, problem: Problem) -> LoopState | None:
    """Decide the change for the next round.

    Args:
        ctx: the crate, its graph, the cost model and the repair budget.
        state: the decisions so far (the plan and widening that failed).
        problem: what failed.

    Returns:
        The new state, whose plan or widening differs from ``state``'s; or
        ``None`` when a merge is needed but fewer than two members are left.
    """
    same = problem.signature == state.last_signature
    if not same and state.targeted_rounds < ctx.repair_rounds:
        repaired = _apply_targeted(ctx, state, problem)
        if repaired is not None:
            return repaired
    reach = Reach.NEIGHBOURS
    if same and state.last_reach is not None:
        reach = Reach(min(state.last_reach + 1, Reach.ALL))
    member_deps = {crate.name: crate.depends_on for crate in state.plan.members}
    group = escalate(member_deps, problem.repairs.involved, reach)
    if group is None:
        return None
    why = (
        "came back"
        if same
        else (
            "has no repair that changes anything"
            if state.targeted_rounds < ctx.repair_rounds
            else "remains after the targeted repairs"
        )
    )
    involved = ", ".join(sorted(problem.repairs.involved)) or "no crate it could name"
    reason = f"{problem.line()} {why}; merged the crates it involves ({involved}) {group.reach.describe()}"
    plan = merge_crates(ctx.model, ctx.graph, state.plan, set(group.crates), reason, ctx.cost)
    repair = Repair.merge(group.crates, reason)
    return replace(
        state, plan=plan, own_names=state.own_names & _member_names(plan), repairs=(*state.repairs, repair),
        last_signature=problem.signature, last_reach=group.reach,
    )  # fmt: skip


def _apply_targeted(ctx: LoopContext, state: LoopState, problem: Problem) -> LoopState | None:
    """Apply the problem's own repairs; ``None`` when they would change nothing."""
    planned = problem.repairs
    widening = state.widening.union(planned.widening)
    allows = state.allows.union(planned.allows)
    own_names = state.own_names.union(*(r.crates for r in planned.repairs if r.kind is RepairKind.OWN_NAME))
    plan = state.plan
    applied = [r for r in planned.repairs if r.kind is not RepairKind.MERGE and r not in state.repairs]
    for group in _disjoint_groups(planned.merges, _member_names(plan)):
        merges = [r for r in planned.repairs if r.kind is RepairKind.MERGE and r.crates <= group]
        merges = merges or [Repair.merge(group, problem.line())]
        plan = merge_crates(ctx.model, ctx.graph, plan, set(group), merges[0].reason, ctx.cost)
        applied += merges
    own_names &= _member_names(plan)
    unchanged = (widening, allows, own_names) == (state.widening, state.allows, state.own_names)
    if unchanged and _member_names(plan) == _member_names(state.plan):
        return None
    return replace(
        state,
        plan=plan,
        widening=widening,
        allows=allows,
        own_names=own_names,
        repairs=(*state.repairs, *dict.fromkeys(applied)),
        last_signature=problem.signature,
        last_reach=None,
        targeted_rounds=state.targeted_rounds + 1,
    )


def _disjoint_groups(merges: tuple[frozenset[str], ...], members: frozenset[str]) -> list[frozenset[str]]:
    """Merge groups that share a crate joined, restricted to live members, each of two or more."""
    overlap = nx.Graph()
    for group in merges:
        live = sorted(group & members)
        overlap.add_nodes_from(live)
        overlap.add_edges_from(pairwise(live))
    groups = [frozenset(component) for component in nx.connected_components(overlap) if len(component) >= 2]
    return sorted(groups, key=sorted)


def _member_names(plan: SplitPlan) -> frozenset[str]:
    return frozenset(crate.name for crate in plan.members)
