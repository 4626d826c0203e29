"""What the facade must keep: code that observes where it is compiled, and
everything that has to stay with it.

The facade keeps the original package's name, directory and file paths,
so ``module_path!``, ``file!``, cargo's package variables and
``type_name`` give the original values there and only there. The
``observes-place`` rule of :mod:`constraints` names the items that
observe (``observes-caller-types`` is reported, not enforced); kept with
them are:

- the local types named in an observing ``type_name::<..>``;
- everything that depends on a kept item, since members cannot depend on
  the facade;
- a ``mod`` item whose module keeps nothing outside the facade.

Invariant: the kept set is closed under dependents in the graph it was
computed on, so a plan that leaves it in the facade has no member that
needs the facade.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.model import ItemId
from crate_split.splitter.constraints import Constraint, observation_constraints


@dataclass(frozen=True, slots=True)
class FacadeKeeping:
    """Items that stay in the facade whatever the split, and why."""

    #: Items a rule names (observers, observed types), with that rule.
    seeds: Mapping[ItemId, Constraint]
    #: The seeds and everything that must stay with them.
    kept: frozenset[ItemId]


NOTHING_KEPT = FacadeKeeping({}, frozenset())


def keep_in_facade(model: CrateModel, graph: ItemGraph) -> FacadeKeeping:
    """Work out the items the facade keeps.

    Args:
        model: the analysed crate.
        graph: the item graph the plan is made on (references and hard
            rules); dependents are followed in it.

    Returns:
        The items and the rules that keep them.
    """
    constraints = [c for c in observation_constraints(model) if c.kind.keeps_in_facade]
    if not constraints:
        return NOTHING_KEPT
    seeds: dict[ItemId, Constraint] = {}
    for constraint in constraints:
        for item in constraint.items:
            if item in graph:
                seeds.setdefault(item, constraint)
    kept = _dependents_closure(graph, seeds)
    while True:
        # A `mod` item joins when its module keeps nothing elsewhere; what
        # depends on it (a `use` of the module) joins with it.
        grown = _dependents_closure(graph, _with_empty_modules(model, kept))
        if grown == kept:
            break
        kept = grown
    return FacadeKeeping(dict(sorted(seeds.items(), key=lambda pair: pair[0].sort_key())), frozenset(kept))


def _dependents_closure(graph: ItemGraph, start: Iterable[ItemId]) -> set[ItemId]:
    found = set(start)
    queue = deque(found)
    while queue:
        for dependent in graph.find_dependents_of(queue.popleft()):
            if dependent not in found:
                found.add(dependent)
                queue.append(dependent)
    return found


def _with_empty_modules(model: CrateModel, kept: set[ItemId]) -> set[ItemId]:
    """``kept`` plus the ``mod`` items of modules whose items are all kept
    (deepest first, so a parent sees its children's ``mod`` items kept)."""
    by_module: dict[tuple[str, ...], list[ItemId]] = {}
    for item in model.items:
        by_module.setdefault(item.module, []).append(item)
    result = set(kept)
    for path in sorted(model.modules, key=len, reverse=True):
        module = model.modules[path]
        if not path or module.item_id not in model.items or module.item_id in result:
            continue
        contents = by_module.get(path, [])
        if contents and all(item in result for item in contents):
            result.add(module.item_id)
    return result
