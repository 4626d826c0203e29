"""Independent units: groups of module subtrees with no cycle between them.

Every item gets a *block*: a module subtree root (``subtree`` blocks hold
everything below them no deeper block claims) or a module alone (``own``
blocks, once the module's children were split off). Blocks that form a
cycle are merged; what remains is a DAG of units. Starting from the
top-level subtrees, the largest subtree is split into its children while
that yields more units. Items may be pinned to another block (the planner
moves single items to break a cycle).

Invariant: ``#[cfg(test)]`` modules always share their parent's block, and
the crate root's ``use``/``extern crate`` items, the replicated modules
(copied into members) and the items the facade rule keeps
(:mod:`facade_rule`) belong to no unit: they stay in the facade.
"""

from __future__ import annotations

import bisect
from collections import ChainMap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.model.names import path_text
from crate_split.splitter.cost import code_tokens, effective_tokens
from crate_split.splitter.facade_rule import keep_in_facade
from crate_split.splitter.model_memo import per_model

ROOT_UNIT_NAME = "crate (root items)"

#: First segment of the blocks that hold a base cut out of a unit at item
#: level (:mod:`item_cuts`); no module path can start with it.
BASE_MARK = "<base>"


def base_block(number: int) -> ModulePath:
    """The block of the ``number``-th base cut out of a unit (from 1)."""
    return (BASE_MARK, str(number))


def is_base_block(block: ModulePath) -> bool:
    return block[:1] == (BASE_MARK,)


def block_label(block: ModulePath) -> str:
    """How units name a block: ``a::b``, the root's items, or ``base N``."""
    if is_base_block(block):
        return f"base {block[1]}"
    return path_text(block) or ROOT_UNIT_NAME


@dataclass(frozen=True, slots=True)
class Unit:
    """An independent group of modules: a candidate crate or crate part."""

    id: int
    name: str
    #: Block roots the unit holds, sorted.
    modules: tuple[ModulePath, ...]
    items: tuple[ItemId, ...]
    lines: int
    #: Weighted tokens a default build costs (see ``cost.effective_tokens``).
    tokens: int
    #: Ids of units this unit depends on.
    depends_on: tuple[int, ...]
    #: True when some of its items hold code a default build compiles (see ``cost.code_tokens``).
    holds_code: bool


@dataclass(frozen=True, slots=True)
class UnitSplit:
    units: tuple[Unit, ...]
    #: Block root of each item placed in a unit.
    block_of: Mapping[ItemId, ModulePath]
    #: False once the crate root's unit was cut at item level: what is left
    #: of it is then a member crate even when no other unit needs it.
    root_may_stay: bool = True


def facade_only(model: CrateModel, item: ItemId) -> bool:
    """Items that no member owns whatever the split: the root's imports, and
    the items of modules every crate gets a copy of (``replicated_modules``)."""
    return (item.module == () and item.kind in (ItemKind.USE, ItemKind.EXTERN_CRATE)) or (
        bool(model.replicated_modules) and model.is_replicated(item)
    )


def find_units(
    model: CrateModel,
    graph: ItemGraph,
    *,
    pinned: Mapping[ItemId, ModulePath] | None = None,
    refine: bool = True,
    kept: frozenset[ItemId] | None = None,
) -> UnitSplit:
    """Find the independent units of the crate.

    Args:
        model: the analysed crate.
        graph: the strong item graph (references and hard rules).
        pinned: items placed in another block than their module's.
        refine: split subtrees into child subtrees while that gains units.
        kept: items the facade keeps (default: worked out from ``model``
            and ``graph`` by :func:`keep_in_facade`).

    Returns:
        Units (a DAG, numbered by their first block) and each item's block.
    """
    pins = dict(pinned or {})
    if kept is None:
        kept = keep_in_facade(model, graph).kept
    test_modules = model.test_modules()
    blocks: dict[ModulePath, str] = {(): "own"}
    for path in model.modules:
        if len(path) == 1 and path not in test_modules:
            blocks[path] = "subtree"
    for block in pins.values():
        blocks.setdefault(block, "own")
    finder = _BlockGraphs(model, graph, test_modules, pins, kept)
    if refine:
        children, subtree_lines = _module_tree(model)
        _refine(finder.refinement(blocks), children, lambda path: (-subtree_lines.get(path, 0), path))
    return finder.split(blocks, effective_tokens(model), code_tokens(model))


@per_model
def _module_tree(model: CrateModel) -> tuple[Mapping[ModulePath, tuple[ModulePath, ...]], Mapping[ModulePath, int]]:
    """Each module's child modules (``#[cfg(test)]`` ones left out), and
    the lines of each subtree; the same for every ``find_units`` trial."""
    test_modules = model.test_modules()
    children: dict[ModulePath, list[ModulePath]] = {}
    for path in sorted(model.modules):
        if path and path not in test_modules:
            children.setdefault(path[:-1], []).append(path)
    subtree_lines: dict[ModulePath, int] = {}
    for item_id, item in model.items.items():
        module = item_id.module
        for depth in range(len(module) + 1):
            prefix = module[:depth]
            subtree_lines[prefix] = subtree_lines.get(prefix, 0) + item.lines
    frozen_children = {path: tuple(paths) for path, paths in children.items()}
    return MappingProxyType(frozen_children), MappingProxyType(subtree_lines)


def _refine(
    refinement: _Refinement,
    children: Mapping[ModulePath, tuple[ModulePath, ...]],
    order: Callable[[ModulePath], tuple],
) -> None:
    """Split subtree blocks into their children while that gives more units.

    Each round tries the subtree blocks with children, the largest first,
    and takes the first split that gains; rounds repeat until none does. A
    split that did not gain is not tried again while the cycle group of its
    block stays the same (the outcome could not differ).
    """
    blocks = refinement.blocks
    candidates = sorted((path for path, mode in blocks.items() if mode == "subtree" and children.get(path)), key=order)
    failed: dict[ModulePath, int] = {}
    changed = True
    while changed:
        changed = False
        for path in candidates:
            group = refinement.group_of(path)
            if failed.get(path) == group:
                continue
            modes = {path: "own", **{child: "subtree" for child in children[path] if child not in blocks}}
            if not refinement.split_block(path, modes):
                failed[path] = group
                continue
            candidates.remove(path)
            for child in children[path]:
                if modes.get(child) == "subtree" and children.get(child):
                    bisect.insort(candidates, child, key=order)
            changed = True
            break


def _block_of(module: ModulePath, blocks: Mapping[ModulePath, str], test_modules: frozenset[ModulePath]) -> ModulePath:
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


def home_module(model: CrateModel, item: ItemId) -> ModulePath:
    """The module an item lives in for splitting (a ``mod`` item: the module itself)."""
    return model.module_of(item) if item.kind is ItemKind.MODULE else item.module


#: The place of an item for the block graph: ``(block, True)`` for a pinned
#: item, ``(module, False)`` for one that follows its module's block.
_Place = tuple[ModulePath, bool]


def _place_block(place: _Place, block_of_module: Mapping[ModulePath, ModulePath]) -> ModulePath:
    path, pinned = place
    return path if pinned else block_of_module[path]


@dataclass(frozen=True, slots=True)
class _ItemEdges:
    """The item edges of one model, graph and set of kept items, reduced
    for every ``find_units`` trial on them (only the pins differ)."""

    #: Items a unit may hold, in ``ItemId`` order.
    items: list[ItemId]
    #: Each of them with its home module.
    home: dict[ItemId, ModulePath]
    #: Edges between them whose ends live in two modules, counted per module pair.
    module_pairs: dict[tuple[ModulePath, ModulePath], int]
    #: Each item's edges (either way) with another of them.
    at: dict[ItemId, list[tuple[ItemId, ItemId]]]
    #: Each item's position in ``items``.
    rank: dict[ItemId, int]


#: The last answer of :func:`_item_edges` and what it was for.
_last_item_edges: list[tuple[CrateModel, ItemGraph, tuple, frozenset[ItemId], _ItemEdges]] = []


def _item_edges(model: CrateModel, graph: ItemGraph, kept: frozenset[ItemId]) -> _ItemEdges:
    """The reduced item edges, kept for the last model, graph (as long as
    its edges stay the same) and kept items asked about."""
    edges = graph.edges()  # A new tuple once the graph gains an edge.
    if _last_item_edges:
        last_model, last_graph, last_edges, last_kept, found = _last_item_edges[0]
        if last_model is model and last_graph is graph and last_edges is edges and last_kept is kept:
            return found
    items = [i for i in sorted(model.items, key=ItemId.sort_key) if not (facade_only(model, i) or i in kept)]
    home = {item: home_module(model, item) for item in items}
    module_pairs: dict[tuple[ModulePath, ModulePath], int] = {}
    at: dict[ItemId, list[tuple[ItemId, ItemId]]] = {item: [] for item in items}
    for edge in edges:
        dependent, dependency = edge
        if dependent not in home or dependency not in home:
            continue
        at[dependent].append(edge)
        at[dependency].append(edge)
        a, b = home[dependent], home[dependency]
        if a != b:
            module_pairs[a, b] = module_pairs.get((a, b), 0) + 1
    found = _ItemEdges(items, home, module_pairs, at, {item: index for index, item in enumerate(items)})
    _last_item_edges[:] = [(model, graph, edges, kept, found)]
    return found


class _BlockGraphs:
    """The block graph of any choice of blocks, from edges aggregated once.

    Each ``find_units`` trial only moves block boundaries, and a block is a
    set of modules (plus pinned items), so the item edges are reduced once
    to edges between modules; a trial maps modules to blocks and condenses
    a graph of blocks, never touching the item edges again.
    """

    def __init__(
        self,
        model: CrateModel,
        graph: ItemGraph,
        test_modules: frozenset[ModulePath],
        pins: Mapping[ItemId, ModulePath],
        kept: frozenset[ItemId],
    ) -> None:
        self.model = model
        self.test_modules = test_modules
        edges = _item_edges(model, graph, kept)
        #: Items a unit may hold, in ``ItemId`` order, and their positions.
        self.items = edges.items
        self.rank = edges.rank
        self.pins = {item: block for item, block in pins.items() if item in edges.home}
        self.home = {item: module for item, module in edges.home.items() if item not in self.pins}
        #: Modules with items that are not pinned elsewhere.
        self.modules = sorted(set(self.home.values()))
        #: Item edges with a pinned end, which follow the pin, not the
        #: module: as pairs of the places of their ends (see :meth:`place`).
        touched = {edge for item in self.pins for edge in edges.at[item]}
        self.pinned_edges = {(self.place(dependent), self.place(dependency)) for dependent, dependency in touched}
        pairs = dict(edges.module_pairs)
        for dependent, dependency in touched:
            a, b = edges.home[dependent], edges.home[dependency]
            if a != b:
                pairs[a, b] -= 1
        #: Edges between items of two modules, as module pairs.
        self.module_edges = {pair for pair, count in pairs.items() if count}

    def _graph(self, blocks: dict[ModulePath, str]) -> tuple[nx.DiGraph, dict[ModulePath, ModulePath]]:
        block_of_module = {module: _block_of(module, blocks, self.test_modules) for module in self.modules}
        directed = nx.DiGraph()
        directed.add_nodes_from(block_of_module.values())
        directed.add_nodes_from(self.pins.values())
        for a, b in self.module_edges:
            a, b = block_of_module[a], block_of_module[b]
            if a != b:
                directed.add_edge(a, b)
        for dependent, dependency in self.pinned_edges:
            a, b = _place_block(dependent, block_of_module), _place_block(dependency, block_of_module)
            if a != b:
                directed.add_edge(a, b)
        return directed, block_of_module

    def place(self, item: ItemId) -> _Place:
        """Where an item's block comes from: its pin, or its module's block."""
        pin = self.pins.get(item)
        return (pin, True) if pin is not None else (self.home[item], False)

    def _block(self, item: ItemId, block_of_module: Mapping[ModulePath, ModulePath]) -> ModulePath:
        pin = self.pins.get(item)
        return pin if pin is not None else block_of_module[self.home[item]]

    def refinement(self, blocks: dict[ModulePath, str]) -> _Refinement:
        """An incremental block graph starting at ``blocks`` (changed in place)."""
        return _Refinement(self, blocks)

    def split(
        self, blocks: dict[ModulePath, str], weights: Mapping[ItemId, int], code: Mapping[ItemId, int]
    ) -> UnitSplit:
        """The units ``blocks`` give."""
        directed, block_of_module = self._graph(blocks)
        item_block = {item: self._block(item, block_of_module) for item in self.items}
        block_items: dict[ModulePath, list[ItemId]] = {}
        for item in self.items:
            block_items.setdefault(item_block[item], []).append(item)
        rank = self.rank
        condensed = nx.condensation(directed)
        groups = sorted((tuple(sorted(condensed.nodes[node]["members"])), node) for node in condensed.nodes)
        index_of = {node: index for index, (_, node) in enumerate(groups)}
        units = []
        for index, (members, node) in enumerate(groups):
            items = tuple(sorted((i for m in members for i in block_items[m]), key=rank.__getitem__))
            units.append(
                Unit(
                    id=index,
                    name=" + ".join(block_label(m) for m in members),
                    modules=members,
                    items=items,
                    lines=sum(self.model.items[i].lines for i in items),
                    tokens=sum(weights[i] for i in items),
                    depends_on=tuple(sorted(index_of[s] for s in condensed.successors(node))),
                    holds_code=any(code[i] > 0 for i in items),
                )
            )
        return UnitSplit(tuple(units), item_block)


class _Refinement:
    """The block graph and its cycle groups, kept up to date as blocks split.

    Splitting block ``P`` (``P`` keeps its own items, its children become
    blocks) can only split the strongly connected group that holds ``P``:
    a cycle of the new graph is a cycle of the old one once the new blocks
    are merged back into ``P``. So a trial looks at that group alone, with
    ``P`` replaced by the new blocks and their edges taken from the module
    edges of ``P``'s modules; the split gains units when the group falls
    apart.
    """

    def __init__(self, graphs: _BlockGraphs, blocks: dict[ModulePath, str]) -> None:
        self.graphs = graphs
        self.blocks = blocks
        self._start()

    def _start(self) -> None:
        graphs = self.graphs
        directed, block_of_module = graphs._graph(self.blocks)
        self.block_of_module = block_of_module
        self.modules_in: dict[ModulePath, set[ModulePath]] = {}
        for module, block in block_of_module.items():
            self.modules_in.setdefault(block, set()).add(module)
        self.successors: dict[ModulePath, set[ModulePath]] = {node: set(directed.successors(node)) for node in directed}
        self.predecessors: dict[ModulePath, set[ModulePath]] = {
            node: set(directed.predecessors(node)) for node in directed
        }
        self.module_successors: dict[ModulePath, set[ModulePath]] = {}
        self.module_predecessors: dict[ModulePath, set[ModulePath]] = {}
        for a, b in graphs.module_edges:
            self.module_successors.setdefault(a, set()).add(b)
            self.module_predecessors.setdefault(b, set()).add(a)
        self.pin_blocks = set(graphs.pins.values())
        #: Pinned edges by the module of an unpinned end, and by the block of a pinned end.
        self.pinned_edges_at: dict[ModulePath, list[tuple[_Place, _Place]]] = {}
        self.pinned_edges_in: dict[ModulePath, list[tuple[_Place, _Place]]] = {}
        for edge in graphs.pinned_edges:
            for path, pinned in edge:
                (self.pinned_edges_in if pinned else self.pinned_edges_at).setdefault(path, []).append(edge)
        #: Number of each block's cycle group; numbers are never reused.
        self.group: dict[ModulePath, int] = {}
        self.members: dict[int, set[ModulePath]] = {}
        for members in nx.strongly_connected_components(directed):
            self._new_group(members)

    def _new_group(self, members: set[ModulePath]) -> None:
        number = len(self.members)
        self.members[number] = members
        for block in members:
            self.group[block] = number

    def group_of(self, block: ModulePath) -> int:
        """The number of the cycle group holding ``block`` (-1: no items, no node)."""
        return self.group.get(block, -1)

    def split_block(self, block: ModulePath, modes: Mapping[ModulePath, str]) -> bool:
        """Give ``block`` and its children the ``modes`` if that gives more units."""
        if block not in self.group:
            return False  # No items: no node, and nothing to gain.
        view = ChainMap(dict(modes), self.blocks)
        moved = self.modules_in.get(block, set())
        new_block = {module: _block_of(module, view, self.graphs.test_modules) for module in moved}
        if any(target != block and target in self.successors for target in new_block.values()):
            # Some modules fall to a block that exists already (above a
            # child that was a block of its own): not a refinement of the
            # block's group, so count the whole graph.
            trial = {**self.blocks, **modes}
            if nx.number_strongly_connected_components(self.graphs._graph(trial)[0]) <= len(set(self.group.values())):
                return False
            self.blocks.update(modes)
            self._start()
            return True
        edges = self._edges_of(block, moved, new_block)
        old_group = self.members[self.group[block]]
        nodes = (old_group - {block}) | set(new_block.values())
        if block in self.pin_blocks:
            nodes.add(block)
        local = nx.DiGraph()
        local.add_nodes_from(nodes)
        for member in old_group - {block}:
            # Old edges into the block are replaced by those of ``edges``.
            local.add_edges_from(
                (member, other) for other in self.successors[member] if other in nodes and other != block
            )
        local.add_edges_from((a, b) for a, b in edges if a in nodes and b in nodes)
        parts = list(nx.strongly_connected_components(local))
        if len(parts) < 2:
            return False
        # The split gains: the block's edges give way to those of its parts.
        for other in self.successors.pop(block):
            self.predecessors[other].discard(block)
        for other in self.predecessors.pop(block):
            self.successors[other].discard(block)
        del self.modules_in[block]
        for module, target in new_block.items():
            self.block_of_module[module] = target
            self.modules_in.setdefault(target, set()).add(module)
        for node in nodes:
            self.successors.setdefault(node, set())
            self.predecessors.setdefault(node, set())
        for a, b in edges:
            self.successors[a].add(b)
            self.predecessors[b].add(a)
        self.blocks.update(modes)
        for member in old_group:
            del self.group[member]
        for part in parts:
            self._new_group(part)
        return True

    def _edges_of(
        self, block: ModulePath, moved: set[ModulePath], new_block: Mapping[ModulePath, ModulePath]
    ) -> set[tuple[ModulePath, ModulePath]]:
        """Every block edge at ``block``'s modules and pinned items, with ``new_block`` applied."""

        def of_module(module: ModulePath) -> ModulePath:
            return new_block[module] if module in moved else self.block_of_module[module]

        def of_place(place: _Place) -> ModulePath:
            path, pinned = place
            return path if pinned else of_module(path)

        edges: set[tuple[ModulePath, ModulePath]] = set()
        for module in moved:
            source = new_block[module]
            edges.update((source, of_module(other)) for other in self.module_successors.get(module, ()))
            edges.update((of_module(other), source) for other in self.module_predecessors.get(module, ()))
            edges.update((of_place(a), of_place(b)) for a, b in self.pinned_edges_at.get(module, ()))
        edges.update((of_place(a), of_place(b)) for a, b in self.pinned_edges_in.get(block, ()))
        return {(a, b) for a, b in edges if a != b}
