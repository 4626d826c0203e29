"""Groupings of units indexed for the merge search: tokens and the
dependencies between groups as numbers, computed once per grouping, so
that scoring a merge of two groups touches only groups, never units.

Invariant: :meth:`GroupIndex.merge` describes exactly the grouping that
:func:`crate_split.splitter.grouping.merged` returns for the same pair.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from crate_split.splitter.units import UnitSplit


@dataclass(frozen=True, slots=True)
class GroupIndex:
    """A grouping (a list of groups of unit ids, ordered by smallest unit)
    with what scoring it needs."""

    groups: tuple[frozenset[int], ...]
    #: Smallest unit of each group, which orders the groups.
    mins: tuple[int, ...]
    #: Tokens of each group (its units' tokens summed).
    tokens: tuple[int, ...]
    #: The groups each group depends on, by position, never itself.
    successors: tuple[frozenset[int], ...]
    #: Position of the group holding only the crate root's own unit, when
    #: that unit may stay in the facade; ``None`` otherwise.
    root_alone: int | None

    def members(self) -> list[int]:
        """Positions of the groups that become member crates (see
        :func:`crate_split.splitter.grouping.member_groups`)."""
        root = self.root_alone
        if root is None or any(root in following for following in self.successors):
            return list(range(len(self.groups)))
        return [index for index in range(len(self.groups)) if index != root]

    def reduced(self, indirect: list[int]) -> GroupIndex:
        """The grouping without the dependencies that a path of two or more
        hops implies (``indirect``: :func:`indirect_reach` of its
        successors). A group waits for a dependency's ``.rmeta`` through
        the path too, and the longest chain behind a group is the same, so
        the schedule is the same with far fewer edges to simulate."""
        successors = tuple(
            frozenset([group for group in following if not indirect[index] >> group & 1])
            for index, following in enumerate(self.successors)
        )
        return GroupIndex(self.groups, self.mins, self.tokens, successors, self.root_alone)

    def predecessors(self) -> list[set[int]]:
        result: list[set[int]] = [set() for _ in self.groups]
        for index, following in enumerate(self.successors):
            for dependency in following:
                result[dependency].add(index)
        return result

    def merge(self, first: int, second: int) -> GroupIndex:
        """The grouping with groups ``first`` and ``second`` made one, in
        time linear in the groups and their dependencies."""
        pair = (first, second)
        union_min = min(self.mins[first], self.mins[second])
        # Old positions in the new order (``-1`` for the merged group): the
        # groups are ordered by their smallest unit, and so is the merged one.
        order = [index for index in range(len(self.groups)) if index not in pair]
        order.insert(bisect.bisect_left([self.mins[index] for index in order], union_min), -1)
        position = [0] * len(self.groups)
        for new, old in enumerate(order):
            if old >= 0:
                position[old] = new
        here = position[first] = position[second] = order.index(-1)
        successors = [
            frozenset([position[d] for d in self.successors[old]])
            if old >= 0
            else frozenset([position[d] for d in self.successors[first] | self.successors[second]]) - {here}
            for old in order
        ]
        root = None if self.root_alone is None or self.root_alone in pair else position[self.root_alone]
        return GroupIndex(
            groups=tuple(self.groups[first] | self.groups[second] if old < 0 else self.groups[old] for old in order),
            mins=tuple(union_min if old < 0 else self.mins[old] for old in order),
            tokens=tuple(self.tokens[first] + self.tokens[second] if old < 0 else self.tokens[old] for old in order),
            successors=tuple(successors),
            root_alone=root,
        )


def index_groups(split: UnitSplit, groups: list[frozenset[int]], root: int | None) -> GroupIndex:
    """Index ``groups`` (sorted by smallest unit); ``root`` is the unit of
    the crate root's own items when they may stay in the facade."""
    owner = {unit: index for index, group in enumerate(groups) for unit in group}
    successors: list[set[int]] = [set() for _ in groups]
    for unit in split.units:
        mine = owner[unit.id]
        for dependency in unit.depends_on:
            theirs = owner[dependency]
            if theirs != mine:
                successors[mine].add(theirs)
    alone = frozenset({root}) if root is not None else None
    return GroupIndex(
        groups=tuple(groups),
        mins=tuple(min(group) for group in groups),
        tokens=tuple(sum(split.units[u].tokens for u in group) for group in groups),
        successors=tuple(frozenset(s) for s in successors),
        root_alone=next((index for index, group in enumerate(groups) if group == alone), None),
    )


def dependents_first(successors: tuple[frozenset[int], ...]) -> list[int]:
    """The nodes of an acyclic graph, each before its successors (Kahn's
    algorithm from the sources, in the order of the nodes).

    Raises:
        ValueError: the graph has a cycle.
    """
    count = len(successors)
    waiting = [0] * count
    for targets in successors:
        for target in targets:
            waiting[target] += 1
    order = [node for node in range(count) if waiting[node] == 0]
    for node in order:
        for following in successors[node]:
            waiting[following] -= 1
            if waiting[following] == 0:
                order.append(following)
    if len(order) != count:
        raise ValueError("the group graph has a cycle")
    return order


def reach_bits(successors: tuple[frozenset[int], ...]) -> list[int]:
    """For each node of an acyclic graph, the nodes a path of one or more
    hops reaches from it, as a bit set (bit ``n`` for node ``n``).

    Raises:
        ValueError: the graph has a cycle.
    """
    reach = [0] * len(successors)
    for node in reversed(dependents_first(successors)):
        bits = 0
        for following in successors[node]:
            bits |= reach[following] | 1 << following
        reach[node] = bits
    return reach


def indirect_reach(successors: tuple[frozenset[int], ...], reach: list[int] | None = None) -> list[int]:
    """For each node of an acyclic graph, the nodes a path of two or more
    hops reaches from it, as a bit set; ``reach``, when given, is
    :func:`reach_bits` of the same graph."""
    if reach is None:
        reach = reach_bits(successors)
    indirect = [0] * len(successors)
    for node, following in enumerate(successors):
        for target in following:
            indirect[node] |= reach[target]
    return indirect


def bit_positions(value: int) -> list[int]:
    """The positions of the bits set in ``value``, lowest first."""
    found = []
    while value:
        low = value & -value
        found.append(low.bit_length() - 1)
        value ^= low
    return found
