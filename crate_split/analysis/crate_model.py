"""``CrateModel``: everything the analysis learnt about one crate.

It is the analysis stage's single output value, read by the splitter and by
the report. It holds no syntax trees.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from crate_split.analysis.item_graph import ItemGraph
from crate_split.analysis.manifest import Manifest
from crate_split.model import Diagnostic, ItemId, ModulePath
from crate_split.model.items import (
    DocTest,
    ImplFacts,
    Include,
    Item,
    Module,
    Observation,
    Reference,
    SourceFact,
    test_only_modules,
    within_test_module,
)


@dataclass(frozen=True, slots=True)
class ResolutionStats:
    """How well path references were resolved."""

    local: int
    external: int
    unresolved: int
    #: Paths found inside macro token trees that resolved to local items.
    in_macro_tokens: int
    #: Method calls and field accesses, linked by name.
    member_accesses: int

    @property
    def total(self) -> int:
        return self.local + self.external + self.unresolved

    @property
    def resolved_ratio(self) -> float:
        return 1.0 if self.total == 0 else (self.local + self.external) / self.total


@dataclass(frozen=True, slots=True)
class CrateModel:
    """The analysed crate."""

    manifest: Manifest
    #: The crate root file the analysis started from.
    root_file: str
    modules: Mapping[ModulePath, Module]
    items: Mapping[ItemId, Item]
    references: tuple[Reference, ...]
    item_graph: ItemGraph
    diagnostics: tuple[Diagnostic, ...]
    stats: ResolutionStats
    #: Files read as part of the crate (module files and included files).
    files: tuple[str, ...]
    lines: int
    syntax_errors: int
    crate_attributes: tuple[str, ...]
    #: Orphan-rule facts of every impl block.
    impls: Mapping[ItemId, ImplFacts]
    #: Every ``include!``/``include_str!``/``include_bytes!`` call of the
    #: crate's files, by file and offset.
    includes: tuple[Include, ...] = ()
    #: What the code of the crate's files asks of its build (custom cfg
    #: names, ``env!`` reads, macro calls in ``macro_rules!`` bodies), by
    #: file and offset.
    source_facts: tuple[SourceFact, ...] = ()
    #: ``.rs`` files under the crate root's directory that no module
    #: reaches (other targets' files left out): code the analysis did not
    #: see, e.g. modules declared by macros it cannot read.
    unreached_files: tuple[str, ...] = ()
    #: Places where code observes the crate it is compiled in
    #: (``module_path!``, ``file!``, package variables, ``type_name``).
    observations: tuple[Observation, ...] = ()
    #: Doc tests that name items of the crate by its name, with those items.
    doc_tests: tuple[DocTest, ...] = ()
    #: Modules that only re-export other crates (see ``replicated``): every
    #: crate of a split gets its own copy, none owns them.
    replicated_modules: frozenset[ModulePath] = frozenset()

    def items_by_kind(self) -> dict[str, int]:
        counts = Counter(item_id.kind.value for item_id in self.items)
        return dict(sorted(counts.items()))

    def unresolved(self) -> tuple[Reference, ...]:
        return tuple(r for r in self.references if r.kind.is_path and not r.is_resolved)

    def is_replicated(self, item: ItemId) -> bool:
        """True for items of a replicated module, and for its ``mod`` item."""
        return self.in_replicated_module(self.module_of(item))

    def in_replicated_module(self, module: ModulePath) -> bool:
        """True for a replicated module and the modules inside it."""
        return any(module[: len(path)] == path for path in self.replicated_modules)

    def in_test_module(self, module: ModulePath) -> bool:
        """True for a ``#[cfg(test)]`` module and the modules inside it."""
        return within_test_module(self.modules, module)

    def test_modules(self) -> frozenset[ModulePath]:
        """The ``#[cfg(test)]`` modules (the modules inside them not listed)."""
        return test_only_modules(self.modules)

    def macro_alternatives(self) -> dict[ItemId, tuple[ItemId, ...]]:
        """Each ``macro_rules!`` with the macros that are one macro with it
        under other ``#[cfg]``s: its module's macros of its name, when each
        has a ``cfg`` (``#[cfg(x)] macro_rules! m`` and ``#[cfg(not(x))]
        macro_rules! m``). A build compiles one of them, so each may be
        exported under the name. A macro without alternatives maps to
        itself alone.
        """
        from crate_split.model import ItemKind

        by_name: dict[tuple[ModulePath, str], list[ItemId]] = {}
        for item in self.items:
            if item.kind is ItemKind.MACRO:
                by_name.setdefault((item.module, item.base_name), []).append(item)
        groups: dict[ItemId, tuple[ItemId, ...]] = {}
        for same in by_name.values():
            alternatives = len(same) > 1 and all(self.items[other].cfg for other in same)
            for macro in same:
                groups[macro] = tuple(sorted(same, key=ItemId.sort_key)) if alternatives else (macro,)
        return groups

    def module_of(self, item: ItemId) -> ModulePath:
        """Return the module an item belongs to: a module item belongs to
        itself, unless its file was not found (a ``#[cfg]``'d ``mod x;``
        whose file exists only on another platform): then it is a line of
        its parent, like any other item."""
        from crate_split.model import ItemKind

        if item.kind is ItemKind.MODULE:
            own = (*item.module, item.base_name) if item.name else ()
            return own if own in self.modules else item.module
        return item.module
