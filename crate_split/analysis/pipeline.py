"""The analysis pipeline: manifest, files, scopes, references, graph.

Each step is a function of the previous steps' values; this module only
sequences them and turns their findings into diagnostics.
"""

from __future__ import annotations

import contextlib
import gc
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import MappingProxyType

from crate_split.analysis import prelude, syntax
from crate_split.analysis.collect import collect_crate
from crate_split.analysis.crate_model import CrateModel, ResolutionStats
from crate_split.analysis.doc_tests import find_doc_tests
from crate_split.analysis.item_graph import EdgeKind, EdgeReason, ItemGraph
from crate_split.analysis.manifest import DependencyKind, TargetKind, parse_manifest
from crate_split.analysis.observations import find_observations
from crate_split.analysis.references import MemberAccess, TextualMacros, collect_references
from crate_split.analysis.replicated import find_replicated_modules
from crate_split.analysis.scope import build_scopes
from crate_split.analysis.source_tree import SourceTree
from crate_split.model import Diagnostic, ItemId, ItemKind, Severity
from crate_split.model.items import Item, Reference, RefKind

#: Called with a step name and a fraction in [0, 1].
ProgressCallback = Callable[[str, float], None]


@dataclass(frozen=True, slots=True)
class AnalysisConfig:
    """Options of the analysis."""

    #: Analyse this target instead of the library (``bin:NAME``).
    target: str | None = None


#: The edge kind of each reference kind, and its written value, built once.
_EDGE_KINDS = {kind: EdgeKind(kind) for kind in RefKind}
_KIND_VALUES = {kind: kind.value for kind in RefKind}


def analyze_crate(
    source_tree: SourceTree,
    config: AnalysisConfig = AnalysisConfig(),
    progress: ProgressCallback | None = None,
) -> CrateModel:
    """Analyse one crate of a package.

    Args:
        source_tree: the package's manifest and source files.
        config: analysis options.
        progress: optional callback told about each step.

    Returns:
        The crate model, with diagnostics for everything not understood.

    Raises:
        ManifestInvalid: the manifest cannot be read.
    """
    with _collector_paused(), syntax.token_memo():
        return _analyze(source_tree, config, progress)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one analysis.

    The analysis allocates hundreds of thousands of long-lived objects and
    frees almost none; each allocation burst triggers collections that scan
    them all again (a sixth of the analysis time on petgraph) and find no
    cycle. Refcounting still frees everything at once; the collector runs
    again as soon as the analysis ends, and stays off if it was off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _analyze(source_tree: SourceTree, config: AnalysisConfig, progress: ProgressCallback | None) -> CrateModel:
    report = progress or (lambda step, fraction: None)
    report("manifest", 0.0)
    manifest = parse_manifest(
        source_tree.manifest_text,
        source_tree.files,
        workspace_text=source_tree.workspace_manifest_text,
        lib_names=source_tree.dependency_lib_names,
        cargo_targets=source_tree.cargo_targets,
    )
    root_target = _root_target(manifest, config, source_tree)
    diagnostics: list[Diagnostic] = []
    for link in sorted(source_tree.escaping_links):
        diagnostics.append(
            Diagnostic("path-escapes", Severity.WARNING, f"{link} is a symlink leading outside the package")
        )
    for unreadable in sorted(source_tree.unreadable):
        diagnostics.append(Diagnostic("unreadable", Severity.WARNING, f"{unreadable} cannot be read"))
    for special in sorted(source_tree.special_files):
        diagnostics.append(
            Diagnostic(
                "special-file",
                Severity.WARNING,
                f"{special} is not a regular file (a FIFO, socket or device): left out",
            )
        )

    report("parse", 0.1)
    collected = collect_crate(dict(source_tree.files), root_target)
    diagnostics.extend(_unreadable_module_files(source_tree, collected.diagnostics))
    diagnostics.extend(collected.diagnostics)

    report("resolve", 0.5)
    extern = {name: name for name in prelude.BUILTIN_CRATES}
    for dependency in manifest.dependencies:
        if dependency.kind is not DependencyKind.BUILD:
            extern[dependency.name] = dependency.package.replace("-", "_")
    extern.setdefault(manifest.crate_name, manifest.crate_name)
    scopes = build_scopes(collected, manifest.edition, extern)
    macros = TextualMacros(collected)
    report("references", 0.6)
    references, accesses, impls = collect_references(collected, scopes, macros)
    items = {raw.item.id: raw.item for raw in collected.items}
    references.extend(_link_members(accesses, items))
    values = _KIND_VALUES
    references.sort(key=lambda r: (r.span.file, r.span.start, r.span.end, values[r.kind], r.text))

    observations = find_observations(collected.items, references)
    doc_tests = find_doc_tests(collected.items, collected.modules, scopes, manifest.crate_name, manifest.edition)

    report("graph", 0.9)
    graph = _build_graph(items, references)
    stats = _stats(references)
    for reference in references:
        if reference.kind.is_path and not reference.is_resolved:
            diagnostics.append(
                Diagnostic(
                    "unresolved",
                    Severity.INFO,
                    f"unresolved {reference.kind.value} path {reference.text}",
                    reference.span,
                )
            )
    files = tuple(sorted(collected.files))
    lines = sum(
        parsed.source.count(b"\n") + (0 if parsed.source.endswith(b"\n") else 1) for parsed in collected.files.values()
    )
    report("done", 1.0)
    return CrateModel(
        manifest=manifest,
        root_file=root_target,
        modules=MappingProxyType(dict(sorted(collected.modules.items()))),
        items=MappingProxyType(dict(sorted(items.items(), key=lambda pair: pair[0].sort_key()))),
        references=tuple(references),
        item_graph=graph,
        diagnostics=tuple(sorted(diagnostics, key=_diagnostic_key)),
        stats=stats,
        files=files,
        lines=lines,
        syntax_errors=collected.syntax_errors,
        crate_attributes=collected.crate_attributes,
        impls=MappingProxyType(dict(sorted(impls.items(), key=lambda pair: pair[0].sort_key()))),
        includes=tuple(sorted(collected.includes, key=lambda include: (include.span.file, include.span.start))),
        source_facts=tuple(sorted(collected.facts, key=lambda fact: (fact.span.file, fact.span.start))),
        unreached_files=_unreached_files(source_tree, manifest, root_target, collected),
        observations=tuple(observations),
        doc_tests=tuple(doc_tests),
        replicated_modules=find_replicated_modules(collected.modules, items, references, manifest.crate_name),
    )


def _unreached_files(source_tree: SourceTree, manifest, root_file: str, collected) -> tuple[str, ...]:
    """``.rs`` files below the root file's directory that the module tree
    never read. Other targets' files are left out: the module trees of
    those rooted in that directory (``src/main.rs`` and its modules), the
    directories of those elsewhere (``tests/``), ``bin/`` and the build
    script."""
    directory = posixpath.dirname(root_file)
    prefix = f"{directory}/" if directory else ""
    reached = set(collected.files) | {"build.rs"}
    other_dirs = [f"{prefix}bin/"]
    for target in manifest.targets:
        if target.path == root_file:
            continue
        if target.path.startswith(prefix) and not target.path.startswith(other_dirs[0]):
            reached.update(collect_crate(dict(source_tree.files), target.path).files)
        elif posixpath.dirname(target.path) != directory:
            other_dirs.append(f"{posixpath.dirname(target.path)}/")
    return tuple(
        sorted(
            path
            for path in source_tree.files
            if path.startswith(prefix)
            and path not in reached
            and not any(path.startswith(other) for other in other_dirs)
        )
    )


def _unreadable_module_files(source_tree: SourceTree, found: list[Diagnostic]) -> list[Diagnostic]:
    """Errors for module files (the crate root too) that exist but were not
    read: a symlink leading out, an unreadable file, a special file, or a
    symlinked directory leading out that holds them."""
    reasons = {
        path: ("path-escapes", "is a symlink leading outside the package") for path in source_tree.escaping_links
    }
    reasons.update((path, ("unreadable", "cannot be read")) for path in source_tree.unreadable)
    reasons.update(
        (path, ("unreadable", "is not a regular file (a FIFO, socket or device)")) for path in source_tree.special_files
    )
    errors = []
    for diagnostic in found:
        if diagnostic.code != "module-missing":
            continue
        looked_for = re.findall(r"[^\s,()]+\.rs", diagnostic.message)
        for path, (code, reason) in sorted(reasons.items()):
            if any(candidate == path or candidate.startswith(f"{path}/") for candidate in looked_for):
                errors.append(Diagnostic(code, Severity.ERROR, f"module file {path} {reason}", diagnostic.span))
                break
    return errors


def _diagnostic_key(diagnostic: Diagnostic) -> tuple:
    span = diagnostic.span
    return (span.file if span else "", span.start if span else -1, diagnostic.code, diagnostic.message)


def _root_target(manifest, config: AnalysisConfig, source_tree: SourceTree) -> str:
    from crate_split.errors import InvalidInput

    if config.target and config.target.startswith("bin:"):
        wanted = config.target[len("bin:") :]
        for target in manifest.targets:
            if target.kind is TargetKind.BIN and target.name == wanted:
                return target.path
        raise InvalidInput(f"package {manifest.package} has no binary {wanted!r}")
    library = manifest.library
    if library is not None:
        return library.path
    binary = next((t for t in manifest.targets if t.kind is TargetKind.BIN), None)
    if binary is None:
        _refuse_unread_default_roots(source_tree)
        raise InvalidInput(f"package {manifest.package} has neither a library nor a binary target")
    return binary.path


def _refuse_unread_default_roots(source_tree: SourceTree) -> None:
    """No target was found: say so precisely when ``src/lib.rs`` or
    ``src/main.rs`` is there but was not read (a symlink leading out, of
    the file or of ``src/``; a FIFO)."""
    from crate_split.errors import PathEscapesCrate, SourceUnreadable

    for default in ("src/lib.rs", "src/main.rs"):
        for link in sorted(source_tree.escaping_links):
            if default == link or default.startswith(f"{link}/"):
                raise PathEscapesCrate(
                    f"{link} is a symlink leading outside the package",
                    hint="crate-split reads only files inside the package",
                )
        if default in source_tree.special_files:
            raise SourceUnreadable(f"{default} is not a regular file (a FIFO, socket or device)")
        if default in source_tree.unreadable:
            raise SourceUnreadable(f"{default} cannot be read")


def _link_members(accesses: list[MemberAccess], items: dict[ItemId, Item]) -> list[Reference]:
    """Link method calls and field accesses by name to every local candidate.

    A method name links to inherent impls that define it and to traits that
    declare it (calling a trait method needs the trait, wherever its impls
    are). A field name links to structs and unions that have such a field.
    """
    methods: dict[str, list[ItemId]] = {}
    fields: dict[str, list[ItemId]] = {}
    for item in items.values():
        kind = item.id.kind
        if kind is ItemKind.TRAIT or (kind is ItemKind.IMPL and item.impl is not None and item.impl.trait is None):
            for member in item.members:
                methods.setdefault(member, []).append(item.id)
        for field in item.fields:
            fields.setdefault(field.name, []).append(item.id)
    for candidates in (methods, fields):
        for name, targets in candidates.items():
            candidates[name] = sorted(targets, key=ItemId.sort_key)
    linked: list[Reference] = []
    seen: set[tuple[ItemId, RefKind, str]] = set()
    for access in accesses:
        key = (access.source, access.kind, access.name)
        if key in seen:
            continue
        seen.add(key)
        candidates = methods if access.kind is RefKind.METHOD else fields
        for target in candidates.get(access.name, ()):
            if target is not access.source:
                linked.append(Reference(access.source, access.kind, access.name, access.span, target))
    return linked


def _build_graph(items: dict[ItemId, Item], references: list[Reference]) -> ItemGraph:
    graph = ItemGraph()
    for item_id in sorted(items, key=ItemId.sort_key):
        graph.add_item(item_id)
    edges: dict[tuple[ItemId, ItemId], list[EdgeReason]] = {}
    # Repeated reasons are dropped here, by plain keys (cheaper to hash than reasons).
    seen: set[tuple] = set()
    edge_kinds = _EDGE_KINDS
    for reference in references:
        source, target, span = reference.source, reference.target, reference.span
        if target is None or target == source:
            continue
        if target not in items:
            if target.kind is ItemKind.MODULE:
                graph.add_item(target)
            else:
                continue
        key = (source, target, reference.kind, span.file, span.start, span.end, span.line, reference.text)
        if key in seen:
            continue
        seen.add(key)
        reason = EdgeReason(edge_kinds[reference.kind], span, reference.text)
        reasons = edges.get((source, target))
        if reasons is None:
            edges[(source, target)] = [reason]
        else:
            reasons.append(reason)
    graph.add_dependencies(edges, distinct=True)
    return graph


def _stats(references: list[Reference]) -> ResolutionStats:
    local = external = unresolved = tokens = members = 0
    for reference in references:
        if reference.kind in (RefKind.METHOD, RefKind.FIELD):
            members += 1
        elif reference.kind in (RefKind.TOKEN, RefKind.EXPANSION):
            tokens += 1 if reference.target is not None else 0
        elif reference.target is not None:
            local += 1
        elif reference.external is not None:
            external += 1
        else:
            unresolved += 1
    return ResolutionStats(local, external, unresolved, tokens, members)
