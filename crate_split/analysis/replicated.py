"""Modules that only re-export other crates, and so belong to every crate.

Crates such as serde keep a private module that re-exports std, core and
alloc for the whole crate (``mod lib { pub use std::{fmt, vec}; }``, often
with an inner ``mod core { pub use std::*; }``) and write
``crate::lib::fmt::Display`` everywhere. Such a module owns nothing: each
of its paths leads out of the crate. Giving it to one member crate would
leave every other member without ``crate::lib``; the right split copies it
into each crate, and the planner ignores it.

This module finds them; it does not decide where copies go (the rewrite
does) and does not look at modules that re-export the crate's own items.

Invariant: a replicated module holds only ``use`` items, ``extern crate``
items and replicated child modules, and every path its ``use`` items name
resolves to another crate or into the module itself.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator, Mapping

from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.model.items import Module, Reference, within_test_module


def find_replicated_modules(
    modules: Mapping[ModulePath, Module],
    items: Iterable[ItemId],
    references: Iterable[Reference],
    crate_name: str,
) -> frozenset[ModulePath]:
    """The outermost modules that only re-export other crates.

    Args:
        modules: the module tree.
        items: every item of the crate.
        references: every reference of the crate.
        crate_name: the crate's own name (a path through it is not external).

    Returns:
        Module paths, never the root, never inside ``#[cfg(test)]``; the
        children of a returned module are not listed again.
    """
    imports_of: dict[ItemId, list[Reference]] = {}
    for reference in references:
        imports_of.setdefault(reference.source, []).append(reference)
    contents: dict[ModulePath, list[ItemId]] = {}
    for item in items:
        contents.setdefault(item.module, []).append(item)

    # Sorted paths put each module's subtree right after it: found by bisection,
    # not by a scan of every module (whether a subtree only re-exports does
    # not depend on the order its modules are looked at).
    ordered = sorted(modules)

    def subtree_of(root: ModulePath) -> Iterator[ModulePath]:
        for path in itertools.islice(ordered, bisect.bisect_left(ordered, root), None):
            if path[: len(root)] != root:
                return
            yield path

    def only_reexports(root: ModulePath) -> bool:
        subtree = subtree_of(root)
        has_use = False
        for path in subtree:
            if modules[path].is_test_only:
                return False
            for item in contents.get(path, ()):
                if item.kind is ItemKind.MODULE:
                    continue
                if item.kind not in (ItemKind.USE, ItemKind.EXTERN_CRATE):
                    return False
                has_use = True
                for reference in imports_of.get(item, ()):
                    if not _leads_out_or_inside(reference, root, crate_name):
                        return False
        return has_use

    found: set[ModulePath] = set()
    for path in sorted(modules, key=len):
        if not path or any(path[: len(outer)] == outer for outer in found):
            continue
        if within_test_module(modules, path):
            continue
        if only_reexports(path):
            found.add(path)
    return frozenset(found)


def _leads_out_or_inside(reference: Reference, root: ModulePath, crate_name: str) -> bool:
    """A path to another crate, or to a module inside ``root``."""
    if reference.target is not None:
        target = reference.target
        if target.kind is not ItemKind.MODULE:
            return False
        module = (*target.module, target.name) if target.name else ()
        return module[: len(root)] == root
    return reference.external is not None and reference.external != crate_name
