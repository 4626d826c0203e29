"""The shortest cycle through a node: how every cycle is explained.

Module cycles, forced merges and rejected plans all show one cycle, hop by
hop; this is the one place that picks it (deterministically: successors in
sorted order, the first shortest way back wins).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

import networkx as nx

Node = TypeVar("Node", bound=Hashable)


def shortest_cycle(graph: nx.DiGraph, start: Node) -> list[tuple[Node, Node]]:
    """The hops of a shortest cycle through ``start``; empty when there is none."""
    if start not in graph:
        return []
    best: list[Node] | None = None
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
    return [(path[index], path[index + 1]) for index in range(len(path) - 1)]
