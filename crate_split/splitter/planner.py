"""The planner: from units to a split plan that raises build parallelism.

Steps, each a small function:

1. Each impl that the orphan rule lets live with its trait or its type
   (both local) is tied to one of them, so no crate holds it apart from
   both. Then units (module subtrees without cycles between them) from
   :mod:`crate_split.splitter.units`.
2. With item granularity, a cycle between two modules is broken by moving
   the few items one module needs from the other (the closure of what it
   reaches there, so impls move with their types) into the needing
   module's crate, when that is small next to its module; each move is
   reported with the references that forced it. Then the items a cycle's
   modules share go to a base crate when the simulated check gains
   (:mod:`base_cut`), and units still holding most of the crate are cut
   at item level (:mod:`item_cuts`).
3. Units become crates; the crate root's own items stay in the facade
   unless another crate needs them.
4. Units are grouped into crates: at most ``max_crates`` members, never
   fewer than two (or ``max_crates``) unless there were fewer units, and
   an acyclic crate graph. With at most ``EXACT_SEARCH_MAX_UNITS`` units
   every such grouping is tried and the best kept: the least shortfall
   below ``min_lines`` summed over member crates, then the fastest
   simulated check plus build at ``target_jobs`` jobs. Only groupings
   whose crates each hold related units count, when there are any (a unit
   related to none, except the crate root's, may join any crate). Larger
   crates are merged greedily: first crates below the minimum size, then
   down to ``max_crates``, then while the simulated build gets faster.
5. The plan records forced merges, widened visibility and predictions,
   and says why it has fewer than two member crates when it does.

Invariant: the crate graph of every plan returned is acyclic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import EdgeKind, EdgeReason, ItemGraph
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.model.names import path_text
from crate_split.splitter.atoms import AtomGraph
from crate_split.splitter.base_cut import cut_shared_bases
from crate_split.splitter.constraints import ConstraintKind, derive_constraints
from crate_split.splitter.cost import CostModel, code_tokens
from crate_split.splitter.crate_names import crate_names
from crate_split.splitter.cycles import shortest_cycle
from crate_split.splitter.doc_test_rule import doc_test_merge
from crate_split.splitter.facade_rule import keep_in_facade
from crate_split.splitter.greedy_merge import merge_groups
from crate_split.splitter.grouping import (
    EXACT_SEARCH_MAX_UNITS,  # noqa: F401 (part of the planner's interface)
    Granularity,
    PlanConfig,
    Scorer,
    initial_groups,
    member_groups,
)
from crate_split.splitter.item_cuts import ItemCut, find_cut
from crate_split.splitter.plan import ForcedMerge, Hop, ItemMove, SplitPlan
from crate_split.splitter.plan_builder import build_plan, crate_graph_of
from crate_split.splitter.units import Unit, UnitSplit, base_block, block_label, find_units, is_base_block

_SHOWN_HOPS = 5
#: At most this many item-level cuts of big units.
_MAX_ITEM_CUTS = 8


def plan_split(
    model: CrateModel,
    atoms: AtomGraph,
    config: PlanConfig = PlanConfig(),
    cost: CostModel = CostModel(),
    progress: Callable[[str, float], None] | None = None,
) -> SplitPlan:
    """Propose a split of ``model`` into member crates and a facade.

    Args:
        model: the analysed crate.
        atoms: atoms and the strong item graph (references plus hard rules).
        config: planner options.
        cost: the cost model for the build simulation.
        progress: optional callback told about each step and the share done.

    Returns:
        The plan; its crate graph is acyclic.
    """
    report = progress or (lambda step, fraction: None)
    report("units", 0.0)
    graph, placed = _place_two_home_impls(model, atoms)
    kept = keep_in_facade(model, graph).kept
    # Without two-home impls the planning graph is the strong graph, whose units are known.
    split = atoms.units(model) if graph is atoms.strong_graph else find_units(model, graph, kept=kept)
    # Ways to cut the units: as they are, and with shared bases cut out of
    # their cycles, each with and without the impls that follow their
    # homes; the merged grouping with the best score is kept (the first of
    # equals). Each way: the units, the pins, the moves, the base cuts made.
    ways: list[tuple[UnitSplit, dict[ItemId, ModulePath], list[ItemMove], int]] = [(split, {}, [], 0)]
    if config.granularity is Granularity.ITEM:
        report("breaking cycles", 0.3)
        starts: list[tuple[dict[ItemId, ModulePath], list[ItemMove]]] = [({}, [])]
        followed = _impls_with_their_homes(model, graph, placed, kept)
        if followed[0]:
            starts.append(followed)
        ways = []
        for start_pins, start_moves in starts:
            broken, pins, moves = _break_cycles(model, graph, split, config, kept, start_pins, start_moves)
            report("cutting shared bases", 0.4)
            ways.append((broken, pins, moves, 0))
            based, based_pins, bases = cut_shared_bases(model, graph, broken, pins, config, cost, kept)
            if bases:
                ways.append((based, based_pins, [*moves, *bases], len(bases)))
    best: tuple[float, UnitSplit, list[frozenset[int]], list[ItemMove], list[str]] | None = None
    for way_split, way_pins, way_moves, way_bases in ways:
        if config.granularity is Granularity.ITEM:
            report("cutting big units", 0.5)
            way_split, cuts = _cut_big_units(model, graph, way_split, way_pins, config, kept, first_block=way_bases + 1)
            way_moves = [*way_moves, *cuts]
        report("grouping units into crates", 0.6)
        way_notes: list[str] = []
        groups = merge_groups(model, way_split, initial_groups(way_split), config, cost, way_notes)
        score = Scorer(model, way_split, config, cost).score(groups)
        if best is None or score < best[0] - 1e-9:
            best = (score, way_split, groups, way_moves, way_notes)
    assert best is not None
    _, split, groups, moves, notes = best
    report("plan", 0.95)
    if len(member_groups(split, groups)) < 2:
        notes.extend(_explain_few_members(model, atoms, split, groups, config))
    return _build_plan(model, graph, split, groups, moves, config, cost, notes)


# -- step 1: impls the orphan rule lets live with their trait or their type ----------------


def _place_two_home_impls(model: CrateModel, atoms: AtomGraph) -> tuple[ItemGraph, dict[ItemId, ItemId]]:
    """The strong graph plus a rule tying each two-home impl to the home it keeps.

    ``impl LocalTrait for LocalType`` may live with the trait or with the
    type, but not apart from both; the atoms leave the choice open, the
    plan must make it. Choices are made on the units the crate has without
    them, so that they split as few units as possible: the impl stays with
    a home already in its unit (or tied to it by an earlier choice; of
    several, see :func:`_home_in_unit`), else with the home whose unit
    depends on the other's (no new edge between them), else with the first
    (the trait, when local).

    A local trait's impl follows the same rule: regex-syntax's ``impl
    Visitor for TranslatorI`` goes with ``TranslatorI``, which already
    needs ``Visitor``, so the tie makes no cycle of items.
    """
    graph = atoms.strong_graph
    two_home = [
        constraint
        for constraint in derive_constraints(model)
        if constraint.kind is ConstraintKind.ORPHAN_RULE
        and not constraint.hard
        and all(i in graph for i in constraint.items)
    ]
    if not two_home:
        return graph, {}
    split = atoms.units(model)
    unit_of = {item: unit.id for unit in split.units for item in unit.items}
    unit_graph = nx.DiGraph((unit.id, d) for unit in split.units for d in unit.depends_on)
    tied = {unit.id: unit.id for unit in split.units}

    def root(unit: int) -> int:
        while tied[unit] != unit:
            unit = tied[unit]
        return unit

    def depends(unit: int, other: int) -> bool:
        return unit in unit_graph and other in unit_graph and nx.has_path(unit_graph, unit, other)

    planning = graph.without_edges(frozenset())
    placed: dict[ItemId, ItemId] = {}
    for constraint in two_home:
        impl, *homes = constraint.items
        if impl not in unit_of or any(home not in unit_of for home in homes):
            home = homes[0]
        else:
            beside = [h for h in homes if root(unit_of[h]) == root(unit_of[impl])]
            home = _home_in_unit(planning, impl, homes, beside) or next(
                (h for h in homes if all(depends(unit_of[h], unit_of[o]) for o in homes if o != h)), homes[0]
            )
            tied[root(unit_of[impl])] = root(unit_of[home])
        reason = EdgeReason(
            EdgeKind.of_rule(constraint.kind.value),
            constraint.span,
            f"{constraint.reason}; kept with {home.qualified()}",
        )
        planning.add_dependency(dependent=impl, dependency=home, reason=reason)
        planning.add_dependency(dependent=home, dependency=impl, reason=reason)
        placed[impl] = home
    return planning, placed


def _home_in_unit(graph: ItemGraph, impl: ItemId, homes: list[ItemId], beside: list[ItemId]) -> ItemId | None:
    """The home among ``beside`` (those in the impl's unit) an impl is tied to.

    Of several, the one that already needs every other home, so the tie
    makes no cycle of items (``impl From<&Error> for Formatter`` goes with
    ``Error`` when ``Error``'s ``Display`` uses ``Formatter``); else the one
    the impl is written beside (``impl PartialEq<TestError> for Error`` in
    a test module goes with ``TestError``); else the first.
    """
    if len(beside) < 2:
        return beside[0] if beside else None
    return next(
        (h for h in beside if all(graph.chain_exists(dependent=h, dependency=o) for o in homes if o != h)),
        next((h for h in beside if h.module == impl.module), beside[0]),
    )


# -- step 2: moving items to break cycles ---------------------------------------------------


def _impls_with_their_homes(
    model: CrateModel, graph: ItemGraph, placed: Mapping[ItemId, ItemId], kept: frozenset[ItemId]
) -> tuple[dict[ItemId, ModulePath], list[ItemMove]]:
    """Pins moving each impl tied to a home of another module into that
    home's module, when it was written beside another of its homes: there it
    would tie the two modules together."""
    pins: dict[ItemId, ModulePath] = {}
    moves: list[ItemMove] = []
    for impl, home in sorted(placed.items(), key=lambda pair: pair[0].sort_key()):
        facts = model.impls[impl]
        homes = facts.homes
        if not facts.trait_is_foreign:
            continue  # Tied to its trait or its type as before, it stays where it is written.
        if impl in kept or home in kept or home.module == impl.module or model.in_test_module(home.module):
            continue  # A test module shares its parent's crate: no pin into one.
        beside = next((other for other in homes if other != home and other.module == impl.module), None)
        if beside is None:
            continue
        pins[impl] = home.module
        reason = graph.reasons(impl, home)
        moves.append(
            ItemMove(
                items=(impl,),
                from_module=impl.module,
                to_crate=_block_name(home.module),
                reason=(
                    f"the orphan rule lets {impl.qualified()} live with {home.qualified()}, the home it is tied "
                    f"to, or with {beside.qualified()}, which it is written beside; it moves to "
                    f"{home.qualified()}'s crate, so that the two modules need not share one"
                ),
                chain=(Hop(impl, home, reason[0].kind, reason[0].span, reason[0].detail),) if reason else (),
            )
        )
    return pins, moves


def _break_cycles(
    model: CrateModel,
    graph: ItemGraph,
    split: UnitSplit,
    config: PlanConfig,
    kept: frozenset[ItemId],
    pins: Mapping[ItemId, ModulePath],
    moves: list[ItemMove],
) -> tuple[UnitSplit, dict[ItemId, ModulePath], list[ItemMove]]:
    """Move the few items one module of a cycle needs from another, starting
    from ``pins`` and ``moves`` (impls that follow their homes)."""
    pins = dict(pins)
    moves = list(moves)
    if pins:
        split = find_units(model, graph, pinned=pins, kept=kept)
    closures = _Closures(graph)
    for _round in range(50):
        best: tuple[int, ModulePath, ModulePath, frozenset[ItemId], list[tuple[ItemId, ItemId]]] | None = None
        for unit in split.units:
            if len(unit.modules) < 2:
                continue
            members = _items_by_block(split, unit)
            # Block pairs with an edge: a closure of two blocks that no edge
            # joins (the needed one needs ``source -> target``, the needing
            # one ``target -> source``) is empty.
            linked = {
                (split.block_of[item], split.block_of[dependency])
                for item in unit.items
                for dependency in closures.dependencies(item)
                if dependency in split.block_of and split.block_of[dependency] != split.block_of[item]
            }
            for source in unit.modules:
                for target in unit.modules:
                    if source == target or ((source, target) not in linked and (target, source) not in linked):
                        continue
                    block_lines = sum(model.items[i].lines for i in members[target]) or 1
                    for moved, hops in (
                        closures.needed(members[source], members[target])
                        if (source, target) in linked
                        else (frozenset(), []),
                        closures.needing(members[source], members[target])
                        if (target, source) in linked
                        else (frozenset(), []),
                    ):
                        if not moved or any(i.kind is ItemKind.MODULE for i in moved):
                            continue
                        moved_lines = sum(model.items[i].lines for i in moved)
                        if moved_lines > config.max_move_share * block_lines:
                            continue
                        if best is None or moved_lines < best[0]:
                            best = (moved_lines, source, target, moved, hops)
        if best is None:
            break
        _, source, target, moved, hops = best
        trial_pins = dict(pins)
        for item in moved:
            trial_pins[item] = source
        trial = find_units(model, graph, pinned=trial_pins, kept=kept)
        if len(trial.units) <= len(split.units):
            break
        pins, split = trial_pins, trial
        moves.append(
            ItemMove(
                items=tuple(sorted(moved, key=ItemId.sort_key)),
                from_module=target,
                to_crate=_block_name(source),
                reason=(
                    f"{_block_name(source)} and {_block_name(target)} form a cycle; "
                    f"{len(moved)} item(s) of {_block_name(target)} move to {_block_name(source)}'s crate to break it"
                ),
                chain=tuple(closures.hop(*pair) for pair in hops[:_SHOWN_HOPS]),
            )
        )
    return split, pins, moves


def _cut_big_units(
    model: CrateModel,
    graph: ItemGraph,
    split: UnitSplit,
    pins: Mapping[ItemId, ModulePath],
    config: PlanConfig,
    kept: frozenset[ItemId],
    *,
    first_block: int = 1,
) -> tuple[UnitSplit, list[ItemMove]]:
    """Cut units holding ``max_unit_share`` of the crate's lines at item level.

    The largest such unit that :func:`find_cut` can cut loses its base to a
    new block; repeated while the cut gives more units. What is left of a
    cut crate root's unit becomes a member crate. Only the first cut
    may leave fewer than ``min_lines`` lines on a side: it is what gives a
    crate of one big unit its second member crate; a crate of fewer than
    twice ``min_lines`` lines is not worth splitting at all.
    """
    weights = code_tokens(model)
    total = sum(item.lines for item in model.items.values()) or 1
    pins = dict(pins)
    moves: list[ItemMove] = []
    cut_root = False
    for number in range(1, _MAX_ITEM_CUTS + 1):
        big = sorted(
            (u for u in split.units if u.lines >= config.max_unit_share * total), key=lambda u: (-u.lines, u.id)
        )
        found = next(
            (
                (unit, cut)
                for unit in big
                if (cut := find_cut(model, graph, unit, weights, min_lines=config.min_lines)) is not None
            ),
            None,
        )
        if found is None and number == 1 and total >= 2 * config.min_lines:
            found = next(
                ((unit, cut) for unit in big if (cut := find_cut(model, graph, unit, weights)) is not None), None
            )
        if found is None:
            break
        unit, cut = found
        block = base_block(first_block + number - 1)
        trial_pins = {**pins, **{item: block for item in cut.base}}
        trial = find_units(model, graph, pinned=trial_pins, kept=kept)
        if len(trial.units) <= len(split.units):
            break
        pins, split = trial_pins, trial
        moves.append(_base_move(model, unit, cut, block, unit.lines / total))
        cut_root = cut_root or () in unit.modules
    return (replace(split, root_may_stay=False) if cut_root else split), moves


def _base_move(model: CrateModel, unit: Unit, cut: ItemCut, block: ModulePath, share: float) -> ItemMove:
    by_module: dict[ModulePath, int] = {}
    for item in cut.base:
        by_module[item.module] = by_module.get(item.module, 0) + model.items[item].lines
    main = min(by_module, key=lambda module: (-by_module[module], module))
    return ItemMove(
        items=tuple(sorted(cut.base, key=ItemId.sort_key)),
        from_module=main,
        to_crate=block_label(block),
        reason=(
            f"{unit.name} holds {share:.0%} of the crate's lines; its {len(cut.base)} item(s) that do not depend "
            f"on {cut.seed.qualified()} move to a base crate that the rest depends on"
        ),
        chain=cut.chain,
    )


def _items_by_block(split: UnitSplit, unit: Unit) -> dict[ModulePath, set[ItemId]]:
    members: dict[ModulePath, set[ItemId]] = {block: set() for block in unit.modules}
    for item in unit.items:
        members[split.block_of[item]].add(item)
    return members


class _Closures:
    """The closures that break a cycle between two blocks, over one graph,
    with each item's dependencies sorted once (``ItemId`` order) and its
    dependents found once; a closure keeps the references that start it
    as item pairs, made hops only for the move that is taken."""

    def __init__(self, graph: ItemGraph) -> None:
        self.graph = graph
        self.rank = {item: index for index, item in enumerate(sorted(graph.items, key=ItemId.sort_key))}
        self._dependencies: dict[ItemId, tuple[ItemId, ...]] = {}
        self._dependents: dict[ItemId, frozenset[ItemId]] = {}

    def dependents(self, item: ItemId) -> frozenset[ItemId]:
        found = self._dependents.get(item)
        if found is None:
            found = self._dependents[item] = self.graph.find_dependents_of(item)
        return found

    def dependencies(self, item: ItemId) -> tuple[ItemId, ...]:
        found = self._dependencies.get(item)
        if found is None:
            found = tuple(sorted(self.graph.find_dependencies_of(item), key=self.rank.__getitem__))
            self._dependencies[item] = found
        return found

    def hop(self, item: ItemId, dependency: ItemId) -> Hop:
        reason = self.graph.reasons(item, dependency)[0]
        return Hop(item, dependency, reason.kind, reason.span, reason.detail)

    def needed(self, needing: set[ItemId], owner: set[ItemId]) -> tuple[frozenset[ItemId], list[tuple[ItemId, ItemId]]]:
        """Items of ``owner`` that ``needing`` reaches, closed under ``owner``'s own edges."""
        hops: list[tuple[ItemId, ItemId]] = []
        frontier: list[ItemId] = []
        for item in sorted(needing, key=self.rank.__getitem__):
            for dependency in self.dependencies(item):
                if dependency in owner:
                    frontier.append(dependency)
                    hops.append((item, dependency))
        seen: set[ItemId] = set()
        while frontier:
            item = frontier.pop()
            if item in seen:
                continue
            seen.add(item)
            frontier.extend(d for d in self.dependencies(item) if d in owner and d not in seen)
        return frozenset(seen), hops

    def needing(self, needed: set[ItemId], owner: set[ItemId]) -> tuple[frozenset[ItemId], list[tuple[ItemId, ItemId]]]:
        """Items of ``owner`` that reach ``needed`` (through ``owner``), with what they need in ``owner``.

        Moved next to ``needed``, they leave ``owner`` with no way back to it.
        """
        hops: list[tuple[ItemId, ItemId]] = []
        reaching: set[ItemId] = set()
        frontier: list[ItemId] = []
        for item in sorted(owner, key=self.rank.__getitem__):
            for dependency in self.dependencies(item):
                if dependency in needed:
                    frontier.append(item)
                    hops.append((item, dependency))
                    break
        while frontier:
            item = frontier.pop()
            if item in reaching:
                continue
            reaching.add(item)
            frontier.extend(d for d in self.dependents(item) if d in owner and d not in reaching)
        closed, _ = self.needed(reaching, owner)
        return frozenset(reaching | closed), hops


def _block_name(block: ModulePath) -> str:
    return path_text(block) or "crate"


# -- steps 3 and 4: crates from units, merged -------------------------------------------------


def _explain_few_members(
    model: CrateModel, atoms: AtomGraph, split: UnitSplit, groups: list[frozenset[int]], config: PlanConfig
) -> list[str]:
    """Why a crate with independent units gets fewer than two member crates."""
    members = len(member_groups(split, groups))
    if len(split.units) < 2:
        if len(atoms.units(model).units) < 2:
            return []
        return ["impls tied to their trait or type join the independent units into one"]
    if config.max_crates is not None and config.max_crates < 2:
        return [f"--max-crates {config.max_crates} allows {members} member crate(s) only"]
    return [
        f"{members} member crate(s): the crate root's own items stay in the facade because no other unit needs them"
    ]


# -- step 5: the plan value -------------------------------------------------------------------


def _build_plan(
    model: CrateModel,
    graph: ItemGraph,
    split: UnitSplit,
    groups: list[frozenset[int]],
    moves: list[ItemMove],
    config: PlanConfig,
    cost: CostModel,
    notes: list[str],
) -> SplitPlan:
    package = model.manifest.package
    members = member_groups(split, groups)
    names = crate_names(model, split, members, package)
    assignment: dict[ItemId, str] = {item: package for item in model.items}
    modules: dict[str, tuple[ModulePath, ...]] = {}
    for group in members:
        modules[names[group]] = tuple(sorted(m for u in group for m in split.units[u].modules if not is_base_block(m)))
        for unit in group:
            for item in split.units[unit].items:
                assignment[item] = names[group]
    _merge_crate_cycles(graph, assignment, modules, package, notes)
    doc_test_merges = _close_pinned_doc_tests(model, graph, assignment, modules, package, notes)
    assert nx.is_directed_acyclic_graph(crate_graph_of(graph, assignment, sorted(set(assignment.values())))), (
        "planner produced a crate cycle"
    )
    return build_plan(
        model,
        graph,
        assignment,
        modules,
        cost,
        moves=tuple(_retarget_moves(moves, assignment)),
        merges=(*_forced_merges(graph, split, members, names), *doc_test_merges),
        notes=tuple(notes),
        target_jobs=config.target_jobs,
    )


def _close_pinned_doc_tests(
    model: CrateModel,
    graph: ItemGraph,
    assignment: dict[ItemId, str],
    modules: dict[str, tuple[ModulePath, ...]],
    package: str,
    notes: list[str],
) -> list[ForcedMerge]:
    """Merge into each pinned doc test's crate the crates its doc tests name (:mod:`doc_test_rule`)."""
    merges = []
    while (found := doc_test_merge(model, assignment, package)) is not None:
        pinned, others, reason = found
        # A member cannot reach the facade: the pinned crate joins it, which reaches everything.
        target = package if package in others else pinned
        crates = {pinned, target} if target == package else {pinned, *others}
        for item, crate in assignment.items():
            if crate in crates:
                assignment[item] = target
        merged = sorted({m for crate in crates for m in modules.pop(crate, ())})
        if target != package:
            modules[target] = tuple(merged)
        anchor = next(item for item, crate in assignment.items() if crate == target)
        _merge_crate_cycles(graph, assignment, modules, package, notes)
        kept = assignment[anchor]
        merges.append(ForcedMerge(modules.get(kept, ()), kept, reason, ()))
    return merges


def _merge_crate_cycles(
    graph: ItemGraph,
    assignment: dict[ItemId, str],
    modules: dict[str, tuple[ModulePath, ...]],
    package: str,
    notes: list[str],
) -> None:
    """A safety net: crates whose items still depend on each other both ways
    (edges the units did not see, e.g. a module declared inside a macro call
    and that call), or members that need the facade, are merged, into the
    facade when it is among them."""
    while True:
        crates = crate_graph_of(graph, assignment, sorted(set(assignment.values())))
        # The facade depends on every member: a member needing the facade closes a cycle.
        crates.add_edges_from([(package, crate) for crate in crates.nodes if crate != package])
        cycles = [c for c in nx.strongly_connected_components(crates) if len(c) > 1]
        if not cycles:
            return
        for cycle in cycles:
            target = package if package in cycle else min(cycle)
            for item, crate in assignment.items():
                if crate in cycle:
                    assignment[item] = target
            for crate in sorted(cycle - {target}):
                if target != package:
                    modules[target] = tuple(sorted({*modules.get(target, ()), *modules.get(crate, ())}))
                modules.pop(crate, None)
            notes.append(f"crates {', '.join(sorted(cycle))} depend on each other, so they were merged into {target}")


def _retarget_moves(moves: list[ItemMove], assignment: Mapping[ItemId, str]) -> list[ItemMove]:
    result = []
    for move in moves:
        crate = assignment[move.items[0]]
        result.append(ItemMove(move.items, move.from_module, crate, move.reason, move.chain))
    return result


def _forced_merges(
    graph: ItemGraph, split: UnitSplit, members: list[frozenset[int]], names: Mapping[frozenset[int], str]
) -> list[ForcedMerge]:
    merges = []
    for group in members:
        for unit_id in sorted(group):
            unit = split.units[unit_id]
            if len(unit.modules) < 2:
                continue
            chain = _block_cycle(graph, split, unit)
            rules = sorted({hop.kind.rule for hop in chain if hop.kind.rule is not None})
            reason = "these modules depend on each other (a cycle), so they cannot be separate crates"
            if rules:
                reason = (
                    f"references and the {', '.join(rules)} rule(s) tie these modules into a cycle, "
                    "so they cannot be separate crates"
                )
            modules = tuple(m for m in unit.modules if not is_base_block(m))
            merges.append(ForcedMerge(modules=modules, crate=names[group], reason=reason, chain=tuple(chain)))
    return merges


def _block_cycle(graph: ItemGraph, split: UnitSplit, unit: Unit) -> list[Hop]:
    """One cycle through the unit's blocks, one item reference per hop."""
    representative: dict[tuple[ModulePath, ModulePath], Hop] = {}
    members = set(unit.items)
    for dependent, dependency in graph.edges():
        if dependent not in members or dependency not in members:
            continue
        a, b = split.block_of[dependent], split.block_of[dependency]
        if a == b or (a, b) in representative:
            continue
        reason = graph.reasons(dependent, dependency)[0]
        representative[(a, b)] = Hop(dependent, dependency, reason.kind, reason.span, reason.detail)
    blocks = nx.DiGraph(list(representative))
    return [representative[hop] for hop in shortest_cycle(blocks, unit.modules[0])]
