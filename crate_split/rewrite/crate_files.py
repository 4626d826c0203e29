"""Edits that turn an original source file into its copy in one crate.

Every crate of the workspace (members and facade) gets, for each original
file holding one of its modules, a copy in which: items of other crates are
deleted; ``mod`` items of modules the crate only mirrors become overlay
re-exports; ``use`` items are kept where their targets are reachable from
the crate; items used from other crates are widened to ``pub`` with
``#[doc(hidden)]`` (members only); macros used from other crates are
exported; and each module gains globs of its parts in the crate's
dependencies (see :mod:`overlay`).

Invariant: no path is rewritten; the mirrored module tree and the overlay
make ``crate::a::b::Item`` resolve in every crate that can reach ``Item``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from crate_split.analysis import CrateModel
from crate_split.analysis.paths import import_specs
from crate_split.analysis.prelude import BUILTIN_CRATES
from crate_split.analysis.syntax import parse_rust
from crate_split.analysis.wrappers import whole_lines
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.model.cfg_test import without_test
from crate_split.model.items import Item, Member, Reference, RefKind
from crate_split.rewrite.layout import CrateLayout
from crate_split.rewrite.overlay import ModuleStyle, glob_lines, overlay_module
from crate_split.rewrite.source_lines import BYTE_ORDER_MARK, blank_runs, deletion, indent_at
from crate_split.rewrite.text_edit import FileEdit, FileEditBuilder


@dataclass(frozen=True, slots=True)
class Widening:
    """What must become visible to other crates; ``Widening()`` is nothing."""

    items: frozenset[ItemId] = frozenset()
    #: ``(struct or union, field name)`` pairs whose field becomes pub.
    fields: frozenset[tuple[ItemId, str]] = frozenset()
    #: ``(impl, member name)`` pairs whose member becomes pub.
    members: frozenset[tuple[ItemId, str]] = frozenset()
    #: ``macro_rules!`` that need ``#[macro_export]``.
    macros: frozenset[ItemId] = frozenset()

    def union(self, other: Widening) -> Widening:
        """Everything either widening makes visible."""
        return Widening(
            self.items | other.items,
            self.fields | other.fields,
            self.members | other.members,
            self.macros | other.macros,
        )


class _Action(enum.Enum):
    """What the copy of a source file does with one item."""

    KEEP = "keep"
    DELETE = "delete"
    #: A ``use`` keeps only the names the crate still has.
    TRIM = "trim"
    #: A module declaration becomes the overlay of a module the crate mirrors.
    OVERLAY = "overlay"


@dataclass(frozen=True, slots=True)
class LintAllows:
    """Lints the split makes fire, allowed where they fire (repairs).

    The original compiled without these lint errors, so a lint the split
    triggers (an import only moved code used, a type that became ``pub``)
    is allowed on the item it fires in, or on a crate root when it fires
    in no item.
    """

    #: ``(item, lint)``: ``#[allow(lint)]`` on every copy of the item.
    items: frozenset[tuple[ItemId, str]] = frozenset()
    #: ``(crate package name, lint)``: ``#![allow(lint)]`` at the top of that crate's root.
    crates: frozenset[tuple[str, str]] = frozenset()

    def union(self, other: LintAllows) -> LintAllows:
        """Every allowance of either."""
        return LintAllows(self.items | other.items, self.crates | other.crates)

    def item_attribute(self, item: ItemId) -> bytes:
        """``#[allow(..)] `` for ``item``, or nothing."""
        lints = sorted(lint for allowed, lint in self.items if allowed == item)
        return f"#[allow({', '.join(lints)})] ".encode() if lints else b""

    def crate_attributes(self, crate: str) -> str:
        """``#![allow(..)]`` lines for the root of ``crate``, or nothing."""
        return "".join(f"#![allow({lint})]\n" for allowed, lint in sorted(self.crates) if allowed == crate)


@dataclass(frozen=True, slots=True)
class CrateContext:
    """Everything the edits of one crate depend on."""

    model: CrateModel
    crate: CrateLayout
    is_facade: bool
    crate_of: Mapping[ItemId, str]
    #: lib name of every crate by package name.
    lib_names: Mapping[str, str]
    #: Modules each crate mirrors, by package name.
    mirrors: Mapping[str, frozenset[ModulePath]]
    widening: Widening
    #: Direct member dependencies that define macros (lib names).
    macro_crates: tuple[str, ...]
    #: Extra text for the top of the crate root (after inner attributes).
    root_prelude: str
    #: ``use`` references of each ``use``/``extern crate`` item.
    use_references: Mapping[ItemId, tuple[Reference, ...]]
    #: First line of each module's documentation, when it has one.
    module_summaries: Mapping[ModulePath, str]
    #: The re-exports each module the crate does not own repeats in its
    #: overlay (see :mod:`reexports`), as text.
    reexports: Mapping[ModulePath, tuple[str, ...]] = field(default_factory=dict)
    #: Lint allowances asked for by repairs.
    lint_allows: LintAllows = LintAllows()
    #: ``use`` items nothing this crate keeps needs (:mod:`unused_uses`).
    unused_uses: frozenset[ItemId] = frozenset()
    #: The modules the crate does not own but shows as overlay modules.
    views: frozenset[ModulePath] = frozenset()


def providers_of(ctx: CrateContext, module: ModulePath) -> list[str]:
    """Direct dependencies (lib names) of the crate that mirror ``module``.

    None for a replicated module: each crate has its own copy of it."""
    if ctx.model.in_replicated_module(module):
        return []
    return [ctx.lib_names[d] for d in ctx.crate.member_deps if module in ctx.mirrors[d]]


def mirrored_children(ctx: CrateContext, module: ModulePath) -> list[ModulePath]:
    """Child modules of ``module`` the crate shows as overlays.

    Modules a macro call declares are left out: their ``cfg`` is unknown
    (``cfg_if!`` branches), so they come with the glob of their parent, on
    the platforms where they exist.
    """
    return sorted(
        m
        for m in ctx.views
        if len(m) == len(module) + 1 and m[: len(module)] == module and ctx.model.modules[m].macro_call is None
    )


def file_edit(ctx: CrateContext, path: str, source: bytes) -> FileEdit:
    """The edit that makes ``path`` (an original file) this crate's copy."""
    builder = FileEditBuilder()
    model = ctx.model
    # Text added at a module's top goes in before any widening of its
    # first item, which may start at the same offset.
    items = sorted(
        (item for item in model.items.values() if item.span.file == path),
        key=lambda item: (item.span.start, -item.span.end),
    )
    root = model.modules[()]
    if not ctx.is_facade and path == root.file and root.insert_at is not None:
        for start, end in root.inner_docs:
            start, end = whole_lines(source, start, end)
            builder.delete(_after_inner_attributes(source, start), end)
        # A short crate doc keeps `#![deny(missing_docs)]` satisfied; a
        # byte order mark must stay first.
        start = len(BYTE_ORDER_MARK) if source.startswith(BYTE_ORDER_MARK) else 0
        builder.insert(start, f"//! Part of `{model.manifest.package}`, split out by crate-split.\n".encode())
    for module_path, module in model.modules.items():
        if module_path not in ctx.crate.own_modules:
            continue
        insert_at = module.insert_point(path)
        if insert_at is None:
            continue
        text = ""
        if not module_path:
            text += ctx.lint_allows.crate_attributes(ctx.crate.name) + ctx.root_prelude
        if module_path or not ctx.is_facade:
            # The facade's root names its items one by one (the public API).
            globs = glob_lines(module_path, providers_of(ctx, module_path), _indent_for_module(module), hidden=False)
            if globs and _USE_ITEM_START.match(source, insert_at):
                # Its own group: rustfmt would sort it into the module's first `use` items.
                globs += "\n"
            text += globs
        if text:
            builder.insert(insert_at, text.encode())
    removed: list[tuple[int, int]] = []
    # A file loaded as two modules (`#[path]` to one file twice) holds each
    # item once per module: the copy keeps an item any of them keeps.
    actions: dict[tuple[int, int], _Action] = {}
    for item in items:
        action = _decide(ctx, item, source)
        span = (item.span.start, item.span.end)
        if action is _Action.KEEP or span not in actions:
            actions[span] = action
        elif action is _Action.OVERLAY and actions[span] is _Action.DELETE:
            actions[span] = action
    for item in items:
        if any(start <= item.span.start and item.span.end <= end for start, end in removed):
            continue
        action = actions[(item.span.start, item.span.end)]
        if action is _Action.KEEP and _decide(ctx, item, source) is not _Action.KEEP:
            continue
        if action is _Action.DELETE:
            start, end = deletion(source, item.span.start, item.span.end, builder)
            builder.delete(start, end)
            removed.append((item.span.start, item.span.end))
        elif action is _Action.TRIM:
            start, end = whole_lines(source, item.span.start, item.span.end)
            indent = indent_at(source, item.span.start)
            text = (
                indent
                + _wrapper_attributes(item.added_attributes, indent)
                + (_trimmed_use(ctx, item, source) or "")
                + "\n"
            )
            builder.replace(start, end, (text if start < item.span.start else text.lstrip()).encode())
            removed.append((item.span.start, item.span.end))
        elif action is _Action.OVERLAY:
            start, end = whole_lines(source, item.span.start, item.span.end)
            indent = indent_at(source, item.span.start)
            # The overlay writes the item's cfg itself.
            added = [a for a in item.added_attributes if not a.startswith("cfg(")]
            overlay = (
                indent.encode()
                + _wrapper_attributes(added, indent).encode()
                + _overlay_text(ctx, item, indent).lstrip()
            )
            builder.replace(start, end, overlay if start < item.span.start else overlay.lstrip())
            removed.append((item.span.start, item.span.end))
        else:
            builder.insert(
                item.span.start,
                _wrapper_attributes(item.added_attributes, indent_at(source, item.span.start)).encode(),
            )
            builder.insert(item.node_start, ctx.lint_allows.item_attribute(item.id))
            _widen(ctx, item, builder, source)
    # Wrapper calls are written unwrapped: each item kept got the
    # wrapper's attributes (above), so no crate needs the macro.
    for start, end in sorted({r for item in items for call in item.wrapped_by for r in (call.header, call.closer)}):
        if not any(gone_start <= start and end <= gone_end for gone_start, gone_end in removed):
            builder.delete(start, end)
    for start, end in blank_runs(source, builder):
        builder.delete(start, end)
    return builder.finish()


def _after_inner_attributes(source: bytes, start: int) -> int:
    """``start`` moved back over the blank lines between it and an inner
    attribute (``#![no_std]``, blank line, crate docs): the attributes the
    member's root gains there follow it with none, as rustfmt writes them."""
    line_start = start
    while line_start > 0:
        previous = source.rfind(b"\n", 0, line_start - 1) + 1
        line = source[previous:line_start]
        if line.strip():
            return line_start if line.lstrip().startswith(b"#![") else start
        line_start = previous
    return start


def _wrapper_attributes(attributes, indent: str) -> str:
    """``#[a]`` lines for the attributes a wrapper call gave an item, each
    followed by ``indent`` (the item's own indentation)."""
    return "".join(f"#[{attribute}]\n{indent}" for attribute in attributes)


def _decide(ctx: CrateContext, item: Item, source: bytes) -> _Action:
    kind = item.id.kind
    module = (*item.id.module, item.id.base_name)
    if kind is ItemKind.MODULE and (module in ctx.model.modules or not item.id.name):
        # A `mod x;` whose file was not found is a line of its parent (below).
        if module in ctx.crate.own_modules:
            return _Action.KEEP
        if module in ctx.views:
            return _Action.OVERLAY
        return _Action.DELETE
    if kind in (ItemKind.USE, ItemKind.EXTERN_CRATE):
        if item.id in ctx.unused_uses or _imports_exported_macro(ctx, item):
            return _Action.DELETE
        if reachable(ctx, item.id):
            return _Action.KEEP
        return _Action.TRIM if kind is ItemKind.USE and _trimmed_use(ctx, item, source) else _Action.DELETE
    if kind is ItemKind.MACRO_CALL and ctx.is_facade and item.id in declaring_calls(ctx.model):
        # The facade keeps the call, its `mod` items made overlays: the
        # call's cfg picks the modules, and its `pub use`s re-export.
        return _Action.KEEP
    return _Action.KEEP if ctx.crate_of.get(item.id) == ctx.crate.name else _Action.DELETE


def declaring_calls(model: CrateModel) -> frozenset[ItemId]:
    """Item-level macro calls whose tokens declare modules."""
    return frozenset(m.macro_call for m in model.modules.values() if m.macro_call is not None)


def _imports_exported_macro(ctx: CrateContext, item: Item) -> bool:
    """A root ``use m;`` of a ``macro_rules! m`` of this crate that becomes
    ``#[macro_export]``: the export defines ``m`` at the root already, and
    the import would define it twice (E0255)."""
    if item.id.module or item.id.kind is not ItemKind.USE or " as " in item.id.name:
        return False
    targets = [r.target for r in ctx.use_references.get(item.id, ())]
    return bool(targets) and all(
        t is not None and t in ctx.widening.macros and ctx.crate_of.get(t) == ctx.crate.name for t in targets
    )


def reachable(ctx: CrateContext, item: ItemId) -> bool:
    """A ``use`` or ``extern crate`` can stay when all it names is reachable here.

    The facade reaches every member, but not what they keep private: a
    ``use`` of such an item serves none of the facade's code (or the item
    would have been widened), e.g. in the part of a module the facade
    keeps for a test that observes its place."""
    if not all(_names_here(ctx, item, reference) for reference in ctx.use_references.get(item, ())):
        return False
    if ctx.is_facade:
        return True
    if item.kind is ItemKind.EXTERN_CRATE:
        externals = _externals(ctx)
        declared = ctx.model.items[item].extern_crate
        return declared in externals or declared == "self"
    return True


def _names_here(ctx: CrateContext, item: ItemId, reference: Reference) -> bool:
    """What one path of a ``use`` names is reachable in this crate."""
    return _facade_can_name(ctx, reference) if ctx.is_facade else _reference_reachable(ctx, item, reference)


def _facade_can_name(ctx: CrateContext, reference: Reference) -> bool:
    target = reference.target
    if target is None or ctx.crate_of.get(target, ctx.crate.name) == ctx.crate.name:
        return True
    return _public_after_split(ctx, reference)


def _externals(ctx: CrateContext) -> set[str]:
    """Names of the external crates this crate's manifest gives it."""
    externals = set(BUILTIN_CRATES)
    for dependency in ctx.model.manifest.dependencies:
        if (dependency.key or dependency.name) in ctx.crate.external_deps:
            externals |= {dependency.name, dependency.package.replace("-", "_")}
    return externals


def _reference_reachable(ctx: CrateContext, item: ItemId, reference: Reference) -> bool:
    """What one path of a ``use`` names is here, or in a crate this one depends on."""
    if reference.target is not None:
        if reference.target.kind is ItemKind.MODULE:
            # Mirrored from a dependency, or a module of re-exports only this crate's overlay shows.
            module = ctx.model.module_of(reference.target)
            return module in ctx.crate.mirrored_modules or module in ctx.views
        owner = ctx.crate_of.get(reference.target)
        if owner not in {ctx.crate.name, *ctx.crate.all_member_deps}:
            return False
        # A copy of the `use` in another crate than its target's (both own
        # the module): this crate's items do not use the name, or the
        # target would be widened.
        return owner == ctx.crate.name or _public_after_split(ctx, reference)
    if reference.external is not None:
        return reference.external in _externals(ctx) or reference.external == ctx.model.manifest.crate_name
    # Unresolved: often an item a macro generates. It is kept where the
    # module its path names is here too, own or overlaid.
    return _named_module(ctx.model, item.module, reference.text) in ctx.crate.mirrored_modules


def _trimmed_use(ctx: CrateContext, item: Item, file_source: bytes) -> str | None:
    """A ``use`` naming some things this crate reaches and some it does not
    (an item-level cut splits a module): the same ``use`` with only the
    reachable paths, as one braced tree; ``None`` when none is reachable or
    the tree cannot be read."""
    return trimmed_use_text(ctx, item.id, file_source[item.span.start : item.span.end])


def trimmed_use_text(ctx: CrateContext, item: ItemId, source: bytes) -> str | None:
    """``source``, the text of the ``use`` item ``item`` (attributes and
    visibility as they are to stay), with only the paths this crate reaches,
    as one braced tree; ``None`` when none is reachable, a path is a glob or
    the tree cannot be read."""
    declaration = next((n for n in parse_rust(source).root_node.named_children if n.type == "use_declaration"), None)
    argument = declaration.child_by_field_name("argument") if declaration is not None else None
    if declaration is None or argument is None:
        return None
    by_path = {reference.text: reference for reference in ctx.use_references.get(item, ())}
    kept = []
    for spec in import_specs(declaration):
        reference = by_path.get("::".join(spec.segments))
        if spec.is_glob or not spec.segments or reference is None:
            return None
        if _names_here(ctx, item, reference):
            alias = f" as {spec.alias}" if spec.alias and spec.alias != spec.segments[-1] else ""
            kept.append("::".join(spec.segments) + alias)
    if not kept:
        return None
    prefix = source[: argument.start_byte].decode("utf-8")
    return f"{prefix}{{{', '.join(kept)}}};"


def _named_module(model: CrateModel, module: ModulePath, path: str) -> ModulePath | None:
    """The module a path's prefix names (``crate::a::f`` names ``a``), or
    ``None`` when the prefix is not a local module."""
    segments = path.split("::")[:-1]
    if not segments:
        return None
    if segments[0] == "crate":
        base: ModulePath = ()
        segments = segments[1:]
    elif segments[0] in ("self", "super"):
        base = module
        while segments and segments[0] in ("self", "super"):
            base = base[:-1] if segments[0] == "super" else base
            segments = segments[1:]
    else:
        base = module
    named = (*base, *segments)
    return named if named in model.modules else None


def can_export(ctx: CrateContext, item: ItemId) -> bool:
    """Whether a restricted re-export (``pub(crate) use a::f;``) may become ``pub``.

    Only when everything it names is public once the crate is split: a
    ``pub`` re-export of a ``pub(crate)`` function is an error (E0364), and a
    ``macro_rules!`` is public only when exported. Modules always are (every
    module of a member is ``pub``). Otherwise the re-export keeps its
    visibility: no other crate reaches its target, or it would be widened.
    """
    return all(r.target is None or _public_after_split(ctx, r) for r in ctx.use_references.get(item, ()))


def _public_after_split(ctx: CrateContext, reference: Reference) -> bool:
    """Whether other crates can name the target of ``reference`` once the crate is split."""
    target = reference.target
    assert target is not None, "callers skip unresolved references"
    declared = ctx.model.items.get(target)
    if target.kind is ItemKind.MACRO_CALL and declared is not None:
        # A definition written whole in the call's tokens has the visibility
        # written there; what a macro generates otherwise may be public.
        name = reference.text.split("::")[-1]
        written = [m for m in declared.member_details if m.name == name]
        return not written or any(m.visibility == "pub" or _widens_in_call(ctx, target, m) for m in written)
    if target.kind is ItemKind.MODULE or declared is None:
        return True
    if target.kind is ItemKind.MACRO:
        return target in ctx.widening.macros or declared.is_macro_export
    return target in ctx.widening.items or declared.visibility == "pub"


def _overlay_text(ctx: CrateContext, item: Item, indent: str) -> bytes:
    module = (*item.id.module, item.id.base_name)

    def hollow(m: ModulePath) -> bool:
        # A private module of the facade that no code of it names only
        # shadows the members' widened module of that name: empty will do.
        return ctx.is_facade and ctx.crate.reach is not None and m not in ctx.crate.reach

    text = overlay_module(
        module,
        style=lambda m: _module_style(ctx, m, item if m == module else None),
        providers=lambda m: [] if hollow(m) else providers_of(ctx, m),
        children=lambda m: [] if hollow(m) else mirrored_children(ctx, m),
        indent=indent,
        extra=lambda m, inner: (
            ""
            if hollow(m)
            else "".join(
                "".join(f"{inner}{line.strip()}\n" for line in text.splitlines()) for text in ctx.reexports.get(m, ())
            )
        ),
    )
    return text.encode()


#: A ``use`` item (after its attributes) starting at the position matched.
_USE_ITEM_START = re.compile(rb"[ \t]*(?:#\[[^\n]*\][ \t]*\r?\n[ \t]*)*(?:pub(?:\([^)\n]*\))?[ \t]+)?use\b")
_KEPT_MODULE_ATTRIBUTES = frozenset({"doc", "allow", "warn", "deny", "forbid", "deprecated", "cfg"})


def _module_style(ctx: CrateContext, module: ModulePath, item: Item | None) -> ModuleStyle:
    """Members: hidden ``pub`` modules. Facade: the original visibility and
    ``cfg``, and the first line of the docs (examples stay with the member,
    so doc tests do not run twice)."""
    declared = ctx.model.modules.get(module)
    if item is None and module:
        # A module generated inside a generated parent keeps its `mod` item's
        # attributes too (`#[doc(hidden)] pub mod x { .. }`).
        item = ctx.model.items.get(ItemId(module[:-1], ItemKind.MODULE, module[-1]))
    # A module with cfg alternatives has one `mod` item per alternative,
    # each with its own cfg: an overlay replacing one keeps that one's.
    # Its file's own `#![cfg]` holds whichever item declares it.
    inner = declared.inner_cfg if declared else ()
    cfg = (
        (*item.cfg, *(p for p in inner if p not in item.cfg)) if item is not None else declared.cfg if declared else ()
    )
    # The crate re-exported from is never compiled as a test with this one.
    attributes = [f"cfg({without_test(predicate)})" for predicate in cfg]
    if not ctx.is_facade:
        return ModuleStyle("pub", (*attributes, "doc(hidden)"), False)
    if item is not None:
        # Attributes that shape the API or lints travel with the module.
        attributes += [
            a
            for a in item.attributes
            if a.split("(")[0].strip() in _KEPT_MODULE_ATTRIBUTES and not a.startswith("cfg(")
        ]
    summary = ctx.module_summaries.get(module)
    attributes.append(f"doc = {_rust_string(summary)}" if summary else "allow(missing_docs)")
    # cfg twins may differ in visibility too (`#[cfg(x)] pub mod m; #[cfg(not(x))] mod m;`).
    visibility = item.visibility if item is not None else declared.visibility if declared is not None else "pub"
    if visibility != "pub":
        # The members' parts of the parent re-export this module publicly;
        # the facade's private module shadows that glob on purpose.
        attributes.append("allow(hidden_glob_reexports)")
    return ModuleStyle(visibility, tuple(attributes), False)


def _widen(ctx: CrateContext, item: Item, builder: FileEditBuilder, source: bytes) -> None:
    if ctx.is_facade:
        return
    kind = item.id.kind
    widening = ctx.widening
    if kind is ItemKind.MODULE and item.visibility != "pub" and not item.is_test_only:
        # Other crates reach a module's items through it; test modules only
        # exist when their own crate is tested and stay as they are.
        _make_pub(item.node_start, item.visibility_span, builder, hidden=True, source=source)
    elif kind is ItemKind.USE and item.visibility.startswith("pub(") and can_export(ctx, item.id):
        # A re-export meant for the whole crate must reach the other crates
        # through the overlay globs.
        _make_pub(item.node_start, item.visibility_span, builder, hidden=True, source=source)
    elif kind is ItemKind.EXTERN_BLOCK and item.id in widening.items:
        # `pub extern "C" { .. }` is not Rust: its functions and statics become pub.
        for member in item.member_details:
            if member.visibility != "pub" and member.start is not None:
                _make_pub(member.start, member.visibility_span, builder, hidden=True, source=source)
    elif kind is ItemKind.MACRO_CALL:
        for member in item.member_details:
            if member.start is not None and _widens_in_call(ctx, item.id, member):
                _make_pub(member.start, member.visibility_span, builder, hidden=True, source=source)
    elif (
        item.id in widening.items
        and item.visibility != "pub"
        and kind not in (ItemKind.IMPL, ItemKind.MACRO, ItemKind.USE)
    ):
        _make_pub(item.node_start, item.visibility_span, builder, hidden=True, source=source)
    if item.id in widening.macros and not item.is_macro_export:
        builder.insert(item.node_start, b"#[macro_export]\n#[doc(hidden)]\n")
    for struct_field in item.fields:
        if (
            (item.id, struct_field.name) in widening.fields
            and struct_field.visibility != "pub"
            and struct_field.start is not None
        ):
            _make_pub(struct_field.start, struct_field.visibility_span, builder, hidden=True, source=source)
    inherent = kind is ItemKind.IMPL and item.impl is not None and item.impl.trait is None
    for member in item.member_details if inherent else ():
        # Trait items and trait impl items share the trait's visibility.
        if (item.id, member.name) in widening.members and member.visibility != "pub" and member.start is not None:
            _make_pub(member.start, member.visibility_span, builder, hidden=True, source=source)


def _widens_in_call(ctx: CrateContext, call: ItemId, member: Member) -> bool:
    """Whether a definition written in a macro call's tokens becomes ``pub``:
    when other crates need the call, and a restricted one (``pub(crate)``,
    ``pub(super)``). A definition without a modifier only when the call's
    macro forwards its tokens as written: elsewhere a ``pub`` put before it
    could stop the macro's rule from matching (``fn $name:ident``), where
    one ``vis`` replacing another does not."""
    if call not in ctx.widening.items or member.visibility == "pub":
        return False
    return member.visibility_span is not None or _forwards_tokens(ctx, call)


def _forwards_tokens(ctx: CrateContext, call: ItemId) -> bool:
    """Whether the local macro ``call`` invokes (its name, at the call's
    start) forwards its tokens."""
    graph = ctx.model.item_graph
    start = ctx.model.items[call].node_start
    invoked = [
        macro
        for macro in graph.find_dependencies_of(call)
        if macro.kind is ItemKind.MACRO
        and any(
            r.kind.reference is RefKind.MACRO and r.span is not None and r.span.start == start
            for r in graph.reasons(call, macro)
        )
    ]
    return bool(invoked) and all(ctx.model.items[macro].forwards_tokens for macro in invoked)


def _hidden_attribute(source: bytes, start: int) -> bytes:
    """``#[doc(hidden)]`` for an item starting at ``start``: on a line of
    its own, as rustfmt writes it, when the item starts its line."""
    line_start = source.rfind(b"\n", 0, start) + 1
    indent = source[line_start:start]
    if source and indent.strip() == b"":
        return b"#[doc(hidden)]\n" + indent
    return b"#[doc(hidden)] "


def _make_pub(start: int, visibility_span, builder: FileEditBuilder, *, hidden: bool, source: bytes = b"") -> None:
    prefix = _hidden_attribute(source, start) if hidden else b""
    if visibility_span is not None:
        if hidden:
            builder.insert(start, prefix)
        builder.replace(visibility_span.start, visibility_span.end, b"pub")
    else:
        builder.insert(start, prefix + b"pub ")


def _rust_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_DOC_LINE = re.compile(rb"^[ \t]*(?:///|//!)[ \t]?(.*)$", re.M)


def module_summaries(model: CrateModel, read) -> dict[ModulePath, str]:
    """The first paragraph of each module's docs: the outer doc comments of
    its ``mod`` item, else its inner docs (``//!``) unless ``cfg`` picks
    one of several files."""
    found: dict[ModulePath, str] = {}
    for path, module in model.modules.items():
        if not path or module.declaration is None:
            continue
        declaration = module.declaration
        source = read(declaration.file)
        item = ctx_item_start(model, path)
        pieces = [source[declaration.start : item if item is not None else declaration.start]]
        if not module.alternatives:
            # Files chosen by cfg may each say something else.
            pieces.extend(read(module.file)[start:end] for start, end in module.inner_docs)
        for piece in pieces:
            paragraph = _first_paragraph(piece)
            if paragraph:
                found[path] = paragraph
                break
    return found


def ctx_item_start(model: CrateModel, module: ModulePath) -> int | None:
    """Where the ``mod`` item of ``module`` starts after its outer docs."""
    item = model.items.get(ItemId(module[:-1], ItemKind.MODULE, module[-1]))
    return item.node_start if item is not None else None


def _first_paragraph(piece: bytes) -> str:
    lines: list[str] = []
    for match in _DOC_LINE.finditer(piece):
        line = match.group(1).decode("utf-8", "replace").strip()
        if line.startswith("```") or (not line and lines):
            break
        if line:
            lines.append(line)
    return " ".join(lines)


def _indent_for_module(module) -> str:
    return "    " if module.is_inline else ""
