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
    weights = effective_tokens(model)
    test_modules = test_modules_of(model)
    blocks: dict[ModulePath, str] = {(): "own"}
    for path in model.modules:
        if len(path) == 1 and path not in test_modules:
            blocks[path] = "subtree"
    for block in pins.values():
        blocks.setdefault(block, "own")
    best = _units_for(model, graph, blocks, test_modules, pins, weights, kept)
    while refine:
        refine = False
        candidates = sorted(
            (path for path, mode in blocks.items() if mode == "subtree"),
            key=lambda path: (-_block_lines(model, path), path),
        )
        for path in candidates:
            children = [
                p for p in sorted(model.modules)
                if len(p) == len(path) + 1 and p[: len(path)] == path and p not in test_modules
            ]
            if not children:
                continue
            trial = dict(blocks)
            trial[path] = "own"
            for child in children:
                trial.setdefault(child, "subtree")
            split = _units_for(model, graph, trial, test_modules, pins, weights, kept)
            if len(split.units) > len(best.units):
                blocks, best = trial, split
                refine = True
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


def home_module(model: CrateModel, item: ItemId) -> ModulePath:
    """The module an item lives in for splitting (a ``mod`` item: the module itself)."""
    return model.module_of(item) if item.kind is ItemKind.MODULE else item.module


def _units_for(
    model: CrateModel,
    graph: ItemGraph,
    blocks: dict[ModulePath, str],
    test_modules: set[ModulePath],
    pins: Mapping[ItemId, ModulePath],
    weights: Mapping[ItemId, int],
    kept: frozenset[ItemId],
) -> UnitSplit:
    block_items: dict[ModulePath, list[ItemId]] = {block: [] for block in blocks}
    item_block: dict[ItemId, ModulePath] = {}
    for item_id in model.items:
        if facade_only(model, item_id) or item_id in kept:
            continue
        block = pins.get(item_id)
        if block is None:
            block = _block_of(home_module(model, item_id), blocks, test_modules)
        block_items.setdefault(block, []).append(item_id)
        item_block[item_id] = block
    directed = nx.DiGraph()
    directed.add_nodes_from(b for b, items in block_items.items() if items)
    for dependent, dependency in graph.edges():
        a = item_block.get(dependent)
        b = item_block.get(dependency)
        if a is None or b is None or a == b:
            continue
        directed.add_edge(a, b)
    condensed = nx.condensation(directed)
    groups = sorted((tuple(sorted(condensed.nodes[node]["members"])), node) for node in condensed.nodes)
    index_of = {node: index for index, (_, node) in enumerate(groups)}
    units = []
    for index, (members, node) in enumerate(groups):
        items = tuple(sorted((i for m in members for i in block_items[m]), key=ItemId.sort_key))
        units.append(
            Unit(
                id=index,
                name=" + ".join(block_label(m) for m in members),
                modules=members,
                items=items,
                lines=sum(model.items[i].lines for i in items),
                tokens=sum(weights[i] for i in items),
                depends_on=tuple(sorted(index_of[s] for s in condensed.successors(node))),
            )
        )
    return UnitSplit(tuple(units), item_block)
