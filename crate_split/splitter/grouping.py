"""Groupings of units into crates, and how good a grouping is.

A grouping is a list of frozensets of unit ids. Its score is the simulated
check plus build makespan at the planner's target job count; the exact
search tries every acyclic grouping of a few units, keeping the rules of
the greedy merging (``max_crates``, the floor of two members, related units
only). Used by :mod:`planner`; nothing here builds a plan.
"""

from __future__ import annotations

import enum
import functools
import heapq
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import networkx as nx

from crate_split.analysis import CrateModel
from crate_split.splitter.build_scripts import script_items, with_build_scripts
from crate_split.splitter.cost import CostModel, effective_tokens
from crate_split.splitter.dag import reach_counts
from crate_split.splitter.group_index import (
    GroupIndex,
    bit_positions,
    dependents_first,
    index_groups,
    reach_bits,
)
from crate_split.splitter.model_memo import per_model
from crate_split.splitter.schedule import BuildUnit, IndexedUnits, critical_path_indexed, makespan_indexed
from crate_split.splitter.units import UnitSplit, facade_only

#: Up to this many units every acyclic grouping is scored (at most
#: Bell(8) = 4140 partitions); above it the merging is greedy.
EXACT_SEARCH_MAX_UNITS = 8
#: The greedy merging simulates a build for every candidate pair, a cost
#: cubic in the number of groups; above this many groups they are first
#: merged cheaply down to it (:func:`coarsen_groups`). Above the most units
#: any crate of the open corpus has (99), so their plans do not change.
GREEDY_MAX_GROUPS = 128
#: Weight of the critical path (the check with unlimited jobs) in a
#: grouping's score, next to the check at the target job count.
DEPTH_WEIGHT = 0.1


class Granularity(enum.StrEnum):
    """What a member crate is made of."""

    #: Crates are module subtrees.
    MODULE = "module"
    #: Single items may also move out of their module to break a cycle.
    ITEM = "item"


@dataclass(frozen=True, slots=True)
class PlanConfig:
    """Options of the planner."""

    #: At most this many member crates (the facade not counted).
    max_crates: int | None = None
    #: Crates smaller than this many lines are merged into a neighbour.
    min_lines: int = 50
    granularity: Granularity = Granularity.ITEM
    #: Job count the merging optimises for.
    target_jobs: int = 8
    #: A moved group may hold at most this share of its module's lines.
    max_move_share: float = 0.25
    #: With item granularity, a unit holding at least this share of the
    #: crate's lines is cut at item level (:mod:`item_cuts`).
    max_unit_share: float = 0.5

    def __post_init__(self) -> None:
        # Accept the option's text too (``"module"``); an unknown one fails here.
        object.__setattr__(self, "granularity", Granularity(self.granularity))


def initial_groups(split: UnitSplit) -> list[frozenset[int]]:
    return [frozenset({unit.id}) for unit in split.units]


def group_graph(split: UnitSplit, groups: list[frozenset[int]]) -> nx.DiGraph:
    owner = {unit: index for index, group in enumerate(groups) for unit in group}
    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(groups)))
    for unit in split.units:
        for dependency in unit.depends_on:
            a, b = owner[unit.id], owner[dependency]
            if a != b:
                graph.add_edge(a, b)
    return graph


def merged(groups: list[frozenset[int]], first: int, second: int) -> list[frozenset[int]]:
    result = [g for index, g in enumerate(groups) if index not in (first, second)]
    result.append(groups[first] | groups[second])
    return sorted(result, key=lambda g: min(g))


def coarsen_groups(
    split: UnitSplit, groups: list[frozenset[int]], limit: int, *, min_lines: int = 0, floor: int = 1
) -> list[frozenset[int]]:
    """Merge neighbouring groups of a topological order, smallest pairs first,
    down to ``limit`` groups, and then while a group has fewer than
    ``min_lines`` lines (never below ``floor`` groups).

    Two groups next to each other in a topological order of the group graph
    have no path between them through a third group, so merging them never
    closes a cycle, and the order stays topological for the merged group.
    The order is the lexicographic one by smallest unit (dependencies
    first), which keeps units of neighbouring modules together. Each step
    merges the adjacent pair with the fewest lines together (ties: the
    earlier pair), so sizes grow evenly; in time ``n log n``.
    """
    graph = group_graph(split, groups)
    order_graph = nx.DiGraph((dependency, dependent) for dependent, dependency in graph.edges)
    order_graph.add_nodes_from(graph.nodes)
    order = list(nx.lexicographical_topological_sort(order_graph, key=lambda index: min(groups[index])))
    merged_units = [set(groups[index]) for index in order]
    lines = [group_lines(split, groups[index]) for index in order]
    following = list(range(1, len(order) + 1))
    preceding = list(range(-1, len(order) - 1))
    alive = [True] * len(order)
    # ``(lines of the pair, position of the first)``; stale entries are skipped.
    heap = [(lines[i] + lines[i + 1], i) for i in range(len(order) - 1)]
    heapq.heapify(heap)
    count = len(order)
    small = sum(1 for value in lines if value < min_lines)
    while heap and count > floor and (count > limit or small):
        pair_lines, first = heapq.heappop(heap)
        second = following[first] if alive[first] else len(order)
        if second >= len(order) or lines[first] + lines[second] != pair_lines:
            continue
        if count <= limit and min(lines[first], lines[second]) >= min_lines:
            continue  # Both big enough; merging only grows them, so the pair never qualifies again.
        small -= (lines[first] < min_lines) + (lines[second] < min_lines) - (pair_lines < min_lines)
        merged_units[first] |= merged_units[second]
        lines[first] = pair_lines
        alive[second] = False
        following[first] = following[second]
        if following[first] < len(order):
            preceding[following[first]] = first
            heapq.heappush(heap, (lines[first] + lines[following[first]], first))
        if preceding[first] >= 0:
            heapq.heappush(heap, (lines[preceding[first]] + lines[first], preceding[first]))
        count -= 1
    return sorted((frozenset(units) for units, live in zip(merged_units, alive, strict=True) if live), key=min)


def group_lines(split: UnitSplit, group: frozenset[int]) -> int:
    return sum(split.units[u].lines for u in group)


def root_unit(split: UnitSplit) -> int | None:
    """The unit of the crate root's own items, when they may stay in the facade."""
    if not split.root_may_stay:
        return None
    return next((u.id for u in split.units if u.modules == ((),)), None)


def member_groups(split: UnitSplit, groups: list[frozenset[int]]) -> list[frozenset[int]]:
    """Groups that become member crates: all but the crate root's own items
    when they are alone in their group and no other group needs them (then
    they stay in the facade)."""
    root = root_unit(split)
    if root is None or frozenset({root}) not in groups:
        return groups
    needed = any(root in split.units[u].depends_on for g in groups if root not in g for u in g)
    return groups if needed else [g for g in groups if g != frozenset({root})]


def objective(
    model: CrateModel, split: UnitSplit, groups: list[frozenset[int]], config: PlanConfig, cost: CostModel
) -> float:
    """The score of a grouping (lower is better): see :class:`Scorer`."""
    return Scorer(model, split, config, cost).score(groups)


class Scorer:
    """Scores groupings of one split: the simulated clean check makespan at
    ``target_jobs`` jobs, plus ``DEPTH_WEIGHT`` times its critical path
    (the makespan with unlimited jobs), so that of two groupings as fast at
    the target the shallower one wins: it gains more on a larger machine,
    and chains of dependent crates are what a check cannot overlap. Each
    member that gets the build script pays for it. What does not depend on
    the grouping is computed once."""

    def __init__(self, model: CrateModel, split: UnitSplit, config: PlanConfig, cost: CostModel) -> None:
        self.split = split
        self.cost = cost
        self.jobs = config.target_jobs
        self.facade_tokens = facade_tokens(model)
        needing = script_items(model)
        self.script_units = frozenset(unit.id for unit in split.units if needing & set(unit.items))

    def score(self, groups: list[frozenset[int]]) -> float:
        return self.score_index(self.index(groups))

    def index(self, groups: list[frozenset[int]]) -> GroupIndex:
        return index_groups(self.split, groups, root_unit(self.split))

    def score_index(self, index: GroupIndex) -> float:
        """The score of an indexed grouping: the same schedules as
        :func:`build_units` gives :func:`simulate`, without the names."""
        units = self.units_of(index)
        return self.check(units) + self.depth(units)

    def check(self, units: IndexedUnits) -> float:
        """The check makespan at the target job count."""
        return makespan_indexed(units, jobs=self.jobs, mode="check")

    def depth(self, units: IndexedUnits) -> float:
        """``DEPTH_WEIGHT`` times the critical path of the check."""
        return DEPTH_WEIGHT * self.critical_path(units)

    def critical_path(self, units: IndexedUnits) -> float:
        """The check makespan with unlimited jobs: never above :meth:`check`."""
        return critical_path_indexed(units, mode="check")

    def critical_path_of(self, index: GroupIndex) -> float:
        """:meth:`critical_path` of :meth:`units_of` ``(index)``, from the
        groups without numbering units: the same chains of the same
        front-ends, so the same float (a build script's ``.rmeta`` is its
        own time, the facade's start the last member's ``.rmeta``)."""
        member, count = self.member_flags(index)
        script = self.cost.build_script
        tokens = index.tokens
        frontend_of = self.cost.frontend
        successors = index.successors
        reach = [0] * len(index.groups)
        rmeta = [0.0] * len(index.groups)
        longest = 0.0
        for group in reversed(dependents_first(successors)):
            bits = 0
            for dependency in successors[group]:
                bits |= reach[dependency] | 1 << dependency
            reach[group] = bits
            if not member[group]:
                continue
            starts = [rmeta[d] for d in successors[group] if member[d]]
            if self.scripted(index, group):
                starts.append(script)
            rmeta[group] = max(starts, default=0.0) + frontend_of(tokens[group], bits.bit_count())
            longest = max(longest, *starts, rmeta[group])
        facade_start = max((rmeta[group] for group in range(len(index.groups)) if member[group]), default=0.0)
        return max(longest, facade_start + frontend_of(self.facade_tokens_of(index, member), count))

    def member_flags(self, index: GroupIndex) -> tuple[list[bool], int]:
        """Which groups are members, and how many."""
        members = index.members()
        member = [False] * len(index.groups)
        for group in members:
            member[group] = True
        return member, len(members)

    def scripted(self, index: GroupIndex, group: int) -> bool:
        """Whether the member ``group`` compiles and runs the build script first."""
        return self.cost.build_script > 0 and bool(index.groups[group] & self.script_units)

    def facade_tokens_of(self, index: GroupIndex, member: list[bool]) -> int:
        return self.facade_tokens + sum(t for group, t in enumerate(index.tokens) if not member[group])

    def units_of(self, index: GroupIndex) -> IndexedUnits:
        member, _ = self.member_flags(index)
        # Numbered in the order of the names :func:`build_units` gives
        # (``(facade)``, then ``g<position>`` as text, each followed by
        # ``g<position> (build script)`` when it has one), which break ties.
        script = self.cost.build_script
        ordered = [group for group in _label_order(len(index.groups)) if member[group]]
        number = [0] * len(index.groups)
        scripted: set[int] = set()
        position = 1
        for group in ordered:
            number[group] = position
            position += 1
            if self.scripted(index, group):
                scripted.add(group)
                position += 1
        tokens = index.tokens
        facade = self.facade_tokens_of(index, member)
        frontend_of, codegen_of = self.cost.frontend, self.cost.codegen
        successors = index.successors
        # Dependency loading is charged per crate reached, so that implied
        # dependencies (``GroupIndex.reduced``) change nothing. Only members
        # are reached: a group that is not one is depended on by none.
        loaded = [bits.bit_count() for bits in reach_bits(successors)]
        frontend = [frontend_of(facade, len(ordered))]
        codegen = [codegen_of(facade)]
        dependencies = [frozenset(number[group] for group in ordered)]
        for group in ordered:
            following = [number[d] for d in successors[group] if member[d]]
            frontend.append(frontend_of(tokens[group], loaded[group]))
            if group in scripted:
                following.append(number[group] + 1)
            codegen.append(codegen_of(tokens[group]))
            dependencies.append(frozenset(following))
            if group in scripted:
                frontend.append(script)
                codegen.append(0.0)
                dependencies.append(frozenset())
        return IndexedUnits(frontend=tuple(frontend), codegen=tuple(codegen), dependencies=tuple(dependencies))


@functools.cache
def _label_order(count: int) -> tuple[int, ...]:
    """Positions ``0..count-1`` in the order of their names ``g<position>``."""
    return tuple(sorted(range(count), key=str))


class MergeBounds:
    """Lower bounds of :meth:`Scorer.score` after merging two member groups
    of one grouping, in time proportional to their edges, so that the merge
    search simulates only the candidates that may win.

    Whatever the schedule: the facade waits for every member's ``.rmeta``,
    so ``jobs`` processes must first do the sum of the members' front-ends
    (and at least the longest); and no schedule beats its longest chain of
    work, which is also the critical path the score adds. After a merge the
    chain through the merged group is known from the chains before and
    after its two parts, and a longest chain that touches neither part is
    still there. Build scripts only add work, so bounds without them hold.

    Loading dependencies (a front end's cost per member crate it reaches)
    counts in the members' work: a merge makes the two groups one crate
    that reaches what either reached, a group that reached both now loads
    one crate fewer, one that reached one of them may load more (left out:
    the bound stays below), and every other count stays; the facade loads
    one member fewer. Chains are taken without loading.
    """

    def __init__(self, scorer: Scorer, index: GroupIndex) -> None:
        cost = scorer.cost
        self.cost = cost
        self.jobs = scorer.jobs
        groups = index.groups
        successors = index.successors
        indexes = index.members()
        members = set(indexes)
        root = root_unit(scorer.split)
        tokens = index.tokens
        self.tokens = tokens
        #: Groups whose merge changes more than two member terms (the facade's own part, the root unit).
        self.special = {i for i, group in enumerate(groups) if i not in members or (root is not None and root in group)}
        facade = scorer.facade_tokens + sum(tokens[i] for i in range(len(groups)) if i not in members)
        # After a merge of two members the facade depends on one member fewer.
        self.facade = cost.frontend(facade, max(len(indexes) - 1, 0))
        frontend = {i: cost.frontend(tokens[i]) for i in indexes}
        self.frontend_sum = sum(frontend.values())
        # The three longest front-ends: two may be merged away.
        self.longest = sorted(((frontend[i], i) for i in indexes), reverse=True)[:3]
        # Chains: ``head`` before a group starts, ``tail`` from its start to
        # the end of the check (``tail_check``) or of the build.
        self.dependencies = {i: {d for d in successors[i] if d in frontend} for i in indexes}
        self.dependents: dict[int, set[int]] = {i: set() for i in indexes}
        for i in indexes:
            for dependency in self.dependencies[i]:
                self.dependents[dependency].add(i)
        order = dependencies_first_order(indexes, self.dependencies)
        self.head: dict[int, float] = {}
        for i in order:
            self.head[i] = max((self.head[d] + frontend[d] for d in self.dependencies[i]), default=0.0)
        facade_frontend = self.facade
        self.tail_check: dict[int, float] = {}
        for i in reversed(order):
            self.tail_check[i] = frontend[i] + max([facade_frontend, *(self.tail_check[s] for s in self.dependents[i])])
        self.chain_check = max((self.head[i] + self.tail_check[i] for i in indexes), default=facade_frontend)
        margin = 1e-9
        self.on_chain_check = {i for i in indexes if self.head[i] + self.tail_check[i] >= self.chain_check - margin}
        self.frontend = frontend
        # What each member reaches, and is reached by, as bit sets by
        # position (a group that is not a member is reached by none).
        self.reach = reach_bits(successors)
        self.reached_by = [0] * len(groups)
        for i in indexes:
            for dependency in bit_positions(self.reach[i]):
                self.reached_by[dependency] |= 1 << i
        self.loaded = sum(self.reach[i].bit_count() for i in indexes)

    def of_merge(self, first: int, second: int) -> tuple[float, float] | None:
        """Lower bounds of the two parts of the score (the check makespan,
        the weighted critical path) after merging ``first`` and ``second``
        (no path of two or more hops between them); ``None`` when not known."""
        if first in self.special or second in self.special:
            return None
        cost = self.cost
        pair = (first, second)
        merged_tokens = self.tokens[first] + self.tokens[second]
        frontend = cost.frontend(merged_tokens)
        frontend_sum = self.frontend_sum - self.frontend[first] - self.frontend[second] + frontend
        reach = self.reach
        pair_bits = 1 << first | 1 << second
        loaded = (
            self.loaded
            - reach[first].bit_count()
            - reach[second].bit_count()
            + ((reach[first] | reach[second]) & ~pair_bits).bit_count()
            - (self.reached_by[first] & self.reached_by[second]).bit_count()
        )
        frontend_sum += loaded * cost.dependency_overhead
        longest = max([frontend] + [value for value, i in self.longest if i not in pair][:1])
        facade_frontend = self.facade
        head = max(
            (self.head[d] + self.frontend[d] for i in pair for d in self.dependencies[i] if d not in pair), default=0.0
        )
        after = [s for i in pair for s in self.dependents[i] if s not in pair]
        through_check = head + frontend + max([facade_frontend, *(self.tail_check[s] for s in after)])
        members_done = max(frontend_sum / self.jobs, longest)
        chain = max(through_check, 0.0 if self.on_chain_check & set(pair) else self.chain_check)
        return max(members_done + facade_frontend, chain), DEPTH_WEIGHT * chain


def dependencies_first_order(nodes: list[int], dependencies: Mapping[int, set[int]]) -> list[int]:
    """``nodes`` with each after its dependencies (Kahn's algorithm, smallest first)."""
    waiting = {node: len(dependencies[node]) for node in nodes}
    dependents: dict[int, list[int]] = {node: [] for node in nodes}
    for node in nodes:
        for dependency in dependencies[node]:
            dependents[dependency].append(node)
    ready = sorted(node for node, count in waiting.items() if count == 0)
    order = []
    while ready:
        node = ready.pop()
        order.append(node)
        for dependent in dependents[node]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                ready.append(dependent)
    return order


def member_floor(config: PlanConfig) -> int:
    """Fewest member crates merging may leave."""
    return 2 if (config.max_crates is None or config.max_crates >= 2) else max(config.max_crates, 1)


def allowed(split: UnitSplit, groups: list[frozenset[int]], config: PlanConfig, initial_members: int) -> bool:
    """The grouping keeps ``max_crates`` and the floor of member crates
    (counting those holding code a default build compiles)."""
    members = member_groups(split, groups)
    if config.max_crates is not None and len(members) > max(config.max_crates, 1):
        return False
    return code_members(split, members) >= min(member_floor(config), initial_members)


def code_members(split: UnitSplit, members: list[frozenset[int]]) -> int:
    """Member groups holding tokens a default build compiles."""
    return sum(1 for group in members if any(split.units[u].holds_code for u in group))


def lines_shortfall(split: UnitSplit, groups: list[frozenset[int]], config: PlanConfig) -> int:
    """Lines missing to ``min_lines``, summed over the member crates."""
    return sum(max(0, config.min_lines - group_lines(split, g)) for g in member_groups(split, groups))


def search_groups(scorer: Scorer, split: UnitSplit, config: PlanConfig) -> list[frozenset[int]] | None:
    """The best of every allowed acyclic grouping.

    Only groupings whose member crates are each connected (their units
    linked by dependencies, either way; a unit without any, except the
    crate root's, may join any crate) are considered, so that unrelated
    modules are not put together to reach a size, unless no such grouping
    is allowed (``max_crates`` below the number of unrelated parts). Best
    is the least shortfall below ``min_lines``, then the lowest score: on a
    small crate every real split is predicted slower, and the lowest score
    alone would meet the floor of two crates with a crate of a few lines
    that splits nothing. Ties (to 1e-9 seconds) go to fewer member crates,
    then to the first grouping in unit order, so the answer does not depend
    on the order groupings are tried in. ``None`` when no grouping is
    allowed.
    """
    initial = code_members(split, member_groups(split, initial_groups(split)))
    neighbours: dict[int, set[int]] = {unit.id: set() for unit in split.units}
    for unit in split.units:
        for dependency in unit.depends_on:
            neighbours[unit.id].add(dependency)
            neighbours[dependency].add(unit.id)
    free = {unit for unit, linked in neighbours.items() if not linked and unit != root_unit(split)}
    best: dict[bool, tuple[tuple, list[frozenset[int]]]] = {}
    for groups in acyclic_partitions(split):
        if not allowed(split, groups, config, initial):
            continue
        connected = all(is_connected(group - free, neighbours) for group in member_groups(split, groups))
        shortfall = lines_shortfall(split, groups, config)
        if connected in best and shortfall > best[connected][0][0]:
            continue
        score = round(scorer.score(groups), 9)
        key = (shortfall, score, len(member_groups(split, groups)), [sorted(g) for g in groups])
        if connected not in best or key < best[connected][0]:
            best[connected] = (key, groups)
    chosen = best.get(True) or best.get(False)
    return None if chosen is None else chosen[1]


def is_connected(group: frozenset[int], neighbours: Mapping[int, set[int]]) -> bool:
    if not group:
        return True
    start = min(group)
    seen, stack = {start}, [start]
    while stack:
        for nxt in (neighbours[stack.pop()] & group) - seen:
            seen.add(nxt)
            stack.append(nxt)
    return len(seen) == len(group)


def acyclic_partitions(split: UnitSplit) -> Iterator[list[frozenset[int]]]:
    """Every partition of the units whose group graph is acyclic.

    Units are placed dependencies first, so placing a unit only adds edges
    from its group to its dependencies' groups; a partial grouping that
    closes a cycle is abandoned at once, since merging more cannot open it.
    Groups come sorted by their smallest unit.
    """
    order_graph = nx.DiGraph()
    order_graph.add_nodes_from(unit.id for unit in split.units)
    order_graph.add_edges_from((d, unit.id) for unit in split.units for d in unit.depends_on)
    order = list(nx.lexicographical_topological_sort(order_graph))
    groups: list[set[int]] = []
    needs: list[set[int]] = []
    owner: dict[int, int] = {}

    def reaches(start: int, goal: int) -> bool:
        seen, stack = {start}, [start]
        while stack:
            current = stack.pop()
            if current == goal:
                return True
            for nxt in needs[current] - seen:
                seen.add(nxt)
                stack.append(nxt)
        return False

    def place(index: int) -> Iterator[list[frozenset[int]]]:
        if index == len(order):
            yield sorted((frozenset(g) for g in groups), key=min)
            return
        unit = order[index]
        for target in range(len(groups) + 1):
            if target == len(groups):
                groups.append(set())
                needs.append(set())
            dependencies = {owner[d] for d in split.units[unit].depends_on} - {target}
            if not any(reaches(d, target) for d in dependencies):
                added = dependencies - needs[target]
                groups[target].add(unit)
                needs[target] |= added
                owner[unit] = target
                yield from place(index + 1)
                del owner[unit]
                needs[target] -= added
                groups[target].discard(unit)
            if not groups[target]:
                groups.pop()
                needs.pop()

    yield from place(0)


@per_model
def facade_tokens(model: CrateModel) -> int:
    """Weighted tokens of the items no member owns (computed once per model)."""
    weights = effective_tokens(model)
    return sum(weights[item_id] for item_id in model.items if facade_only(model, item_id))


def build_units(
    split: UnitSplit,
    groups: list[frozenset[int]],
    cost: CostModel,
    *,
    facade_tokens: int,
    names: Mapping[int, str] | None = None,
    script_units: frozenset[int] = frozenset(),
) -> tuple[BuildUnit, ...]:
    """The build units of a grouping: one per member group, the facade
    depending on all; members holding a unit of ``script_units`` first
    compile and run the build script."""
    members = member_groups(split, groups)
    owner = {unit: index for index, group in enumerate(groups) for unit in group}
    successors: dict[int, set[int]] = {index: set() for index in range(len(groups))}
    for unit in split.units:
        for dependency in unit.depends_on:
            if owner[unit.id] != owner[dependency]:
                successors[owner[unit.id]].add(owner[dependency])
    index_of = {g: i for i, g in enumerate(groups)}
    label = {index_of[g]: (names[index_of[g]] if names else f"g{index_of[g]}") for g in members}
    units = []
    scripted = []
    facade_extra = 0
    for group in groups:
        if group not in members:
            facade_extra += sum(split.units[u].tokens for u in group)
    loaded = reach_counts(list(label), lambda index: [d for d in successors[index] if d in label])
    for group in members:
        index = index_of[group]
        tokens = sum(split.units[u].tokens for u in group)
        depends = tuple(sorted(label[d] for d in successors[index] if d in label))
        units.append(BuildUnit(label[index], cost.frontend(tokens, loaded[index]), cost.codegen(tokens), depends))
        if group & script_units:
            scripted.append(label[index])
    total_facade = facade_tokens + facade_extra
    facade_frontend = cost.frontend(total_facade, len(label))
    units.append(BuildUnit("(facade)", facade_frontend, cost.codegen(total_facade), tuple(sorted(label.values()))))
    return with_build_scripts(units, scripted, cost.build_script)
