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

from dataclasses import dataclass
from typing import Mapping

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.model.names import path_text
from crate_split.splitter.cost import effective_tokens
from crate_split.splitter.facade_rule import keep_in_facade

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
    #: Tokens a default build compiles (see ``cost.effective_tokens``).
    tokens: int
    #: Ids of units this unit depends on.
    depends_on: tuple[int, ...]


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
    return (item.module == () and item.kind in (ItemKind.USE, ItemKind.EXTERN_CRATE)) or model.is_replicated(item)


def test_modules_of(model: CrateModel) -> set[ModulePath]:
    return {path for path, module in model.modules.items() if module.is_test_only}


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
    test_modules = test_modules_of(model)
    blocks: dict[ModulePath, str] = {(): "own"}
    for path in model.modules:
        if len(path) == 1 and path not in test_modules:
            blocks[path] = "subtree"
    for block in pins.values():
        blocks.setdefault(block, "own")
    finder = _BlockGraphs(model, graph, test_modules, pins, kept)
    best = finder.unit_count(blocks)
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
    while refine:
        refine = False
        candidates = sorted(
            (path for path, mode in blocks.items() if mode == "subtree"),
            key=lambda path: (-subtree_lines.get(path, 0), path),
        )
        for path in candidates:
            if not children.get(path):
                continue
            trial = dict(blocks)
            trial[path] = "own"
            for child in children[path]:
                trial.setdefault(child, "subtree")
            count = finder.unit_count(trial)
            if count > best:
                blocks, best = trial, count
                refine = True
                break
    return finder.split(blocks, effective_tokens(model))


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


def home_module(model: CrateModel, item: ItemId) -> ModulePath:
    """The module an item lives in for splitting (a ``mod`` item: the module itself)."""
    return model.module_of(item) if item.kind is ItemKind.MODULE else item.module


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
        test_modules: set[ModulePath],
        pins: Mapping[ItemId, ModulePath],
        kept: frozenset[ItemId],
    ) -> None:
        self.model = model
        self.test_modules = test_modules
        #: Items a unit may hold, in ``ItemId`` order.
        self.items = [i for i in sorted(model.items, key=ItemId.sort_key) if not (facade_only(model, i) or i in kept)]
        eligible = set(self.items)
        self.pins = {item: block for item, block in pins.items() if item in eligible}
        self.home = {item: home_module(model, item) for item in self.items if item not in self.pins}
        #: Modules with items that are not pinned elsewhere.
        self.modules = sorted(set(self.home.values()))
        #: Edges between items of two modules, as module pairs.
        self.module_edges: set[tuple[ModulePath, ModulePath]] = set()
        #: Item edges with a pinned end, which follow the pin, not the module.
        self.pinned_edges: set[tuple[ItemId, ItemId]] = set()
        for dependent, dependency in graph.edges():
            if dependent not in eligible or dependency not in eligible:
                continue
            if dependent in self.pins or dependency in self.pins:
                self.pinned_edges.add((dependent, dependency))
                continue
            a, b = self.home[dependent], self.home[dependency]
            if a != b:
                self.module_edges.add((a, b))

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
            a, b = self._block(dependent, block_of_module), self._block(dependency, block_of_module)
            if a != b:
                directed.add_edge(a, b)
        return directed, block_of_module

    def _block(self, item: ItemId, block_of_module: Mapping[ModulePath, ModulePath]) -> ModulePath:
        pin = self.pins.get(item)
        return pin if pin is not None else block_of_module[self.home[item]]

    def unit_count(self, blocks: dict[ModulePath, str]) -> int:
        """How many units ``blocks`` give."""
        return nx.number_strongly_connected_components(self._graph(blocks)[0])

    def split(self, blocks: dict[ModulePath, str], weights: Mapping[ItemId, int]) -> UnitSplit:
        """The units ``blocks`` give."""
        directed, block_of_module = self._graph(blocks)
        item_block = {item: self._block(item, block_of_module) for item in self.items}
        block_items: dict[ModulePath, list[ItemId]] = {}
        for item in self.items:
            block_items.setdefault(item_block[item], []).append(item)
        rank = {item: index for index, item in enumerate(self.items)}
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
                )
            )
        return UnitSplit(tuple(units), item_block)
