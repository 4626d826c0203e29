"""Dependencies before dependents: the order every walk over a crate graph takes.

Plans, layouts and the rewrite compute per-crate facts from the facts of
the crate's dependencies (transitive closures, the longest chain, what a
dependency already re-exports). A recursive memoised walk does that in a
few lines but fails on a chain of crates deeper than Python's recursion
limit; this walk keeps its own stack.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def dependencies_first(roots: Iterable[Node], dependencies: Callable[[Node], Iterable[Node]]) -> list[Node]:
    """Every node reachable from ``roots``, each after all its dependencies.

    The order is that of a depth-first walk from each root in turn, taking
    dependencies in the order given (the post-order a recursive walk would
    give). On a cycle, a node comes after those of its dependencies that
    are not its own ancestors in the walk.
    """
    order: list[Node] = []
    done: set[Node] = set()
    for root in roots:
        if root in done:
            continue
        stack = [(root, iter(dependencies(root)))]
        on_stack = {root}
        while stack:
            node, pending = stack[-1]
            for dependency in pending:
                if dependency not in done and dependency not in on_stack:
                    stack.append((dependency, iter(dependencies(dependency))))
                    on_stack.add(dependency)
                    break
            else:
                stack.pop()
                on_stack.discard(node)
                done.add(node)
                order.append(node)
    return order


def reach_counts(nodes: Iterable[Node], dependencies: Callable[[Node], Iterable[Node]]) -> dict[Node, int]:
    """How many nodes each of ``nodes`` depends on, directly or not (itself
    not counted): the crates whose metadata rustc loads for it. On a cycle,
    a node misses what it reaches only through its own ancestors."""
    reach: dict[Node, frozenset[Node]] = {}
    for node in dependencies_first(nodes, dependencies):
        below: set[Node] = set()
        for dependency in dependencies(node):
            below.add(dependency)
            below |= reach.get(dependency, frozenset())
        reach[node] = frozenset(below)
    return {node: len(reach[node]) for node in nodes}
