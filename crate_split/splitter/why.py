"""``why A B``: the shortest chain of references and rules from A to B.

A and B are items (``a::b::Name``, ``a::impl Trait for T``) or modules
(``a::b`` or ``crate::a::b``). A module stands for every item in its
subtree. The answer says whether A depends on B, B on A, or both (then they
must share a crate), each hop with ``file:line``; and, for A or B that the
facade keeps whatever the split (:mod:`facade_rule`), the rule and the
chain that lead there.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from itertools import pairwise

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.errors import InvalidInput, ItemNotFound
from crate_split.model import ItemId, ItemKind
from crate_split.model.names import canonical_path_text, plain_name
from crate_split.splitter.constraints import Constraint
from crate_split.splitter.facade_rule import keep_in_facade
from crate_split.splitter.plan import Hop


@dataclass(frozen=True, slots=True)
class FacadeReason:
    """Why an item stays in the facade whatever the split."""

    #: The selector (A or B) the item answers for.
    selector: str
    item: ItemId
    #: From the item to the item a rule names (empty when the rule names it).
    chain: tuple[Hop, ...]
    #: The rule; ``None`` when the item is a ``mod`` item whose module
    #: keeps nothing outside the facade.
    rule: Constraint | None

    def render(self) -> str:
        if self.rule is None:
            return f"{self.item.qualified()} stays in the facade: every item of its module does"
        where = f" ({self.rule.span.location()})" if self.rule.span else ""
        return f"{self.item.qualified()} stays in the facade: {self.rule.reason}{where}"


@dataclass(frozen=True, slots=True)
class WhyAnswer:
    source: str
    target: str
    #: Chain from source to target (empty when there is none).
    forward: tuple[Hop, ...]
    #: Chain from target back to source (empty when there is none).
    backward: tuple[Hop, ...]
    #: For A and B (when the facade keeps them): why.
    in_facade: tuple[FacadeReason, ...] = ()

    @property
    def verdict(self) -> str:
        if self.forward and self.backward:
            return f"{self.source} and {self.target} depend on each other: they must share a crate"
        if self.forward:
            return f"{self.source} depends on {self.target}: its crate must depend on {self.target}'s"
        if self.backward:
            return f"{self.target} depends on {self.source}, not the other way round"
        return f"{self.source} and {self.target} do not depend on each other: they can be in separate crates"


def resolve_selector(model: CrateModel, text: str) -> frozenset[ItemId]:
    """Items named by ``text``: an item's qualified name or a module path.

    Raises:
        InvalidInput: ``text`` is empty.
        ItemNotFound: nothing matches.
    """
    name = text.strip()
    if not name:
        raise InvalidInput("an empty name", hint="name an item (a::b::Name) or a module (crate::a::b)")
    if name == "crate":
        return frozenset(model.items)
    if name.startswith("crate::"):
        name = name[len("crate::") :]
    name = canonical_path_text(name)
    by_name = [item for item in model.items if item.qualified() == name and item.kind is not ItemKind.MODULE]
    if by_name:
        return frozenset(by_name)
    path = tuple(plain_name(segment) for segment in name.split("::"))
    if path in model.modules:
        return frozenset(
            i
            for i in model.items
            if i.module[: len(path)] == path or (i.kind is ItemKind.MODULE and (*i.module, i.name)[: len(path)] == path)
        )
    # A bare item name is accepted when it is unique.
    matches = [item for item in model.items if item.name == plain_name(name)]
    if len(matches) == 1:
        return frozenset(matches)
    hint = None
    if matches:
        hint = "ambiguous; one of: " + ", ".join(sorted(m.qualified() for m in matches)[:8])
    raise ItemNotFound(f"no item or module named {text!r}", hint=hint)


def explain_why(model: CrateModel, graph: ItemGraph, source: str, target: str) -> WhyAnswer:
    """Find the shortest chains between what ``source`` and ``target`` name.

    Args:
        model: the analysed crate.
        graph: the strong item graph (references and hard rules).
        source: item or module selector.
        target: item or module selector.

    Returns:
        The chains both ways, each possibly empty.

    Raises:
        ItemNotFound: a selector matches nothing.
        InvalidInput: the selectors share an item (the same item twice, an
            item and its module, a module and its submodule).
    """
    sources = resolve_selector(model, source)
    targets = resolve_selector(model, target)
    _refuse_overlap(source, sources, target, targets)
    keeping = keep_in_facade(model, graph)
    reasons = []
    for selector, items in ((source, sources), (target, targets)):
        kept = sorted(items & keeping.kept, key=ItemId.sort_key)
        if not kept:
            continue
        chain = shortest_chain(graph, frozenset(kept[:1]), frozenset(keeping.seeds))
        seed = chain[-1].dependency if chain else kept[0]
        reasons.append(FacadeReason(selector, kept[0], tuple(chain), keeping.seeds.get(seed)))
    return WhyAnswer(
        canonical_path_text(source.strip()),
        canonical_path_text(target.strip()),
        tuple(shortest_chain(graph, sources, targets)),
        tuple(shortest_chain(graph, targets, sources)),
        tuple(reasons),
    )


def _refuse_overlap(source: str, sources: frozenset[ItemId], target: str, targets: frozenset[ItemId]) -> None:
    """A question about what ties A to B needs two things apart: an item and
    itself, or a module and what it holds, are tied by definition."""
    if not sources & targets:
        return
    if sources == targets:
        relation = "name the same thing"
    elif sources < targets:
        relation = f"overlap: {target} holds {source}"
    elif targets < sources:
        relation = f"overlap: {source} holds {target}"
    else:
        relation = "overlap"
    raise InvalidInput(
        f"{source} and {target} {relation}", hint="name two items, or two modules neither of which holds the other"
    )


def shortest_chain(graph: ItemGraph, sources: frozenset[ItemId], targets: frozenset[ItemId]) -> list[Hop]:
    """Breadth-first search from any source to any target; hops explained."""
    if sources & targets:
        return []
    parent: dict[ItemId, ItemId | None] = {}
    queue: deque[ItemId] = deque()
    for item in sorted(sources, key=ItemId.sort_key):
        if item in graph:
            parent[item] = None
            queue.append(item)
    found: ItemId | None = None
    while queue and found is None:
        current = queue.popleft()
        for nxt in sorted(graph.find_dependencies_of(current), key=ItemId.sort_key):
            if nxt in parent:
                continue
            parent[nxt] = current
            if nxt in targets:
                found = nxt
                break
            queue.append(nxt)
    if found is None:
        return []
    path = [found]
    while parent[path[-1]] is not None:
        path.append(parent[path[-1]])  # type: ignore[arg-type]
    path.reverse()
    hops = []
    for dependent, dependency in pairwise(path):
        reason = graph.reasons(dependent, dependency)[0]
        hops.append(Hop(dependent, dependency, reason.kind, reason.span, reason.detail))
    return hops
