"""Atoms: the smallest groups of items that can never be split apart.

An atom is a strongly connected component of the item graph after the
hard constraints have been added as edges both ways. The atom graph is a
DAG; any assignment of whole atoms to crates that keeps the crate graph
acyclic is a valid split.

Only path references and rules count (and no reference to an item of a
replicated module, of which every crate has a copy): method calls and field accesses are
linked by name to every candidate and would glue unrelated types together,
so they are kept in the item graph as weak edges but do not form atoms
(see docs/analysis.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import EdgeKind, EdgeReason, ItemGraph
from crate_split.model import ItemId
from crate_split.model.items import Reference, RefKind
from crate_split.splitter.constraints import Constraint
from crate_split.splitter.units import UnitSplit, find_units

#: Edge kinds that do not tie items into atoms.
WEAK_EDGE_KINDS = frozenset({EdgeKind(RefKind.METHOD), EdgeKind(RefKind.FIELD)})


@dataclass(frozen=True, slots=True)
class Atom:
    id: int
    members: tuple[ItemId, ...]
    #: Sum of member token counts.
    tokens: int
    lines: int


@dataclass(frozen=True, slots=True)
class AtomGraph:
    """Atoms and the DAG of dependencies between them."""

    atoms: tuple[Atom, ...]
    #: ``(dependent, dependency)`` atom id pairs, sorted.
    edges: tuple[tuple[int, int], ...]
    atom_of: dict[ItemId, int]
    #: The item graph with hard constraints added, used to explain merges.
    strong_graph: ItemGraph
    #: The units of :meth:`units`, once found (one at most).
    _units: list[UnitSplit] = field(default_factory=list, compare=False, repr=False)

    def units(self, model: CrateModel) -> UnitSplit:
        """The units of the strong graph (:func:`find_units` with its
        defaults) of ``model``, the crate the atoms were found in; found on
        the first call, which the module graph and the planner share."""
        if not self._units:
            self._units.append(find_units(model, self.strong_graph))
        return self._units[0]


def find_atoms(model: CrateModel, constraints: tuple[Constraint, ...], *, lift: bool = True) -> AtomGraph:
    """Condense the item graph plus hard constraints into atoms.

    Args:
        model: the analysed crate.
        constraints: rules from :func:`derive_constraints`.
        lift: leave out rules a rewrite can lift (macro scope: the macro is
            exported instead), as the planner does by default.

    Returns:
        Atoms numbered canonically (by their smallest member) and their DAG.
    """
    graph = model.item_graph.without_edges(WEAK_EDGE_KINDS)
    # Every crate gets its own copy of a replicated module (`use lib::*;`
    # names it): depending on it ties no crate to another.
    if model.replicated_modules:
        graph = graph.without_dependencies_on(i for i in graph.items if model.is_replicated(i))
    for reference, trait in sole_trait_method_calls(model):
        if reference.source in graph and trait in graph:
            reason = EdgeReason(EdgeKind(RefKind.METHOD), reference.span, reference.text)
            graph.add_dependency(dependent=reference.source, dependency=trait, reason=reason)
    for constraint in constraints:
        if not constraint.hard or (lift and constraint.liftable):
            continue
        anchor = constraint.items[0]
        for other in constraint.items[1:]:
            if other not in graph or anchor not in graph:
                continue
            reason = EdgeReason(EdgeKind.of_rule(constraint.kind.value), constraint.span, constraint.reason)
            graph.add_dependency(dependent=anchor, dependency=other, reason=reason)
            graph.add_dependency(dependent=other, dependency=anchor, reason=reason)
    condensation = graph.condense()
    atoms = []
    for component in condensation.components:
        tokens = sum(model.items[m].tokens for m in component.members if m in model.items)
        lines = sum(model.items[m].lines for m in component.members if m in model.items)
        atoms.append(Atom(component.id, component.members, tokens, lines))
    return AtomGraph(tuple(atoms), condensation.edges, condensation.mapping, graph)


def sole_trait_method_calls(model: CrateModel) -> list[tuple[Reference, ItemId]]:
    """Method calls whose name one local item declares, an extension trait
    (one with a blanket impl, ``impl<I: Iterator> IterUtilsExt for I``):
    the caller needs that trait (``it.ex_find_map(..)`` on a std iterator),
    wherever it goes. Method calls are weak edges otherwise: linked by
    name, a name several items declare may mean any of them, and a trait
    without a blanket impl may share its names with std's methods
    (``Nullable::as_ref`` beside ``Option::as_ref``)."""
    extension = {
        facts.trait
        for impl, facts in model.impls.items()
        if facts.trait is not None
        and (header := model.items[impl].impl) is not None
        and header.self_type in header.generics
    }
    found: dict[tuple[ItemId, str], list[Reference]] = {}
    for reference in model.references:
        if reference.kind is RefKind.METHOD and reference.target is not None:
            found.setdefault((reference.source, reference.text), []).append(reference)
    targets = {key: {r.target for r in candidates} for key, candidates in found.items()}
    return [
        (found[key][0], target)
        for key, (target,) in ((key, t) for key, t in targets.items() if len(t) == 1)
        if target in extension
    ]
