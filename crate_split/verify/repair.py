"""From rustc's errors on a generated workspace to repairs.

Each error is traced back to the original source through the source map
of the generated file, to find the item it is in. Privacy errors become
widenings (the named item, field or method is made ``pub`` with
``#[doc(hidden)]``); errors about names that cannot be found, and any
error this module does not understand, become merges of the crate the
error is in with the crate that holds the named item (or with its member
dependencies). Each repair keeps the error that asked for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from crate_split.analysis import CrateModel
from crate_split.model import ItemId, ItemKind
from crate_split.rewrite.crate_files import Widening
from crate_split.rewrite.layout import WorkspaceLayout
from crate_split.rewrite.source_change import SourceChange
from crate_split.verify.rustc_diagnostics import RustcDiagnostic

_NAMES = re.compile(r"`([^`]+)`")
_UNRESOLVED = {"E0412", "E0422", "E0423", "E0425", "E0432", "E0433", "E0405", "E0407", "E0531", "E0574", "E0599", None}


@dataclass(frozen=True, slots=True)
class Repair:
    """One change the repair loop makes, with the error behind it."""

    #: ``widen``, ``widen-field``, ``widen-method`` or ``merge``.
    kind: str
    #: What was widened or merged, for the report.
    subject: str
    #: The error: code, message and original ``file:line``.
    reason: str


@dataclass(frozen=True, slots=True)
class RepairPlan:
    repairs: tuple[Repair, ...]
    widening: Widening
    #: Sets of member crates to merge.
    merges: tuple[frozenset[str], ...]


def plan_repairs(
    model: CrateModel,
    layout: WorkspaceLayout,
    change: SourceChange,
    errors: tuple[RustcDiagnostic, ...],
    already: Widening,
    read: Callable[[str], bytes],
) -> RepairPlan:
    """Decide repairs for ``errors``; never repeats a widening already done.

    Args:
        model: the analysed crate.
        layout: the layout of the workspace that failed.
        change: the change that made it (its source maps lead back).
        errors: rustc's errors.
        already: widenings done in earlier rounds.
        read: reads an original file (for line numbers in reasons).
    """
    items: set[ItemId] = set()
    fields: set[tuple[ItemId, str]] = set()
    members: set[tuple[ItemId, str]] = set()
    merges: list[frozenset[str]] = []
    repairs: list[Repair] = []
    crate_by_package = {m.name for m in layout.members}
    for error in errors:
        source = _source_item(model, change, error)
        where = _original_location(change, error, read)
        reason = f"{error.code or 'error'}: {error.message} ({where})"
        crate = layout.crate_of.get(source) if source else (error.package if error.package in crate_by_package else None)
        names = _NAMES.findall(error.message)
        if error.code == "E0603" and names:
            found = [i for i in _items_named(model, names[0]) if i not in already.items]
            items.update(found)
            repairs.extend(Repair("widen", i.qualified(), reason) for i in found)
            if found:
                continue
        if error.code in ("E0616", "E0451") and names:
            field = names[0]
            holders = [i for i in model.items if i.kind in (ItemKind.STRUCT, ItemKind.UNION) and any(f.name == field for f in model.items[i].fields)]
            new = [(h, field) for h in holders if (h, field) not in already.fields]
            fields.update(new)
            repairs.extend(Repair("widen-field", f"{h.qualified()}.{field}", reason) for h, _ in new)
            if new:
                continue
        if error.code == "E0624" and names:
            member = names[0]
            impls = [i for i, item in model.items.items() if i.kind is ItemKind.IMPL and any(m.name == member for m in item.member_details)]
            new = [(i, member) for i in impls if (i, member) not in already.members]
            members.update(new)
            repairs.extend(Repair("widen-method", f"{i.qualified()}::{member}", reason) for i, _ in new)
            if new:
                continue
        partner_crates = set()
        if error.code in _UNRESOLVED:
            for name in names:
                for candidate in _items_named(model, name.split("::")[-1].rstrip("!")):
                    owner = layout.crate_of.get(candidate)
                    if owner in crate_by_package and owner != crate:
                        partner_crates.add(owner)
        if crate is None:
            continue
        if not partner_crates:
            member = next((m for m in layout.members if m.name == crate), None)
            partner_crates = set(member.member_deps) if member else set()
        if partner_crates:
            group = frozenset({crate, *partner_crates})
            merges.append(group)
            repairs.append(Repair("merge", " + ".join(sorted(group)), reason))
    return RepairPlan(
        tuple(dict.fromkeys(repairs)),
        Widening(frozenset(items), frozenset(fields), frozenset(members), frozenset()),
        tuple(dict.fromkeys(merges)),
    )


def _items_named(model: CrateModel, name: str) -> list[ItemId]:
    return sorted((i for i in model.items if i.name.split("#")[0] == name and i.kind not in (ItemKind.USE, ItemKind.IMPL)), key=ItemId.sort_key)


def _origin_offset(change: SourceChange, error: RustcDiagnostic) -> tuple[str, int] | None:
    span = error.primary_span
    if span is None:
        return None
    output = change.file(span.file)
    if output is None or output.origin is None:
        return None
    if output.edit is None:
        return output.origin, span.byte_start
    offset = output.edit.original_offset(span.byte_start)
    return (output.origin, offset) if offset is not None else None


def _source_item(model: CrateModel, change: SourceChange, error: RustcDiagnostic) -> ItemId | None:
    located = _origin_offset(change, error)
    if located is None:
        return None
    file, offset = located
    best: ItemId | None = None
    best_size = None
    for item_id, item in model.items.items():
        span = item.span
        if span.file == file and span.start <= offset < span.end and item_id.kind is not ItemKind.MODULE:
            size = span.end - span.start
            if best_size is None or size < best_size:
                best, best_size = item_id, size
    return best


def _original_location(change: SourceChange, error: RustcDiagnostic, read: Callable[[str], bytes]) -> str:
    located = _origin_offset(change, error)
    span = error.primary_span
    if located is None:
        return f"{span.file}:{span.line_start} (generated)" if span else "no location"
    file, offset = located
    line = read(file).count(b"\n", 0, offset) + 1
    return f"{file}:{line}"


def merged_widening(first: Widening, second: Widening) -> Widening:
    return Widening(first.items | second.items, first.fields | second.fields, first.members | second.members, first.macros | second.macros)
