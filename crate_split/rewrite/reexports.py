"""Re-exports that a crate's stand-in modules repeat, and what each crate shows.

A crate that does not own a module shows it as an overlay of globs of its
dependencies' parts (:mod:`overlay`). The globs carry what those parts
hold; a re-export (``pub use ...``) may be in none of them: the planner
may move the ``use`` item, the module may hold nothing else (a
``prelude``), or its owner cannot resolve the target. The overlay then
repeats the re-export where this crate can resolve it, unless a
dependency shows it already; where it resolves only some of the paths a
``use`` names (a crate that holds part of what ``pub use a::{B, C};``
re-exports, below the crate that owns the ``use``), it repeats those. What is repeated, and where, is decided here;
the text goes in through :func:`crate_files.file_edit`.

Invariant: a crate repeats a re-export, or the part of it it reaches,
only when all the re-export names is public after the split and every name it goes through exists in the stand-in
(no child module that exists only under a ``cfg``, no glob whose names an
own item of the module shadowed in the original).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.model.items import Reference
from crate_split.rewrite.crate_files import CrateContext, can_export, providers_of, reachable, trimmed_use_text


def with_overlay_contents(
    ctx: CrateContext, reexport_texts: Mapping[ItemId, str], provided: frozenset[ItemId] = frozenset()
) -> CrateContext:
    """``ctx`` with the re-exports its overlay modules repeat, and its views.

    A re-export may sit in a module no dependency provides with it: the
    planner may move the ``use`` item, or the module holds nothing else (a
    ``prelude``), or its copy in the owner cannot resolve the target. Paths
    through it (``crate::prelude::Bolt``) still resolve wherever its target
    is reachable, because the overlay of the module repeats it there. The
    facade repeats every ``pub use`` no member module shows, to keep the
    public API.

    Args:
        ctx: the crate's context.
        reexport_texts: text of every ``pub`` or ``pub(..)`` ``use`` item
            outside the crate root and ``#[cfg(test)]`` modules, made ``pub``.
        provided: re-exports the crate's dependencies already show (see
            ``shown_reexports``; for the facade, ``kept_reexports`` of the
            members, whose own modules it globs); the crate does not repeat
            them, since a repeated glob could make a name its original
            shadowed ambiguous, and a copy may name what exists only under
            another ``cfg`` (``use std::io as imp;`` beside ``mod imp;``).

    Returns:
        The context with ``reexports`` and ``views`` filled in.
    """
    found: dict[ModulePath, list[str]] = {}
    # In source order: the original's (rustfmt's, when it was formatted).
    carried = _carried_reexports(ctx, reexport_texts, provided)
    for item_id in sorted(
        carried, key=lambda item_id: (ctx.model.items[item_id].span.file, ctx.model.items[item_id].span.start)
    ):
        found.setdefault(item_id.module, []).append(carried[item_id])
    reexports = {module: tuple(texts) for module, texts in found.items()}
    views: set[ModulePath] = set()
    # Test modules exist only in their own crate.
    dependency_modules = {m for d in ctx.crate.member_deps for m in ctx.mirrors[d] if not ctx.model.in_test_module(m)}
    shown = [m for m in dependency_modules if providers_of(ctx, m)] + list(reexports)
    for module in shown:
        views.update(module[:depth] for depth in range(1, len(module) + 1))
    views -= ctx.crate.own_modules
    if ctx.crate.reach is not None and not ctx.is_facade:
        views &= ctx.crate.reach
    return replace(ctx, reexports=reexports, views=frozenset(views))


def shown_reexports(
    ctx: CrateContext, reexport_texts: Mapping[ItemId, str], provided: frozenset[ItemId]
) -> frozenset[ItemId]:
    """The re-exports a member shows to its dependents: those its own
    modules keep, those its overlays repeat whole and those its dependencies
    show (its modules glob theirs). One it repeats in part is not shown: a
    dependent may reach more of it."""
    carried = _carried_reexports(ctx, reexport_texts, provided)
    whole = frozenset(i for i in carried if carried[i] == reexport_texts[i])
    return kept_reexports(ctx, reexport_texts) | whole | provided


def kept_reexports(ctx: CrateContext, reexport_texts: Mapping[ItemId, str]) -> frozenset[ItemId]:
    """The re-exports a member's own modules keep and other crates see."""
    return frozenset(
        i for i in reexport_texts if i.module in ctx.crate.own_modules and reachable(ctx, i) and can_export(ctx, i)
    )


def _carried_reexports(
    ctx: CrateContext, reexport_texts: Mapping[ItemId, str], provided: frozenset[ItemId]
) -> dict[ItemId, str]:
    """The re-exports the crate's overlays repeat, each with its text: whole,
    or with only the paths the crate reaches."""
    carried: dict[ItemId, str] = {}
    for item_id, text in reexport_texts.items():
        if item_id.module in ctx.crate.own_modules or item_id in provided:
            continue
        if ctx.crate.reach is not None and not ctx.is_facade and item_id.module not in ctx.crate.reach:
            continue
        if ctx.is_facade:
            if ctx.model.items[item_id].visibility == "pub":
                carried[item_id] = text
        elif (
            can_export(ctx, item_id)
            and _globs_stay_unshadowed(ctx, item_id)
            and not _through_conditional_module(ctx, item_id)
            and not _external_through_own_modules(ctx, item_id)
        ):
            part = text if reachable(ctx, item_id) else trimmed_use_text(ctx, item_id, text.encode())
            if part is not None:
                carried[item_id] = part
    return carried


def _through_conditional_module(ctx: CrateContext, item: ItemId) -> bool:
    """A re-export through a child module that exists only under a ``cfg``
    (``pub use self::imp::Error;`` with ``#[cfg(not(feature = "std"))] mod
    imp;``): under the other ``cfg`` the name may be bound by something a
    stand-in module does not repeat (``use std::io as imp;``)."""
    for reference in ctx.use_references.get(item, ()):
        segments = reference.text.split("::")
        name = segments[1] if segments[0] == "self" and len(segments) > 1 else segments[0]
        child = ctx.model.modules.get((*item.module, name))
        if child is not None and child.cfg:
            return True
    return False


def _external_through_own_modules(ctx: CrateContext, item: ItemId) -> bool:
    """A re-export of another crate's item written as a path through this
    crate's modules (``pub use crate::stream::Stream;`` where ``stream``
    has ``pub use futures::Stream;`` or a glob bringing it): the uses it
    goes through need not be in the stand-in, and the analysis knows only
    where the path ends."""
    for reference in ctx.use_references.get(item, ()):
        first = reference.text.split("::")[0]
        local = first in ("crate", "self", "super") or (*item.module, first) in ctx.model.modules
        if reference.target is None and reference.external is not None and local:
            return True
    return False


def _globs_stay_unshadowed(ctx: CrateContext, item: ItemId) -> bool:
    """A glob re-export is repeated only in a module of nothing but globs,
    or where no dependency's part of the module is globbed.

    Elsewhere the module's own items and explicit imports may shadow names
    the glob brings; a repeated glob without them would, seen together with
    the owner's part of the module, make those names ambiguous.
    """
    if not any(_is_glob(r) for r in ctx.use_references.get(item, ())):
        return True
    if not providers_of(ctx, item.module):
        # No part of the module is globbed here: the repeated glob is the
        # only way its names come, and nothing can make them ambiguous.
        return True
    neighbours = [i for i in ctx.model.items if i.module == item.module and i.kind is not ItemKind.MODULE]
    return all(n.kind is ItemKind.USE and all(_is_glob(r) for r in ctx.use_references.get(n, ())) for n in neighbours)


def _is_glob(reference: Reference) -> bool:
    return reference.text.endswith("*")
