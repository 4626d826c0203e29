"""Which modules a member's code can name, so that it mirrors only those.

Every member sees the original module tree: a module it does not own is
an overlay of globs of its dependencies' parts (:mod:`overlay`). A member
needs such an overlay only where a path can pass through it:

- its own code names the module: a path segment (``a::`` or ``::a``) in
  an item it holds or in a ``use`` item of a module it owns, or in any
  ``macro_rules!`` body of the crate (a macro expands where it is called,
  and its ``crate::a`` paths resolve there);
- a member that depends on it directly has a part of that module or
  needs it: that member's parts glob this crate's part (``dep::a::*``);
- its parent module is needed too, by the two rules above; a module
  named by a segment counts only where its parent is owned or named
  (``crate::a::map`` passes through ``a``; ``map`` alone does not name
  ``a::map`` unless written inside ``a``).

The facade globs the members that own each module directly and needs no
overlay from them. What the words of the source show is a superset of
what the compiler resolves (a segment in a comment or a string counts):
a wrong answer keeps an overlay, never drops one a path goes through.
"""

from __future__ import annotations

import re
from graphlib import TopologicalSorter
from typing import Callable, Iterable, Mapping

from crate_split.analysis import CrateModel
from crate_split.model import ItemId, ItemKind, ModulePath

_SEGMENT_BEFORE = re.compile(rb"(?<![\w.])(?:r#)?([A-Za-z_][A-Za-z0-9_]*)\s*::")
_SEGMENT_AFTER = re.compile(rb"::\s*(?:r#)?([A-Za-z_][A-Za-z0-9_]*)")
_WORD = re.compile(rb"(?:r#)?([A-Za-z_][A-Za-z0-9_]*)")
_IMPORT_KINDS = (ItemKind.USE, ItemKind.EXTERN_CRATE)


def path_segments(text: bytes) -> set[str]:
    """Names that stand as a path segment in ``text`` (``a`` in ``a::b`` and ``b``)."""
    found = {m.group(1) for m in _SEGMENT_BEFORE.finditer(text)}
    found |= {m.group(1) for m in _SEGMENT_AFTER.finditer(text)}
    return {name.decode("ascii") for name in found}


def needed_modules(
    model: CrateModel,
    crate_of: Mapping[ItemId, str],
    own_modules: Mapping[str, frozenset[ModulePath]],
    member_deps: Mapping[str, Iterable[str]],
    read: Callable[[str], bytes],
) -> dict[str, frozenset[ModulePath]]:
    """The modules each member must show, owned or as an overlay.

    Args:
        model: the analysed crate.
        crate_of: the crate of every item.
        own_modules: the modules each member holds a part of.
        member_deps: each member's direct member dependencies.
        read: reads an original file by its package-relative path.

    Returns:
        For each member, a set closed under parents that contains its own
        modules and every module it or a dependent member may pass through.
    """
    sources: dict[str, bytes] = {}

    def text_of(item_id: ItemId) -> bytes:
        span = model.items[item_id].span
        if span.file not in sources:
            sources[span.file] = read(span.file)
        return sources[span.file][span.start : span.end]

    macro_words: set[str] = set()
    named: dict[str, set[str]] = {crate: set() for crate in own_modules}
    for item_id in model.items:
        if item_id.kind is ItemKind.MODULE:
            continue
        if item_id.kind is ItemKind.MACRO:
            macro_words |= path_segments(text_of(item_id))
            continue
        holders = [crate_of[item_id]] if item_id in crate_of else []
        if item_id.kind in _IMPORT_KINDS:
            holders += [crate for crate, own in own_modules.items() if item_id.module in own]
        holders = [crate for crate in holders if crate in named]
        if not holders:
            continue
        text = text_of(item_id)
        words = {m.group(1).decode("ascii") for m in _WORD.finditer(text)} if item_id.kind in _IMPORT_KINDS else path_segments(text)
        for crate in holders:
            named[crate] |= words
    dependents: dict[str, list[str]] = {crate: [] for crate in own_modules}
    for crate, dependencies in member_deps.items():
        for dependency in dependencies:
            dependents.setdefault(dependency, []).append(crate)
    needed: dict[str, frozenset[ModulePath]] = {}
    # Dependents first: a crate shows what the members depending on it show.
    for crate in TopologicalSorter(dependents).static_order():
        if crate not in named:
            continue
        words = named[crate] | macro_words
        found = set(own_modules[crate])
        # A path reaches a module from its parent: by name, or from
        # inside the parent (``self::a``, ``super::a``, a glob of it).
        for path in sorted(model.modules, key=len):
            if path and path[-1] in words and path[:-1] in found:
                found.add(path)
        for dependent in dependents.get(crate, ()):
            found |= needed.get(dependent, frozenset())
        needed[crate] = frozenset(path[:depth] for path in found for depth in range(len(path) + 1))
    return needed
