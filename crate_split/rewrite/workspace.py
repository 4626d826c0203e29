"""``rewrite_workspace``: a split plan turned into a ``SourceChange``.

The output workspace has the facade at its root (the original package,
same name, targets, tests, benches and examples, with its modules replaced
by re-exports of the members) and one member per planned crate under
``crates/<name>/``, each holding copies of the original files of its
modules, edited by :mod:`crate_files`, and a manifest from
:mod:`manifests`. In place inside an existing workspace, the output is
that workspace: the facade stays where the package is, the members go
beside it and its root manifest lists them (see ``Placement``). Pure:
nothing is read or written here; the caller passes the package's file
list and file contents.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from graphlib import TopologicalSorter
from pathlib import PurePosixPath

from crate_split.analysis import CrateModel
from crate_split.analysis.includes import files_read_by
from crate_split.analysis.item_graph import ItemGraph
from crate_split.errors import GeneratedPathTaken, IncludeOfGeneratedFile
from crate_split.model import ItemId, ItemKind, Span
from crate_split.model.cfg_test import without_test
from crate_split.model.items import FactKind, RefKind, SourceFact
from crate_split.model.names import rust_name
from crate_split.rewrite.build_script import build_script_inputs, build_script_variables, needs_build_script
from crate_split.rewrite.check_cfg import cfgs_tested_in
from crate_split.rewrite.copied_facts import copied_facts
from crate_split.rewrite.crate_files import (
    CrateContext,
    LintAllows,
    Widening,
    declaring_calls,
    file_edit,
    module_summaries,
)
from crate_split.rewrite.interfaces import exposed_private_types
from crate_split.rewrite.layout import (
    CrateLayout,
    Placement,
    WorkspaceLayout,
    data_files_beside,
    files_of,
    owned_modules,
    plan_layout,
)
from crate_split.rewrite.manifests import (
    ManifestInputs,
    facade_manifest,
    implicit_features,
    member_manifest,
    workspace_manifest,
)
from crate_split.rewrite.reach import facade_reach, needed_modules
from crate_split.rewrite.reexports import kept_reexports, shown_reexports, with_overlay_contents
from crate_split.rewrite.source_change import (
    CopiedFile,
    GeneratedFile,
    OutputFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit
from crate_split.rewrite.unused_extern_crates import unused_extern_crates
from crate_split.rewrite.unused_uses import kept_words, unused_uses
from crate_split.splitter.dag import dependencies_first
from crate_split.splitter.plan import SplitPlan

_NAMED_KINDS = {
    ItemKind.FUNCTION,
    ItemKind.STRUCT,
    ItemKind.ENUM,
    ItemKind.UNION,
    ItemKind.TRAIT,
    ItemKind.TYPE_ALIAS,
    ItemKind.CONST,
    ItemKind.STATIC,
    ItemKind.TRAIT_ALIAS,
}


@dataclass(frozen=True, slots=True)
class RewriteInputs:
    """The package as the rewrite sees it."""

    model: CrateModel
    plan: SplitPlan
    #: Strong item graph (references and hard rules) used for widening.
    graph: ItemGraph
    #: Every file of the package (relative POSIX paths).
    package_files: tuple[str, ...]
    read: Callable[[str], bytes]
    manifest_text: str
    #: Extra widening asked for by repairs: items, struct fields, members.
    extra_widening: Widening | None = None
    #: Lints the repairs allow, on items or crate roots.
    lint_allows: LintAllows = LintAllows()
    #: Members whose library gets a crate name of its own (see ``CrateLayout.keeps_crate_name``).
    own_names: frozenset[str] = frozenset()
    #: Absolute input package path when writing elsewhere (see ManifestInputs).
    input_root: str | None = None
    #: The enclosing workspace's manifest text and absolute directory.
    workspace_text: str | None = None
    workspace_root: str | None = None
    #: Where the package and its members go in the output.
    placement: Placement = Placement()


def rewrite_workspace(inputs: RewriteInputs) -> tuple[SourceChange, WorkspaceLayout]:
    """Build the whole output workspace as a ``SourceChange``.

    Args:
        inputs: the model, the plan and the package's files.

    Returns:
        The change (every file of the output workspace) and the layout.

    Raises:
        GeneratedPathTaken: the package has files where a member crate goes.
    """
    model, plan = inputs.model, inputs.plan
    use_references: dict[ItemId, list] = {}
    for reference in model.references:
        if reference.kind is RefKind.USE:
            use_references.setdefault(reference.source, []).append(reference)
    use_index = {item: tuple(refs) for item, refs in use_references.items()}
    layout = plan_layout(model, plan, inputs.placement, inputs.own_names)
    if not inputs.placement.joins_workspace:
        _refuse_taken_member_directories(layout, inputs.package_files)
    unused = _unused_uses_of_members(model, layout, use_index, inputs.read)
    layout = _trimmed_to_reach(model, layout, unused, inputs.read)
    facade = _facade_layout(model, layout, inputs.placement.package_dir)
    lib_names = {m.name: m.lib_name for m in layout.members}
    lib_names[facade.name] = facade.lib_name
    mirrors = {m.name: m.mirrored_modules for m in layout.members}
    widening = _widening(model, inputs.graph, layout.crate_of, plan.package)
    facts_by_file = _facts_by_file(model)
    widening = _with_macro_helpers(model, widening, layout.crate_of, facts_by_file)
    if inputs.extra_widening is not None:
        widening = widening.union(inputs.extra_widening)
    exposed = exposed_private_types(model, widening.items, widening.fields, layout.crate_of)
    widening = replace(widening, items=widening.items | exposed)
    macro_crates = {m.name for m in layout.members if m.has_macros}
    manifest_inputs = ManifestInputs(
        inputs.manifest_text,
        model.manifest,
        model.root_file,
        inputs.input_root,
        inputs.workspace_text,
        inputs.workspace_root,
        inputs.placement,
    )
    summaries = module_summaries(model, inputs.read)
    reexport_texts = _reexport_texts(model, inputs.read)
    contexts = {
        member.name: CrateContext(
            model=model,
            crate=member,
            is_facade=False,
            crate_of=layout.crate_of,
            lib_names=lib_names,
            mirrors=mirrors,
            widening=widening,
            macro_crates=tuple(lib_names[d] for d in member.member_deps if d in macro_crates),
            root_prelude=_member_prelude(member, lib_names, macro_crates, model.manifest.edition),
            use_references=use_index,
            module_summaries=summaries,
            lint_allows=inputs.lint_allows,
            unused_uses=unused[member.name],
        )
        for member in layout.members
    }
    shown: dict[str, frozenset[ItemId]] = {}
    # Dependencies first: a member repeats only what they do not show.
    for name in dependencies_first(
        (member.name for member in layout.members), lambda name: contexts[name].crate.member_deps
    ):
        dependencies = contexts[name].crate.member_deps
        provided = frozenset().union(*(shown[d] for d in dependencies))
        # A dependency also provides the modules its overlays show.
        views = {d: contexts[d].crate.mirrored_modules | contexts[d].views for d in dependencies}
        contexts[name] = replace(contexts[name], mirrors={**mirrors, **views})
        contexts[name] = with_overlay_contents(contexts[name], reexport_texts, provided)
        shown[name] = shown_reexports(contexts[name], reexport_texts, provided)

    files: list[OutputFile] = []
    build_variables = (
        build_script_variables(inputs.read("build.rs")) if "build.rs" in inputs.package_files else frozenset()
    )
    declared_features = {*model.manifest.features, *implicit_features(model.manifest)}
    for member in layout.members:
        ctx = contexts[member.name]
        edits = {path: file_edit(ctx, path, inputs.read(path)) for path in member.files}
        for path, edit in edits.items():
            files.append(edited_file(f"{member.directory}/{path}", path, edit))
        included = _included_files(model, member, edits, inputs.package_files)
        files.extend(included)
        taken = {output.path for output in files}
        files.extend(
            CopiedFile(f"{member.directory}/{path}", path)
            for path in data_files_beside(model, member.items, inputs.package_files)
            if f"{member.directory}/{path}" not in taken
        )
        if model.manifest.has_build_script:
            # Judge by the member's own copies, not the whole original files.
            member = replace(
                member,
                build_script=needs_build_script(member, facts_by_file, edits, build_variables),
            )
        tested = cfgs_tested_in(copied_facts(member.files, facts_by_file, edits))
        member = replace(member, expected_cfgs=tested.unexpected(declared_features))
        build_script = CopiedFile(f"{member.directory}/build.rs", "build.rs")
        if member.build_script and "build.rs" in inputs.package_files and build_script not in included:
            # Code may read the script too (`include_str!("../build.rs")`).
            files.append(build_script)
        if member.build_script:
            taken = {output.path for output in files}
            files.extend(
                CopiedFile(f"{member.directory}/{path}", path)
                for path in build_script_inputs(inputs.read, inputs.package_files)
                if f"{member.directory}/{path}" not in taken
            )
        files.append(
            GeneratedFile(f"{member.directory}/Cargo.toml", member_manifest(manifest_inputs, layout, member).encode())
        )
    members_keep = frozenset().union(*(kept_reexports(contexts[m.name], reexport_texts) for m in layout.members))
    facade = replace(
        facade,
        reach=facade_reach(
            model, layout.crate_of, facade.name, facade.own_modules, inputs.read, reexport_texts, members_keep
        ),
    )
    facade_ctx = CrateContext(
        model=model,
        crate=facade,
        is_facade=True,
        crate_of=layout.crate_of,
        lib_names=lib_names,
        # The facade depends on every member directly: a module comes from
        # the members that own part of it, not from their overlays.
        mirrors={m.name: frozenset(x for x in m.own_modules if not model.in_test_module(x)) for m in layout.members},
        widening=widening,
        macro_crates=tuple(lib_names[m] for m in sorted(macro_crates)),
        root_prelude=_facade_prelude(model, layout, lib_names, macro_crates),
        use_references=use_index,
        module_summaries=summaries,
        lint_allows=inputs.lint_allows,
        unused_uses=_unused_uses_of(model, facade, layout.crate_of, use_index, inputs.read),
    )
    facade_ctx = with_overlay_contents(facade_ctx, reexport_texts, members_keep)
    crate_files = set(model.files)
    # Integration tests and benches may load library files by `#[path]`:
    # those stay in place, as they were.
    read_by_targets = {
        target
        for path in inputs.package_files
        if path.endswith(".rs") and path not in crate_files
        for target in files_read_by(path, inputs.read(path))
    }
    # ... with the files of the modules below the one they load.
    for loaded in [m for m in model.modules.values() if m.file in read_by_targets]:
        read_by_targets.update(
            f for path, m in model.modules.items() if path[: len(loaded.path)] == loaded.path for f in m.source_files
        )
    at = inputs.placement.in_package
    for path in inputs.package_files:
        if path == "Cargo.toml":
            files.append(GeneratedFile(at(path), facade_manifest(manifest_inputs, layout).encode()))
        elif path in facade.files:
            files.append(edited_file(at(path), path, file_edit(facade_ctx, path, inputs.read(path))))
        elif path in crate_files and path not in read_by_targets:
            continue
        else:
            files.append(CopiedFile(at(path), path))
    if inputs.placement.joins_workspace:
        root_manifest = workspace_manifest(manifest_inputs, layout)
        if root_manifest is not None:
            files.append(GeneratedFile.new("Cargo.toml", root_manifest))
    return SourceChange.new(files), layout


def _refuse_taken_member_directories(layout: WorkspaceLayout, package_files: tuple[str, ...]) -> None:
    """The package's own files are copied to the same paths: none may be a
    member's directory, lie in one, or be a file where its parents go."""
    for member in layout.members:
        directory = PurePosixPath(member.directory)
        for path in package_files:
            if PurePosixPath(path).is_relative_to(directory) or PurePosixPath(path) in directory.parents:
                raise GeneratedPathTaken(
                    f"{path} is in the way of the member crate {member.name}, which goes to {directory}/"
                )


def _trimmed_to_reach(
    model: CrateModel, layout: WorkspaceLayout, unused: Mapping[str, frozenset[ItemId]], read: Callable[[str], bytes]
) -> WorkspaceLayout:
    """``layout`` with each member mirroring only the modules a path of
    its own or of a dependent member can pass through (:mod:`reach`); the
    ``use`` items a member leaves out name nothing."""
    needed = needed_modules(
        model,
        layout.crate_of,
        {m.name: m.own_modules for m in layout.members},
        {m.name: m.member_deps for m in layout.members},
        read,
        left_out=unused,
    )
    members = tuple(
        replace(m, mirrored_modules=m.mirrored_modules & needed[m.name], reach=needed[m.name]) for m in layout.members
    )
    return replace(layout, members=members)


def _holder(crate: CrateLayout, crate_of: Mapping[ItemId, str]) -> Callable[[ItemId], bool]:
    """Whether ``crate`` keeps an item: the ``use`` items of the modules it
    owns, and the other items assigned to it."""

    def holds(item: ItemId) -> bool:
        if item.kind is ItemKind.USE:
            return item.module in crate.own_modules
        return crate_of.get(item) == crate.name

    return holds


def _unused_uses_of(
    model: CrateModel,
    crate: CrateLayout,
    crate_of: Mapping[ItemId, str],
    use_index: Mapping[ItemId, tuple],
    read: Callable[[str], bytes],
) -> frozenset[ItemId]:
    """The ``use`` items ``crate`` can leave out."""
    return unused_uses(model, _holder(crate, crate_of), use_index, read)


def _unused_uses_of_members(
    model: CrateModel, layout: WorkspaceLayout, use_index: Mapping[ItemId, tuple], read: Callable[[str], bytes]
) -> dict[str, frozenset[ItemId]]:
    """The ``use`` items each member can leave out, its root's ``pub``
    re-exports included when neither it nor a member depending on it names
    them (:func:`unused_uses`)."""
    words = {m.name: kept_words(model, _holder(m, layout.crate_of), read) for m in layout.members}
    unused = {}
    for member in layout.members:
        dependents = [m.name for m in layout.members if member.name in m.all_member_deps]
        below = frozenset().union(*(words[d] for d in dependents))
        holds = _holder(member, layout.crate_of)
        unused[member.name] = unused_uses(model, holds, use_index, read, dependents_words=below) | unused_extern_crates(
            model, holds, read
        )
    # A root re-export two direct dependencies keep comes through two globs
    # of their roots, each naming its own copy: ambiguous
    # (`ambiguous_glob_reexports`) unless the member keeps it too.
    order = TopologicalSorter({m.name: m.member_deps for m in layout.members}).static_order()
    for name in order:
        member = layout.member(name)
        shared = {
            item
            for item in unused[name]
            if not item.module
            and model.items[item].visibility
            and sum(item not in unused[d] for d in member.member_deps) >= 2
        }
        unused[name] -= shared
    return unused


def _reexport_texts(model: CrateModel, read: Callable[[str], bytes]) -> dict[ItemId, str]:
    """The text of every ``pub`` or ``pub(..)`` ``use`` item outside the
    crate root (the facade keeps its root file, members copy it) and
    ``#[cfg(test)]`` modules, as an overlay repeats it: restricted ones made
    ``pub`` and hidden, like the widening does."""
    found: dict[ItemId, str] = {}
    for item_id, item in model.items.items():
        if item_id.kind is not ItemKind.USE or not item.visibility.startswith("pub") or not item_id.module:
            continue
        if model.in_test_module(item_id.module):
            continue
        source = read(item.span.file)
        text = source[item.span.start : item.span.end]
        if item.visibility != "pub" and item.visibility_span is not None:
            start = item.visibility_span.start - item.span.start
            end = item.visibility_span.end - item.span.start
            text = text[:start] + b"#[doc(hidden)] pub" + text[end:]
        # A `pub use` written in a wrapper call holds only with the wrapper's attributes.
        added = "".join(f"#[{attribute}] " for attribute in item.added_attributes)
        found[item_id] = added + text.decode("utf-8").strip()
    return found


def _facade_layout(model: CrateModel, layout: WorkspaceLayout, directory: str) -> CrateLayout:
    package = layout.package
    items = frozenset(i for i, c in layout.crate_of.items() if c == package)
    own = owned_modules(model, items, member=False)
    members = tuple(m.name for m in layout.members)
    return CrateLayout(
        name=package,
        lib_name=model.manifest.crate_name,
        directory=directory,
        items=items,
        own_modules=own,
        mirrored_modules=frozenset(model.modules),
        member_deps=members,
        all_member_deps=frozenset(members),
        external_deps=tuple(sorted(d.name for d in model.manifest.dependencies)),
        files=files_of(model, own),
        has_macros=False,
    )


def _extern_crates(dependencies, lib_names: Mapping[str, str], macro_crates: set[str], edition: str) -> list[str]:
    """``extern crate`` lines for member dependencies: with ``#[macro_use]``
    for those defining macros, and for every one in edition 2015, where
    ``use`` paths start at the crate root."""
    lines = []
    for dependency in dependencies:
        if dependency in macro_crates:
            lines.append(f"#[macro_use]\nextern crate {lib_names[dependency]};\n")
        elif edition == "2015":
            lines.append(f"extern crate {lib_names[dependency]};\n")
    return lines


def _member_prelude(member: CrateLayout, lib_names: Mapping[str, str], macro_crates: set[str], edition: str) -> str:
    # A member's docs are internal (the facade's are the crate's); their
    # links to items now in other crates need not resolve.
    allows = "#![allow(rustdoc::broken_intra_doc_links)]\n"
    return "".join([allows, *_extern_crates(member.member_deps, lib_names, macro_crates, edition)])


def _facade_prelude(
    model: CrateModel, layout: WorkspaceLayout, lib_names: Mapping[str, str], macro_crates: set[str]
) -> str:
    lines = _extern_crates([m.name for m in layout.members], lib_names, macro_crates, model.manifest.edition)
    imports: dict[tuple[str, str], _RootImport] = {}
    for item_id, item in model.items.items():
        if layout.crate_of.get(item_id) == layout.package or item.is_test_only or model.in_test_module(item_id.module):
            # `#[cfg(test)]` items (and a #[macro_export] macro in a test
            # module) exist only when their own crate is tested.
            continue
        crate = lib_names[layout.crate_of[item_id]]
        name = rust_name(item_id.base_name)
        # The member is never compiled as a test with the facade.
        cfg = tuple(f"cfg({without_test(a[4:-1])})" for a in item.attributes if a.startswith("cfg("))
        if item_id.kind is ItemKind.MACRO and item.is_macro_export:
            # #[macro_export] puts a macro at the crate root, wherever it is defined.
            found = _RootImport(crate, name, "pub", cfg, "doc(hidden)" in item.attributes)
        elif item_id.module == () and item_id.kind in _NAMED_KINDS:
            found = _RootImport(crate, name, item.visibility, cfg, False)
        else:
            continue
        # One import of a name from one crate brings all its namespaces.
        imports[(crate, name)] = found.joined(imports.get((crate, name)))
    lines.extend(_root_import_lines(model, layout.package, layout.crate_of, list(imports.values())))
    return "".join(lines)


@dataclass(frozen=True, slots=True)
class _RootImport:
    """A name the facade's root imports back from a member."""

    crate: str
    name: str
    visibility: str
    #: ``cfg(...)`` attributes of the item.
    cfg: tuple[str, ...]
    hidden: bool

    def joined(self, other: _RootImport | None) -> _RootImport:
        """One import for two items of one name and crate (a macro and a function)."""
        if other is None:
            return self
        widest = "pub" if "pub" in (self.visibility, other.visibility) else self.visibility or other.visibility
        cfg = self.cfg if self.cfg == other.cfg else ()
        return _RootImport(self.crate, self.name, widest, cfg, self.hidden and other.hidden)


def _root_import_lines(
    model: CrateModel, package: str, crate_of: Mapping[ItemId, str], imports: list[_RootImport]
) -> list[str]:
    """``use member::name;`` lines for the facade's root.

    A ``use`` brings every namespace of a name: ``use m::record;`` for a
    function also brings ``m``'s module ``record``, and clashes with the
    facade's own ``mod record`` (E0255) or with another import of
    ``record`` (E0252). Such names are imported in a private module of each
    member and glob-imported from there: the facade's own items shadow a
    glob, so only the namespaces it lacks come through.
    """
    taken = {
        rust_name(item_id.base_name)
        for item_id in model.items
        if item_id.module == ()
        and (item_id.kind is ItemKind.MODULE or (item_id.kind in _NAMED_KINDS and crate_of.get(item_id) == package))
    }
    # Names the root's own `use` items bind (`pub use dep::{callsite::{self, ..}}`).
    for reference in model.references:
        if reference.kind is RefKind.USE and reference.source.module == () and reference.source.kind is ItemKind.USE:
            segments = [s for s in reference.text.split("::") if s not in ("self", "*")]
            if segments and not reference.text.endswith("*"):
                taken.add(segments[-1])
    counts: dict[str, int] = {}
    for found in imports:
        counts[found.name] = counts.get(found.name, 0) + 1
    direct: list[str] = []
    routed: dict[str, list[str]] = {}
    # In path order, as rustfmt sorts consecutive `use` items.
    for found in sorted(imports, key=lambda found: (found.crate, found.name)):
        cfg = "".join(f"#[{a}]\n" for a in found.cfg)
        hidden = "#[doc(hidden)]\n" if found.hidden else ""
        if found.name in taken or counts[found.name] > 1:
            visibility = found.visibility or "pub(super)"
            routed.setdefault(found.crate, []).append(
                f"    {cfg}{hidden}{visibility} use {found.crate}::{found.name};\n"
            )
        else:
            visibility = f"{found.visibility} " if found.visibility else ""
            direct.append(f"{cfg}{hidden}{visibility}use {found.crate}::{found.name};\n")
    for crate, lines in sorted(routed.items()):
        module = f"__{crate}_names"
        direct.append(f"mod {module} {{\n{''.join(lines)}}}\npub use self::{module}::*;\n")
    return direct


#: Files of a member that the rewrite generates rather than copies.
_GENERATED_MEMBER_FILES = frozenset({"Cargo.toml"})


def _included_files(
    model: CrateModel, member: CrateLayout, edits: Mapping[str, FileEdit], package_files: tuple[str, ...]
) -> list[OutputFile]:
    """Files that the include calls kept in the member's copies read, copied
    to the same place relative to them.

    Raises:
        IncludeOfGeneratedFile: a kept call reads a file the member's
            directory gets generated (its ``Cargo.toml``).
    """
    available = set(package_files)
    targets: set[str] = set()
    for include in model.includes:
        edit = edits.get(include.span.file)
        if include.target is None or edit is None or edit.generated_offset(include.span.start) is None:
            # Computed paths (OUT_DIR) are the build script's business.
            continue
        if include.target in _GENERATED_MEMBER_FILES:
            span = include.span
            raise IncludeOfGeneratedFile(
                f"{span.file}:{span.line} reads {include.target} ({include.macro}!) from code the plan puts in "
                f"{member.name}, where {include.target} is a file the split generates",
                hint="keep that module and its users in the facade with a plan file (crate-split plan -o FILE)",
            )
        if include.target in available and include.target not in member.files:
            targets.add(include.target)
    return [CopiedFile(f"{member.directory}/{target}", target) for target in sorted(targets)]


def _widening(model: CrateModel, graph: ItemGraph, crate_of: Mapping[ItemId, str], package: str) -> Widening:
    items: set[ItemId] = set()
    fields: set[tuple[ItemId, str]] = set()
    members: set[tuple[ItemId, str]] = set()
    macros: set[ItemId] = set()
    inherent: dict[ItemId, list[ItemId]] = {}
    for impl_id, facts in model.impls.items():
        if facts.trait is None and not facts.trait_is_foreign and facts.self_type is not None:
            inherent.setdefault(facts.self_type, []).append(impl_id)
    for reference in model.references:
        target = reference.target
        if target is None:
            continue
        source_crate = crate_of.get(reference.source)
        target_crate = crate_of.get(target)
        if source_crate is None or target_crate is None or source_crate == target_crate or target_crate == package:
            continue
        if reference.kind in (RefKind.METHOD, RefKind.FIELD):
            if reference.kind is RefKind.METHOD:
                members.add((target, reference.text))
            else:
                fields.add((target, reference.text))
            continue
        items.add(target)
        if target.kind is ItemKind.STRUCT:
            # A tuple struct built or matched elsewhere needs its fields.
            fields.update((target, f.name) for f in model.items[target].fields if f.name.isdigit())
        if target.kind is ItemKind.MACRO:
            macros.add(target)
        segments = reference.text.split("::")
        name = target.base_name
        if name in segments[:-1]:
            member = segments[segments.index(name) + 1]
            for impl_id in inherent.get(target, ()):
                members.add((impl_id, member))
        elif target.kind is ItemKind.MACRO_CALL and len(segments) >= 2:
            # A type written among a macro call's tokens (`pin_project! {
            # struct F }`) resolves to the call: the path names the type.
            type_name, member = segments[-2].split("<")[0], segments[-1]
            for impl_id in inherent.get(target, ()):
                header = model.items[impl_id].impl
                if header is not None and header.self_type.split("<")[0].strip() == type_name:
                    members.add((impl_id, member))
    for call in declaring_calls(model):
        # The facade keeps the calls that declare modules: the macros they
        # invoke must reach it.
        if crate_of.get(call) not in (None, package):
            macros.update(
                r.target
                for r in model.references
                if r.source == call and r.target is not None and r.target.kind is ItemKind.MACRO
            )
    for item_id in model.items:
        # The facade imports every named root item that moved to a member.
        if item_id.module == () and item_id.kind in _NAMED_KINDS and crate_of.get(item_id) not in (None, package):
            items.add(item_id)
    return Widening(frozenset(items), frozenset(fields), frozenset(members), frozenset(macros))


def _with_macro_helpers(
    model: CrateModel,
    widening: Widening,
    crate_of: Mapping[ItemId, str],
    facts_by_file: Mapping[str, list[SourceFact]],
) -> Widening:
    """Exported macros must export the macros their bodies invoke, since the
    expansion happens in the crate that calls them."""
    by_name: dict[tuple[str, str], list[ItemId]] = {}
    for item_id in model.items:
        if item_id.kind is ItemKind.MACRO:
            by_name.setdefault((crate_of.get(item_id, ""), item_id.base_name), []).append(item_id)
    # `cfg` alternatives of one macro are exported together (a build has one).
    alternatives = model.macro_alternatives()
    exported = {alternative for macro in widening.macros for alternative in alternatives[macro]}
    # Macro names travel as tokens (`m! { helper [..] }` calls `helper!`),
    # so a crate whose macros are used elsewhere exports all of them whose
    # names are unique in it.
    exporting_crates = {crate_of.get(m) for m in exported}
    for (crate, _name), macros in by_name.items():
        if crate in exporting_crates and len(macros) == len(alternatives[macros[0]]):
            exported.update(macros)
    # A name several macros of the crate share (each with its own textual
    # scope) means the one the analysis resolved from the body; and a crate
    # exports one macro of a name at most: a second export defines the name
    # twice at the crate root (E0428).
    resolved: dict[ItemId, set[ItemId]] = {}
    for reference in model.references:
        if (
            reference.source.kind is ItemKind.MACRO
            and reference.target is not None
            and reference.target.kind is ItemKind.MACRO
        ):
            resolved.setdefault(reference.source, set()).add(reference.target)
    exported_names = {(crate_of.get(m, ""), m.base_name) for m in exported}
    pending = sorted(exported, key=ItemId.sort_key)
    while pending:
        macro = pending.pop(0)
        for called in _macro_calls_in(model.items[macro].span, facts_by_file):
            key = (crate_of.get(macro, ""), called)
            helpers = by_name.get(key, [])
            meant = [helper for helper in helpers if helper in resolved.get(macro, ())]
            for helper in meant if len(helpers) > 1 and meant else helpers:
                one_macro = len(helpers) == len(alternatives[helper])
                if helper not in exported and helper != macro and (key not in exported_names or one_macro):
                    for alternative in alternatives[helper]:
                        exported.add(alternative)
                        pending.append(alternative)
                    exported_names.add(key)
    return Widening(widening.items, widening.fields, widening.members, frozenset(exported))


def _facts_by_file(model: CrateModel) -> dict[str, list[SourceFact]]:
    """The model's source facts, by file, sorted by offset."""
    by_file: dict[str, list[SourceFact]] = {}
    for fact in model.source_facts:
        by_file.setdefault(fact.span.file, []).append(fact)
    return by_file


def _macro_calls_in(span: Span, facts_by_file: Mapping[str, list[SourceFact]]) -> list[str]:
    """The names of the macros called within ``span`` (a ``macro_rules!``)."""
    facts = facts_by_file.get(span.file, [])
    first = bisect.bisect_left(facts, span.start, key=lambda fact: fact.span.start)
    last = bisect.bisect_left(facts, span.end, key=lambda fact: fact.span.start)
    return [fact.name for fact in facts[first:last] if fact.kind is FactKind.MACRO_CALL]
