"""Which member crates to merge when targeted repairs are not enough.

The repair loop first tries what the errors ask for: a widening, or a merge
of the crates an error names. When a round would change nothing (no new
repair applies, or the same problem comes back), it escalates: it merges
the crates the problem involves with their neighbours, then with every
crate on a path to or from them, then every member into one. This module
chooses the group for one escalation from the member crate graph; it
knows nothing of rustc, tests or plans.

Invariant: a group returned holds at least two member crates, so every
escalation leaves one member fewer at least, and a loop that escalates
each time it is stuck ends within as many rounds as there are members.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx


class Reach(enum.IntEnum):
    """How far an escalation reaches from the crates a problem involves."""

    #: The crates with their direct member dependencies and dependents.
    NEIGHBOURS = 1
    #: The crates with every member they reach or are reached from.
    PATHS = 2
    #: Every member crate.
    ALL = 3

    def describe(self) -> str:
        return {
            Reach.NEIGHBOURS: "with its member dependencies and dependents",
            Reach.PATHS: "with every member crate on a path to or from it",
            Reach.ALL: "all member crates into one",
        }[self]


@dataclass(frozen=True, slots=True)
class MergeGroup:
    """Member crates to merge, and how far the escalation had to reach."""

    crates: frozenset[str]
    reach: Reach


def escalate(member_deps: Mapping[str, tuple[str, ...]], involved: frozenset[str], reach: Reach) -> MergeGroup | None:
    """Choose the members to merge for a problem that targeted repairs did not fix.

    Tries ``reach`` and, when that group would not merge two members (a
    crate with no member neighbours), each wider reach in turn.

    Args:
        member_deps: each member crate's direct member dependencies.
        involved: the crates the problem involves. A name that is not a
            member (the facade, an unknown package) counts as depending on
            every member, as the facade does; an empty set involves all.
        reach: the narrowest reach to try.

    Returns:
        The group, or ``None`` when fewer than two members are left: there
        is nothing left to merge.
    """
    members = frozenset(member_deps)
    if len(members) < 2:
        return None
    graph = nx.DiGraph()
    graph.add_nodes_from(members)
    graph.add_edges_from(
        (crate, dependency) for crate, deps in member_deps.items() for dependency in deps if dependency in members
    )
    seeds = involved & members
    outside = bool(involved - members) or not involved
    for level in Reach:
        if level < reach:
            continue
        group = members if level is Reach.ALL else _reach(graph, seeds, outside, level)
        if len(group) >= 2:
            return MergeGroup(frozenset(group), level)
    raise AssertionError("merging every member of two or more always merges")


def _reach(graph: nx.DiGraph, seeds: frozenset[str], outside: bool, level: Reach) -> set[str]:
    # A crate outside the members (the facade) depends on every member directly.
    group = set(graph.nodes) if outside else set(seeds)
    for seed in seeds:
        if level is Reach.NEIGHBOURS:
            group |= set(graph.successors(seed)) | set(graph.predecessors(seed))
        else:
            group |= nx.descendants(graph, seed) | nx.ancestors(graph, seed)
    return group
