"""The module-level view: which modules need which, their cycles, and the
independent units (groups of module subtrees) a split could use.

A module ``A`` depends on ``B`` when an item of ``A`` has a strong edge
(path reference or hard rule) to an item of ``B``. Cycles are the
non-trivial strongly connected components of that graph, each explained by
the item references that close it. The independent units come from
:mod:`crate_split.splitter.units`.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import EdgeReason
from crate_split.model import ItemId, ItemKind, ModulePath, Span
from crate_split.splitter.atoms import AtomGraph
from crate_split.splitter.cycles import shortest_cycle
from crate_split.splitter.units import Unit, facade_only


@dataclass(frozen=True, slots=True)
class ModuleEdgeReference:
    """One item-level edge behind a module-level edge."""

    dependent: ItemId
    dependency: ItemId
    reason: EdgeReason


@dataclass(frozen=True, slots=True)
class ModuleCycle:
    """Modules that depend on each other, with the references closing the cycle."""

    modules: tuple[ModulePath, ...]
    #: A shortest cycle through the group, as module hops ``(a, b)``.
    hops: tuple[tuple[ModulePath, ModulePath], ...]
    #: For each hop, the item references behind it (first few, sorted).
    references: tuple[tuple[ModuleEdgeReference, ...], ...]
    #: Total references behind each hop.
    reference_counts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ModuleGraph:
    modules: tuple[ModulePath, ...]
    #: ``(dependent, dependency)`` module pairs with the number of item edges.
    edges: tuple[tuple[ModulePath, ModulePath, int], ...]
    cycles: tuple[ModuleCycle, ...]
    units: tuple[Unit, ...]


_SHOWN_REFERENCES = 5


def build_module_graph(model: CrateModel, atoms: AtomGraph) -> ModuleGraph:
    """Aggregate the strong item graph to modules; find cycles and units.

    Args:
        model: the analysed crate.
        atoms: atoms and the strong item graph (with hard-rule edges).

    Returns:
        The module graph, its explained cycles and the independent units.
    """
    graph = atoms.strong_graph
    test_modules = model.test_modules()
    module_edges: dict[tuple[ModulePath, ModulePath], list[ModuleEdgeReference]] = {}
    homes: dict[ModulePath, ModulePath] = {}
    for dependent, dependency in graph.edges():
        if facade_only(model, dependent):
            continue
        source_module = _home_module(dependent.module, test_modules, homes)
        target_module = _home_module(dependency.module, test_modules, homes)
        if source_module == target_module or dependency.kind is ItemKind.MODULE:
            continue
        for reason in graph.reasons(dependent, dependency):
            module_edges.setdefault((source_module, target_module), []).append(
                ModuleEdgeReference(dependent, dependency, reason)
            )
    modules = tuple(sorted(m for m in model.modules if m not in test_modules))
    directed = nx.DiGraph()
    directed.add_nodes_from(modules)
    directed.add_edges_from(module_edges)
    cycles = tuple(_explain_cycles(directed, module_edges))
    units = atoms.units(model).units
    return ModuleGraph(
        modules=modules,
        edges=tuple(sorted((a, b, len(refs)) for (a, b), refs in module_edges.items())),
        cycles=cycles,
        units=units,
    )


def _home_module(
    module: ModulePath, test_modules: frozenset[ModulePath], homes: dict[ModulePath, ModulePath]
) -> ModulePath:
    """The module an item of ``module`` counts for: ``#[cfg(test)]`` modules
    (and everything in them) count as the parent of the outermost one.
    ``homes`` remembers the answers."""
    home = homes.get(module)
    if home is None:
        home = module
        for length in range(len(module) + 1):
            if module[:length] in test_modules:
                home = module[: max(length - 1, 0)]
                break
        homes[module] = home
    return home


def _explain_cycles(directed: nx.DiGraph, module_edges: dict) -> list[ModuleCycle]:
    found = []
    components = [tuple(sorted(c)) for c in nx.strongly_connected_components(directed) if len(c) > 1]
    for members in sorted(components):
        sub = directed.subgraph(members)
        hops = shortest_cycle(sub, members[0])
        references = []
        counts = []
        for hop in hops:
            behind = sorted(module_edges[hop], key=_reference_key)
            references.append(tuple(behind[:_SHOWN_REFERENCES]))
            counts.append(len(behind))
        found.append(ModuleCycle(members, tuple(hops), tuple(references), tuple(counts)))
    return found


def _reference_key(reference: ModuleEdgeReference) -> tuple:
    span: Span | None = reference.reason.span
    return (span.file if span else "", span.start if span else 0, reference.dependent.sort_key())
