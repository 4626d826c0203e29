"""From rustc's errors, lost tests and API differences to repairs.

Each error is traced back to the original source through the source map
of the generated file, to find the item it is in. Privacy errors become
widenings (the named item, field or method is made ``pub`` with
``#[doc(hidden)]``; a private type in a public interface, E0446 or the
``private_interfaces``/``private_bounds`` lints, widens the type); other
lint errors (the original compiled without them, so the split caused
them) become ``#[allow(lint)]`` on the item, then ``#![allow(lint)]`` on
the crate root, unless the lint is forbidden; errors about names that cannot be found, and any
error this module does not understand, become merges of the crate the
error is in with the crate that holds the named item (or with its member
dependencies). A test that passes in the original but not in the split
becomes a merge of the crate of its test binary with the crates of the
items the test names; a public API entry that differs, a merge of the
crates holding items of its name. Each repair keeps the reason that asked
for it, and every plan says which crates its problem involves, so that the
loop can merge more (:mod:`.escalation`) when the repairs change nothing.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crate_split.analysis import CrateModel
from crate_split.model import ItemId, ItemKind
from crate_split.rewrite.crate_files import LintAllows, Widening
from crate_split.rewrite.layout import WorkspaceLayout
from crate_split.rewrite.source_change import GeneratedFile, SourceChange
from crate_split.verify.rustc_diagnostics import RustcDiagnostic
from crate_split.verify.test_outcomes import DOC_TARGET, TestCase

if TYPE_CHECKING:
    from crate_split.analysis.item_graph import ItemGraph
    from crate_split.verify.public_api import ApiDiff

_NAMES = re.compile(r"`([^`]+)`")
_ERROR_CODE = re.compile(r"E\d{4}")
#: Errors that name a private item to widen first (E0446, the lints: a private type in a public interface).
_WIDEN_NAMED = ("E0603", "E0364", "E0365", "E0446", "private_interfaces", "private_bounds")
#: Errors reported where the private item is used or re-exported, not where it is exposed.
_USED_PRIVATE = ("E0603", "E0364", "E0365")
_UNRESOLVED = {"E0412", "E0422", "E0423", "E0425", "E0432", "E0433", "E0405", "E0407", "E0531", "E0574", "E0599", None}


class RepairKind(enum.StrEnum):
    """What a repair changes."""

    #: An item becomes ``pub`` with ``#[doc(hidden)]``.
    WIDEN = "widen"
    WIDEN_FIELD = "widen-field"
    WIDEN_METHOD = "widen-method"
    #: ``#[allow(lint)]`` on an item or ``#![allow(lint)]`` on a crate root.
    ALLOW_LINT = "allow-lint"
    #: A member's library gets a crate name of its own, and its doc tests
    #: reach the facade by the original's name.
    OWN_NAME = "own-name"
    #: Member crates become one.
    MERGE = "merge"


@dataclass(frozen=True, slots=True)
class Repair:
    """One change the repair loop makes, with the error behind it."""

    kind: RepairKind
    #: What was widened or merged, for the report.
    subject: str
    #: The error: code, message and original ``file:line``.
    reason: str
    #: For a merge, the member crates it merges; for an own name, the member.
    crates: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Accept the kind's value too (``"merge"``); an unknown kind fails here.
        object.__setattr__(self, "kind", RepairKind(self.kind))

    @classmethod
    def merge(cls, crates: frozenset[str], reason: str) -> Repair:
        """Member crates ``crates`` become one; the subject names them, sorted."""
        return cls(RepairKind.MERGE, " + ".join(sorted(crates)), reason, crates)


@dataclass(frozen=True, slots=True)
class RepairPlan:
    repairs: tuple[Repair, ...]
    widening: Widening
    #: Sets of member crates to merge.
    merges: tuple[frozenset[str], ...]
    #: Every crate (member or facade) the problems are in or name.
    involved: frozenset[str] = frozenset()
    #: Each problem in one line (for errors: code, message, original ``file:line``).
    problems: tuple[str, ...] = ()
    #: Lints to allow on items or crate roots.
    allows: LintAllows = LintAllows()


def plan_repairs(
    model: CrateModel,
    layout: WorkspaceLayout,
    change: SourceChange,
    errors: tuple[RustcDiagnostic, ...],
    already: Widening,
    read: Callable[[str], bytes],
    allowed: LintAllows = LintAllows(),
) -> RepairPlan:
    """Decide repairs for ``errors``; never repeats a widening or an allowance already made.

    Args:
        model: the analysed crate.
        layout: the layout of the workspace that failed.
        change: the change that made it (its source maps lead back).
        errors: rustc's errors.
        already: widenings done in earlier rounds.
        read: reads an original file (for line numbers in reasons).
        allowed: lint allowances made in earlier rounds.
    """
    items: set[ItemId] = set()
    fields: set[tuple[ItemId, str]] = set()
    members: set[tuple[ItemId, str]] = set()
    merges: list[frozenset[str]] = []
    repairs: list[Repair] = []
    crate_by_package = {m.name for m in layout.members}
    involved: set[str] = set()
    problems: list[str] = []
    allows = LintAllows()
    for error in errors:
        source = _source_item(model, change, error)
        where = _original_location(change, error, read)
        reason = f"{error.code or 'error'}: {error.message} ({where})"
        problems.append(reason)
        # Without a source item (a generated file, no span), the package rustc compiled is the crate.
        crate = layout.crate_of.get(source, error.package) if source else error.package
        involved.add(crate)
        names = _NAMES.findall(error.message)
        if error.code in _WIDEN_NAMED and names:
            # E0603 and E0364/E0365 (a re-export of a crate-visible item) are
            # reported where the private item is used; the others where it is exposed.
            near = source if error.code not in _USED_PRIVATE else None
            found = [
                i for i in _items_to_widen(model, layout, names[0], near) if i not in already.items and i not in items
            ]
            if near is not None:
                # A type already `pub` (in a private module) cannot be widened further: allow the lint instead.
                found = [i for i in found if model.items[i].visibility != "pub"]
            items.update(found)
            repairs.extend(Repair(RepairKind.WIDEN, i.qualified(), reason) for i in found)
            if found:
                continue
        lint = lint_name(error)
        if lint is not None and not _is_forbidden(error):
            if (source, lint) in allows.items or (error.package, lint) in allows.crates:
                continue  # An allowance of this round covers it already.
            # A crate-level allowance goes to the root of the package rustc compiled.
            allowance = _next_allowance(lint, source, error.package, allowed)
            if allowance is not None:
                allows = allows.union(allowance)
                subject = (
                    f"{lint} on {source.qualified()}"
                    if allowance.items and source is not None
                    else f"{lint} in {error.package}"
                )
                repairs.append(Repair(RepairKind.ALLOW_LINT, subject, reason))
                continue
        if error.code in ("E0616", "E0451") and names:
            field = names[0]
            holders = [
                i
                for i in model.items
                if i.kind in (ItemKind.STRUCT, ItemKind.UNION) and any(f.name == field for f in model.items[i].fields)
            ]
            new = [(h, field) for h in holders if (h, field) not in already.fields]
            fields.update(new)
            repairs.extend(Repair(RepairKind.WIDEN_FIELD, f"{h.qualified()}.{field}", reason) for h, _ in new)
            if new:
                continue
        if error.code == "E0624" and names:
            member = names[0]
            impls = [
                i
                for i, item in model.items.items()
                if i.kind is ItemKind.IMPL and any(m.name == member for m in item.member_details)
            ]
            new = [(i, member) for i in impls if (i, member) not in already.members]
            members.update(new)
            repairs.extend(Repair(RepairKind.WIDEN_METHOD, f"{i.qualified()}::{member}", reason) for i, _ in new)
            if new:
                continue
        partner_crates = set()
        if error.code in _UNRESOLVED:
            for name in names:
                for candidate in _items_named(model, name.split("::")[-1].rstrip("!")):
                    owner = layout.crate_of.get(candidate)
                    if owner in crate_by_package and owner != crate:
                        partner_crates.add(owner)
        involved |= partner_crates
        if not partner_crates:
            member = next((m for m in layout.members if m.name == crate), None)
            partner_crates = set(member.member_deps) if member else set()
        if partner_crates:
            _add_merge(merges, repairs, {crate, *partner_crates} & crate_by_package, reason)
    if items or fields or members:
        # Widening may end the lint errors of this round: allow only what remains after it.
        allows = LintAllows()
        repairs = [r for r in repairs if r.kind is not RepairKind.ALLOW_LINT]
    return RepairPlan(
        tuple(dict.fromkeys(repairs)),
        Widening(frozenset(items), frozenset(fields), frozenset(members)),
        tuple(dict.fromkeys(merges)),
        frozenset(involved),
        tuple(dict.fromkeys(problems)),
        allows,
    )


def plan_test_repairs(
    model: CrateModel,
    graph: ItemGraph,
    layout: WorkspaceLayout,
    lost: tuple[tuple[str, str], ...],
    after: tuple[TestCase, ...],
) -> RepairPlan:
    """Merges, or own crate names, for tests that pass in the original but fail (or are missing) in the split.

    A test involves the crate of its test binary and, for unit tests, the
    crates of the items its function names; a doc test, the crate of the
    item it documents (or that ran it). A doc test lost in a member that
    keeps the original's crate name gets that member a name of its own
    (:attr:`RepairKind.OWN_NAME`): its doc tests then reach the facade,
    which has every item, by the original's name.

    Args:
        model: the analysed crate.
        graph: the strong item graph (what each test function names).
        layout: the layout of the workspace tested.
        lost: keys of the lost tests (:func:`.test_outcomes.lost_tests`).
        after: every test of the workspace run.
    """
    members = {m.name: m for m in layout.members}
    # Test binaries are named by crate name: a name that the facade shares
    # with members tells no crate (the test's items do).
    crates_of_binary: dict[str, set[str]] = {model.manifest.crate_name: {layout.package}}
    for member in layout.members:
        crates_of_binary.setdefault(
            model.manifest.crate_name if member.keeps_crate_name else member.lib_name, set()
        ).add(member.name)
    merges: list[frozenset[str]] = []
    repairs: list[Repair] = []
    involved: set[str] = set()
    for target, name in lost:
        cases = [case for case in after if case.key == (target, name)]
        # Doc tests of one item or module share a key (their lines are left
        # out): an `ignore` block beside a failing one is ignored in the
        # original too, and blames no crate.
        failing = [case for case in cases if case.outcome == "FAILED"] or [case for case in cases if not case.passed]
        crates: set[str] = set()
        for case in failing:
            own = {case.member_directory} if case.member_directory in members else set()
            ran_by = own or crates_of_binary.get(case.binary, {layout.package})
            crates |= ran_by if len(ran_by) == 1 else set()
        # A doc test runs in each member holding a copy of its file: rename those it fails in.
        failed_in = crates & members.keys() if target == DOC_TARGET else set()
        for item in _items_of_test(model, target, name):
            crates.add(layout.crate_of.get(item, layout.package))
            if target != DOC_TARGET:
                crates.update(layout.crate_of[d] for d in graph.find_dependencies_of(item) if d in layout.crate_of)
        involved |= crates or {layout.package}
        outcome = failing[0].outcome if failing else "missing"
        reason = f"test `{name}` ({target}) passes in the original, {outcome} in the split"
        to_rename = [crate for crate in sorted(failed_in) if members[crate].keeps_crate_name]
        if to_rename:
            repairs.extend(Repair(RepairKind.OWN_NAME, crate, reason, frozenset({crate})) for crate in to_rename)
        else:
            _add_merge(merges, repairs, crates & members.keys(), reason)
    return RepairPlan(tuple(dict.fromkeys(repairs)), Widening(), tuple(dict.fromkeys(merges)), frozenset(involved))


def plan_api_repairs(model: CrateModel, layout: WorkspaceLayout, diff: ApiDiff) -> RepairPlan:
    """Merges for public API entries the split lost or added: the crates holding items of their names.

    Args:
        model: the analysed crate.
        layout: the layout of the workspace compared.
        diff: the API comparison.
    """
    members = {m.name for m in layout.members}
    merges: list[frozenset[str]] = []
    repairs: list[Repair] = []
    involved: set[str] = set()
    for change, entries in (("missing", diff.missing), ("added", diff.added)):
        for entry in entries:
            names = {segment for segment in re.findall(r"\w+", entry.partition(" ")[2])}
            crates = {layout.crate_of[i] for name in names for i in _items_named(model, name) if i in layout.crate_of}
            involved |= crates
            _add_merge(merges, repairs, crates & members, f"public API entry `{entry}` {change} in the split")
    return RepairPlan(tuple(dict.fromkeys(repairs)), Widening(), tuple(dict.fromkeys(merges)), frozenset(involved))


def _add_merge(merges: list[frozenset[str]], repairs: list[Repair], crates: set[str], reason: str) -> None:
    if len(crates) >= 2:
        group = frozenset(crates)
        merges.append(group)
        repairs.append(Repair.merge(group, reason))


def lint_name(error: RustcDiagnostic) -> str | None:
    """The lint an error is, when a denied lint (not an ``E`` code) made it."""
    code = error.code
    if code is None or _ERROR_CODE.fullmatch(code) or not error.is_error:
        return None
    return code


def _is_forbidden(error: RustcDiagnostic) -> bool:
    """``#![forbid(..)]`` set the level: an ``#[allow]`` would be an error of its own (E0453)."""
    defined_here = any("lint level is defined here" in child.message for child in error.children)
    return defined_here and "forbid(" in error.rendered


def _next_allowance(lint: str, source: ItemId | None, crate: str, allowed: LintAllows) -> LintAllows | None:
    """Allow ``lint`` on the item first, then on the crate; None when both were done."""
    if source is not None and (source, lint) not in allowed.items:
        return LintAllows(items=frozenset({(source, lint)}))
    if (crate, lint) not in allowed.crates:
        return LintAllows(crates=frozenset({(crate, lint)}))
    return None


def _items_to_widen(model: CrateModel, layout: WorkspaceLayout, name: str, source: ItemId | None) -> list[ItemId]:
    """Items of ``name``: those of the module of ``source``, else of its crate, else all."""
    # rustc names the type as written: `RequestLine<'_>`, `a::Inner`.
    found = _items_named(model, name.split("<")[0].split("::")[-1].strip())
    if source is None:
        return found
    for near in (lambda i: i.module == source.module, lambda i: layout.crate_of.get(i) == layout.crate_of.get(source)):
        nearest = [i for i in found if near(i)]
        if nearest:
            return nearest
    return found


def _items_of_test(model: CrateModel, target: str, name: str) -> list[ItemId]:
    """The test function of a unit test, or the item a doc test documents."""
    if target == DOC_TARGET:
        path = name.partition(" - ")[2].split("::")
        kinds = None
    else:
        path = name.split("::")
        kinds = (ItemKind.FUNCTION,)
    if not path or not path[-1]:
        return []
    module, last = tuple(path[:-1]), path[-1]
    found = [i for i in model.items if i.module == module and i.name == last and (kinds is None or i.kind in kinds)]
    if not found and target == DOC_TARGET and module:
        # A method's doc test: ``a::Type::method`` is documented on an impl of ``a::Type``.
        found = [
            i for i in model.items if i.module == module[:-1] and i.name == module[-1] and i.kind is not ItemKind.IMPL
        ]
    return sorted(found, key=ItemId.sort_key)


def _items_named(model: CrateModel, name: str) -> list[ItemId]:
    """Items called ``name``, and the macro calls that spell a definition of it in their tokens."""
    return sorted(
        (
            i
            for i, item in model.items.items()
            if (i.base_name == name and i.kind not in (ItemKind.USE, ItemKind.IMPL))
            or (i.kind is ItemKind.MACRO_CALL and any(m.name == name for m in item.member_details))
        ),
        key=ItemId.sort_key,
    )


def _origin_offset(change: SourceChange, error: RustcDiagnostic) -> tuple[str, int] | None:
    span = error.primary_span
    if span is None:
        return None
    output = change.file(span.file)
    if output is None or isinstance(output, GeneratedFile):
        return None
    offset = output.original_offset(span.byte_start)
    if offset is None and span.byte_end > span.byte_start:
        # A span over a whole widened item starts in the inserted `#[doc(hidden)] pub`.
        offset = output.original_offset(span.byte_end - 1)
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
