"""The item graph: our own small API over a networkx ``DiGraph``.

Nodes are ``ItemId``s; an edge ``a -> b`` means item ``a`` needs item ``b``
(a reference or a rule). Every edge keeps the reasons that created it so a
chain can be explained hop by hop. Nothing outside this module touches
networkx graphs directly.

Invariant: every query returns sorted tuples or frozensets, so results do
not depend on insertion order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import total_ordering

import networkx as nx

from crate_split.model import ItemId, Span
from crate_split.model.items import RefKind


@total_ordering
@dataclass(frozen=True, slots=True)
class EdgeKind:
    """What an edge stands for: a kind of reference the code writes, or a
    Rust rule that ties two items together. Exactly one of the two is set.

    Written as the reference kind's value (``use``, ``path``, ...) or as
    ``rule:<name>``, in reports and JSON; ordered as written.
    """

    reference: RefKind | None = None
    #: The rule's name: a constraint kind such as ``orphan-rule``.
    rule: str | None = None

    def __post_init__(self) -> None:
        if (self.reference is None) == (self.rule is None):
            raise ValueError("an edge kind is either a reference kind or a rule")

    @classmethod
    def of_rule(cls, name: str) -> EdgeKind:
        return cls(rule=name)

    @property
    def is_rule(self) -> bool:
        return self.rule is not None

    def __str__(self) -> str:
        if self.rule is not None:
            return f"rule:{self.rule}"
        assert self.reference is not None
        return self.reference.value

    def __lt__(self, other: EdgeKind) -> bool:
        return str(self) < str(other)


@dataclass(frozen=True, slots=True, order=True)
class EdgeReason:
    """Why one item depends on another."""

    kind: EdgeKind
    span: Span | None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Component:
    """One strongly connected component, numbered canonically."""

    id: int
    members: tuple[ItemId, ...]


@dataclass(frozen=True, slots=True)
class Condensation:
    """The DAG of strongly connected components."""

    components: tuple[Component, ...]
    #: ``(dependent, dependency)`` pairs of component ids, sorted.
    edges: tuple[tuple[int, int], ...]
    mapping: dict[ItemId, int]


class ItemGraph:
    """A directed graph of items with explained edges."""

    def __init__(self) -> None:
        self._graph = nx.DiGraph()
        #: ``edges()``, sorted once and kept until the graph changes.
        self._sorted_edges: tuple[tuple[ItemId, ItemId], ...] | None = None

    def add_item(self, item: ItemId) -> None:
        self._graph.add_node(item)

    def add_dependency(self, *, dependent: ItemId, dependency: ItemId, reason: EdgeReason) -> None:
        """Add ``dependent -> dependency``; repeated edges accumulate reasons."""
        if dependent == dependency:
            return
        data = self._graph.get_edge_data(dependent, dependency)
        if data is None:
            self._sorted_edges = None
            self._graph.add_edge(dependent, dependency, reasons=[reason])
        elif reason not in data["reasons"]:
            data["reasons"].append(reason)

    def add_dependencies(
        self, edges: Mapping[tuple[ItemId, ItemId], list[EdgeReason]], *, distinct: bool = False
    ) -> None:
        """Add many edges at once, each with its reasons (duplicates dropped;
        ``distinct``: the caller guarantees each edge's reasons are distinct)."""
        self._sorted_edges = None
        if self._graph.number_of_edges() == 0:
            # A graph of items only (the analysis builds it so): every edge is new.
            self._graph.add_edges_from(
                (
                    dependent,
                    dependency,
                    {"reasons": list(dict.fromkeys(reasons)) if len(reasons) > 1 and not distinct else list(reasons)},
                )
                for (dependent, dependency), reasons in edges.items()
                if dependent != dependency
            )
            return
        for (dependent, dependency), reasons in edges.items():
            if dependent == dependency:
                continue
            data = self._graph.get_edge_data(dependent, dependency)
            unique = list(dict.fromkeys(reasons))
            if data is None:
                self._graph.add_edge(dependent, dependency, reasons=unique)
            else:
                data["reasons"].extend(r for r in unique if r not in data["reasons"])

    @property
    def items(self) -> tuple[ItemId, ...]:
        return tuple(sorted(self._graph.nodes))

    def __contains__(self, item: ItemId) -> bool:
        return item in self._graph

    def __len__(self) -> int:
        return self._graph.number_of_nodes()

    def edge_count(self) -> int:
        return self._graph.number_of_edges()

    def edges(self) -> tuple[tuple[ItemId, ItemId], ...]:
        if self._sorted_edges is None:
            keys = {item: item.sort_key() for item in self._graph.nodes}
            self._sorted_edges = tuple(sorted(self._graph.edges, key=lambda edge: (keys[edge[0]], keys[edge[1]])))
        return self._sorted_edges

    def reasons(self, dependent: ItemId, dependency: ItemId) -> tuple[EdgeReason, ...]:
        data = self._graph.get_edge_data(dependent, dependency)
        return tuple(sorted(data["reasons"], key=_reason_key)) if data else ()

    def find_dependencies_of(self, item: ItemId) -> frozenset[ItemId]:
        return frozenset(self._graph.successors(item))

    def find_dependents_of(self, item: ItemId) -> frozenset[ItemId]:
        return frozenset(self._graph.predecessors(item))

    def chain_exists(self, *, dependent: ItemId, dependency: ItemId) -> bool:
        return nx.has_path(self._graph, dependent, dependency)

    def find_shortest_chain(self, *, dependent: ItemId, dependency: ItemId) -> tuple[ItemId, ...] | None:
        """Return the shortest path of items from ``dependent`` to ``dependency``."""
        try:
            return tuple(nx.shortest_path(self._graph, dependent, dependency))
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            return None

    def subgraph(self, keep: Iterable[ItemId]) -> ItemGraph:
        """Return a copy restricted to ``keep`` (edges between kept items only)."""
        copy = ItemGraph()
        copy._graph = self._graph.subgraph(keep).copy()
        for _dependent, _dependency, data in copy._graph.edges(data=True):
            # Each copy owns its reason lists, so adding to it leaves us alone.
            data["reasons"] = list(data["reasons"])
        return copy

    def without_edges(self, drop_kinds: frozenset[EdgeKind]) -> ItemGraph:
        """Return a copy keeping only edges with a reason whose kind is not in ``drop_kinds``."""
        copy = ItemGraph()
        copy._graph.add_nodes_from(self._graph.nodes)
        for dependent, dependency, data in self._graph.edges(data=True):
            kept = [r for r in data["reasons"] if r.kind not in drop_kinds]
            if kept:
                copy._graph.add_edge(dependent, dependency, reasons=kept)
        return copy

    def without_dependencies_on(self, items: Iterable[ItemId]) -> ItemGraph:
        """Return a copy without the edges that lead to ``items``."""
        dropped = frozenset(items)
        copy = ItemGraph()
        copy._graph.add_nodes_from(self._graph.nodes)
        copy._graph.add_edges_from(
            (dependent, dependency, data)
            for dependent, dependency, data in self._graph.edges(data=True)
            if dependency not in dropped
        )
        return copy

    def condense(self) -> Condensation:
        """Return the SCC condensation, components numbered by smallest member."""
        components = [tuple(sorted(c)) for c in nx.strongly_connected_components(self._graph)]
        components.sort(key=lambda members: members[0].sort_key())
        mapping = {item: index for index, members in enumerate(components) for item in members}
        edges = sorted({(mapping[a], mapping[b]) for a, b in self._graph.edges if mapping[a] != mapping[b]})
        return Condensation(
            components=tuple(Component(index, members) for index, members in enumerate(components)),
            edges=tuple(edges),
            mapping=mapping,
        )

    def find_cycles(self) -> tuple[tuple[ItemId, ...], ...]:
        """Return the non-trivial strongly connected components, sorted."""
        return tuple(c.members for c in self.condense().components if len(c.members) > 1)


def _reason_key(reason: EdgeReason) -> tuple:
    span = reason.span
    return (str(reason.kind), span.file if span else "", span.start if span else -1, reason.detail)
