"""Cutting a cycle of modules at the items its modules share.

A unit of several modules is one because its modules reference each other
(a cycle), often only through a few types, traits and functions that most
of them name: the map's core type, an error type, a trait of the crate.
Moved into a base crate of their own, with everything they need, they
leave the other modules free of each other when the cycle ran through
them; those modules become units of their own that depend on the base
side by side instead of one crate that every other member waits for.

1. The unit's items are condensed as for an item cut
   (:func:`item_cuts.unit_item_graph`), so an inherent impl stays with its
   type and a trait impl with the home the orphan rule gives it.
2. A component is *shared* by the unit's blocks (modules), other than its
   own, whose items reference it directly. For each count ``k`` of sharing
   blocks, a candidate base is every component shared by at least ``k``
   blocks together with all it needs (its descendants): what everyone
   needs, with what that needs in turn, so the base depends on nothing
   left behind. The most shared single components with their closures are
   candidates too (``_SINGLES``): the small bases. A component whose
   closure holds an item that must stay in its block
   (:func:`item_cuts.stays`) is left out; a candidate holding the whole
   unit, or no tokens, is skipped.
3. Each candidate is pinned to a new base block and the units are found
   again. The objective decides: the kept cut is the one with the fastest
   simulated check (the planner's :class:`grouping.Scorer`, one crate per
   unit, small units merged with a neighbour), and only when it beats the
   split without it by ``_MIN_GAIN``. Repeated on what is left while a cut
   pays, at most ``MAX_CUTS`` times. The planner then groups both the
   split with these cuts and the one without, and keeps the faster plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.splitter.cost import CostModel, code_tokens
from crate_split.splitter.grouping import PlanConfig, Scorer, coarsen_groups, initial_groups, member_floor
from crate_split.splitter.item_cuts import rest_to_base, stays, unit_item_graph
from crate_split.splitter.plan import ItemMove
from crate_split.splitter.units import Unit, UnitSplit, base_block, block_label, find_units

#: At most this many shared-base cuts.
MAX_CUTS = 4
#: The largest units (by tokens) whose bases are tried in each round.
_UNITS_TRIED = 3
#: A cut must make the simulated check at least this much faster.
_MIN_GAIN = 0.01
#: Bases of single shared components tried per unit (most shared first).
_SINGLES = 6


def cut_shared_bases(
    model: CrateModel,
    graph: ItemGraph,
    split: UnitSplit,
    pins: Mapping[ItemId, ModulePath],
    config: PlanConfig,
    cost: CostModel,
    kept: frozenset[ItemId],
    *,
    first_block: int = 1,
) -> tuple[UnitSplit, dict[ItemId, ModulePath], list[ItemMove]]:
    """Cut shared bases out of cycles of modules while the objective improves.

    Args:
        model: the analysed crate.
        graph: the planning graph.
        split: the units so far; ``pins``: the items already moved.
        config: planner options (the target job count scores the cuts).
        cost: the cost model.
        kept: items the facade keeps.
        first_block: number of the first base block to make.

    Returns:
        The units after the cuts, the pins, and one move per cut.
    """
    weights = code_tokens(model)
    pinned = dict(pins)
    moves: list[ItemMove] = []
    current = _score(model, split, config, cost)
    for number in range(first_block, first_block + MAX_CUTS):
        block = base_block(number)
        best: tuple[float, Unit, int, frozenset[ItemId], dict[ItemId, ModulePath], UnitSplit] | None = None
        cycles = sorted((u for u in split.units if len(u.modules) >= 2), key=lambda u: (-u.tokens, u.id))
        for unit in cycles[:_UNITS_TRIED]:
            for sharing, base in shared_bases(model, graph, split, unit, weights):
                trial_pins = {**pinned, **{item: block for item in base}}
                trial = find_units(model, graph, pinned=trial_pins, kept=kept)
                if len(trial.units) <= len(split.units):
                    continue
                if () in unit.modules:
                    trial = replace(trial, root_may_stay=False)
                score = _score(model, trial, config, cost)
                if best is None or score < best[0]:
                    best = (score, unit, sharing, base, trial_pins, trial)
        if best is None or best[0] >= current * (1 - _MIN_GAIN):
            break
        current, unit, sharing, base, pinned, cut = best
        moves.append(_move(model, graph, unit, sharing, base, block))
        split = cut
    return split, pinned, moves


def shared_bases(
    model: CrateModel, graph: ItemGraph, split: UnitSplit, unit: Unit, weights: Mapping[ItemId, int]
) -> list[tuple[int, frozenset[ItemId]]]:
    """Candidate bases of ``unit``: ``(k, items)`` for each count ``k`` of
    blocks sharing a component, most shared first, distinct bases only."""
    items = set(unit.items)
    local = unit_item_graph(model, graph, items)
    condensed = nx.condensation(local)
    mapping = condensed.graph["mapping"]
    members = {node: frozenset(condensed.nodes[node]["members"]) for node in condensed.nodes}
    own_blocks = {node: {split.block_of[i] for i in group} for node, group in members.items()}
    sharers: dict[int, set[ModulePath]] = {node: set() for node in condensed.nodes}
    for dependent, dependency in local.edges():
        source, target = mapping[dependent], mapping[dependency]
        if source != target and split.block_of[dependent] not in own_blocks[target]:
            sharers[target].add(split.block_of[dependent])
    anchored = {node for node, group in members.items() if any(stays(model, i) for i in group)}
    total = sum(weights[i] for i in items)
    closures: dict[int, set[int]] = {}

    def closure(node: int) -> set[int]:
        if node not in closures:
            closures[node] = {node} | nx.descendants(condensed, node)
        return closures[node]

    shared = [
        node
        for node in sorted(condensed.nodes, key=lambda n: min(members[n], key=ItemId.sort_key).sort_key())
        if len(sharers[node]) >= 2
        and not all(i.kind in (ItemKind.USE, ItemKind.MODULE) for i in members[node])
        and not closure(node) & anchored
    ]
    candidates: list[tuple[int, set[int]]] = []
    for sharing in sorted({len(sharers[n]) for n in shared}, reverse=True):
        candidates.append((sharing, {c for n in shared if len(sharers[n]) >= sharing for c in closure(n)}))
    # Single shared components with what they need: the small bases.
    singles = sorted(shared, key=lambda n: (-len(sharers[n]), len(closure(n))))[:_SINGLES]
    candidates.extend((len(sharers[n]), closure(n)) for n in singles)
    result: list[tuple[int, frozenset[ItemId]]] = []
    seen: set[frozenset[ItemId]] = set()
    for sharing, nodes in candidates:
        base = frozenset(i for node in nodes for i in members[node])
        tokens = sum(weights[i] for i in base)
        if base in seen or tokens <= 0 or tokens >= total:
            continue
        seen.add(base)
        result.append((sharing, base))
    return result


def _score(model: CrateModel, split: UnitSplit, config: PlanConfig, cost: CostModel) -> float:
    """The objective with units below ``min_lines`` merged with a neighbour,
    as the planner's grouping would (cheaply: :func:`grouping.coarsen_groups`)."""
    groups = coarsen_groups(
        split, initial_groups(split), len(split.units), min_lines=config.min_lines, floor=member_floor(config)
    )
    return Scorer(model, split, config, cost).score(groups)


def _move(
    model: CrateModel, graph: ItemGraph, unit: Unit, sharing: int, base: frozenset[ItemId], block: ModulePath
) -> ItemMove:
    lines: dict[ModulePath, int] = {}
    for item in base:
        lines[item.module] = lines.get(item.module, 0) + model.items[item].lines
    main = min(lines, key=lambda module: (-lines[module], module))
    return ItemMove(
        items=tuple(sorted(base, key=ItemId.sort_key)),
        from_module=main,
        to_crate=block_label(block),
        reason=(
            f"{unit.name} is one cycle of {len(unit.modules)} modules; the {len(base)} item(s) that {sharing} or more "
            "of them share, with what those need, move to a base crate the rest depends on side by side "
            "(the simulated check is faster)"
        ),
        chain=tuple(rest_to_base(graph, set(unit.items) - base, base)),
    )
