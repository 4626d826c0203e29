"""Which modules a member's code can name, so that it mirrors only those.

Every member sees the original module tree: a module it does not own is
an overlay of globs of its dependencies' parts (:mod:`overlay`). A member
needs such an overlay only where a path can pass through it:

- its own code names the module: a path segment (``a::`` or ``::a``) in
  an item it holds or in a ``use`` item of a module it owns, or in any
  ``macro_rules!`` body the crate calls, directly or through another
  macro (a macro expands where it is called, and its ``crate::a`` paths
  resolve there; ``$crate::a`` ones do not);
- a member that depends on it directly shows that module (owned or as an
  overlay) and reaches a part of it through this crate: a part owned by
  a crate below this one that the member does not depend on directly,
  and this crate is the first (by name) of the member's dependencies
  with that owner below (the member's parts glob this crate's part,
  ``dep::a::*``, and the parts of the owners it depends on directly);
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
from collections.abc import Callable, Iterable, Mapping
from graphlib import TopologicalSorter

from crate_split.analysis import CrateModel
from crate_split.model import ItemId, ItemKind, ModulePath

_SEGMENT_BEFORE = re.compile(rb"(?<![\w.])(?:r#)?([A-Za-z_][A-Za-z0-9_]*)\s*::")
_SEGMENT_AFTER = re.compile(rb"::\s*(?:r#)?([A-Za-z_][A-Za-z0-9_]*)")
#: ``$crate::a::b``: resolved in the macro's own crate, wherever it expands.
_DOLLAR_CRATE_PATH = re.compile(rb"\$crate(?:\s*::\s*(?:r#)?[A-Za-z_][A-Za-z0-9_]*)*")
_MACRO_CALL = re.compile(rb"(?<![\w$])(?:r#)?([A-Za-z_][A-Za-z0-9_]*)\s*!\s*[(\[{]")
_WORD = re.compile(rb"(?:r#)?([A-Za-z_][A-Za-z0-9_]*)")
_IMPORT_KINDS = (ItemKind.USE, ItemKind.EXTERN_CRATE)


def path_segments(text: bytes) -> set[str]:
    """Names that stand as a path segment in ``text`` (``a`` in ``a::b`` and ``b``)."""
    found = {m.group(1) for m in _SEGMENT_BEFORE.finditer(text)}
    found |= {m.group(1) for m in _SEGMENT_AFTER.finditer(text)}
    return {name.decode("ascii") for name in found}


def _calls(text: bytes) -> set[str]:
    """Names of the macros ``text`` calls (``name!(``, ``name! {``)."""
    return {m.group(1).decode("ascii") for m in _MACRO_CALL.finditer(text)}


def needed_modules(
    model: CrateModel,
    crate_of: Mapping[ItemId, str],
    own_modules: Mapping[str, frozenset[ModulePath]],
    member_deps: Mapping[str, Iterable[str]],
    read: Callable[[str], bytes],
    *,
    left_out: Mapping[str, frozenset[ItemId]] | None = None,
    also_holds: Mapping[str, frozenset[ItemId]] | None = None,
) -> dict[str, frozenset[ModulePath]]:
    """The modules each member must show, owned or as an overlay.

    Args:
        model: the analysed crate.
        crate_of: the crate of every item.
        own_modules: the modules each member holds a part of.
        member_deps: each member's direct member dependencies.
        read: reads an original file by its package-relative path.
        left_out: ``use`` items each crate leaves out; they name nothing.
        also_holds: ``use`` items a crate writes outside its own modules
            (the facade's repeated re-exports); they name what they name.

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

    macro_words: dict[str, set[str]] = {}
    macro_calls: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {crate: set() for crate in own_modules}
    called: dict[str, set[str]] = {crate: set() for crate in own_modules}
    for item_id in model.items:
        if item_id.kind is ItemKind.MODULE:
            continue
        text = text_of(item_id)
        if item_id.kind is ItemKind.MACRO:
            name = item_id.base_name
            macro_words.setdefault(name, set()).update(path_segments(_DOLLAR_CRATE_PATH.sub(b"$crate", text)))
            macro_calls.setdefault(name, set()).update(_calls(text))
            continue
        holders = [crate_of[item_id]] if item_id in crate_of else []
        if item_id.kind in _IMPORT_KINDS:
            holders += [
                crate
                for crate, own in own_modules.items()
                if item_id.module in own or item_id in (also_holds or {}).get(crate, ())
            ]
        holders = [crate for crate in holders if crate in named and item_id not in (left_out or {}).get(crate, ())]
        if not holders:
            continue
        words = (
            {m.group(1).decode("ascii") for m in _WORD.finditer(text)}
            if item_id.kind in _IMPORT_KINDS
            else path_segments(text)
        )
        calls = _calls(text)
        for crate in holders:
            named[crate] |= words
            called[crate] |= calls
    for crate, calls in called.items():
        # Macros expand where they are called, and so do the macros they call.
        pending = list(calls)
        while pending:
            name = pending.pop()
            named[crate] |= macro_words.get(name, set())
            fresh = macro_calls.get(name, set()) - calls
            calls |= fresh
            pending.extend(fresh)
    direct = {crate: frozenset(member_deps.get(crate, ())) for crate in own_modules}
    dependents: dict[str, list[str]] = {crate: [] for crate in own_modules}
    for crate, dependencies in direct.items():
        for dependency in dependencies:
            dependents.setdefault(dependency, []).append(crate)
    below: dict[str, frozenset[str]] = {}
    # Dependencies first, for the transitive dependencies of each crate.
    for crate in TopologicalSorter({c: direct.get(c, ()) for c in dependents}).static_order():
        below[crate] = frozenset(direct.get(crate, ())).union(
            *(below.get(d, frozenset()) for d in direct.get(crate, ()))
        )
    owners: dict[ModulePath, set[str]] = {}
    for crate, modules in own_modules.items():
        for module in modules:
            owners.setdefault(module, set()).add(crate)
    needed: dict[str, frozenset[ModulePath]] = {}
    # Dependents first: a crate passes on what the members depending on it
    # show and reach only through it.
    for crate in TopologicalSorter(dependents).static_order():
        if crate not in named:
            continue
        words = named[crate]
        found = set(own_modules[crate])
        # A path reaches a module from its parent: by name, or from
        # inside the parent (``self::a``, ``super::a``, a glob of it).
        for path in sorted(model.modules, key=len):
            if path and path[-1] in words and path[:-1] in found:
                found.add(path)
        for dependent in dependents.get(crate, ()):
            for module in needed.get(dependent, frozenset()):
                # The dependent globs each owner it depends on directly; an
                # owner further down comes to it through one of its direct
                # dependencies: the first, by name, that has it below.
                for owner in owners.get(module, ()):
                    if owner in direct[dependent]:
                        continue
                    passer = min((d for d in direct[dependent] if owner in below[d]), default=None)
                    if passer == crate:
                        found.add(module)
        needed[crate] = frozenset(path[:depth] for path in found for depth in range(len(path) + 1))
    _show_ambiguous(model, needed, direct, owners, below)
    return needed


def _show_ambiguous(
    model: CrateModel,
    needed: dict[str, frozenset[ModulePath]],
    direct: Mapping[str, frozenset[str]],
    owners: Mapping[ModulePath, set[str]],
    below: Mapping[str, frozenset[str]],
) -> None:
    """Add to ``needed`` each module that two direct dependencies of a
    crate show where the crate shows its parent: the globs of the parent
    (``pub use a::*; pub use b::*;``) would bring two modules of one name,
    ambiguous (``ambiguous_glob_reexports``) and unusable; an overlay of its
    own globs both. Dependencies first, so theirs are known."""

    def shows(crate: str, module: ModulePath) -> bool:
        holders = owners.get(module, set())
        return module in needed.get(crate, ()) and (crate in holders or bool(holders & below.get(crate, frozenset())))

    for crate in TopologicalSorter({c: direct.get(c, ()) for c in needed}).static_order():
        if crate not in needed:
            continue
        found = set(needed[crate])
        for path in sorted(model.modules, key=len):
            module = model.modules[path]
            if not path or path in found or path[:-1] not in found or module.macro_call is not None:
                continue
            if model.in_test_module(path) or model.in_replicated_module(path):
                continue
            if sum(shows(dependency, path) for dependency in direct.get(crate, ())) >= 2:
                found.add(path)
        needed[crate] = frozenset(found)


def facade_reach(
    model: CrateModel,
    crate_of: Mapping[ItemId, str],
    facade: str,
    own_modules: frozenset[ModulePath],
    read: Callable[[str], bytes],
    reexport_texts: Mapping[ItemId, str],
    members_keep: frozenset[ItemId],
) -> frozenset[ModulePath]:
    """The modules the facade shows: the public ones (its API) and those
    its own code names, the re-exports its overlays repeat included (``pub
    use crate::keys::Keys;`` in a public module whose member copies do not
    keep it passes through the private ``keys``, which must then glob the
    members' ``keys``); a private module nothing names needs no overlay.

    Args:
        own_modules: the modules the facade holds a part of.
        reexport_texts: every ``pub`` or ``pub(..)`` ``use`` item outside
            the crate root and test modules.
        members_keep: those the members' own modules keep (the facade
            globs them instead of repeating them).
    """
    public = frozenset(
        path
        for path in model.modules
        if all(model.modules[path[:depth]].visibility == "pub" for depth in range(1, len(path) + 1))
    )
    repeated = frozenset(
        item
        for item in reexport_texts
        if item.module not in own_modules and item not in members_keep and model.items[item].visibility == "pub"
    )
    named = needed_modules(model, crate_of, {facade: own_modules}, {}, read, also_holds={facade: repeated})
    return named[facade] | public
