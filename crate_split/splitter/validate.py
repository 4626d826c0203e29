"""Checking a plan a person edited, and explaining each problem.

A plan is valid when every hard rule holds (items a rule ties share a
crate; an impl sits with its trait or its type; code that observes where
it is compiled stays in the facade), the crate graph has no cycle, and no
member crate needs an item left in the facade. Each
violation carries the chain of references or the rule that breaks it,
with ``file:line`` for every hop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.model import ItemId
from crate_split.splitter.constraints import Constraint, ConstraintKind
from crate_split.splitter.cycles import shortest_cycle
from crate_split.splitter.plan import Hop
from crate_split.splitter.plan_builder import crate_graph_of
from crate_split.splitter.units import facade_only


@dataclass(frozen=True, slots=True)
class Violation:
    kind: str
    message: str
    chain: tuple[Hop, ...] = ()


def validate_assignment(
    model: CrateModel,
    graph: ItemGraph,
    constraints: tuple[Constraint, ...],
    assignment: Mapping[ItemId, str],
) -> tuple[Violation, ...]:
    """Return every violation of the plan ``assignment`` describes.

    Args:
        model: the analysed crate.
        graph: the strong item graph (references and hard rules).
        constraints: the crate's rules.
        assignment: crate name of every item; the package name is the facade.

    Returns:
        Violations, sorted by kind; empty when the plan is valid.
    """
    package = model.manifest.package
    found: list[Violation] = []
    for constraint in constraints:
        homes = {assignment[i] for i in constraint.items if i in assignment}
        if constraint.kind is ConstraintKind.ORPHAN_RULE and not constraint.hard:
            impl, *allowed = constraint.items
            if assignment[impl] not in {assignment[a] for a in allowed}:
                found.append(
                    Violation(
                        "orphan-rule",
                        f"{impl.qualified()} is in {assignment[impl]}, but the orphan rule allows only the crate of "
                        + " or ".join(f"{a.qualified()} ({assignment[a]})" for a in allowed)
                        + _at(constraint),
                    )
                )
            continue
        if constraint.kind.keeps_in_facade:
            moved = [i for i in constraint.items if assignment.get(i, package) != package]
            if moved:
                placed = ", ".join(f"{i.qualified()} in {assignment[i]}" for i in moved[:4])
                found.append(Violation(constraint.kind.value, f"{constraint.reason}{_at(constraint)}; but {placed}"))
            continue
        if constraint.hard and not constraint.liftable and len(homes) > 1:
            placed = ", ".join(f"{i.qualified()} in {assignment[i]}" for i in constraint.items[:4])
            found.append(Violation(constraint.kind.value, f"{constraint.reason}{_at(constraint)}; but {placed}"))
    crates = sorted(set(assignment.values()))
    crate_graph = crate_graph_of(graph, assignment, crates)
    # One violation per member crate and needed item, shown with its first reference.
    needed: set[tuple[str, ItemId]] = set()
    for dependent, dependency in graph.edges():
        a, b = assignment.get(dependent), assignment.get(dependency)
        if (
            a
            and b
            and a != package
            and b == package
            and not facade_only(model, dependency)
            and not facade_only(model, dependent)
        ):
            if (a, dependency) in needed:
                continue
            needed.add((a, dependency))
            reason = graph.reasons(dependent, dependency)[0]
            hop = Hop(dependent, dependency, reason.kind, reason.span, reason.detail)
            found.append(
                Violation(
                    "needs-facade",
                    f"crate {a} needs {dependency.qualified()}, which no crate lists, so it stays in the facade "
                    "(members cannot depend on the facade); list its module in a crate",
                    (hop,),
                )
            )
    for cycle in _crate_cycles(crate_graph):
        chain = []
        for a, b in zip(cycle, (*cycle[1:], cycle[0]), strict=True):
            chain.append(_representative_hop(graph, assignment, a, b))
        found.append(
            Violation(
                "crate-cycle",
                "crates " + " -> ".join((*cycle, cycle[0])) + " form a cycle",
                tuple(chain),
            )
        )
    return tuple(sorted(dict.fromkeys(found), key=lambda v: (v.kind, v.message)))


def _at(constraint: Constraint) -> str:
    return f" ({constraint.span.location()})" if constraint.span else ""


def _crate_cycles(crate_graph: nx.DiGraph) -> list[tuple[str, ...]]:
    cycles = []
    for component in nx.strongly_connected_components(crate_graph):
        if len(component) < 2:
            continue
        hops = shortest_cycle(crate_graph.subgraph(component), min(component))
        if hops:
            cycles.append(tuple(a for a, _b in hops))
    return sorted(cycles)


def _representative_hop(graph: ItemGraph, assignment: Mapping[ItemId, str], a: str, b: str) -> Hop:
    candidates = []
    for dependent, dependency in graph.edges():
        if assignment.get(dependent) == a and assignment.get(dependency) == b:
            for reason in graph.reasons(dependent, dependency):
                candidates.append(Hop(dependent, dependency, reason.kind, reason.span, reason.detail))
    candidates.sort(
        key=lambda hop: (hop.kind.is_rule, hop.span.file if hop.span else "", hop.span.start if hop.span else 0)
    )
    return candidates[0]
