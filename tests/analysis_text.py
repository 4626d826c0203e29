"""Analysis results printed as stable text, for tests to compare.

The analysis tests compare whole listings instead of poking at attributes,
so that a test reads as "this crate gives this result" and an API change
touches only this module and the ``check_*`` helpers. Every renderer is
deterministic: modules in path order, items and references in source order.

While rendering, the helpers also assert invariants that must hold for any
crate, so each test checks them for free: spans are byte ranges whose text
is the item or path they claim (this is where a character/byte mix-up shows
with non-ASCII source), and span lines agree with the bytes.
"""

from __future__ import annotations

from crate_split.analysis import CrateModel, SourceTree
from crate_split.model import ItemId, ItemKind, Severity, Span
from crate_split.model.items import Item, Reference, RefKind

#: Item kinds whose ``name_span`` covers exactly the item's name.
_NAMED_KINDS = frozenset(
    {
        ItemKind.FUNCTION,
        ItemKind.STRUCT,
        ItemKind.ENUM,
        ItemKind.UNION,
        ItemKind.TRAIT,
        ItemKind.TYPE_ALIAS,
        ItemKind.CONST,
        ItemKind.STATIC,
        ItemKind.MODULE,
        ItemKind.MACRO,
        ItemKind.EXTERN_CRATE,
    }
)


def format_item(item_id: ItemId) -> str:
    """Return ``crate::a::T`` for an item and ``crate`` for the crate root."""
    short = format_source(item_id)
    return short if short == "crate" else f"crate::{short}"


def format_source(item_id: ItemId) -> str:
    """Return the short form of an item: ``a::f``, ``a::use`` for imports, ``crate``."""
    if item_id.kind is ItemKind.USE:
        return "::".join((*item_id.module, "use"))
    if item_id.kind is ItemKind.MODULE and not item_id.name:
        return "crate"
    return "::".join((*item_id.module, item_id.name))


def render_module_tree(model: CrateModel) -> str:
    """Draw the module tree, one module a line, children indented below.

    Each line is ``name: file`` (``name: file or other_file`` for cfg
    alternatives, ``name: inline``), followed by the
    module's ``#[cfg(..)]`` predicates and any ``include!``d files. Warnings
    and errors follow the tree, one per line.
    """
    lines = []
    for path, module in sorted(model.modules.items()):
        name = path[-1] if path else "crate"
        where = "inline" if module.is_inline else " or ".join((module.file, *(a.path for a in module.alternatives)))
        parts = [f"{'  ' * len(path)}{name}: {where}"]
        parts.extend(f"#[cfg({predicate})]" for predicate in module.cfg)
        parts.extend(f"include!({included})" for included in module.included_files)
        lines.append(" ".join(parts))
    lines.extend(render_diagnostics(model, Severity.WARNING).splitlines())
    return "\n".join(lines) + "\n"


def render_includes(model: CrateModel, tree: SourceTree) -> str:
    """List every include-family call as ``file:line macro! -> target``.

    A computed target shows as ``?``, followed by ``(OUT_DIR)`` when the
    path is built from it. Asserts that each span's text is the call.
    """
    lines = []
    for include in model.includes:
        span = include.span
        text = tree.files[span.file][span.start : span.end].decode()
        assert f"{include.macro}!" in text and text.endswith(")"), text
        _assert_span_line(span, tree)
        target = include.target or "?" + (" (OUT_DIR)" if include.reads_out_dir else "")
        lines.append(f"{span.file}:{span.line} {include.macro}! -> {target}")
    return "".join(line + "\n" for line in lines)


def render_source_facts(model: CrateModel, tree: SourceTree) -> str:
    """List every source fact as ``file:line kind name``, ``(extern crate)``
    after a cfg name on an ``extern crate``. Asserts that each span's text
    spells the name (a string literal for an env read)."""
    lines = []
    for fact in model.source_facts:
        span = fact.span
        text = tree.files[span.file][span.start : span.end].decode()
        assert fact.name in text, (fact, text)
        _assert_span_line(span, tree)
        suffix = " (extern crate)" if fact.on_extern_crate else ""
        lines.append(f"{span.file}:{span.line} {fact.kind.value} {fact.name}{suffix}")
    return "".join(line + "\n" for line in lines)


def render_diagnostics(model: CrateModel, minimum: Severity) -> str:
    """List the diagnostics at least as severe as ``minimum``, in model order."""
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    kept = [d.render() for d in model.diagnostics if order.index(d.severity) >= order.index(minimum)]
    return "".join(line + "\n" for line in kept)


def render_items(model: CrateModel, tree: SourceTree) -> str:
    """List every module-level item in source order, one a line.

    A line is ``kind path`` (``module: use x::y`` for imports, just the
    path for impls, whose names start with ``impl``) followed by the visibility in brackets, the cfg
    predicates, other attributes, kind-specific facts (fields, variants,
    members, impl generics) and ``@file:line`` of the item's first line
    (its doc comment or first attribute when it has one).
    """
    items = sorted(model.items.values(), key=lambda item: (item.span.file, item.span.start, item.id.sort_key()))
    lines = []
    for item in items:
        _assert_name_span(item, tree)
        _assert_span_line(item.span, tree)
        lines.append(_describe_item(item))
    return "".join(line + "\n" for line in lines)


def _describe_item(item: Item) -> str:
    module = "::".join(item.id.module)
    if item.id.kind is ItemKind.USE:
        # An import has no name; its id's name is its text, ``pub use x::y``.
        parts = [f"{module or 'crate'}: {item.id.name}"]
    elif item.id.kind is ItemKind.IMPL:
        # An impl's name is its header, which starts with ``impl``.
        parts = ["::".join(filter(None, (module, item.id.name)))]
    else:
        parts = [item.id.kind.value, "::".join(filter(None, (module, item.id.name)))]
    if item.visibility:
        parts.append(f"[{item.visibility}]")
    parts.extend(f"#[cfg({predicate})]" for predicate in item.cfg)
    parts.extend(f"#[{attribute}]" for attribute in item.attributes if not attribute.startswith("cfg("))
    if item.fields:
        parts.append("fields(" + ", ".join(" ".join(filter(None, (f.visibility, f.name))) for f in item.fields) + ")")
    if item.variants:
        parts.append("variants(" + ", ".join(item.variants) + ")")
    if item.members:
        parts.append("members(" + ", ".join(item.members) + ")")
    if item.impl is not None and item.impl.generics:
        parts.append("generics(" + ", ".join(item.impl.generics) + ")")
    parts.append(f"@{item.span.location()}")
    return " ".join(parts)


def _assert_name_span(item: Item, tree: SourceTree) -> None:
    if item.id.kind not in _NAMED_KINDS:
        return
    span = item.name_span
    written = tree.files[span.file][span.start : span.end].decode("utf-8")
    name = item.id.name.split("#")[0]
    # A raw identifier ``r#match`` names the item ``match``.
    assert written.removeprefix("r#") == name, f"name span of {item.id.qualified()} covers {written!r}, not {name!r}"


def _assert_span_line(span: Span, tree: SourceTree) -> None:
    expected = tree.files[span.file][: span.start].count(b"\n") + 1
    assert span.line == expected, f"{span} says line {span.line} but byte {span.start} is on line {expected}"


def render_references(model: CrateModel, tree: SourceTree) -> str:
    """List every reference in source order, grouped under ``//- /file`` lines.

    A line is ``source: text -> target (kind)``: the referring item, the
    path as written, then ``crate::a::T`` for a local item, ``extern NAME``
    for another crate and ``?`` when unresolved.
    """
    lines = []
    current_file = None
    for reference in model.references:
        _assert_reference_span(reference, tree)
        if reference.span.file != current_file:
            current_file = reference.span.file
            lines.append(f"//- /{current_file}")
        lines.append(
            f"{format_source(reference.source)}: {reference.text} -> {format_target(reference)} ({reference.kind.value})"
        )
    return "".join(line + "\n" for line in lines)


def format_target(reference: Reference) -> str:
    """Return ``crate::a::T``, ``extern std`` or ``?`` for a reference's target."""
    if reference.target is not None:
        return format_item(reference.target)
    if reference.external is not None:
        return f"extern {reference.external}"
    return "?"


def _assert_reference_span(reference: Reference, tree: SourceTree) -> None:
    span = reference.span
    _assert_span_line(span, tree)
    written = tree.files[span.file][span.start : span.end].decode("utf-8")
    if reference.kind in (RefKind.EXPANSION, RefKind.GENERATED_IMPL):
        # The path is written in a macro's body; the span is the call that expands it.
        assert written.replace("::", "").replace("_", "").isalnum(), (
            f"expansion of {reference.text!r} at {span.location()} covers {written!r}"
        )
        return
    segments = [s for s in reference.text.removesuffix("::*").removesuffix("!").split("::") if s]
    first, last = segments[0], segments[-1]
    # ``use a::b::{self}`` imports ``a::b`` through the token ``self``.
    assert first in written or last in written or written == "self", (
        f"span of reference {reference.text!r} at {span.location()} covers {written!r}"
    )


def render_impls(model: CrateModel) -> str:
    """Describe the orphan-rule facts of every impl, five lines per impl."""
    lines = []
    for impl_id, facts in model.impls.items():
        if facts.trait is not None:
            trait = format_item(facts.trait)
        else:
            trait = "foreign" if facts.trait_is_foreign else "-"
        self_type = format_item(facts.self_type) if facts.self_type is not None else "-"
        homes = ", ".join(format_item(home) for home in facts.homes) or "-"
        lines.extend(
            [
                format_source(impl_id),
                f"  trait: {trait}",
                f"  self: {self_type}",
                f"  homes: {homes}",
                f"  why: {facts.explanation}",
            ]
        )
    return "".join(line + "\n" for line in lines)


def render_edges(model: CrateModel, *, sources: tuple[str, ...] | None = None) -> str:
    """List item graph edges as ``a::f -> b::T (kind file:line, ..)``.

    Every reason of an edge is listed. With ``sources`` (module paths
    written ``a::b``, ``crate`` for the root), only edges whose dependent
    is defined directly in one of those modules and whose dependency lies
    in another module are listed.
    """
    wanted = None if sources is None else {() if s == "crate" else tuple(s.split("::")) for s in sources}
    graph = model.item_graph
    lines = []
    for dependent, dependency in graph.edges():
        if wanted is not None and (dependent.module not in wanted or model.module_of(dependency) == dependent.module):
            continue
        reasons = sorted(
            {f"{r.kind} {r.span.location()}" if r.span else str(r.kind) for r in graph.reasons(dependent, dependency)}
        )
        lines.append(f"{format_source(dependent)} -> {format_source(dependency)} ({', '.join(reasons)})")
    return "".join(line + "\n" for line in lines)


def render_problems(model: CrateModel) -> str:
    """List warnings, errors and unresolved paths, one diagnostic a line."""
    lines = [d.render() for d in model.diagnostics if d.severity is not Severity.INFO or d.code == "unresolved"]
    return "".join(line + "\n" for line in lines)


def render_manifest(model: CrateModel) -> str:
    """Describe the manifest: package, targets, dependencies, features, build script.

    Lines are ``package NAME VERSION edition E``, ``KIND NAME PATH`` per
    target, ``dependency NAME`` with its package when renamed and its kind,
    target, ``path``, features and flags in parentheses, ``feature NAME = [..]``
    and ``build script`` when there is one.
    """
    manifest = model.manifest
    lines = [f"package {manifest.package} {manifest.version} edition {manifest.edition} crate {manifest.crate_name}"]
    lines.extend(f"{target.kind.value} {target.name} {target.path}" for target in manifest.targets)
    for dependency in manifest.dependencies:
        facts = [dependency.kind.value]
        if dependency.target:
            facts.append(dependency.target)
        if dependency.path:
            facts.append(f"path {dependency.path}")
        if dependency.features:
            facts.append("features " + ",".join(dependency.features))
        if dependency.optional:
            facts.append("optional")
        if dependency.inherited:
            facts.append("workspace")
        renamed = f" = {dependency.package}" if dependency.is_renamed else ""
        lines.append(f"dependency {dependency.name}{renamed} ({', '.join(facts)})")
    lines.extend(f"feature {name} = [{', '.join(enables)}]" for name, enables in manifest.features.items())
    if manifest.has_build_script:
        lines.append("build script")
    return "".join(line + "\n" for line in lines)
