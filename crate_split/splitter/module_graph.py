"""The module-level view: which modules need which, their cycles, and the
independent units (groups of module subtrees) a split could use.

A module ``A`` depends on ``B`` when an item of ``A`` has a strong edge
(path reference or hard rule) to an item of ``B``. Cycles are the
non-trivial strongly connected components of that graph, each explained by
the item references that close it. Units start as the crate's top-level
module subtrees and are refined into child subtrees while that yields more
independent units.

Invariant: ``crate``'s re-exporting ``use`` items are left out of units:
they stay in the facade crate whatever the split.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import EdgeReason, ItemGraph
from crate_split.model import ItemId, ItemKind, ModulePath, Span
from crate_split.splitter.atoms import AtomGraph


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
class Unit:
    """An independent group of modules: a candidate crate or crate part."""

    id: int
    name: str
    #: Module subtrees the unit holds (a subtree root stands for all below it
    #: unless listed elsewhere).
    modules: tuple[ModulePath, ...]
    items: tuple[ItemId, ...]
    lines: int
    tokens: int
    #: Ids of units this unit depends on.
    depends_on: tuple[int, ...]


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
    test_modules = {path for path, module in model.modules.items() if "test" in module.cfg}
    module_edges: dict[tuple[ModulePath, ModulePath], list[ModuleEdgeReference]] = {}
    for dependent, dependency in graph.edges():
        source_module = _home_module(dependent, test_modules)
        target_module = _home_module(dependency, test_modules)
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
    units = _find_units(model, graph)
    return ModuleGraph(
        modules=modules,
        edges=tuple(sorted((a, b, len(refs)) for (a, b), refs in module_edges.items())),
        cycles=cycles,
        units=units,
    )


def _home_module(item: ItemId, test_modules: set[ModulePath]) -> ModulePath:
    """The module an item counts for: ``#[cfg(test)]`` modules count as their parent."""
    module = item.module
    while module and any(module[: len(t)] == t for t in test_modules):
        module = module[:-1]
    return module


def _explain_cycles(directed: nx.DiGraph, module_edges: dict) -> list[ModuleCycle]:
    found = []
    components = [tuple(sorted(c)) for c in nx.strongly_connected_components(directed) if len(c) > 1]
    for members in sorted(components):
        sub = directed.subgraph(members)
        hops = _shortest_cycle(sub, members[0])
        references = []
        counts = []
        for hop in hops:
            behind = sorted(module_edges[hop], key=_reference_key)
            references.append(tuple(behind[:_SHOWN_REFERENCES]))
            counts.append(len(behind))
        found.append(ModuleCycle(members, tuple(hops), tuple(references), tuple(counts)))
    return found


def _shortest_cycle(graph: nx.DiGraph, start: ModulePath) -> list[tuple[ModulePath, ModulePath]]:
    best: list[ModulePath] | None = None
    for successor in sorted(graph.successors(start)):
        try:
            back = nx.shortest_path(graph, successor, start)
        except nx.NetworkXNoPath:
            continue
        if best is None or len(back) < len(best):
            best = back
    if best is None:
        return []
    path = [start, *best]
    return [(path[i], path[i + 1]) for i in range(len(path) - 1)]


def _reference_key(reference: ModuleEdgeReference) -> tuple:
    span: Span | None = reference.reason.span
    return (span.file if span else "", span.start if span else 0, reference.dependent.sort_key())


# -- units -------------------------------------------------------------------------------

def _find_units(model: CrateModel, graph: ItemGraph) -> tuple[Unit, ...]:
    test_modules = {path for path, module in model.modules.items() if "test" in module.cfg}
    blocks: dict[ModulePath, str] = {}
    # A block is named by a module path; "subtree" blocks hold every module
    # below their root that no deeper block claims; "own" blocks only the
    # module itself (after its children were split off).
    blocks[()] = "own"
    for path in model.modules:
        if len(path) == 1 and path not in test_modules:
            blocks[path] = "subtree"
    best = _units_for(model, graph, blocks, test_modules)
    improved = True
    while improved:
        improved = False
        candidates = sorted(
            (path for path, mode in blocks.items() if mode == "subtree"),
            key=lambda path: -_block_lines(model, path),
        )
        for path in candidates:
            children = [p for p in model.modules if len(p) == len(path) + 1 and p[: len(path)] == path and p not in test_modules]
            if not children:
                continue
            trial = dict(blocks)
            trial[path] = "own"
            for child in children:
                trial[child] = "subtree"
            units = _units_for(model, graph, trial, test_modules)
            if len(units) > len(best):
                blocks, best = trial, units
                improved = True
                break
    return best


def _block_lines(model: CrateModel, root: ModulePath) -> int:
    return sum(item.lines for item_id, item in model.items.items() if item_id.module[: len(root)] == root)


def _block_of(module: ModulePath, blocks: dict[ModulePath, str], test_modules: set[ModulePath]) -> ModulePath:
    path = module
    while path and path in test_modules:
        path = path[:-1]
    probe = path
    while True:
        mode = blocks.get(probe)
        if mode == "subtree" or (mode == "own" and probe == path):
            return probe
        if not probe:
            return ()
        probe = probe[:-1]


def _units_for(model: CrateModel, graph: ItemGraph, blocks: dict[ModulePath, str], test_modules: set[ModulePath]) -> tuple[Unit, ...]:
    block_items: dict[ModulePath, list[ItemId]] = {block: [] for block in blocks}
    item_block: dict[ItemId, ModulePath] = {}
    for item_id in model.items:
        if item_id.module == () and item_id.kind in (ItemKind.USE, ItemKind.EXTERN_CRATE):
            continue
        home = model.module_of(item_id) if item_id.kind is ItemKind.MODULE else item_id.module
        block = _block_of(home, blocks, test_modules)
        block_items[block].append(item_id)
        item_block[item_id] = block
    directed = nx.DiGraph()
    directed.add_nodes_from(b for b, items in block_items.items() if items)
    for dependent, dependency in graph.edges():
        a = item_block.get(dependent)
        b = item_block.get(dependency)
        if a is None or b is None or a == b or dependency.kind is ItemKind.MODULE:
            continue
        directed.add_edge(a, b)
    condensed = nx.condensation(directed)
    groups = []
    for node in condensed.nodes:
        members = tuple(sorted(condensed.nodes[node]["members"]))
        groups.append((members, node))
    groups.sort()
    index_of = {node: index for index, (_, node) in enumerate(groups)}
    units = []
    for index, (members, node) in enumerate(groups):
        items = tuple(sorted((i for m in members for i in block_items[m]), key=ItemId.sort_key))
        depends = tuple(sorted(index_of[s] for s in condensed.successors(node)))
        name = " + ".join("::".join(m) or "crate (root items)" for m in members)
        units.append(
            Unit(
                id=index,
                name=name,
                modules=members,
                items=items,
                lines=sum(model.items[i].lines for i in items),
                tokens=sum(model.items[i].tokens for i in items),
                depends_on=depends,
            )
        )
    return tuple(units)
