"""Private types that widening exposes, widened in turn.

Widening makes a field or an item ``pub`` so another crate can reach it;
when its type names a private type of the same crate, rustc reports
``private_interfaces`` (an error under ``#![deny(warnings)]``), or E0446:
``pub struct Method(#[doc(hidden)] pub Inner);`` with ``enum Inner``
private. This module finds those types, and the types their own public
parts name, so that they become ``pub`` with ``#[doc(hidden)]`` too. It
reads only the analysis' references; functions are left to the repair
loop (their signatures and bodies are not told apart here).

Invariant: only types of the crate of the item that exposes them are
returned; types of other crates are widened by the cross-crate references
that name them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from crate_split.analysis import CrateModel
from crate_split.model import ItemId, ItemKind
from crate_split.model.items import Reference, RefKind

#: Kinds of items whose whole text is their interface once they are ``pub``.
_WHOLE_INTERFACE = frozenset({ItemKind.ENUM, ItemKind.TYPE_ALIAS})
_TYPE_KINDS = frozenset({ItemKind.STRUCT, ItemKind.ENUM, ItemKind.UNION, ItemKind.TYPE_ALIAS, ItemKind.TRAIT})


def exposed_private_types(
    model: CrateModel,
    items: Iterable[ItemId],
    fields: frozenset[tuple[ItemId, str]],
    crate_of: Mapping[ItemId, str],
) -> frozenset[ItemId]:
    """The private types that widened ``items`` and ``fields`` name in their public parts.

    Args:
        model: the analysed crate.
        items: items widened to ``pub``.
        fields: ``(struct or union, field)`` pairs widened to ``pub``.
        crate_of: the crate of each item.

    Returns:
        The types to widen, found to a fixpoint (a widened type's own public
        fields may name further private types).
    """
    types_named: dict[ItemId, list[Reference]] = {}
    for reference in model.references:
        target = reference.target
        if reference.kind is RefKind.TYPE and target is not None and target.kind in _TYPE_KINDS:
            types_named.setdefault(reference.source, []).append(reference)
    found: set[ItemId] = set()
    pending = [*items, *(holder for holder, _ in fields)]
    seen: set[ItemId] = set()
    while pending:
        exposing = pending.pop()
        if exposing in seen or exposing not in model.items:
            continue
        seen.add(exposing)
        for reference in _public_parts(model, exposing, fields, types_named.get(exposing, ())):
            target = reference.target
            assert target is not None
            if (
                model.items[target].visibility != "pub"
                and crate_of.get(target) == crate_of.get(exposing)
                and target != exposing
            ):
                found.add(target)
                pending.append(target)
    return frozenset(found)


def _public_parts(
    model: CrateModel, item_id: ItemId, fields: frozenset[tuple[ItemId, str]], references: Iterable[Reference]
) -> list[Reference]:
    """The references in the parts of ``item_id`` that are public once it is widened."""
    item = model.items[item_id]
    if item_id.kind in _WHOLE_INTERFACE:
        return list(references)
    if item_id.kind not in (ItemKind.STRUCT, ItemKind.UNION):
        return []
    placed = sorted(((f.start, f) for f in item.fields if f.start is not None), key=lambda pair: pair[0])
    public: list[tuple[int, int]] = []
    for index, (start, struct_field) in enumerate(placed):
        end = placed[index + 1][0] if index + 1 < len(placed) else item.span.end
        if struct_field.visibility == "pub" or (item_id, struct_field.name) in fields:
            public.append((start, end))
    return [r for r in references if any(start <= r.span.start < end for start, end in public)]
